"""Names shared by the CASE reader and writer: item types, and the CFRubric that carries the
proficiency scale."""

import uuid

AREA_TYPES = {"area", "domain", "domaine", "cluster", "strand", "category", "catégorie"}
TYPE_AREA, TYPE_COMPETENCY = "Area", "Competency"
SCALE_NAME = "tremplin-proficiency-scale"


def scale_rubric_uuid(document_uuid):
    """The CFRubric that carries the proficiency scale has an identifier derived from the
    document's, so a foreign rubric is never mistaken for it."""
    return uuid.uuid5(document_uuid, SCALE_NAME)
