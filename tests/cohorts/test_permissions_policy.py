"""The policy itself (cohorts/permissions.py): who sees which structure, cohort and learner.
The URL x role matrix lives in test_views_permission_matrix.py."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from cohorts import permissions
from cohorts.models import StructureMembership

pytestmark = pytest.mark.django_db
COORDINATOR = StructureMembership.Role.COORDINATOR


def test_coordinator_sees_every_cohort_of_their_structure_only(world):
    assert set(permissions.cohorts_visible(world["coord_a"])) == {world["A"], world["A2"]}
    assert list(permissions.structures_managed(world["coord_a"])) == [world["a"]]


def test_coach_sees_only_the_cohorts_they_coach(world):
    assert list(permissions.cohorts_visible(world["coach_a"])) == [world["A"]]
    assert list(permissions.structures_managed(world["coach_a"])) == []
    with pytest.raises(Http404):
        permissions.cohort_for(world["coach_a"], world["A2"].public_id)
    with pytest.raises(Http404):
        permissions.cohort_for(world["coach_a"], world["A"].public_id, manage=True)


def test_a_coach_removed_from_the_structure_loses_the_cohort(world):
    StructureMembership.objects.filter(user=world["coach_a"]).delete()
    assert list(permissions.cohorts_visible(world["coach_a"])) == []


def test_other_structure_and_learners_see_nothing(world):
    for name in ("coach_b", "learner", "other"):
        with pytest.raises(Http404):
            permissions.cohort_for(world[name], world["A"].public_id)
        with pytest.raises(Http404):
            permissions.membership_for(world[name], world["A"], world["m"].pk)
    assert list(permissions.cohorts_visible(AnonymousUser())) == []
    assert list(permissions.own_memberships(world["learner"])) == [world["m"]]
    assert list(permissions.own_memberships(world["other"])) == []


def test_superuser_sees_everything(world):
    world["other"].is_superuser = True
    world["other"].save()
    assert len(permissions.cohorts_visible(world["other"])) == 3
    assert permissions.membership_for(world["other"], world["A"], world["m"].pk) == world["m"]
    assert not permissions.is_staff_anywhere(world["learner"])
    assert permissions.is_staff_anywhere(world["coach_b"])
