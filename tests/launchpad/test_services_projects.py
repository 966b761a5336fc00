"""The project workspace's services against a real database: creation, members and
invitations, step saves with conflict detection, the history, leaving."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.services import user_create
from launchpad import services
from launchpad.models import Project, ProjectEvent, ProjectInvitation, ProjectMember, ProjectStep
from launchpad.selectors import pack_steps
from launchpad.services.errors import InvitationError, ProjectError, StepConflictError

pytestmark = pytest.mark.django_db
_people = iter(range(1, 10_000))


def UserFactory(username=None):  # noqa: N802 (reads like the factories it stands for)
    username = username or f"membre-{next(_people)}"
    return user_create(username=username, email=f"{username}@example.org", password="x-Y-z-123456")


@pytest.fixture
def founder():
    return UserFactory(username="fondatrice")


@pytest.fixture
def project(pack, founder):
    return services.project_create(
        actor=founder, pack_key=pack.translation_key, name="Ressourcerie numérique", stage="idea"
    )


@pytest.fixture
def step(pack):
    return pack_steps(pack=pack)[0]


def test_the_creator_is_the_founder_and_the_history_says_so(project, founder):
    member = ProjectMember.objects.get(project=project)
    assert member.user == founder and member.role == ProjectMember.Role.FOUNDER
    event = ProjectEvent.objects.get(project=project)
    assert event.kind == ProjectEvent.Kind.CREATED and event.actor == founder


def test_a_project_needs_a_name_and_a_known_stage(pack, founder):
    with pytest.raises(ProjectError):
        services.project_create(actor=founder, pack_key=pack.translation_key, colour="red")
    with pytest.raises(Exception) as error:
        services.project_create(actor=founder, pack_key=pack.translation_key, name="", stage="x")
    assert {"name", "stage"} <= set(error.value.message_dict)
    assert not Project.objects.exists()


def test_an_update_records_before_and_after(project, founder):
    services.project_update(actor=founder, project=project, purpose="Réemployer", stage="study")
    event = ProjectEvent.objects.filter(kind=ProjectEvent.Kind.EDITED).get()
    assert event.changes == {"purpose": ["", "Réemployer"], "stage": ["idea", "study"]}
    services.project_update(actor=founder, project=project, stage="study")  # no change
    assert ProjectEvent.objects.filter(kind=ProjectEvent.Kind.EDITED).count() == 1


def test_an_invitation_is_single_use(project, founder):
    invitation, token = services.invitation_create(actor=founder, project=project)
    assert len(token) >= 40 and token not in invitation.token_hash  # only a digest is stored
    cofounder = UserFactory()
    member = services.invitation_accept(user=cofounder, token=token)
    assert member.project == project and member.role == ProjectMember.Role.MEMBER
    with pytest.raises(InvitationError) as error:
        services.invitation_accept(user=UserFactory(), token=token)
    assert error.value.code == "used"
    assert ProjectMember.objects.filter(project=project).count() == 2


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (
            lambda invitation: setattr(invitation, "expires_at", timezone.now() - timedelta(1)),
            "expired",
        ),
        (lambda invitation: setattr(invitation, "revoked_at", timezone.now()), "revoked"),
    ],
)
def test_an_expired_or_revoked_invitation_is_refused(project, founder, spoil, code):
    invitation, token = services.invitation_create(actor=founder, project=project)
    spoil(invitation)
    invitation.save()
    with pytest.raises(InvitationError) as error:
        services.invitation_accept(user=UserFactory(), token=token)
    assert error.value.code == code
    assert ProjectMember.objects.filter(project=project).count() == 1


def test_an_unknown_token_and_a_member_joining_twice_are_refused(project, founder):
    with pytest.raises(InvitationError) as error:
        services.invitation_accept(user=UserFactory(), token="pas-un-jeton")
    assert error.value.code == "unknown"
    _invitation, token = services.invitation_create(actor=founder, project=project)
    with pytest.raises(InvitationError) as error:
        services.invitation_accept(user=founder, token=token)
    assert error.value.code == "member"
    assert ProjectInvitation.objects.get().used_at is None  # still usable by someone else


def test_revoking_twice_is_refused(project, founder):
    invitation, _token = services.invitation_create(actor=founder, project=project)
    services.invitation_revoke(actor=founder, invitation=invitation)
    with pytest.raises(InvitationError):
        services.invitation_revoke(actor=founder, invitation=invitation)


def test_a_step_save_bumps_the_version_and_keeps_the_history(project, founder, step):
    row = services.project_step_save(
        actor=founder,
        project=project,
        step=step,
        version=0,
        status="in_progress",
        ticks=[step.task_keys[1], step.task_keys[0], step.task_keys[0]],
        notes="Rencontre avec la mairie",
    )
    assert row.version == 1
    assert row.ticks == sorted(step.task_keys[:2])
    event = ProjectEvent.objects.get(kind=ProjectEvent.Kind.STEP_SAVED)
    assert event.step_key == step.key and event.step_version == 1
    assert event.changes["status"] == ["todo", "in_progress"]


def test_a_task_of_another_step_is_refused_and_nothing_is_stored(project, founder, pack):
    first, second = pack_steps(pack=pack)[:2]
    with pytest.raises(ProjectError):
        services.project_step_save(
            actor=founder, project=project, step=first, version=0, ticks=["autre-etape"]
        )
    assert ProjectStep.objects.filter(project=project).exclude(ticks=[]).count() == 0
    assert second.key != first.key


def test_the_second_of_two_concurrent_saves_is_told_what_changed(project, founder, step):
    cofounder = UserFactory()
    _invitation, token = services.invitation_create(actor=founder, project=project)
    services.invitation_accept(user=cofounder, token=token)
    # Both read version 0; the founder saves first.
    services.project_step_save(
        actor=founder, project=project, step=step, version=0, status="done", notes="Fait"
    )
    with pytest.raises(StepConflictError) as error:
        services.project_step_save(
            actor=cofounder, project=project, step=step, version=0, notes="Mon texte"
        )
    assert error.value.changes == {"status": ["todo", "done"], "notes": ["", "Fait"]}
    assert error.value.current.version == 1
    row = ProjectStep.objects.get(project=project, step_key=step.key)
    assert row.notes == "Fait" and row.version == 1  # nothing overwritten
    # Saving again from the version now shown is a choice made knowingly.
    row = services.project_step_save(
        actor=cofounder, project=project, step=step, version=1, notes="Mon texte"
    )
    assert row.notes == "Mon texte" and row.updated_by == cofounder


def test_the_last_member_leaving_deletes_the_project(project, founder):
    cofounder = UserFactory()
    _invitation, token = services.invitation_create(actor=founder, project=project)
    services.invitation_accept(user=cofounder, token=token)
    assert services.member_leave(user=founder, project=project) == project
    assert Project.objects.filter(pk=project.pk).exists()
    assert services.member_leave(user=cofounder, project=project) is None
    assert not Project.objects.filter(pk=project.pk).exists()
    with pytest.raises(ProjectError):
        services.member_leave(user=cofounder, project=project)
