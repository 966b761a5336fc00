"""What other apps (courses, cohorts, certificates) may import from the competencies app.

Models are referred to by string in foreign keys: "competencies.Competency" (a competency or an
area; courses use `limit_choices_to={"kind": "competency"}`) and "competencies.ProficiencyLevel".
"""

from dataclasses import dataclass

from django.urls import reverse

from .selectors import glossary_term_get
from .signals import competency_proficient

__all__ = ["GlossaryEntry", "competency_proficient", "glossary_term_for_slug"]


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
        url=f"{reverse('competencies:glossary')}#{term.anchor}",
    )
