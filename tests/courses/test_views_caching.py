"""Pages read a learner's enrolment and progress, and the course above a lesson, from the cache:
every change shows on the next view, whoever or whatever made it."""

import pytest

from courses import services
from courses.models import Enrolment, LessonCompletion

from .factories import course_create, lessons_of

pytestmark = pytest.mark.django_db

DONE = 'class="mark mark-done"'
ENROL = "Inscrivez-vous au cours pour suivre votre progression."


@pytest.fixture
def enrolled(client, course, learner):
    services.enrolment_create(user=learner, page=course)
    client.force_login(learner)
    return client


def test_a_lesson_marked_done_shows_done_on_the_next_view(enrolled, course, learner):
    first = lessons_of(course)[0]
    assert DONE not in enrolled.get(first.url).content.decode()
    services.lesson_complete(user=learner, lesson=first)
    assert DONE in enrolled.get(first.url).content.decode()


def test_a_completion_deleted_outside_the_services_shows_undone(enrolled, course, learner):
    first = lessons_of(course)[0]
    services.lesson_complete(user=learner, lesson=first)
    assert DONE in enrolled.get(first.url).content.decode()
    LessonCompletion.objects.filter(user=learner).delete()  # e.g. from the admin
    assert DONE not in enrolled.get(first.url).content.decode()


def test_unenrolling_shows_at_once_on_the_lesson_and_course_pages(enrolled, course, learner):
    first = lessons_of(course)[0]
    assert ENROL not in enrolled.get(first.url).content.decode()
    enrolled.get(course.url)
    services.enrolment_end(user=learner, page=course)
    assert ENROL in enrolled.get(first.url).content.decode()
    assert Enrolment.objects.active().count() == 0
    assert "M'inscrire au cours" in enrolled.get(course.url).content.decode()


def test_another_learner_sees_their_own_progress(enrolled, client, course, learner):
    from .factories import UserFactory

    first = lessons_of(course)[0]
    services.lesson_complete(user=learner, lesson=first)
    assert DONE in enrolled.get(first.url).content.decode()
    other = UserFactory()
    services.enrolment_create(user=other, page=course)
    client.force_login(other)
    assert DONE not in client.get(first.url).content.decode()


def test_a_renamed_course_shows_its_new_title_on_its_lessons(enrolled, course):
    first = lessons_of(course)[0]
    assert "Cours renommé" not in enrolled.get(first.url).content.decode()
    course.title = "Cours renommé"
    course.save_revision().publish()
    assert "Cours renommé" in enrolled.get(first.url).content.decode()


def test_a_lesson_moved_to_another_course_shows_that_course(client, catalogue, course):
    other = course_create(catalogue, lessons=1, title="Autre cours")
    lesson = lessons_of(course)[1]  # "lecon-2": the other course has a "lecon-1"
    assert "Autre cours" not in client.get(lesson.url).content.decode()
    lesson.move(lessons_of(other)[0].get_parent(), pos="last-child")
    lesson.refresh_from_db()
    html = client.get(lesson.url).content.decode()
    assert "Autre cours" in html
