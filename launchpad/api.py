"""What higher apps (cohorts, config) may import from the launchpad app.

The pack's content (docs/launchpad.md): `LaunchpadPage` and its ordered `LaunchStepPage`
children; a pack's steps with their checklists (`pack_steps`: `StepOutline`s, a fixed number of
queries whatever their number); a step's checklist keys, which projects store their ticks by;
the xAPI activities of a step and of a task (keyed by the step's translation_key).

The project workspace (the demo loader builds its project through these): `project_create`,
`invitation_create`, `invitation_accept`, `project_step_save`.

`needs_summary(project_ids=None)`: the needs the projects' diagnostics recorded, counted by
category, département and stage (cohort reports, the public map of needs).

The orientation part
(docs/launchpad.md, "Funding", "Legal form and ESUS", "Territories"); every function takes plain
inputs, so a project, a cohort report or a test calls it the same way:

- `funding_schemes_for(stage=, legal_form=, territory=, needs=)`: the open schemes that fit,
  ranked, each with its reasons (FundingMatch);
- `legal_form_orientation(answers=)` and `esus_precheck(...)`: the calculators (OrientationError
  on bad input); `legal_form_keys()`, `legal_form_name(key)`;
- `Stage`, `NeedCategory`: the shared lists;
- territories: `departement_get`, `commune_get`, `commune_search`, `commune_validate`,
  `departement_validate`, `commune_in_departement_validate`.
"""

from .choices import NeedCategory, Stage
from .legal_forms import legal_form_keys, legal_form_name
from .models import LaunchpadPage, LaunchStepPage, LaunchStepTask, Project
from .selectors import (
    FundingMatch,
    StepOutline,
    funding_schemes_for,
    needs_summary,
    pack_for_language,
    pack_steps,
    step_task_keys,
)
from .services import (
    OrientationError,
    esus_precheck,
    invitation_accept,
    invitation_create,
    legal_form_orientation,
    project_create,
    project_step_save,
)
from .territories import (
    commune_get,
    commune_in_departement_validate,
    commune_search,
    commune_validate,
    departement_get,
    departement_validate,
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
    "FundingMatch",
    "LaunchStepPage",
    "LaunchStepTask",
    "LaunchpadPage",
    "NeedCategory",
    "OrientationError",
    "Project",
    "Stage",
    "StepOutline",
    "commune_get",
    "commune_in_departement_validate",
    "commune_search",
    "commune_validate",
    "departement_get",
    "departement_validate",
    "esus_precheck",
    "funding_schemes_for",
    "invitation_accept",
    "invitation_create",
    "legal_form_keys",
    "legal_form_name",
    "legal_form_orientation",
    "needs_summary",
    "pack_for_language",
    "pack_steps",
    "project_create",
    "project_step_save",
    "step_activity",
    "step_activity_iri",
    "step_activity_key",
    "step_task_keys",
    "task_activity",
    "task_activity_iri",
    "task_activity_key",
]
