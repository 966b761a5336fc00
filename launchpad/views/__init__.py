"""The launchpad's pages, one module per area: `projects` (the pack's address and the project
workspace), `orientation` (funding schemes, legal-form orientation, ESUS pre-check)."""

from .documents import (
    plan_pdf,
    specification_create,
    specification_delete,
    specification_edit,
    specification_list,
    specification_odt,
    specification_pdf,
)
from .orientation import (
    EsusPrecheckView,
    FundingSchemeDetailView,
    FundingSchemeListView,
    LegalFormOrientationView,
)
from .projects import (
    invitation_create,
    invitation_join,
    invitation_revoke,
    pack,
    project_detail,
    project_diagnostic,
    project_history,
    project_leave,
    project_list,
    project_plan,
    project_step_edit,
)

__all__ = [
    "EsusPrecheckView",
    "FundingSchemeDetailView",
    "FundingSchemeListView",
    "LegalFormOrientationView",
    "invitation_create",
    "invitation_join",
    "invitation_revoke",
    "pack",
    "plan_pdf",
    "project_detail",
    "project_diagnostic",
    "project_history",
    "project_leave",
    "project_list",
    "project_plan",
    "project_step_edit",
    "specification_create",
    "specification_delete",
    "specification_edit",
    "specification_list",
    "specification_odt",
    "specification_pdf",
]
