"""What higher apps (cohorts, config) may import from the launchpad app.

The pack's content (docs/launchpad.md): `LaunchpadPage` and its ordered `LaunchStepPage`
children; a pack's steps with their checklists (`pack_steps`: plain `StepOutline`s, two or three
queries whatever their number); a step's checklist keys, which projects store their ticks by;
the xAPI activities of a step and of a task (keyed by the step's translation_key).

The project workspace (the demo loader builds its project through these): `project_create`,
`invitation_create`, `invitation_accept`, `project_step_save`.

`needs_summary(project_ids=None)`: the needs the projects' diagnostics recorded, counted by
category, département and stage (cohort reports, the public map of needs)."""

from .models import LaunchpadPage, LaunchStepPage, LaunchStepTask, Project
from .selectors import StepOutline, needs_summary, pack_for_language, pack_steps, step_task_keys
from .services import (
    invitation_accept,
    invitation_create,
    project_create,
    project_step_save,
)
from .tracking import (
    step_activity,
    step_activity_iri,
    step_activity_key,
    task_activity,
    task_activity_iri,
    task_activity_key,
)

__all__ = [
    "Project",
    "invitation_accept",
    "needs_summary",
    "invitation_create",
    "project_create",
    "project_step_save",
    "LaunchStepPage",
    "LaunchStepTask",
    "LaunchpadPage",
    "StepOutline",
    "pack_for_language",
    "pack_steps",
    "step_activity",
    "step_activity_iri",
    "step_activity_key",
    "step_task_keys",
    "task_activity",
    "task_activity_iri",
    "task_activity_key",
]
