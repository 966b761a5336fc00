"""The demo learner's project with a teammate: built through the launchpad services, twice to
the same state."""

import pytest

from accounts.services import user_create
from config.demo.projects import demo_project_ensure
from launchpad.models import Project, ProjectEvent, ProjectStep
from tests.launchpad.factories import pack_create

pytestmark = pytest.mark.django_db


def test_the_demo_project_is_in_progress_with_a_teammate_and_loads_twice_the_same(home_page):
    pack = pack_create(home_page, steps=3, tasks=4)
    founder = user_create(username="apprenant", email="a@example.org", password="x-Y-z-1234")
    teammate = user_create(username="cofondateur", email="c@example.org", password="x-Y-z-1234")
    for _ in range(2):
        project = demo_project_ensure(founder=founder, teammate=teammate, pack=pack, log=print)
    assert Project.objects.count() == 1
    assert set(project.members.values_list("user__username", flat=True)) == {
        "apprenant",
        "cofondateur",
    }
    states = dict(ProjectStep.objects.values_list("status", "updated_by__username"))
    assert states == {"done": "apprenant", "in_progress": "cofondateur"}
    assert ProjectEvent.objects.filter(kind="step_saved").count() == 2
