"""A framework read from a file, before it touches the database, and its validation.

Readers (CASE JSON, Moodle CSV, the demo data) build a FrameworkSpec; services apply it in one
transaction. Texts are dicts {language: text} so that one file fills one language and leaves the
others as they are.
"""

import json
from dataclasses import dataclass, field
from uuid import UUID

from django.utils.translation import gettext as _

from .. import conf


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


MAX_LENGTHS = {"code": 100, "identifier": 255, "name": 255, "version": 50, "licence": 255,
               "level_name": 100, "level_code": 50}  # fmt: skip


def bounds_error(message, **values):
    """A FrameworkImportError for a file over one of the import bounds (competencies/conf.py)."""
    return FrameworkImportError([message % values])


def items_bound_check(count):
    """Refuse a file with more items than TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS, before reading on."""
    limit = conf.framework_import_max_items()
    if count > limit:
        raise bounds_error(
            _("Le fichier contient plus de %(limit)d éléments (réglage %(setting)s)."),
            limit=limit,
            setting="TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS",
        )


def json_load(text):
    """JSON text parsed, refused (FrameworkImportError) when nested deeper than
    TREMPLIN_FRAMEWORK_IMPORT_MAX_JSON_DEPTH. Lets json.JSONDecodeError through."""
    limit = conf.framework_import_max_json_depth()
    try:
        value = json.loads(text)
    except RecursionError:
        value, depth = None, limit + 1
    else:
        depth = _json_depth(value, limit)
    if depth > limit:
        raise bounds_error(
            _("JSON imbriqué sur plus de %(limit)d niveaux (réglage %(setting)s)."),
            limit=limit,
            setting="TREMPLIN_FRAMEWORK_IMPORT_MAX_JSON_DEPTH",
        )
    return value


def _json_depth(value, limit):
    """The nesting depth of a parsed JSON value, without recursion; stops past `limit`."""
    depth, level = 0, [value]
    while level and depth <= limit:
        depth += 1
        children = []
        for node in level:
            if isinstance(node, dict):
                children.extend(child for child in node.values() if isinstance(child, dict | list))
            elif isinstance(node, list):
                children.extend(child for child in node if isinstance(child, dict | list))
        level = children
    return depth


def tree_cycles(parents):
    """The cycles of a graph given as {key: [parent keys]} (parents absent from it are roots),
    each as the list of its keys, the first repeated at the end. Linear, no recursion."""
    state, cycles = {}, []  # key -> "visiting" | "done"
    for start in parents:
        if start in state:
            continue
        state[start] = "visiting"
        stack = [(start, iter(parents[start]))]
        while stack:
            key, pending = stack[-1]
            parent = next(pending, None)
            if parent is None:
                state[key] = "done"
                stack.pop()
            elif parent not in parents or state.get(parent) == "done":
                continue
            elif state.get(parent) == "visiting":
                path = [node for node, _pending in stack]
                cycles.append(path[path.index(parent) :] + [parent])
            else:
                state[parent] = "visiting"
                stack.append((parent, iter(parents[parent])))
    return cycles


def tree_depths(parent_of):
    """{key: depth} of a forest given as {key: parent key or None} (root = 0; a parent that is
    not a key counts as no parent, and a cycle is cut where it closes: spec_validate refuses
    it). Linear: each depth is computed once, walking up only to the first known ancestor."""
    depths = {}
    for start in parent_of:
        path, on_path, key = [], set(), start
        while key in parent_of and key not in depths and key not in on_path:
            path.append(key)
            on_path.add(key)
            key = parent_of[key]
        depth = depths.get(key, -1)
        for node in reversed(path):
            depth += 1
            depths[node] = depth
    return depths


def _too_long(errors, where, label, value, limit):
    if value and len(value) > limit:
        errors.append(
            _("%(where)s : « %(field)s » dépasse %(limit)d caractères.")
            % {"where": where, "field": label, "limit": limit}
        )


def _text_check(errors, where, label, texts, limit):
    """Texts ({language: text} or a text): over `limit` characters or holding a NUL character
    (which PostgreSQL refuses) are errors."""
    for text in texts.values() if isinstance(texts, dict) else [texts]:
        if not text:
            continue
        _too_long(errors, where, label, text, limit)
        if "\x00" in text:
            errors.append(
                _("%(where)s : « %(field)s » contient un caractère nul (NUL).")
                % {"where": where, "field": label}
            )


