"""1EdTech CASE 1.0 CFPackage JSON: read into a FrameworkSpec, write from a framework.

Mapping (docs/competencies.md): CFDocument ↔ Framework, CFItem ↔ Competency (fullStatement ↔
title, notes ↔ description, humanCodingScheme ↔ code, CFItemType ↔ kind), isChildOf ↔ parent,
sequenceNumber ↔ order, one CFRubric ↔ the proficiency scale.

Modules: read (CFPackage -> FrameworkSpec), write (framework -> CFPackage), scale (the names
both share).
"""

from .read import case_read
from .scale import AREA_TYPES, SCALE_NAME, TYPE_AREA, TYPE_COMPETENCY, scale_rubric_uuid
from .write import case_write

__all__ = [
    "AREA_TYPES",
    "SCALE_NAME",
    "TYPE_AREA",
    "TYPE_COMPETENCY",
    "case_read",
    "case_write",
    "scale_rubric_uuid",
]
