"""A lesson marked done, and a lesson's view recorded once per visit."""

from django.core.cache import cache
from django.db import IntegrityError, transaction

from .. import conf, evidence, selectors, signals
from .. import tracking as xapi
from ..models import LessonCompletion
from .completion import course_completion_update, send_after_commit
from .enrolment import enrolment_for_item


@transaction.atomic
@xapi.recording()  # the call's xAPI statements, written together
def lesson_complete(*, user, lesson):
    """Mark a lesson done. Idempotent: a second call returns the same row and sends nothing."""
    course, enrolment = enrolment_for_item(user=user, page=lesson)
    existing = LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            completion = LessonCompletion.objects.create(
                user=user, enrolment=enrolment, lesson=lesson, lesson_key=lesson.translation_key
            )
    except IntegrityError:  # the same POST, twice, at the same moment
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key)
    xapi.lesson_completed(user=user, lesson=lesson, enrolment=enrolment)
    evidence.lesson_completed(user=user, lesson=lesson, completion=completion)
    send_after_commit(
        signals.lesson_completed,
        user=user,
        lesson=lesson,
        enrolment=enrolment,
        completion=completion,
    )
    course_completion_update(enrolment=enrolment, course=course)
    return completion


def lesson_view_record(*, user, lesson, course=None, enrolment=None):
    """A learner enrolled in the lesson's course opened it: an `experienced` statement, once
    per visit (conf.experienced_window(): reloads within the window, in the same
    language and enrolment, are the same visit).

    The page passes the `course` and `enrolment` its context already holds (no course: both are
    looked up). A visitor who is not enrolled opens no transaction.
    """
    if not user.is_authenticated:
        return
    if course is None:
        course = selectors.course_for_page(page=lesson)
        enrolment = selectors.enrolment_active_get(user=user, page=course) if course else None
    if enrolment is None or not _new_visit(user=user, lesson=lesson, enrolment=enrolment):
        return
    with transaction.atomic():
        xapi.lesson_experienced(user=user, lesson=lesson, enrolment=enrolment)


def _new_visit(*, user, lesson, enrolment):
    """True on the first view of the lesson within the window (one cache write, atomic)."""
    window = conf.experienced_window()
    if window <= 0:
        return True
    key = (
        f"courses:experienced:{user.pk}:{lesson.translation_key}:{lesson.locale_id}:"
        f"{enrolment.registration}"
    )
    return cache.add(key, True, timeout=window)
