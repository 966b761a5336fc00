"""load_demo builds a content folder through the services, idempotently (the small test folder
here; the whole demo in tests/courses and tests/competencies)."""

import pytest
from django.utils import translation
from wagtail.models import Page

from competencies import api as competencies_api
from config.demo.loader import load_demo
from courses.models import CoursePage, LessonPage, QuizPage
from tests.conftest import SMALL_CONTENT

pytestmark = pytest.mark.django_db


def _snapshot():
    def strip(value):
        if isinstance(value, dict):
            return {key: strip(item) for key, item in value.items() if key != "id"}
        if isinstance(value, list):
            return [strip(item) for item in value]
        return value

    pages = []
    for page in Page.objects.order_by("path").specific():
        stream = {
            name: strip(list(getattr(page, name).raw_data))
            for name in ("body", "questions")
            if hasattr(page, name)
        }
        pages.append((page.pk, page.locale.language_code, page.slug, page.title, stream))
    return pages


def test_load_demo_twice_builds_the_same_pages(settings):
    settings.DEBUG = False
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    first = _snapshot()
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    assert _snapshot() == first
    assert QuizPage.objects.count() == 2  # French and English
    authors = dict(CoursePage.objects.values_list("locale__language_code", "authors"))
    assert authors == {"fr": "Équipe de test", "en": "Test team"}
    french, english = (
        QuizPage.objects.get(locale__language_code=language).questions.raw_data[0]
        for language in ("fr", "en")
    )
    assert [choice["value"]["text"] for choice in english["value"]["choices"]] == ["True", "False"]
    # One question, one set of choices: the English blocks keep the French ids (attempts).
    assert english["id"] == french["id"]
    assert [c["id"] for c in english["value"]["choices"]] == [
        c["id"] for c in french["value"]["choices"]
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_lesson_and_glossary_links_point_at_the_page_and_term_of_their_language(settings, language):
    settings.DEBUG = False
    load_demo(root=SMALL_CONTENT, log=lambda line: None)
    lesson = LessonPage.objects.get(slug="cycle-de-vie", locale__language_code=language)
    target = LessonPage.objects.get(slug="fin-de-vie", locale__language_code=language)
    with translation.override(language):
        term_url = competencies_api.glossary_term_for_slug("reemploi").url
    html = lesson.body.raw_data[0]["value"]
    assert f'<a linktype="page" id="{target.pk}">' in html
    assert f'<a href="{term_url}">' in html
    assert "lesson:" not in html and "glossary:" not in html
