"""A quiz attempt: the answers checked, scored on the server and stored."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import evidence, signals
from .. import tracking as xapi
from ..blocks import QuestionKind
from ..models import Enrolment, QuizAttempt, quiz_grade
from .completion import course_completion_update, send_after_commit
from .enrolment import enrolment_for_item
from .errors import QuizSubmissionError


def _answers_clean(*, questions, answers):
    """Check the posted answers belong to these questions and choices; returns them as sets."""
    by_id = {question["id"]: question for question in questions}
    if set(answers) - set(by_id):
        raise QuizSubmissionError(
            _("Ces réponses ne correspondent pas à ce quiz. Rechargez la page et recommencez."),
            code="foreign_question",
        )
    cleaned, missing = {}, []
    for number, question in enumerate(questions, start=1):
        chosen = set(answers.get(question["id"], ()))
        if not chosen:
            missing.append(number)
            continue
        if chosen - {choice["id"] for choice in question["choices"]}:
            raise QuizSubmissionError(
                _(
                    "Une réponse envoyée n'existe pas dans ce quiz. "
                    "Rechargez la page et recommencez."
                ),
                code="unknown_choice",
            )
        if question["kind"] != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise QuizSubmissionError(
                _("Une seule réponse est possible à la question %(number)d.") % {"number": number},
                code="too_many_choices",
            )
        cleaned[question["id"]] = sorted(chosen)
    if missing:
        raise QuizSubmissionError(
            ngettext(
                "Répondez à la question %(numbers)s.",
                "Répondez aux questions %(numbers)s.",
                len(missing),
            )
            % {"numbers": ", ".join(str(number) for number in missing)},
            code="missing_answers",
        )
    return cleaned


@transaction.atomic
@xapi.recording()  # the call's xAPI statements, written together
def quiz_attempt_submit(*, user, quiz, answers, attempt_number=None):
    """Score `answers` ({question id: [choice ids]}) on the server and store the attempt.

    `attempt_number`, when given, is the attempt the form was displayed for: a second POST of
    the same form is refused rather than counted twice. Nothing is stored on any error.
    """
    course, enrolment = enrolment_for_item(user=user, page=quiz)
    questions = quiz.question_list()
    cleaned = _answers_clean(questions=questions, answers=answers)
    # Lock the learner's enrolment row so two submissions are numbered one after the other.
    Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
    used = QuizAttempt.objects.filter(user=user, quiz_key=quiz.translation_key).count()
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        raise QuizSubmissionError(
            ngettext(
                "Vous avez utilisé votre tentative pour ce quiz.",
                "Vous avez utilisé vos %(count)d tentatives pour ce quiz.",
                quiz.max_attempts,
            )
            % {"count": quiz.max_attempts},
            code="no_attempt_left",
        )
    if attempt_number is not None and attempt_number != used + 1:
        raise QuizSubmissionError(
            _("Cette tentative est déjà enregistrée."), code="duplicate_attempt"
        )
    score, results = quiz_grade(questions=questions, answers=cleaned)
    attempt = QuizAttempt(
        user=user,
        enrolment=enrolment,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        attempt_number=used + 1,
        answers=cleaned,
        score=score,
        passed=score >= quiz.pass_mark,
    )
    attempt.full_clean()
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError as error:
        raise QuizSubmissionError(
            _("Cette tentative est déjà enregistrée."), code="duplicate_attempt"
        ) from error
    xapi.quiz_submitted(user=user, quiz=quiz, enrolment=enrolment, attempt=attempt, results=results)
    if attempt.passed:
        evidence.quiz_passed(user=user, quiz=quiz, attempt=attempt)
    send_after_commit(
        signals.quiz_submitted, user=user, quiz=quiz, enrolment=enrolment, attempt=attempt
    )
    if attempt.passed:
        course_completion_update(enrolment=enrolment, course=course)
    return attempt
