"""The answer-reveal rule of a quiz result lives in the selector (not in the template)."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from courses import selectors, services

from .factories import course_create, quiz_of, right_answers, wrong_answers


@pytest.fixture
def quiz(catalogue, learner):
    course = course_create(catalogue, max_attempts=2)
    services.enrolment_create(user=learner, page=course)
    return quiz_of(course)


def _result(learner, quiz, number):
    return selectors.quiz_result_get(user=learner, quiz=quiz, number=number)


def test_a_failed_attempt_with_attempts_left_reveals_nothing(quiz, learner):
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    assert _result(learner, quiz, 1)["reveal"] is False


def test_a_passed_quiz_reveals_the_answers(quiz, learner):
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert _result(learner, quiz, 2)["reveal"] is True
    assert _result(learner, quiz, 1)["reveal"] is True  # an earlier attempt too, once passed


def test_no_attempt_left_reveals_the_answers(quiz, learner):
    for _ in range(2):
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    assert _result(learner, quiz, 2)["reveal"] is True


def test_an_unknown_attempt_is_none(quiz, learner):
    assert _result(learner, quiz, 5) is None


def test_the_result_page_hides_the_explanation_until_revealed(client, quiz, learner):
    client.force_login(learner)
    explanation = escape(next(q["explanation"] for q in quiz.question_list() if q["explanation"]))
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    url = reverse("courses:quiz_result", args=[quiz.pk, 1])
    assert explanation not in client.get(url).content.decode()
    services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert explanation in client.get(url).content.decode()
