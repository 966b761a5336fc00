"""Every write of the launchpad, one module per concern (the other areas add their imports):

- `pages`: the pack and its steps created, translated and published the way an editor would
  (the demo loader and the tests build content through it), the template documents.
- `diagnostic`: a project's answers to the needs diagnostic, kept with their plan and needs.
- `projects`: a team's project, its members and invitations, the state of each step, with the
  history of every change.
"""

from .diagnostic import answers_clean, diagnostic_set, diagnostic_submit
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
    "answers_clean",
    "diagnostic_set",
    "diagnostic_submit",
    "invitation_accept",
    "invitation_check",
    "invitation_create",
    "invitation_revoke",
    "member_leave",
    "project_create",
    "project_step_save",
    "project_update",
    "pack_ensure",
    "page_translation_ensure",
    "step_ensure",
    "step_rows_set",
    "template_document_ensure",
]
