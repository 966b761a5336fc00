"""What higher apps (cohorts, config) may import from the launchpad app.

The pack's content (docs/launchpad.md): `LaunchpadPage` and its ordered `LaunchStepPage`
children; a pack's steps with their checklists (`pack_steps`: `StepOutline`s, a fixed number of
queries whatever their number); a step's checklist keys, which projects store their ticks by;
the xAPI activities of a step and of a task (keyed by the step's translation_key)."""

from .models import LaunchpadPage, LaunchStepPage, LaunchStepTask
from .selectors import StepOutline, pack_for_language, pack_steps, step_task_keys
from .tracking import (
    step_activity,
    step_activity_iri,
    step_activity_key,
    task_activity,
    task_activity_iri,
    task_activity_key,
)

__all__ = [
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
