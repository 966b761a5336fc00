"""The demo curriculum loads through the services, in both languages, idempotently."""

import pytest
from wagtail.models import Page

from config.demo.courses import enrol_demo_learner, load_curriculum
from courses import selectors
from courses.models import (
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizPage,
)


@pytest.fixture
def curriculum(demo_curriculum, db):
    return demo_curriculum[1]


def test_the_demo_curriculum_loads_twice_to_the_same_pages(home_page, curriculum, learner):
    counts = (Page.objects.count(), LessonPage.objects.count(), QuizPage.objects.count())
    assert CoursePage.objects.filter(locale__language_code="fr").count() == 5
    assert CoursePage.objects.filter(locale__language_code="en").count() == 5
    assert QuizPage.objects.filter(locale__language_code="fr").count() >= 5
    enrol_demo_learner(learner)
    done = LessonCompletion.objects.count()
    assert done == 4
    french_quiz = QuizPage.objects.filter(locale__language_code="fr").first()
    english_quiz = QuizPage.objects.get(
        translation_key=french_quiz.translation_key, locale__language_code="en"
    )
    ids = [q["id"] for q in french_quiz.question_list()]
    assert ids == [q["id"] for q in english_quiz.question_list()]
    assert english_quiz.question_list()[0]["text"] != french_quiz.question_list()[0]["text"]

    path = load_curriculum(home=home_page, log=lambda line: None)
    enrol_demo_learner(learner)
    assert path.pk == curriculum.pk
    assert (Page.objects.count(), LessonPage.objects.count(), QuizPage.objects.count()) == counts
    assert ids == [q["id"] for q in QuizPage.objects.get(pk=french_quiz.pk).question_list()]
    assert LessonCompletion.objects.count() == done
    assert Enrolment.objects.filter(path__isnull=False).count() == 1
    assert not QuizAttempt.objects.exists()
    progress = selectors.path_progress_get(user=learner, path=path)
    assert 0 < progress["percent"] < 100


def test_the_english_path_lists_the_english_courses(curriculum, client):
    english = curriculum.get_translation(
        curriculum.locale.__class__.objects.get(language_code="en")
    )
    response = client.get(english.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Understanding" in html or "impacts" in html.lower()
    assert "/en/" in english.url
    assert all(
        course.locale.language_code == "en"
        for course in CoursePage.objects.filter(
            pk__in=english.specific.path_courses.values("course")
        )
    )


def test_every_demo_lesson_and_quiz_renders_light(curriculum, client):
    from pathlib import Path

    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/tremplin.css")).stat().st_size
    pages = [
        *LessonPage.objects.live().filter(locale__language_code="fr"),
        *QuizPage.objects.live().filter(locale__language_code="fr"),
    ]
    assert len(pages) > 40
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert len(response.content) + css < 40_000, page.url
