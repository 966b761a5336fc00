"""Shared fixtures of the cohorts tests: `world`, two structures with their staff, three cohorts
and a learner, the roles of the permission matrix (docs/cohorts.md, "Who sees what")."""

import pytest

from cohorts.models import StructureMembership

from .factories import cohort_create, learner_add, person_create, staff_add, structure_create

COORDINATOR = StructureMembership.Role.COORDINATOR


@pytest.fixture
def world(db):
    a, b = structure_create("A"), structure_create("B")
    people = {
        name: person_create(name)
        for name in ("coord_a", "coach_a", "coach_a2", "coach_b", "learner", "other")
    }
    staff_add(a, people["coord_a"], COORDINATOR)
    staff_add(a, people["coach_a"])
    staff_add(a, people["coach_a2"])
    staff_add(b, people["coach_b"])
    cohort_a = cohort_create(a, coaches=[people["coach_a"]])
    cohort_a2 = cohort_create(a, coaches=[people["coach_a2"]])
    cohort_b = cohort_create(b, coaches=[people["coach_b"]])
    membership = learner_add(cohort_a, people["learner"])
    return {
        "a": a,
        "b": b,
        "A": cohort_a,
        "A2": cohort_a2,
        "B": cohort_b,
        "m": membership,
        **people,
    }
