"""A page in one language lists the content of that language (issue 11, item 9)."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from courses import services

from .factories import lessons_of


@pytest.fixture
def english(catalogue, course):
    """The English catalogue, course, first module and first lesson."""
    Locale.objects.get_or_create(language_code="en")
    lesson = lessons_of(course)[0]
    module = lesson.get_parent().specific

    def translate(page, title):
        return services.page_translation_ensure(
            page=page, language_code="en", fields={"title": title}
        )

    return {
        "catalogue": translate(catalogue, "Catalogue"),
        "course": translate(course, "Digital footprint"),
        "module": translate(module, "First module"),
        "lesson": translate(lesson, "Where the footprint comes from"),
    }


def test_a_filtered_english_catalogue_lists_english_content_only(client, course, english):
    html = client.get(english["catalogue"].url, {"theme": course.theme}).content.decode()
    assert "Digital footprint" in html
    assert course.title not in html
    # Choosing every language still lists both.
    every = client.get(english["catalogue"].url, {"theme": course.theme, "language": ""})
    assert course.title in every.content.decode()


def test_recent_lessons_on_the_english_dashboard_are_in_english(client, course, english, learner):
    services.enrolment_create(user=learner, page=course)
    french_lesson = lessons_of(course)[0]
    services.lesson_complete(user=learner, lesson=french_lesson)
    client.force_login(learner)
    with translation.override("en"):
        url = reverse("courses:dashboard")
    html = client.get(url).content.decode()
    assert "Where the footprint comes from" in html
    assert french_lesson.title not in html
    assert english["lesson"].url in html
