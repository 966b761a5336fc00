"""Every write of the competencies app, one module per concern:

- `frameworks`: framework files read, imported (all or nothing) and exported (CASE, Moodle CSV);
- `authoring`: job profiles and the glossary;
- `evidence`: the learner's evidence handed down by courses, and the proficiency signal.
"""

from ..formats.spec import FrameworkImportError
from .authoring import glossary_term_save, glossary_terms_relate, job_profile_save
from .evidence import EvidenceRecord, evidence_record
from .frameworks import (
    FORMAT_CASE,
    FORMAT_CSV,
    FORMATS,
    FrameworkImportResult,
    framework_apply,
    framework_detect_format,
    framework_export,
    framework_import,
    framework_read,
    framework_spec_from_data,
)

__all__ = [
    "FORMATS",
    "FORMAT_CASE",
    "FORMAT_CSV",
    "EvidenceRecord",
    "FrameworkImportError",
    "FrameworkImportResult",
    "evidence_record",
    "framework_apply",
    "framework_detect_format",
    "framework_export",
    "framework_import",
    "framework_read",
    "framework_spec_from_data",
    "glossary_term_save",
    "glossary_terms_relate",
    "job_profile_save",
]
