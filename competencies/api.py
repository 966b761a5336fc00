"""What other apps (courses, cohorts, certificates) may import from the competencies app.

Models are referred to by string in foreign keys: "competencies.Competency" (a competency or an
area; courses use `limit_choices_to={"kind": "competency"}`), "competencies.ProficiencyLevel"
and "competencies.JobProfile".

Learner competency profile (docs/competencies.md):

- `evidence_record(user=, records=[EvidenceRecord(...)])`: a higher app hands down its progress
  facts, inside its own transaction; the only writer of evidence.
- `learner_competency_levels(user, competency_ids=None)`: per competency, the level reached with
  the framework's and the level's CASE identifiers (what certificates freeze).
- `glossary_link_html(html)`: links the first occurrence of each glossary term in a lesson
  body to the term's page (`glossary_term_url(slug)`).
- `glossary_usage_register(finder)`: a higher app lists, on each term's page, its content that
  uses the term (courses: the lessons), with `GlossaryUse(title, url)` (competencies/usage.py).
- `learner_competency_states`, `job_profile_get`, `job_profile_gap`, `gap_content_rank`,
  `gap_chart`: the "Mon profil de compétences" page.

Rules the other apps' rows follow:

- `level_framework_clean(row)`: in the clean() of a row with `competency` and `level` foreign
  keys (a course mapping, a certificate minimum), refuses a level of another framework;
  `level_framework_validate(competency_framework_id=, level_framework_id=)` for bare ids.
"""

from dataclasses import dataclass

from django.urls import reverse

from .linking import link_first_occurrences
from .models import (
    CompetencyEvidence,
    active_language,
    level_framework_clean,
    level_framework_validate,
)
from .selectors import (
    ContentCoverage,
    gap_chart,
    gap_content_rank,
    glossary_link_targets,
    glossary_search,
    glossary_term_get,
    job_profile_choices,
    job_profile_gap,
    job_profile_get,
    learner_competency_states,
)
from .services import EvidenceRecord, evidence_record
from .signals import competency_proficient
from .usage import GlossaryUse
from .usage import register as glossary_usage_register

EVIDENCED = CompetencyEvidence.Kind.EVIDENCED
PROFICIENT = CompetencyEvidence.Kind.PROFICIENT
EvidenceSource = CompetencyEvidence.Source

__all__ = [
    "EVIDENCED",
    "PROFICIENT",
    "CompetencyLevel",
    "ContentCoverage",
    "EvidenceRecord",
    "EvidenceSource",
    "GlossaryEntry",
    "GlossaryUse",
    "competency_proficient",
    "evidence_record",
    "gap_chart",
    "gap_content_rank",
    "glossary_link_html",
    "glossary_search_entries",
    "glossary_term_for_slug",
    "glossary_term_url",
    "glossary_usage_register",
    "job_profile_choices",
    "job_profile_gap",
    "job_profile_get",
    "learner_competency_levels",
    "learner_competency_states",
    "level_framework_clean",
    "level_framework_validate",
]


@dataclass(frozen=True)
class GlossaryEntry:
    slug: str
    term: str
    definition: str
    synonyms: list
    url: str


def glossary_term_for_slug(slug):
    """The glossary term with this slug in the active language, or None."""
    term = glossary_term_get(slug=slug)
    if term is None:
        return None
    return GlossaryEntry(
        slug=term.slug,
        term=term.term,
        definition=term.definition,
        synonyms=term.synonyms,
        url=glossary_term_url(term.slug),
    )


def glossary_search_entries(query, *, limit=20):
    """Glossary terms matching the query in the active language, as entries."""
    return [
        GlossaryEntry(
            slug=term.slug,
            term=term.term,
            definition=term.definition,
            synonyms=term.synonyms,
            url=glossary_term_url(term.slug),
        )
        for term in glossary_search(query=query, limit=limit)
    ]


def glossary_term_url(slug):
    """The term's own page, in the active language."""
    return reverse("competencies:glossary_term", args=[slug])


def glossary_link_html(html, *, language=None):
    """The HTML with the first occurrence of each glossary term (or synonym) of `language`
    (default: the active one) linked to the term's page. One query; cache the result with
    the HTML it was made from (courses caches each lesson body per revision and language)."""
    language = language or active_language()
    targets = glossary_link_targets(language=language, url_for=glossary_term_url)
    linked_html, _slugs = link_first_occurrences(html, targets)
    return linked_html


@dataclass(frozen=True)
class CompetencyLevel:
    """The level a learner has reached on one competency, with stable identifiers: enough to
    freeze into a certificate or an Open Badge (CASE CFItem / CFDocument / rubric level)."""

    competency_id: int
    competency_code: str
    competency_title: str
    competency_uuid: str  # CASE CFItem identifier
    framework_identifier: str  # CASE CFDocument uri
    framework_uuid: str  # CASE CFDocument identifier
    framework_name: str
    framework_version: str
    level_code: str
    level_name: str
    level_uuid: str  # CASE CFRubricCriterionLevel identifier
    level_position: int  # 1-based in the framework's scale
    threshold_met: bool  # at or above the framework's proficient threshold
    reached_at: object  # datetime the level was first proficient


def learner_competency_levels(user, competency_ids=None):
    """Per competency with a proficient level (restricted to `competency_ids` when given), the
    level reached, in framework order, in the active language: three queries."""
    states = learner_competency_states(
        user=user, competency_ids=competency_ids, with_evidence=False
    )
    return [
        CompetencyLevel(
            competency_id=state.competency.pk,
            competency_code=state.competency.code,
            competency_title=state.competency.title,
            competency_uuid=str(state.competency.uuid),
            framework_identifier=state.framework.identifier,
            framework_uuid=str(state.framework.case_uuid),
            framework_name=state.framework.name,
            framework_version=state.framework.version,
            level_code=state.reached.code,
            level_name=state.reached.name,
            level_uuid=str(state.reached.uuid),
            level_position=state.reached_position,
            threshold_met=state.threshold_met,
            reached_at=state.reached_at,
        )
        for state in states.values()
        if state.reached is not None
    ]
