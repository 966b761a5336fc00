"""A framework written as a CFPackage dict."""

import uuid

from django.utils.translation import gettext as _

from .scale import SCALE_NAME, TYPE_AREA, TYPE_COMPETENCY, scale_rubric_uuid


def _item_types(doc_uuid):
    from ...models import Competency

    types = {
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
    for definition in types.values():
        definition["uri"] = f"urn:uuid:{definition['identifier']}"
    return types


def _document_write(framework, language, changed, doc_link):
    document = {
        "identifier": str(framework.case_uuid),
        "uri": framework.identifier,
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
    return document


def _definitions_write(item_types, changed):
    return {
        "CFConcepts": [],
        "CFSubjects": [],
        "CFLicenses": [],
        "CFItemTypes": [
            {
                "identifier": t["identifier"],
                "uri": t["uri"],
                "title": t["title"],
                "description": t["title"],
                "hierarchyCode": "1" if kind == "area" else "2",
                "typeCode": t["typeCode"],
                "lastChangeDateTime": changed,
            }
            for kind, t in item_types.items()
        ],
        "CFAssociationGroupings": [],
    }


def _licence_write(framework, document, definitions, changed):
    """The licence as the document's licenseURI and a CFLicenses entry."""
    if not framework.licence:
        return
    licence_id = str(uuid.uuid5(framework.case_uuid, "licence:" + framework.licence))
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


def _item_link(item, language):
    return {
        "title": item.localized("title", language),
        "identifier": str(item.uuid),
        "uri": f"urn:uuid:{item.uuid}",
    }


def _item_write(item, item_types, language, changed, doc_link):
    item_type = item_types[item.kind]
    cf_item = {
        "identifier": str(item.uuid),
        "uri": f"urn:uuid:{item.uuid}",
        "fullStatement": item.localized("title", language),
        "CFItemType": item_type["title"],
        "CFItemTypeURI": {
            "title": item_type["title"],
            "identifier": item_type["identifier"],
            "uri": item_type["uri"],
        },
        "language": language,
        "lastChangeDateTime": changed,
        "CFDocumentURI": doc_link,
    }
    if item.code:
        cf_item["humanCodingScheme"] = item.code
    if item.localized("description", language):
        cf_item["notes"] = item.localized("description", language)
    return cf_item


def _association_write(item, parent, language, changed, doc_link):
    """The item's isChildOf association: to its parent item, or to the document."""
    association_id = str(uuid.uuid5(item.uuid, "isChildOf"))
    return {
        "identifier": association_id,
        "uri": f"urn:uuid:{association_id}",
        "associationType": "isChildOf",
        "sequenceNumber": item.sort_order,
        "originNodeURI": _item_link(item, language),
        "destinationNodeURI": _item_link(parent, language) if parent else doc_link,
        "lastChangeDateTime": changed,
        "CFDocumentURI": doc_link,
    }


def case_write(framework, *, language="fr", items=None, levels=None):
    """The framework as a CFPackage dict (json.dumps it). `items` and `levels` may be given
    pre-fetched; otherwise they are read here."""
    items = list(framework.items.all()) if items is None else items
    levels = list(framework.levels.all()) if levels is None else levels
    changed = framework.updated_at.isoformat() if framework.updated_at else "1970-01-01T00:00:00Z"
    doc_link = {
        "title": framework.localized("name", language),
        "identifier": str(framework.case_uuid),
        "uri": framework.identifier,
    }
    item_types = _item_types(framework.case_uuid)
    document = _document_write(framework, language, changed, doc_link)
    definitions = _definitions_write(item_types, changed)
    _licence_write(framework, document, definitions, changed)
    by_pk = {item.pk: item for item in items}
    package = {
        "CFDocument": document,
        "CFItems": [_item_write(item, item_types, language, changed, doc_link) for item in items],
        "CFAssociations": [
            _association_write(item, by_pk.get(item.parent_id), language, changed, doc_link)
            for item in items
        ],
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
