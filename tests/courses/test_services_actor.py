"""A learner's own writes take no actor (the learner is `user`)."""

import inspect

import pytest

from courses import services


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
