"""The cohorts app's one permission policy (docs/cohorts.md, "Who sees what").

- A superuser sees every structure, cohort and learner.
- A coordinator of a structure sees and manages that structure: its staff, all its cohorts and
  their learners.
- A coach of a structure sees the cohorts they are a coach of, and those cohorts' learners;
  they manage those cohorts' invitations and learners, not the structure or its staff.
- A learner sees only themself (their memberships, "Mes accompagnements").
- Anyone else sees nothing. Every view, export, chart and PDF of this app goes through the
  functions below; what a user may not see answers 404, never 403 and never data, so that a URL
  does not even confirm that a cohort or a learner exists.
"""

from django.db.models import Q
from django.http import Http404

from .models import Cohort, CohortMembership, StructureMembership, SupportStructure

COORDINATOR = StructureMembership.Role.COORDINATOR


def _active(user):
    return user is not None and user.is_authenticated and user.is_active


def structures_visible(user):
    """The structures `user` is staff of (coordinator or coach)."""
    if not _active(user):
        return SupportStructure.objects.none()
    if user.is_superuser:
        return SupportStructure.objects.all()
    return SupportStructure.objects.filter(staff__user=user).distinct()


def structures_managed(user):
    """The structures `user` coordinates."""
    if not _active(user):
        return SupportStructure.objects.none()
    if user.is_superuser:
        return SupportStructure.objects.all()
    return SupportStructure.objects.filter(staff__user=user, staff__role=COORDINATOR).distinct()


def cohorts_visible(user):
    """The cohorts whose learners `user` may follow."""
    if not _active(user):
        return Cohort.objects.none()
    if user.is_superuser:
        return Cohort.objects.all()
    return Cohort.objects.filter(
        Q(structure__staff__user=user, structure__staff__role=COORDINATOR)
        | Q(coaches=user, structure__staff__user=user)
    ).distinct()


def is_staff_anywhere(user):
    """Whether `user` gets the follow-up space in their menu."""
    return _active(user) and (
        user.is_superuser or StructureMembership.objects.filter(user=user).exists()
    )


def can_manage_structure(user, structure):
    return structures_managed(user).filter(pk=structure.pk).exists()


def can_manage_cohort(user, cohort):
    """Edit the cohort itself (dates, coaches, what it follows): the structure's coordinators."""
    return can_manage_structure(user, cohort.structure)


def structure_for(user, public_id, *, manage=False):
    """The structure `public_id` if `user` sees it (coordinates it, with `manage`), else 404."""
    queryset = structures_managed(user) if manage else structures_visible(user)
    structure = queryset.filter(public_id=public_id).first()
    if structure is None:
        raise Http404
    return structure


def cohort_for(user, public_id, *, manage=False):
    """The cohort `public_id` if `user` follows it (and manages it, with `manage`), else 404."""
    cohort = cohorts_visible(user).select_related("structure").filter(public_id=public_id).first()
    if cohort is None or (manage and not can_manage_cohort(user, cohort)):
        raise Http404
    return cohort


def memberships_visible(user, cohort):
    """The learners of `cohort` that `user` may see (all of them once the cohort is visible)."""
    if not cohorts_visible(user).filter(pk=cohort.pk).exists():
        return CohortMembership.objects.none()
    return cohort.memberships.all()


def membership_for(user, cohort, membership_pk):
    """One learner's membership of `cohort`, if `user` may see it, else 404."""
    membership = (
        memberships_visible(user, cohort).select_related("user").filter(pk=membership_pk).first()
    )
    if membership is None:
        raise Http404
    return membership


def own_memberships(user):
    """A learner's own memberships (what "Mes accompagnements" lists)."""
    if not _active(user):
        return CohortMembership.objects.none()
    return CohortMembership.objects.filter(user=user)
