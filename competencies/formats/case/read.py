"""A CFPackage JSON read into a FrameworkSpec, every faulty item named."""

import json
import uuid

from django.utils.translation import gettext as _

from ..spec import (
    FrameworkImportError,
    FrameworkSpec,
    ItemSpec,
    LevelSpec,
    item_label,
    items_bound_check,
    json_load,
    tree_cycles,
)
from .scale import AREA_TYPES, scale_rubric_uuid


def _text(errors, obj, name, where, required=False):
    value = obj.get(name)
    if value is None:
        if required:
            errors.append(
                _("%(where)s : champ obligatoire « %(field)s » manquant.")
                % {"where": where, "field": name}
            )
        return ""
    if not isinstance(value, str):
        errors.append(
            _("%(where)s : « %(field)s » doit être un texte.") % {"where": where, "field": name}
        )
        return ""
    return value


def _uuid(errors, value, where):
    try:
        return uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        errors.append(
            _("%(where)s : identifiant « %(value)s » n'est pas un UUID.")
            % {"where": where, "value": value}
        )
        return None


def _first_language(items):
    """A document without a language takes its first item's (OpenSALT exports do that)."""
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("language"), str):
                return item["language"] or "fr"
    return "fr"


def _sequence(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _package_load(data):
    """The parsed CFPackage dict, or FrameworkImportError (encoding, syntax, nesting, shape)."""
    try:
        package = json_load(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
    except UnicodeDecodeError as exc:
        raise FrameworkImportError(
            [_("Le fichier n'est pas encodé en UTF-8 (octet %(pos)d).") % {"pos": exc.start}]
        ) from None
    except json.JSONDecodeError as exc:
        raise FrameworkImportError(
            [
                _("JSON invalide, ligne %(line)d, colonne %(col)d : %(msg)s.")
                % {"line": exc.lineno, "col": exc.colno, "msg": exc.msg}
            ]
        ) from None
    if not isinstance(package, dict) or not isinstance(package.get("CFDocument"), dict):
        raise FrameworkImportError(
            [_("Ce n'est pas un paquet CASE : l'objet « CFDocument » est absent.")]
        )
    items = package.get("CFItems") or []
    associations = package.get("CFAssociations") or []
    if not isinstance(items, list) or not isinstance(associations, list):
        raise FrameworkImportError(
            [_("« CFItems » et « CFAssociations » doivent être des listes.")]
        )
    items_bound_check(max(len(items), len(associations)))
    return package, items, associations


def _document_read(errors, package, language):
    """The CFDocument's fields as FrameworkSpec keyword arguments (items and levels aside)."""
    document, where = package["CFDocument"], "CFDocument"
    identifier = _text(errors, document, "identifier", where, required=True)
    uri = _text(errors, document, "uri", where, required=True)
    title = _text(errors, document, "title", where, required=True)
    creator = _text(errors, document, "creator", where, required=True)
    _text(errors, document, "lastChangeDateTime", where, required=True)
    language = (
        language
        or _text(errors, document, "language", where)
        or _first_language(package.get("CFItems"))
    )[:2].lower()
    licence = ""
    licence_uri = document.get("licenseURI")
    if isinstance(licence_uri, dict):
        licence = str(licence_uri.get("title") or licence_uri.get("uri") or "")
    return {
        "identifier": uri,
        "case_uuid": _uuid(errors, identifier, where) if identifier else None,
        "name": {language: title},
        "version": _text(errors, document, "version", where),
        "source": {language: _text(errors, document, "publisher", where) or creator},
        "licence": licence,
        "description": {language: _text(errors, document, "description", where)},
        "language": language,
    }


def _item_read(errors, raw, position, language):
    where = _("CFItem n° %(position)d") % {"position": position}
    if not isinstance(raw, dict):
        errors.append(_("%(where)s : ce n'est pas un objet.") % {"where": where})
        return None
    identifier = _text(errors, raw, "identifier", where, required=True)
    if identifier:
        where = _("CFItem %(id)s") % {"id": identifier}
    item_uuid = _uuid(errors, identifier, where) if identifier else None
    statement = _text(errors, raw, "fullStatement", where, required=True)
    _text(errors, raw, "uri", where, required=True)
    item_type = raw.get("CFItemType")
    if not isinstance(item_type, str) and isinstance(raw.get("CFItemTypeURI"), dict):
        item_type = raw["CFItemTypeURI"].get("title")
    kind = None
    if isinstance(item_type, str) and item_type.strip():
        kind = "area" if item_type.strip().lower() in AREA_TYPES else "competency"
    notes = _text(errors, raw, "notes", where)
    return ItemSpec(
        key=identifier,
        uuid=item_uuid,
        title={language: statement},
        description={language: notes} if notes else {},
        code=_text(errors, raw, "humanCodingScheme", where).strip(),
        kind=kind,
        order=position,
        where=where,
    )


def _parents_read(errors, associations, by_key):
    """{child key: [(parent key, sequenceNumber)]} of the isChildOf associations, each distinct
    parent once, in file order (the CFDocument as parent included)."""
    parents = {}
    for position, raw in enumerate(associations, start=1):
        where = _("CFAssociation n° %(position)d") % {"position": position}
        if not isinstance(raw, dict):
            errors.append(_("%(where)s : ce n'est pas un objet.") % {"where": where})
            continue
        if raw.get("associationType") != "isChildOf":
            continue
        origin, destination = raw.get("originNodeURI"), raw.get("destinationNodeURI")
        if not isinstance(origin, dict) or not isinstance(destination, dict):
            errors.append(
                _("%(where)s : « originNodeURI » et « destinationNodeURI » sont obligatoires.")
                % {"where": where}
            )
            continue
        child_key = str(origin.get("identifier", ""))
        parent_key = str(destination.get("identifier", ""))
        if child_key not in by_key:
            errors.append(
                _("%(where)s : élément « %(id)s » inconnu.") % {"where": where, "id": child_key}
            )
            continue
        known = parents.setdefault(child_key, [])
        if all(parent_key != key for key, _sequence_number in known):
            known.append((parent_key, _sequence(raw.get("sequenceNumber"))))
    return parents


def _tree_read(errors, associations, items, doc_identifier):
    """Set each item's parent and order from the isChildOf associations. A cycle is refused
    with its items named; so is an item with several parents (CASE allows it, Tremplin's tree
    has one parent per item): nothing is dropped silently."""
    by_key = {item.key: item for item in items}
    parents = _parents_read(errors, associations, by_key)
    graph = {
        key: [parent for parent, _sequence_number in pairs if parent != doc_identifier]
        for key, pairs in parents.items()
    }
    for cycle in tree_cycles(graph):
        errors.append(
            _("%(where)s : cycle dans l'arborescence (%(cycle)s).")
            % {
                "where": by_key[cycle[0]].where,
                "cycle": " → ".join(
                    item_label(by_key[key]) if key in by_key else key for key in cycle
                ),
            }
        )
    for child_key, pairs in parents.items():
        if len(pairs) > 1:
            names = [
                item_label(by_key[key]) if key in by_key else (
                    "CFDocument" if key == doc_identifier else key
                )
                for key, _sequence_number in pairs
            ]  # fmt: skip
            errors.append(
                _(
                    "%(where)s : %(count)d parents (%(parents)s). Tremplin range chaque élément "
                    "sous un seul parent : gardez une seule association « isChildOf »."
                )
                % {
                    "where": by_key[child_key].where,
                    "count": len(pairs),
                    "parents": ", ".join(names),
                }
            )
            continue
        parent_key, sequence = pairs[0]
        item = by_key[child_key]
        if sequence is not None:
            item.order = sequence
        if parent_key != doc_identifier:
            item.parent_key = parent_key  # unknown parents are reported by spec_validate
    # Order inside a parent: sequenceNumber, then file order.
    items.sort(key=lambda item: item.order)


def case_read(data, *, language=None):
    """Parse CFPackage JSON bytes. Raises FrameworkImportError naming each faulty item."""
    package, items_raw, associations = _package_load(data)
    errors = []
    fields = _document_read(errors, package, language)
    language = fields["language"]
    items = [
        item
        for position, raw in enumerate(items_raw, start=1)
        if (item := _item_read(errors, raw, position, language)) is not None
    ]
    document_identifier = package["CFDocument"].get("identifier")
    document_identifier = document_identifier if isinstance(document_identifier, str) else ""
    _tree_read(errors, associations, items, document_identifier)
    levels = None
    if fields["case_uuid"] is not None:
        levels = _read_scale(errors, package.get("CFRubrics"), fields["case_uuid"], language)
    if errors:
        raise FrameworkImportError(errors)
    return FrameworkSpec(**fields, levels=levels, items=items, match_items_by="uuid")


def _read_scale(errors, rubrics, doc_uuid, language):
    if not isinstance(rubrics, list):
        return None
    wanted = str(scale_rubric_uuid(doc_uuid))
    for rubric in rubrics:
        if not isinstance(rubric, dict) or str(rubric.get("identifier")) != wanted:
            continue
        criteria = rubric.get("CFRubricCriteria") or []
        if not criteria or not isinstance(criteria[0], dict):
            return None
        raw_levels = criteria[0].get("CFRubricCriterionLevels") or []
        levels = []
        for position, raw in enumerate(raw_levels, start=1):
            where = _("Niveau %(position)d") % {"position": position}
            if not isinstance(raw, dict):
                errors.append(_("%(where)s : ce n'est pas un objet.") % {"where": where})
                continue
            levels.append(
                (
                    _sequence(raw.get("position")) or position,
                    LevelSpec(
                        uuid=_uuid(errors, raw.get("identifier"), where),
                        name={language: _text(errors, raw, "quality", where, required=True)},
                        descriptor={language: _text(errors, raw, "description", where)},
                        proficient=_score(raw.get("score")) >= 1,
                    ),
                )
            )
        levels.sort(key=lambda pair: pair[0])
        return [level for _position, level in levels]
    return None


def _score(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0