def _framework_check(errors, spec):
    where = _("Référentiel")
    if not spec.identifier:
        errors.append(_("%(where)s : identifiant manquant.") % {"where": where})
    if not any(spec.name.values()):
        errors.append(_("%(where)s : nom manquant.") % {"where": where})
    text_limit = conf.framework_import_max_text_length()
    for label, value, limit in [
        ("identifier", spec.identifier, MAX_LENGTHS["identifier"]),
        ("name", spec.name, MAX_LENGTHS["name"]),
        ("version", spec.version, MAX_LENGTHS["version"]),
        ("licence", spec.licence, MAX_LENGTHS["licence"]),
        ("source", spec.source, text_limit),
        ("description", spec.description, text_limit),
    ]:
        _text_check(errors, where, label, value, limit)


def _levels_check(errors, levels):
    codes, text_limit = set(), conf.framework_import_max_text_length()
    for position, level in enumerate(levels, start=1):
        where = _("Niveau %(position)d") % {"position": position}
        if not any(level.name.values()):
            errors.append(_("%(where)s : nom manquant.") % {"where": where})
        _text_check(errors, where, "name", level.name, MAX_LENGTHS["level_name"])
        _text_check(errors, where, "descriptor", level.descriptor, text_limit)
        if level.code and level.code in codes:
            errors.append(
                _("%(where)s : code « %(code)s » en double.") % {"where": where, "code": level.code}
            )
        codes.add(level.code)
        _text_check(errors, where, "code", level.code, MAX_LENGTHS["level_code"])


def _items_check(errors, items):
    """{key: item} of the items, each checked alone (duplicates, texts, codes)."""
    by_key, codes, uuids = {}, {}, set()
    text_limit = conf.framework_import_max_text_length()
    for item in items:
        if item.key in by_key:
            errors.append(
                _("%(where)s : identifiant « %(key)s » en double.")
                % {"where": item.where, "key": item.key}
            )
            continue
        by_key[item.key] = item
        if not any(text.strip() for text in item.title.values()):
            errors.append(_("%(where)s : intitulé manquant.") % {"where": item.where})
        _text_check(errors, item.where, "title", item.title, text_limit)
        _text_check(errors, item.where, "description", item.description, text_limit)
        _text_check(errors, item.where, "code", item.code, MAX_LENGTHS["code"])
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
    return by_key


def item_label(item):
    """How an error names an item: its code and where it is, or where it is."""
    return f"{item.code} ({item.where})" if item.code else item.where


def _tree_check(errors, by_key):
    """Unknown parents, cycles and depth: {key: depth} when the tree is sound."""
    for item in by_key.values():
        if item.parent_key is not None and item.parent_key not in by_key:
            errors.append(
                _("%(where)s : parent « %(parent)s » inconnu.")
                % {"where": item.where, "parent": item.parent_key}
            )
            item.parent_key = None  # reported; lets the cycle check go on
    parent_of = {key: item.parent_key for key, item in by_key.items()}
    cycles = tree_cycles({key: [parent] if parent else [] for key, parent in parent_of.items()})
    for cycle in cycles:
        errors.append(
            _("%(where)s : cycle dans l'arborescence (%(cycle)s).")
            % {
                "where": by_key[cycle[0]].where,
                "cycle": " → ".join(item_label(by_key[key]) for key in cycle),
            }
        )
    if cycles:
        return {}
    depths = tree_depths(parent_of)
    limit = conf.framework_import_max_depth()
    deepest = max(depths, key=depths.get, default=None)
    if deepest is not None and depths[deepest] + 1 > limit:
        errors.append(
            _(
                "%(where)s : l'arborescence dépasse %(limit)d niveaux de profondeur "
                "(réglage %(setting)s)."
            )
            % {
                "where": by_key[deepest].where,
                "limit": limit,
                "setting": "TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH",
            }
        )
    return depths


def spec_validate(spec):
    """Check what the database would refuse or what would make a broken tree. Returns the
    items in an order where every parent comes before its children, with kinds decided.
    Linear in the number of items, whatever the depth."""
    errors = []
    items_bound_check(len(spec.items))
    _framework_check(errors, spec)
    if spec.levels is not None:
        _levels_check(errors, spec.levels)
    by_key = _items_check(errors, spec.items)
    depths = _tree_check(errors, by_key)
    if errors:
        raise FrameworkImportError(errors)
    has_children = {item.parent_key for item in by_key.values() if item.parent_key is not None}
    for item in by_key.values():
        if item.kind is None:
            item.kind = "area" if item.key in has_children else "competency"
    # Parents first: sort by depth, keeping the file order within a depth.
    positions = {item.key: index for index, item in enumerate(spec.items)}
    return sorted(by_key.values(), key=lambda item: (depths[item.key], positions[item.key]))
