"""Reads of the launchpad, one module per concern. Every function runs a number of queries that
does not grow with the number of steps, tasks, templates or linked pages.

- pages: the contexts of the pack and step pages, a pack's steps and their checklists
- diagnostic: a project's latest diagnostics and its plan resolved for display
- projects: a team's projects, their steps with what the team recorded, members, history
- funding: the schemes list, one scheme, the schemes that fit a project ranked with reasons

The page models' get_context() call the `pages` functions: the one import from models up to
selectors (docs/architecture.md, "Layers inside an app").
"""

from .diagnostic import (
    diagnostic_latest,
    diagnostic_questions,
    needs_summary,
    plan_changes,
    plan_compute,
    plan_resolve,
)
from .funding import (
    FundingMatch,
    Place,
    funding_scheme_get,
    funding_scheme_list,
    funding_schemes_for,
    place_of,
)
from .pages import (
    StepOutline,
    pack_context_get,
    pack_for_language,
    pack_steps,
    step_context_get,
    step_task_keys,
)
from .projects import (
    ProjectStepView,
    project_history,
    project_invitations_open,
    project_members,
    project_pack,
    project_step,
    project_steps,
    projects_for_user,
)

__all__ = [
    "FundingMatch",
    "Place",
    "ProjectStepView",
    "StepOutline",
    "diagnostic_latest",
    "diagnostic_questions",
    "funding_scheme_get",
    "funding_scheme_list",
    "funding_schemes_for",
    "needs_summary",
    "pack_context_get",
    "pack_for_language",
    "pack_steps",
    "place_of",
    "plan_changes",
    "plan_compute",
    "plan_resolve",
    "project_history",
    "project_invitations_open",
    "project_members",
    "project_pack",
    "project_step",
    "project_steps",
    "projects_for_user",
    "step_context_get",
    "step_task_keys",
]
