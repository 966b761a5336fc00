"""A framework read from a file, before it touches the database, and its validation.

Readers (CASE JSON, Moodle CSV, the demo data) build a FrameworkSpec; services apply it in one
transaction. Texts are dicts {language: text} so that one file fills one language and leaves the
others as they are.
"""

from dataclasses import dataclass, field
from uuid import UUID

from django.utils.translation import gettext as _


class FrameworkImportError(Exception):
    """The file is refused. `errors` names the line or item of each problem."""

    def __init__(self, errors):
        self.errors = list(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


@dataclass
class LevelSpec:
    name: dict
    descriptor: dict = field(default_factory=dict)
    code: str = ""
    uuid: UUID | None = None
    proficient: bool = False  # this level and the following ones count as proficient


@dataclass
class ItemSpec:
    key: str  # CASE identifier or Moodle idnumber: what parent_key refers to
    title: dict
    description: dict = field(default_factory=dict)
    code: str = ""
    uuid: UUID | None = None
    kind: str | None = None  # "area", "competency", or None: decided from the tree
    parent_key: str | None = None
    order: int = 0
    where: str = ""  # "ligne 12" or "CFItem <id>", for error messages


@dataclass
class FrameworkSpec:
    identifier: str
    name: dict
    case_uuid: UUID | None = None
    version: str = ""
    source: dict = field(default_factory=dict)
    licence: str = ""
    description: dict = field(default_factory=dict)
    language: str = "fr"
    levels: list | None = None  # None: the file has no scale, keep the current one
    items: list = field(default_factory=list)
    match_items_by: str = "uuid"  # "uuid" (CASE) or "code" (Moodle CSV)


MAX_LENGTHS = {"code": 100, "identifier": 255, "name": 255, "version": 50}


def _too_long(errors, where, label, value, limit):
    if value and len(value) > limit:
        errors.append(
            _("%(where)s : « %(field)s » dépasse %(limit)d caractères.")
            % {"where": where, "field": label, "limit": limit}
        )


def spec_validate(spec):
    """Check what the database would refuse or what would make a broken tree. Returns the
    items in an order where every parent comes before its children, with kinds decided."""
    errors = []
    where_fw = _("Référentiel")
    if not spec.identifier:
        errors.append(_("%(where)s : identifiant manquant.") % {"where": where_fw})
    if not any(spec.name.values()):
        errors.append(_("%(where)s : nom manquant.") % {"where": where_fw})
    _too_long(errors, where_fw, "identifier", spec.identifier, MAX_LENGTHS["identifier"])
    for text in spec.name.values():
        _too_long(errors, where_fw, "name", text, MAX_LENGTHS["name"])
    _too_long(errors, where_fw, "version", spec.version, MAX_LENGTHS["version"])
    _too_long(errors, where_fw, "licence", spec.licence, 255)

    if spec.levels is not None:
        codes = set()
        for position, level in enumerate(spec.levels, start=1):
            where = _("Niveau %(position)d") % {"position": position}
            if not any(level.name.values()):
                errors.append(_("%(where)s : nom manquant.") % {"where": where})
            for text in level.name.values():
                _too_long(errors, where, "name", text, 100)
            if level.code and level.code in codes:
                errors.append(
                    _("%(where)s : code « %(code)s » en double.")
                    % {"where": where, "code": level.code}
                )
            codes.add(level.code)
            _too_long(errors, where, "code", level.code, 50)

    by_key, codes, uuids = {}, {}, set()
    for item in spec.items:
        if item.key in by_key:
            errors.append(
                _("%(where)s : identifiant « %(key)s » en double.")
                % {"where": item.where, "key": item.key}
            )
            continue
        by_key[item.key] = item
        if not any(text.strip() for text in item.title.values()):
            errors.append(_("%(where)s : intitulé manquant.") % {"where": item.where})
        _too_long(errors, item.where, "code", item.code, MAX_LENGTHS["code"])
        if item.code:
            if item.code in codes:
                errors.append(
                    _("%(where)s : code « %(code)s » déjà utilisé par %(other)s.")
                    % {"where": item.where, "code": item.code, "other": codes[item.code]}
                )
            codes[item.code] = item.where
        if item.uuid is not None:
            if item.uuid in uuids:
                errors.append(
                    _("%(where)s : identifiant « %(key)s » en double.")
                    % {"where": item.where, "key": item.uuid}
                )
            uuids.add(item.uuid)

    for item in by_key.values():
        if item.parent_key is not None and item.parent_key not in by_key:
            errors.append(
                _("%(where)s : parent « %(parent)s » inconnu.")
                % {"where": item.where, "parent": item.parent_key}
            )
            item.parent_key = None  # reported; lets the cycle check go on

    ordered = []
    state = {}  # key -> "visiting" | "done"
    for start in by_key:
        path = []
        key = start
        while key is not None and key not in state:
            state[key] = "visiting"
            path.append(key)
            key = by_key[key].parent_key
        if key is not None and state[key] == "visiting":
            cycle = path[path.index(key) :]
            errors.append(
                _("%(where)s : cycle dans l'arborescence (%(cycle)s).")
                % {"where": by_key[key].where, "cycle": " → ".join(cycle + [key])}
            )
        for visited in path:
            state[visited] = "done"
        ordered.extend(by_key[k] for k in reversed(path))

    if errors:
        raise FrameworkImportError(errors)

    # Parents first: sort by depth, keeping the file order within a depth.
    depth = {}
    for item in ordered:
        depth[item.key] = 0 if item.parent_key is None else depth[item.parent_key] + 1
    has_children = {item.parent_key for item in ordered if item.parent_key is not None}
    for item in ordered:
        if item.kind is None:
            item.kind = "area" if item.key in has_children else "competency"
    positions = {item.key: index for index, item in enumerate(spec.items)}
    return sorted(ordered, key=lambda item: (depth[item.key], positions[item.key]))
