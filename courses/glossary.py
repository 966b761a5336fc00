"""The lessons that use a glossary term, for the term's page (registered in apps.py through
competencies.api.glossary_usage_register)."""

from functools import reduce
from operator import or_

from wagtail.models import Locale
from wagtail.search.query import Phrase

from competencies.api import GlossaryUse

from .models import LessonPage


def lessons_using(*, phrases, language, request=None, limit=20):
    """Live public lessons of `language` whose text holds one of the phrases (Wagtail search,
    a phrase query each), in the order of the site."""
    phrases = [phrase for phrase in phrases if phrase.strip()]
    locale = Locale.objects.filter(language_code=language).first()
    if not phrases or locale is None:
        return []
    query = reduce(or_, (Phrase(phrase) for phrase in phrases))
    found = LessonPage.objects.live().public().filter(locale=locale).search(query)
    lessons = sorted(found[:limit], key=lambda lesson: lesson.path)
    return [GlossaryUse(title=lesson.title, url=lesson.get_url(request)) for lesson in lessons]
