"""Reads of the competencies app, one module per concern:

- frameworks: frameworks as the admin and the export command find them
- glossary: the index by letter, a term's page, the search, the link targets of lesson bodies
- profile: a learner's state on each competency, from their evidence rows
- job_profiles: the job profiles offered and loaded by the profile page
- gap: a learner's gap to a job profile, the contents that would close it, its chart
- scales, text: what they share (levels as positions; texts compared without accents)

The package names what the rest of the app and competencies.api call.
"""

from .frameworks import framework_get, framework_list
from .gap import ContentCoverage, gap_chart, gap_content_rank, job_profile_gap
from .glossary import (
    glossary_index,
    glossary_link_targets,
    glossary_search,
    glossary_term_detail,
    glossary_term_get,
)
from .job_profiles import job_profile_choices, job_profile_get
from .profile import learner_competency_states, levels_reached

__all__ = [
    "ContentCoverage",
    "framework_get",
    "framework_list",
    "gap_chart",
    "gap_content_rank",
    "glossary_index",
    "glossary_link_targets",
    "glossary_search",
    "glossary_term_detail",
    "glossary_term_get",
    "job_profile_choices",
    "job_profile_gap",
    "job_profile_get",
    "learner_competency_states",
    "levels_reached",
]
