"""A learner with a row of every kind Tremplin keeps (for the export and erasure tests), and
another learner whose rows must never leak into theirs."""

import pytest

from certificates.keys import private_key_generate_pem
from courses import services as course_services
from tests.certificates.competency_fixtures import (  # noqa: F401
    course_map,
    demo_framework,
    items,
    levels,
)
from tests.certificates.factories import rule_create
from tests.courses.factories import (
    UserFactory,
    catalogue_create,
    course_create,
    lessons_of,
    quiz_of,
    right_answers,
    wrong_answers,
)

_KEY = private_key_generate_pem()


@pytest.fixture
def signing_key(settings, tmp_path):
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY = _KEY
    settings.TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE = str(tmp_path / "key.pem")
    return _KEY


@pytest.fixture
def mapped_course(home_page, items, levels):  # noqa: F811
    course = course_create(
        catalogue_create(home_page), lessons=2, modules=1, title="Impacts du numérique"
    )
    return course_map(course, items, levels, "impacts-du-numerique")


def learner_journey(user, course, *, fail_first=True):
    """Enrol, complete every lesson, fail the quiz once then pass it (which completes the
    course, records evidence, statements and, with a rule, issues the certificate)."""
    course_services.enrolment_create(user=user, page=course)
    for lesson in lessons_of(course):
        course_services.lesson_complete(user=user, lesson=lesson)
    quiz = quiz_of(course)
    if fail_first:
        course_services.quiz_attempt_submit(user=user, quiz=quiz, answers=wrong_answers(quiz))
    course_services.quiz_attempt_submit(user=user, quiz=quiz, answers=right_answers(quiz))


@pytest.fixture
def journey(user, mapped_course, signing_key, django_capture_on_commit_callbacks):
    """`user` (lea) went through the whole mapped course and earned its certificate; another
    learner enrolled and completed its first lesson."""
    rule_create(mapped_course)
    other = UserFactory(username="autre")
    with django_capture_on_commit_callbacks(execute=True):
        learner_journey(user, mapped_course)
        course_services.enrolment_create(user=other, page=mapped_course)
        course_services.lesson_complete(user=other, lesson=lessons_of(mapped_course)[0])
    return user, other
