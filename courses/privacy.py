"""The courses app's section of a learner's data export and erasure (accounts.privacy)."""

from accounts.api import privacy_iso as iso

from .models import Enrolment, LessonCompletion, QuizAttempt


def _title(page):
    return page.title if page is not None else None


def user_export(user):
    """Enrolments, completed lessons and quiz attempts: three queries."""
    enrolments = Enrolment.objects.filter(user=user).select_related(
        "course", "path", "path_enrolment"
    )
    completions = LessonCompletion.objects.filter(user=user).select_related("lesson", "enrolment")
    attempts = QuizAttempt.objects.filter(user=user).select_related("quiz", "enrolment")
    return {
        "enrolments": [
            {
                "registration": str(enrolment.registration),
                "kind": "course" if enrolment.course_id else "path",
                "title": _title(enrolment.content),
                "content_key": str(enrolment.content_key),
                "path_registration": (
                    str(enrolment.path_enrolment.registration) if enrolment.path_enrolment else None
                ),
                "enrolled_at": iso(enrolment.enrolled_at),
                "unenrolled_at": iso(enrolment.unenrolled_at),
                "completed_at": iso(enrolment.completed_at),
            }
            for enrolment in enrolments.order_by("enrolled_at", "pk")
        ],
        "lesson_completions": [
            {
                "lesson": _title(completion.lesson),
                "lesson_key": str(completion.lesson_key),
                "registration": str(completion.enrolment.registration),
                "completed_at": iso(completion.completed_at),
            }
            for completion in completions.order_by("completed_at", "pk")
        ],
        "quiz_attempts": [
            {
                "quiz": _title(attempt.quiz),
                "quiz_key": str(attempt.quiz_key),
                "registration": str(attempt.enrolment.registration),
                "attempt_number": attempt.attempt_number,
                "answers": attempt.answers,
                "score": attempt.score,
                "passed": attempt.passed,
                "submitted_at": iso(attempt.submitted_at),
            }
            for attempt in attempts.order_by("submitted_at", "pk")
        ],
    }


def user_erase(user):
    QuizAttempt.objects.filter(user=user).delete()
    LessonCompletion.objects.filter(user=user).delete()
    Enrolment.objects.filter(user=user).delete()
