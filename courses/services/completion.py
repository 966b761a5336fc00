"""A course's and a path's completion: recorded and announced once, when a lesson completion,
a quiz passed or an enrolment completes them; and the signals sent after the commit."""

from django.db import transaction
from django.utils import timezone

from .. import evidence, selectors, signals
from .. import tracking as xapi
from ..models import Enrolment


def send_after_commit(signal, **kwargs):
    transaction.on_commit(lambda: signal.send(sender=Enrolment, **kwargs))


def course_completion_update(*, enrolment, course):
    """Record and announce (once) that the course is complete, then look at its paths."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        progress = selectors.course_progress_map(user=enrolment.user, courses=[course])
        progress = progress[course.translation_key]
        if progress.percent:
            xapi.course_event(
                enrolment=enrolment,
                course=course,
                percent=progress.percent,
                completed=progress.complete,
            )
        if not progress.complete:
            return
        enrolment.completed_at = timezone.now()
        enrolment.save(update_fields=["completed_at"])
        evidence.course_completed(user=enrolment.user, course=course, enrolment=enrolment)
        send_after_commit(
            signals.course_completed, user=enrolment.user, course=course, enrolment=enrolment
        )
    path_enrolments = Enrolment.objects.active().filter(
        user=enrolment.user,
        completed_at__isnull=True,
        path__path_courses__course__translation_key=course.translation_key,
    )
    for path_enrolment in path_enrolments.distinct():
        path_completion_update(enrolment=path_enrolment)


def path_completion_update(*, enrolment):
    # of=("self",): PostgreSQL refuses FOR UPDATE on the nullable side of the outer join.
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("path")
        .get(pk=enrolment.pk)
    )
    if enrolment.completed_at is not None:
        return
    if not selectors.path_progress_get(user=enrolment.user, path=enrolment.path)["complete"]:
        return
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    xapi.path_completed(enrolment=enrolment, path=enrolment.path)
    send_after_commit(
        signals.path_completed, user=enrolment.user, path=enrolment.path, enrolment=enrolment
    )
