"""What a project's work leaves elsewhere: xAPI statements (pseudonymous, keyed by the step's
translation_key), competency evidence for a step done, and the member's data export and
erasure."""

import pytest

from accounts import services as accounts
from competencies.models import CompetencyEvidence
from launchpad import services
from launchpad.models import Project, ProjectEvent, ProjectMember, ProjectStep
from launchpad.selectors import pack_steps
from launchpad.services.specifications import specification_create
from tests.certificates.competency_fixtures import demo_framework, items, levels  # noqa: F401
from tests.launchpad.factories import person_create
from tracking.models import Statement

pytestmark = pytest.mark.django_db
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
PROGRESSED = "http://adlnet.gov/expapi/verbs/progressed"


@pytest.fixture
def founder():
    return person_create("fondatrice")


@pytest.fixture
def project(pack, founder):
    return services.project_create(actor=founder, pack_key=pack.translation_key, name="Projet")


def test_ticks_and_status_are_statements_with_the_project_as_registration(project, founder, pack):
    step = pack_steps(pack=pack)[0]
    services.project_step_save(
        actor=founder, project=project, step=step, version=0, ticks=step.task_keys[:2]
    )
    services.project_step_save(
        actor=founder, project=project, step=step, version=1, status="in_progress"
    )
    services.project_step_save(actor=founder, project=project, step=step, version=2, status="done")
    statements = list(Statement.objects.order_by("timestamp", "pk"))
    assert [s.verb for s in statements] == [COMPLETED, COMPLETED, PROGRESSED, COMPLETED]
    assert {str(s.registration) for s in statements} == {str(project.public_id)}
    task_iris = {s.object_iri for s in statements[:2]}
    assert all(f"launch-task/{step.key}/" in iri for iri in task_iris)
    assert statements[-1].object_iri.endswith(f"launch-step/{step.key}")
    assert founder.username not in str(statements[0].data)  # pseudonymous


def test_a_step_done_is_evidence_of_what_it_develops(project, founder, pack, items, levels):  # noqa: F811
    step = pack_steps(pack=pack)[0]
    services.step_rows_set(step=step.page, competencies=[(items["A1"], levels["2"])])
    step = pack_steps(pack=pack)[0]
    services.project_step_save(
        actor=founder, project=project, step=step, version=0, status="in_progress"
    )
    assert not CompetencyEvidence.objects.exists()
    services.project_step_save(actor=founder, project=project, step=step, version=1, status="done")
    evidence = CompetencyEvidence.objects.get()
    assert evidence.user == founder and evidence.competency == items["A1"]
    assert evidence.source_type == "launch_step" and evidence.source_key == step.key


def test_the_export_holds_the_members_projects_steps_and_history(project, founder, pack):
    step = pack_steps(pack=pack)[0]
    services.project_step_save(
        actor=founder, project=project, step=step, version=0, notes="Rendez-vous DLA"
    )
    section = accounts.user_data_export(user=founder)["launchpad"]
    exported = section["projects"][0]
    assert exported["name"] == "Projet" and exported["role"] == "founder"
    assert exported["steps"][0]["notes"] == "Rendez-vous DLA"
    assert {line["kind"] for line in section["project_history"]} == {"created", "step_saved"}


def test_erasure_keeps_a_team_project_and_deletes_a_solo_one(project, founder, pack):
    cofounder = person_create("cofondateur")
    _invitation, token = services.invitation_create(actor=founder, project=project)
    services.invitation_accept(user=cofounder, token=token)
    step = pack_steps(pack=pack)[0]
    services.project_step_save(actor=founder, project=project, step=step, version=0, notes="N")
    solo = services.project_create(actor=founder, pack_key=pack.translation_key, name="Seule")

    accounts.user_erase(user=founder)

    assert not Project.objects.filter(pk=solo.pk).exists()
    kept = Project.objects.get(pk=project.pk)
    assert list(ProjectMember.objects.filter(project=kept).values_list("user", flat=True)) == [
        cofounder.pk
    ]
    assert ProjectStep.objects.get(project=kept).notes == "N"  # the team's work stays
    assert (
        not ProjectEvent.objects.filter(project=kept, actor__isnull=False)
        .exclude(actor=cofounder)
        .exists()
    )


def test_the_launchpad_export_costs_five_queries_whatever_the_projects(
    project, founder, pack, django_assert_num_queries
):
    from launchpad import privacy

    step = pack_steps(pack=pack)[0]
    with django_assert_num_queries(5):
        privacy.user_export(founder)
    for number in range(3):
        other = services.project_create(
            actor=founder, pack_key=pack.translation_key, name=f"Projet {number}"
        )
        services.project_step_save(actor=founder, project=other, step=step, version=0, notes="N")
        specification_create(actor=founder, project=other, title=f"Outil {number}")
    with django_assert_num_queries(5):
        exported = privacy.user_export(founder)
    assert len(exported["projects"]) == 4
    assert [len(item["specifications"]) for item in exported["projects"]].count(1) == 3
