import pytest

from courses import services
from courses.models import QuizAttempt

from .factories import course_create, quiz_of, right_answers, wrong_answers


@pytest.fixture
def quiz(course, learner):
    services.enrolment_create(user=learner, page=course)
    return quiz_of(course)


def _by_kind(quiz, kind):
    return next(q for q in quiz.question_list() if q["kind"] == kind)


def test_right_answers_pass(quiz, learner):
    attempt = services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert (attempt.score, attempt.passed, attempt.attempt_number) == (100, True, 1)
    assert attempt.answers == {k: sorted(v) for k, v in right_answers(quiz).items()}


def test_wrong_answers_fail_and_attempts_are_numbered(quiz, learner):
    first = services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    second = services.quiz_attempt_submit(user=learner, quiz=quiz, answers=right_answers(quiz))
    assert (first.score, first.passed, first.attempt_number) == (0, False, 1)
    assert second.attempt_number == 2


@pytest.mark.parametrize("kind", ["single", "multiple", "true_false"])
def test_each_question_kind_scores_a_quarter(quiz, learner, kind):
    answers = wrong_answers(quiz)
    question = _by_kind(quiz, kind)
    answers[question["id"]] = right_answers(quiz)[question["id"]]
    attempt = services.quiz_attempt_submit(user=learner, quiz=quiz, answers=answers)
    # The fixture quiz has two single-choice questions, one multiple and one true/false.
    assert attempt.score == 25
    assert attempt.passed is False


def test_the_pass_mark_is_inclusive(catalogue, learner):
    course = course_create(catalogue, lessons=1, pass_mark=75)
    services.enrolment_create(user=learner, page=course)
    quiz = quiz_of(course)
    answers = right_answers(quiz)
    question = _by_kind(quiz, "true_false")
    answers[question["id"]] = wrong_answers(quiz)[question["id"]]
    attempt = services.quiz_attempt_submit(user=learner, quiz=quiz, answers=answers)
    assert (attempt.score, attempt.passed) == (75, True)


def _refused(quiz, learner, answers, code, **kwargs):
    with pytest.raises(services.QuizSubmissionError) as error:
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=answers, **kwargs)
    assert error.value.code == code
    assert error.value.messages[0]
    return error.value


def test_past_the_attempt_limit_nothing_is_stored(quiz, learner):
    for _ in range(3):
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    error = _refused(quiz, learner, right_answers(quiz), "no_attempt_left")
    assert "3" in error.messages[0]
    assert QuizAttempt.objects.count() == 3


def test_unlimited_attempts(catalogue, learner):
    course = course_create(catalogue, lessons=1, max_attempts=None)
    services.enrolment_create(user=learner, page=course)
    quiz = quiz_of(course)
    for _ in range(5):
        services.quiz_attempt_submit(user=learner, quiz=quiz, answers=wrong_answers(quiz))
    assert QuizAttempt.objects.count() == 5


def test_unknown_choice_id(quiz, learner):
    answers = right_answers(quiz)
    first = next(iter(answers))
    answers[first] = ["not-a-choice"]
    _refused(quiz, learner, answers, "unknown_choice")
    assert not QuizAttempt.objects.exists()


def test_missing_answers(quiz, learner):
    answers = right_answers(quiz)
    answers.pop(next(iter(answers)))
    error = _refused(quiz, learner, answers, "missing_answers")
    assert "1" in error.messages[0]
    assert not QuizAttempt.objects.exists()


def test_two_answers_to_a_single_choice_question(quiz, learner):
    answers = right_answers(quiz)
    question = _by_kind(quiz, "single")
    answers[question["id"]] = [c["id"] for c in question["choices"]]
    _refused(quiz, learner, answers, "too_many_choices")


def test_answers_for_another_quiz(quiz, catalogue, learner):
    other_course = course_create(catalogue, lessons=1)
    services.enrolment_create(user=learner, page=other_course)
    _refused(quiz, learner, right_answers(quiz_of(other_course)), "foreign_question")
    assert not QuizAttempt.objects.exists()


def test_the_same_form_posted_twice_is_stored_once(quiz, learner):
    services.quiz_attempt_submit(
        user=learner, quiz=quiz, answers=wrong_answers(quiz), attempt_number=1
    )
    _refused(quiz, learner, wrong_answers(quiz), "duplicate_attempt", attempt_number=1)
    assert QuizAttempt.objects.count() == 1


def test_not_enrolled(course, learner):
    with pytest.raises(services.NotEnrolledError):
        services.quiz_attempt_submit(
            user=learner, quiz=quiz_of(course), answers=right_answers(quiz_of(course))
        )
