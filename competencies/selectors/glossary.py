"""The glossary ("lexique responsable"): the index by letter, a term's page, the search in the
active language and the link targets of lesson bodies."""

from collections import OrderedDict

from django.db.models import Prefetch

from ..models import Competency, GlossaryTerm, active_language, letter_of
from .text import sort_key, words


def glossary_index(*, language=None):
    """Terms grouped by initial letter in the active language: [(letter, [terms])], sorted.

    One query whatever the number of terms: the index lists names only, each term's page
    shows the rest."""
    language = language or active_language()
    terms = list(GlossaryTerm.objects.only("slug", "term_fr", "term_en"))
    terms.sort(key=lambda term: sort_key(term.localized("term", language)))
    groups = OrderedDict()
    for term in terms:
        groups.setdefault(letter_of(term.localized("term", language)), []).append(term)
    return list(groups.items())


def glossary_term_detail(*, slug):
    """A term with its related terms and competencies (three queries), or None."""
    return (
        GlossaryTerm.objects.prefetch_related(
            Prefetch("related_terms", queryset=GlossaryTerm.objects.order_by("term_fr")),
            Prefetch("related_competencies", queryset=Competency.objects.order_by("code")),
        )
        .filter(slug=slug)
        .first()
    )


def glossary_term_get(*, slug):
    return GlossaryTerm.objects.filter(slug=slug).first()


def glossary_search(*, query, language=None, limit=50):
    """Terms whose text in `language` (default: the active one) holds every word of the query
    (accents and case ignored, a word may be the start of a longer one), best first: the term
    itself, then a synonym, then the definition. The other language's texts are never searched.

    One query: the glossary is read whole (hundreds of short rows at most), which keeps the
    language rule exact on every database; pages are searched through Wagtail (config/search.py).
    """
    language = language or active_language()
    wanted = words(query)
    if not wanted:
        return []

    def matches(text):
        found = words(text)
        return all(any(word.startswith(w) for word in found) for w in wanted)

    ranked = []
    for term in GlossaryTerm.objects.all():
        fields = (
            term.localized("term", language),
            getattr(term, f"synonyms_{language}", ""),
            term.localized("definition", language),
        )
        for rank, text in enumerate(fields):
            if matches(text):
                ranked.append((rank, sort_key(fields[0]), term))
                break
    ranked.sort(key=lambda entry: entry[:2])
    return [term for _rank, _key, term in ranked[:limit]]


def glossary_link_targets(*, language, url_for):
    """Every term as a link target in `language` (its term and synonyms), in one query."""
    from ..linking import LinkTarget

    targets = []
    for term in GlossaryTerm.objects.only(
        "slug", "term_fr", "term_en", "synonyms_fr", "synonyms_en"
    ):
        # Synonyms of this language only: a French synonym never links English text.
        synonyms = getattr(term, f"synonyms_{language}", "").splitlines()
        phrases = (term.localized("term", language), *(s.strip() for s in synonyms if s.strip()))
        targets.append(LinkTarget(slug=term.slug, url=url_for(term.slug), phrases=phrases))
    return targets
