"""Who did what: page writes record their actor in Wagtail's history; a learner's own writes
take no actor (the learner is `user`)."""

import inspect

import pytest
from wagtail.models import PageLogEntry

from courses import services
from courses.models import CoursePage

from .factories import UserFactory


@pytest.mark.parametrize(
    "service",
    [
        services.enrolment_create,
        services.enrolment_end,
        services.lesson_complete,
        services.quiz_attempt_submit,
    ],
)
def test_a_learners_own_writes_take_no_actor(service):
    assert "actor" not in inspect.signature(service).parameters


def test_the_editor_of_a_page_is_in_its_history(catalogue):
    editor = UserFactory()
    course = services.page_ensure(
        actor=editor,
        parent=catalogue,
        page_class=CoursePage,
        slug="sobriete",
        fields={"title": "Sobriété numérique", "summary": "Un cours.", "theme": "impacts"},
    )
    entry = PageLogEntry.objects.filter(page=course, action="wagtail.publish").get()
    assert entry.user == editor
    assert course.owner == editor
