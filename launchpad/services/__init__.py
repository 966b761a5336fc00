"""Every write of the launchpad, one module per concern (the other areas add their imports):

- `pages`: the pack and its steps created, translated and published the way an editor would
  (the demo loader and the tests build content through it), the template documents.
- `diagnostic`: a project's answers to the needs diagnostic, kept with their plan and needs.
- `projects`: a team's project, its members and invitations, the state of each step, with the
  history of every change.
- `funding`: funding schemes created, updated, imported and exported as CSV (atomic, bounded).
- `orientation`: the legal-form orientation and the ESUS pre-check (calculators; nothing stored).
"""

from .diagnostic import answers_clean, diagnostic_set, diagnostic_submit
from .funding import (
    FundingImportError,
    FundingImportResult,
    funding_scheme_create,
    funding_scheme_update,
    funding_schemes_export,
    funding_schemes_import,
    funding_schemes_rows,
)
from .orientation import (
    ORIENTATION_NOTICE,
    EsusCondition,
    EsusResult,
    LegalFormReason,
    LegalFormResult,
    OrientationError,
    esus_precheck,
    legal_form_answers_validate,
    legal_form_orientation,
)
from .pages import (
    pack_ensure,
    page_translation_ensure,
    step_ensure,
    step_rows_set,
    template_document_ensure,
)
from .projects import (
    invitation_accept,
    invitation_check,
    invitation_create,
    invitation_revoke,
    member_leave,
    project_create,
    project_step_save,
    project_update,
)

__all__ = [
    "EsusCondition",
    "EsusResult",
    "FundingImportError",
    "FundingImportResult",
    "LegalFormReason",
    "LegalFormResult",
    "ORIENTATION_NOTICE",
    "OrientationError",
    "answers_clean",
    "diagnostic_set",
    "diagnostic_submit",
    "esus_precheck",
    "funding_scheme_create",
    "funding_scheme_update",
    "funding_schemes_export",
    "funding_schemes_import",
    "funding_schemes_rows",
    "invitation_accept",
    "invitation_check",
    "invitation_create",
    "invitation_revoke",
    "legal_form_answers_validate",
    "legal_form_orientation",
    "member_leave",
    "pack_ensure",
    "page_translation_ensure",
    "project_create",
    "project_step_save",
    "project_update",
    "step_ensure",
    "step_rows_set",
    "template_document_ensure",
]
