"""Structures, staff, cohorts and learners for the cohorts tests, written directly (the rows a
service would write; the services' own tests build them through cohorts.services)."""

import datetime
import itertools

from django.utils import timezone

from cohorts.models import Cohort, CohortMembership, StructureMembership, SupportStructure

from ..launchpad.factories import PASSWORD, person_create

__all__ = [
    "PASSWORD",
    "cohort_create",
    "learner_add",
    "person_create",
    "staff_add",
    "structure_create",
]

_counter = itertools.count(1)


def structure_create(name=None, *, kind=SupportStructure.Kind.INCUBATOR, **fields):
    number = next(_counter)
    return SupportStructure.objects.create(
        name=name or f"Structure {number}", kind=kind, departement="44", **fields
    )


def staff_add(structure, user, role=StructureMembership.Role.COACH):
    return StructureMembership.objects.create(structure=structure, user=user, role=role)


def cohort_create(structure, name=None, *, coaches=(), starts_in_days=-10, days=90, **fields):
    """A cohort of `structure`, running by default (started 10 days ago, for 90 days)."""
    number = next(_counter)
    starts_on = timezone.localdate() + datetime.timedelta(days=starts_in_days)
    cohort = Cohort.objects.create(
        structure=structure,
        name=name or f"Cohorte {number}",
        starts_on=starts_on,
        ends_on=starts_on + datetime.timedelta(days=days),
        **fields,
    )
    cohort.coaches.set(coaches)
    return cohort


def learner_add(cohort, user, via=CohortMembership.Via.STAFF):
    return CohortMembership.objects.create(cohort=cohort, user=user, via=via)
