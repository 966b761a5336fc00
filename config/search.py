"""Site search: paths, courses and lessons (Wagtail search, in the active language's pages) and
glossary terms (competencies' own search, in the active language's texts). docs/search.md."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from competencies.api import glossary_search_entries
from courses.api import SEARCHED_PAGE_TYPES


@dataclass(frozen=True)
class SearchResult:
    kind: str
    title: str
    url: str
    summary: str


def site_search(*, query, language, request=None, limit=20):
    """At most `limit` pages (best first) and `limit` glossary terms matching the query, all in
    `language`: a page of the other language is never returned."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or not query:
        return []
    kinds = dict(SEARCHED_PAGE_TYPES)
    found = list(
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .type(*kinds)
        .search(query, operator="and")[:limit]
    )
    pks = [page.pk for page in found]
    specific = {page.pk: page for page in Page.objects.filter(pk__in=pks).specific()}
    results = []
    for hit in found:
        page = specific.get(hit.pk)
        if page is None:
            continue
        kind = next(label for page_type, label in kinds.items() if isinstance(page, page_type))
        results.append(
            SearchResult(
                kind=str(kind),
                title=page.title,
                url=page.get_url(request),
                summary=getattr(page, "summary", "") or page.search_description,
            )
        )
    for entry in glossary_search_entries(query, limit=limit):
        results.append(
            SearchResult(
                kind=_("Lexique"), title=entry.term, url=entry.url, summary=entry.definition
            )
        )
    return results
