"""1EdTech CASE 1.0 CFPackage JSON: read into a FrameworkSpec, write from a framework.

Mapping (docs/competencies.md): CFDocument ↔ Framework, CFItem ↔ Competency (fullStatement ↔
title, notes ↔ description, humanCodingScheme ↔ code, CFItemType ↔ kind), isChildOf ↔ parent,
sequenceNumber ↔ order, one CFRubric ↔ the proficiency scale.
"""

import json
import uuid

from django.utils.translation import gettext as _

from .spec import FrameworkImportError, FrameworkSpec, ItemSpec, LevelSpec

AREA_TYPES = {"area", "domain", "domaine", "cluster", "strand", "category", "catégorie"}
TYPE_AREA, TYPE_COMPETENCY = "Area", "Competency"
SCALE_NAME = "tremplin-proficiency-scale"


def scale_rubric_uuid(document_uuid):
    """The CFRubric that carries the proficiency scale has an identifier derived from the
    document's, so a foreign rubric is never mistaken for it."""
    return uuid.uuid5(document_uuid, SCALE_NAME)


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


def case_read(data, *, language=None):
    """Parse CFPackage JSON bytes. Raises FrameworkImportError naming each faulty item."""
    try:
        package = json.loads(data.decode("utf-8-sig") if isinstance(data, bytes) else data)
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
    except RecursionError:
        raise FrameworkImportError([_("JSON invalide : imbrication trop profonde.")]) from None
    if not isinstance(package, dict) or not isinstance(package.get("CFDocument"), dict):
        raise FrameworkImportError(
            [_("Ce n'est pas un paquet CASE : l'objet « CFDocument » est absent.")]
        )
    errors = []
    document = package["CFDocument"]
    where_doc = "CFDocument"
    doc_identifier = _text(errors, document, "identifier", where_doc, required=True)
    doc_uuid = _uuid(errors, doc_identifier, where_doc) if doc_identifier else None
    uri = _text(errors, document, "uri", where_doc, required=True)
    title = _text(errors, document, "title", where_doc, required=True)
    creator = _text(errors, document, "creator", where_doc, required=True)
    _text(errors, document, "lastChangeDateTime", where_doc, required=True)
    language = (
        language
        or _text(errors, document, "language", where_doc)
        or _first_language(package.get("CFItems"))
    )
    language = language[:2].lower()
    licence = ""
    licence_uri = document.get("licenseURI")
    if isinstance(licence_uri, dict):
        licence = str(licence_uri.get("title") or licence_uri.get("uri") or "")

    items_raw = package.get("CFItems") or []
    associations = package.get("CFAssociations") or []
    if not isinstance(items_raw, list) or not isinstance(associations, list):
        raise FrameworkImportError(
            [_("« CFItems » et « CFAssociations » doivent être des listes.")]
        )

    items = []
    for position, raw in enumerate(items_raw, start=1):
        where = _("CFItem n° %(position)d") % {"position": position}
        if not isinstance(raw, dict):
            errors.append(_("%(where)s : ce n'est pas un objet.") % {"where": where})
            continue
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
        items.append(
            ItemSpec(
                key=identifier,
                uuid=item_uuid,
                title={language: statement},
                description={language: notes} if notes else {},
                code=_text(errors, raw, "humanCodingScheme", where).strip(),
                kind=kind,
                order=position,
                where=where,
            )
        )

    by_key = {item.key: item for item in items}
    parent_seen = set()
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
        child = by_key.get(child_key)
        if child is None:
            errors.append(
                _("%(where)s : élément « %(id)s » inconnu.") % {"where": where, "id": child_key}
            )
            continue
        if child_key in parent_seen:
            continue  # CASE lets an item appear under several parents: the first one wins
        parent_seen.add(child_key)
        sequence = _sequence(raw.get("sequenceNumber"))
        if sequence is not None:
            child.order = sequence
        if parent_key != doc_identifier:
            child.parent_key = parent_key  # unknown parents are reported by spec_validate
    # Order inside a parent: sequenceNumber, then file order.
    items.sort(key=lambda item: item.order)

    levels = None
    if doc_uuid is not None:
        levels = _read_scale(errors, package.get("CFRubrics"), doc_uuid, language)

    if errors:
        raise FrameworkImportError(errors)
    return FrameworkSpec(
        identifier=uri,
        case_uuid=doc_uuid,
        name={language: title},
        version=_text(errors, document, "version", where_doc),
        source={language: _text(errors, document, "publisher", where_doc) or creator},
        licence=licence,
        description={language: _text(errors, document, "description", where_doc)},
        language=language,
        levels=levels,
        items=items,
        match_items_by="uuid",
    )


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


