"""Enrolment in a course or a path, unenrolment, and the enrolment a lesson or quiz needs."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import selectors
from .. import tracking as xapi
from ..models import CoursePage, Enrolment, LearningPathPage
from .completion import course_completion_update, path_completion_update
from .errors import EnrolmentError, NotEnrolledError


def require_live(page):
    if not page.live:
        raise EnrolmentError(_("Ce contenu n'est pas publié."), code="not_live")


def enrolment_for_item(*, user, page):
    course = selectors.course_for_page(page=page)
    enrolment = selectors.enrolment_active_get(user=user, page=course) if course else None
    if enrolment is None:
        raise NotEnrolledError(
            _("Inscrivez-vous au cours pour enregistrer votre progression."),
        )
    return course, enrolment


@transaction.atomic
def enrolment_create(*, user, page, path_enrolment=None):
    """Enrol `user` in a course or a path (and then in each of its courses). Idempotent:
    returns the active enrolment if there is one, in whichever language it was made."""
    if not isinstance(page, CoursePage | LearningPathPage):
        raise EnrolmentError(_("On ne peut s'inscrire qu'à un cours ou à un parcours."))
    require_live(page)
    enrolment = (
        Enrolment.objects.active()
        .filter(user=user, content_key=page.translation_key)
        .select_for_update()
        .first()
    )
    if enrolment is None:
        previous = (
            Enrolment.objects.filter(
                user=user, content_key=page.translation_key, completed_at__isnull=False
            )
            .order_by("completed_at")
            .first()
        )
        enrolment = Enrolment(
            user=user,
            course=page if isinstance(page, CoursePage) else None,
            path=page if isinstance(page, LearningPathPage) else None,
            content_key=page.translation_key,
            path_enrolment=path_enrolment,
            # Completion is a fact about the learner, already announced once: re-enrolling
            # keeps it and sends nothing again.
            completed_at=previous.completed_at if previous else None,
        )
        enrolment.full_clean()
        enrolment.save()
        xapi.enrolment_registered(enrolment=enrolment, page=page)
    if isinstance(page, LearningPathPage):
        for course in selectors.path_courses_map(paths=[page])[page.pk]:
            enrolment_create(user=user, page=course, path_enrolment=enrolment)
        path_completion_update(enrolment=enrolment)
    else:
        course_completion_update(enrolment=enrolment, course=page)
    return enrolment


@transaction.atomic
def enrolment_end(*, user, page):
    """Unenrol: the enrolment is kept with its end date (history), so is the progress."""
    enrolment = selectors.enrolment_active_get(user=user, page=page)
    if enrolment is None:
        raise NotEnrolledError(_("Vous n'êtes pas inscrit·e à ce contenu."))
    now = timezone.now()
    enrolment.unenrolled_at = now
    enrolment.save(update_fields=["unenrolled_at"])
    enrolment.course_enrolments.active().update(unenrolled_at=now)
    return enrolment
