"""What a quiz page shows: the questions of the next attempt, and a past attempt's results."""

import random

from ..models import QuizAttempt, quiz_grade


def quiz_form_context_get(*, quiz, user):
    """Questions to show (shuffled per learner and attempt when asked) and attempts so far."""
    attempts = []
    if user.is_authenticated:
        attempts = list(
            QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key)
            .order_by("attempt_number")
            .only("attempt_number", "score", "passed", "submitted_at")
        )
    next_number = len(attempts) + 1
    questions = quiz.question_list()
    if quiz.shuffle:
        rng = random.Random(f"{getattr(user, 'pk', 0)}:{quiz.translation_key}:{next_number}")
        rng.shuffle(questions)
        for question in questions:
            rng.shuffle(question["choices"])
    attempts_left = None if quiz.max_attempts is None else max(quiz.max_attempts - len(attempts), 0)
    return {
        "questions": questions,
        "attempts": attempts,
        "attempt_number": next_number,
        "attempts_left": attempts_left,
        "can_submit": attempts_left is None or attempts_left > 0,
        "passed": any(attempt.passed for attempt in attempts),
    }


def answers_revealed(*, passed, can_submit):
    """The right answers and the explanations show once the learner has passed the quiz or has
    no attempt left: before, they would give the next attempt away."""
    return passed or not can_submit


def quiz_result_get(*, user, quiz, number):
    """One of the learner's attempts with per-question feedback, what the quiz form would show
    next, and `reveal` (answers_revealed), or None."""
    result = quiz_attempt_get(user=user, quiz=quiz, number=number)
    if result is None:
        return None
    form = quiz_form_context_get(quiz=quiz, user=user)
    reveal = answers_revealed(passed=form["passed"], can_submit=form["can_submit"])
    return {**form, **result, "reveal": reveal}


def quiz_attempt_get(*, user, quiz, number):
    """One of the learner's attempts, with per-question feedback, or None."""
    attempt = QuizAttempt.objects.filter(
        user=user, quiz_key=quiz.translation_key, attempt_number=number
    ).first()
    if attempt is None:
        return None
    _score, results = quiz_grade(questions=quiz.question_list(), answers=attempt.answers)
    return {"attempt": attempt, "results": results}