def case_write(framework, *, language="fr", items=None, levels=None):
    """The framework as a CFPackage dict (json.dumps it). `items` and `levels` may be given
    pre-fetched; otherwise they are read here."""
    from ..models import Competency

    items = list(framework.items.all()) if items is None else items
    levels = list(framework.levels.all()) if levels is None else levels
    doc_uuid = framework.case_uuid
    changed = framework.updated_at.isoformat() if framework.updated_at else "1970-01-01T00:00:00Z"
    doc_uri = framework.identifier
    doc_link = {
        "title": framework.localized("name", language),
        "identifier": str(doc_uuid),
        "uri": doc_uri,
    }
    item_types = {
        Competency.Kind.AREA: {
            "identifier": str(uuid.uuid5(doc_uuid, "item-type-area")),
            "title": TYPE_AREA,
            "typeCode": "area",
        },
        Competency.Kind.COMPETENCY: {
            "identifier": str(uuid.uuid5(doc_uuid, "item-type-competency")),
            "title": TYPE_COMPETENCY,
            "typeCode": "competency",
        },
    }
    for definition in item_types.values():
        definition["uri"] = f"urn:uuid:{definition['identifier']}"

    document = {
        "identifier": str(doc_uuid),
        "uri": doc_uri,
        "creator": framework.localized("source", language) or "Tremplin",
        "title": framework.localized("name", language),
        "lastChangeDateTime": changed,
        "language": language,
        "CFPackageURI": doc_link,
    }
    if framework.localized("source", language):
        document["publisher"] = framework.localized("source", language)
    if framework.localized("description", language):
        document["description"] = framework.localized("description", language)
    if framework.version:
        document["version"] = framework.version
    definitions = {
        "CFConcepts": [],
        "CFSubjects": [],
        "CFLicenses": [],
        "CFItemTypes": [
            {
                "identifier": t["identifier"],
                "uri": t["uri"],
                "title": t["title"],
                "description": t["title"],
                "hierarchyCode": "1" if kind == Competency.Kind.AREA else "2",
                "typeCode": t["typeCode"],
                "lastChangeDateTime": changed,
            }
            for kind, t in item_types.items()
        ],
        "CFAssociationGroupings": [],
    }
    if framework.licence:
        licence_id = str(uuid.uuid5(doc_uuid, "licence:" + framework.licence))
        licence_uri = (
            framework.licence
            if framework.licence.startswith(("http://", "https://"))
            else f"urn:uuid:{licence_id}"
        )
        document["licenseURI"] = {
            "title": framework.licence,
            "identifier": licence_id,
            "uri": licence_uri,
        }
        definitions["CFLicenses"].append(
            {
                "identifier": licence_id,
                "uri": licence_uri,
                "title": framework.licence,
                "licenseText": framework.licence,
                "lastChangeDateTime": changed,
            }
        )

    by_pk = {item.pk: item for item in items}
    cf_items, cf_associations = [], []
    for item in items:
        item_link = {
            "title": item.localized("title", language),
            "identifier": str(item.uuid),
            "uri": f"urn:uuid:{item.uuid}",
        }
        cf_item = {
            "identifier": str(item.uuid),
            "uri": item_link["uri"],
            "fullStatement": item_link["title"],
            "CFItemType": item_types[item.kind]["title"],
            "CFItemTypeURI": {
                "title": item_types[item.kind]["title"],
                "identifier": item_types[item.kind]["identifier"],
                "uri": item_types[item.kind]["uri"],
            },
            "language": language,
            "lastChangeDateTime": changed,
            "CFDocumentURI": doc_link,
        }
        if item.code:
            cf_item["humanCodingScheme"] = item.code
        if item.localized("description", language):
            cf_item["notes"] = item.localized("description", language)
        cf_items.append(cf_item)
        parent = by_pk.get(item.parent_id)
        destination = (
            {
                "title": parent.localized("title", language),
                "identifier": str(parent.uuid),
                "uri": f"urn:uuid:{parent.uuid}",
            }
            if parent
            else doc_link
        )
        association_id = str(uuid.uuid5(item.uuid, "isChildOf"))
        cf_associations.append(
            {
                "identifier": association_id,
                "uri": f"urn:uuid:{association_id}",
                "associationType": "isChildOf",
                "sequenceNumber": item.sort_order,
                "originNodeURI": item_link,
                "destinationNodeURI": destination,
                "lastChangeDateTime": changed,
                "CFDocumentURI": doc_link,
            }
        )

    package = {
        "CFDocument": document,
        "CFItems": cf_items,
        "CFAssociations": cf_associations,
        "CFDefinitions": definitions,
    }
    if levels:
        package["CFRubrics"] = [_write_scale(framework, levels, language, changed)]
    return package


def _write_scale(framework, levels, language, changed):
    rubric_id = str(scale_rubric_uuid(framework.case_uuid))
    criterion_id = str(uuid.uuid5(framework.case_uuid, SCALE_NAME + "-criterion"))
    proficient = False
    criterion_levels = []
    for position, level in enumerate(levels, start=1):
        proficient = proficient or level.is_proficient_threshold
        criterion_levels.append(
            {
                "identifier": str(level.uuid),
                "uri": f"urn:uuid:{level.uuid}",
                "quality": level.localized("name", language),
                "description": level.localized("descriptor", language),
                "score": 1 if proficient else 0,
                "position": position,
                "rubricCriterionId": criterion_id,
                "lastChangeDateTime": changed,
            }
        )
    return {
        "identifier": rubric_id,
        "uri": f"urn:uuid:{rubric_id}",
        "title": _("Échelle de maîtrise"),
        "description": framework.localized("name", language),
        "lastChangeDateTime": changed,
        "CFRubricCriteria": [
            {
                "identifier": criterion_id,
                "uri": f"urn:uuid:{criterion_id}",
                "category": _("Niveau de maîtrise"),
                "position": 1,
                "rubricId": rubric_id,
                "lastChangeDateTime": changed,
                "CFRubricCriterionLevels": criterion_levels,
            }
        ],
    }
