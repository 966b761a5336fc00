"""Where a glossary term is used: the term's page lists the lessons whose text holds it.

The lessons belong to a higher app (courses), which competencies cannot import: each app that
has content registers, from its AppConfig.ready(), a finder through
`competencies.api.glossary_usage_register(finder)`. A finder is called as
`finder(phrases=(term, *synonyms), language=, request=)` and returns `GlossaryUse`s."""

from dataclasses import dataclass

_FINDERS = []


@dataclass(frozen=True)
class GlossaryUse:
    title: str
    url: str
    kind: str = ""


def register(finder):
    if finder not in _FINDERS:
        _FINDERS.append(finder)


def term_uses(*, term, language, request=None):
    """What every registered finder returns for this term's phrases in `language`."""
    synonyms = getattr(term, f"synonyms_{language}", "").splitlines()
    phrases = (term.localized("term", language), *(s.strip() for s in synonyms if s.strip()))
    uses = []
    for finder in _FINDERS:
        uses.extend(finder(phrases=phrases, language=language, request=request))
    return uses
