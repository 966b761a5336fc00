"""Writes on a team's project workspace: the project, members, invitations, the state of each
step. Every change leaves a line in the project's history (ProjectEvent)."""

import hashlib
import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tracking import api as tracking

from .. import conf, evidence
from .. import tracking as xapi
from ..models import Project, ProjectEvent, ProjectInvitation, ProjectMember, ProjectStep
from .errors import InvitationError, ProjectError, StepConflictError

PROJECT_FIELDS = (
    "name",
    "purpose",
    "departement",
    "commune",
    "stage",
    "legal_form_considered",
    "legal_form_chosen",
)
STEP_FIELDS = ("status", "ticks", "notes", "decisions")


def history_add(
    project, actor, kind, *, step_key=None, step_version=None, changes=None, specification=None
):
    ProjectEvent.objects.create(
        project=project,
        actor=actor,
        kind=kind,
        step_key=step_key,
        step_version=step_version,
        changes=changes or {},
        specification=specification,
    )


def _token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def project_create(*, actor, pack_key, **fields):
    """Create a project whose first member (its founder) is `actor`."""
    unknown = set(fields) - set(PROJECT_FIELDS)
    if unknown:
        raise ProjectError(_("Champ inconnu : %(names)s.") % {"names": ", ".join(sorted(unknown))})
    project = Project(pack_key=pack_key, created_by=actor, **fields)
    project.full_clean()
    project.save()
    ProjectMember.objects.create(project=project, user=actor, role=ProjectMember.Role.FOUNDER)
    history_add(project, actor, ProjectEvent.Kind.CREATED, changes={"name": [None, project.name]})
    return project


@transaction.atomic
def project_update(*, actor, project, **fields):
    """Change the project's own fields; the history keeps each change (before, after)."""
    unknown = set(fields) - set(PROJECT_FIELDS)
    if unknown:
        raise ProjectError(_("Champ inconnu : %(names)s.") % {"names": ", ".join(sorted(unknown))})
    project = Project.objects.select_for_update().get(pk=project.pk)
    changes = {
        name: [getattr(project, name), value]
        for name, value in fields.items()
        if getattr(project, name) != value
    }
    if not changes:
        return project
    for name, (_before, after) in changes.items():
        setattr(project, name, after)
    project.full_clean()
    project.save()
    history_add(project, actor, ProjectEvent.Kind.EDITED, changes=changes)
    return project


@transaction.atomic
def invitation_create(*, actor, project):
    """A single-use link for a co-founder, valid `TREMPLIN_LAUNCHPAD_INVITATION_DAYS` days.
    Returns (invitation, token): the token is not stored, only shown once."""
    token = secrets.token_urlsafe(32)
    invitation = ProjectInvitation.objects.create(
        project=project,
        token_hash=_token_hash(token),
        created_by=actor,
        expires_at=timezone.now() + timedelta(days=conf.invitation_days()),
    )
    history_add(
        project,
        actor,
        ProjectEvent.Kind.INVITED,
        changes={"expires_at": [None, str(invitation.expires_at)]},
    )
    return invitation, token


@transaction.atomic
def invitation_revoke(*, actor, invitation):
    invitation = ProjectInvitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.used_at or invitation.revoked_at:
        raise InvitationError(_("Cette invitation a déjà servi ou a été révoquée."), code="closed")
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    history_add(invitation.project, actor, ProjectEvent.Kind.INVITATION_REVOKED)
    return invitation


def invitation_check(*, token):
    """The open invitation of `token`, or InvitationError saying why it cannot be used."""
    invitation = (
        ProjectInvitation.objects.select_related("project")
        .filter(token_hash=_token_hash(token or ""))
        .first()
    )
    if invitation is None:
        raise InvitationError(_("Ce lien d'invitation n'existe pas."), code="unknown")
    if invitation.revoked_at:
        raise InvitationError(_("Ce lien d'invitation a été révoqué."), code="revoked")
    if invitation.used_at:
        raise InvitationError(_("Ce lien d'invitation a déjà servi."), code="used")
    if invitation.expires_at <= timezone.now():
        raise InvitationError(_("Ce lien d'invitation a expiré."), code="expired")
    return invitation


@transaction.atomic
def invitation_accept(*, user, token):
    """Join the project of an open invitation; the invitation is then spent."""
    invitation = invitation_check(token=token)
    invitation = ProjectInvitation.objects.select_for_update().get(pk=invitation.pk)
    invitation = invitation_check(token=token)  # again, under the lock: single use
    project = invitation.project
    if ProjectMember.objects.filter(project=project, user=user).exists():
        raise InvitationError(_("Vous êtes déjà membre de ce projet."), code="member")
    try:
        with transaction.atomic():
            member = ProjectMember.objects.create(project=project, user=user)
    except IntegrityError as error:
        raise InvitationError(_("Vous êtes déjà membre de ce projet."), code="member") from error
    invitation.used_at = timezone.now()
    invitation.used_by = user
    invitation.save(update_fields=["used_at", "used_by"])
    history_add(project, user, ProjectEvent.Kind.JOINED)
    return member


@transaction.atomic
def member_leave(*, user, project):
    """Leave a project. The last member leaving deletes it: nobody could reach it any more."""
    member = ProjectMember.objects.filter(project_id=project.pk, user=user).first()
    if member is None:
        raise ProjectError(_("Vous n'êtes pas membre de ce projet."), code="not_member")
    member.delete()
    if not ProjectMember.objects.filter(project=project).exists():
        project.delete()
        return None
    history_add(project, user, ProjectEvent.Kind.LEFT)
    return project


@transaction.atomic
def project_step_save(*, actor, project, step, version, **values):
    """Record a step's status, ticked checklist items, notes and decisions.

    `step` is the step in the pack (a StepOutline of launchpad.selectors: `key`, `task_keys`);
    `version` is the version the form was read at. If another member saved in between,
    nothing is written and StepConflictError tells what they changed.
    """
    unknown = set(values) - set(STEP_FIELDS)
    if unknown:
        raise ProjectError(_("Champ inconnu : %(names)s.") % {"names": ", ".join(sorted(unknown))})
    if "ticks" in values:
        ticks = sorted(set(values["ticks"]))
        strangers = set(ticks) - set(step.task_keys)
        if strangers:
            raise ProjectError(_("Cette tâche ne fait pas partie de l'étape."), code="unknown_task")
        values["ticks"] = ticks
    row, _created = ProjectStep.objects.get_or_create(project=project, step_key=step.key)
    row = ProjectStep.objects.select_for_update().get(pk=row.pk)
    if version != row.version:
        raise StepConflictError(
            _(
                "Un autre membre a enregistré cette étape pendant que vous la modifiiez. "
                "Voici ce qui a changé ; vos saisies sont gardées ci-dessous."
            ),
            current=row,
            changes=_step_changes_since(row, version),
        )
    changes = {
        name: [getattr(row, name), value]
        for name, value in values.items()
        if getattr(row, name) != value
    }
    if not changes:
        return row
    for name, (_before, after) in changes.items():
        setattr(row, name, after)
    row.version += 1
    row.updated_by = actor
    row.full_clean()
    row.save()
    history_add(
        project,
        actor,
        ProjectEvent.Kind.STEP_SAVED,
        step_key=step.key,
        step_version=row.version,
        changes=changes,
    )
    _step_statements(actor, project, step, changes)
    if actor is not None and changes.get("status", [None, None])[1] == ProjectStep.Status.DONE:
        evidence.step_done(user=actor, step=step.page, occurred_at=row.updated_at)
    return row


def _step_statements(actor, project, step, changes):
    """xAPI (docs/launchpad.md, "Tracking"): a task ticked is `completed` (its step as
    parent), a step set to "done" is `completed`, set to "in progress" `progressed`. The
    project's public id is the statements' registration."""
    if actor is None:
        return
    activity = xapi.step_activity(step.page)
    language = step.page.locale.language_code
    context = tracking.Context(registration=project.public_id, language=language)
    with tracking.statements_batch():
        if "ticks" in changes:
            before, after = changes["ticks"]
            tasks = {task.key: task for task in step.tasks}
            for key in sorted(set(after) - set(before)):
                tracking.statement_record(
                    user=actor,
                    verb=tracking.Verb.COMPLETED,
                    activity=xapi.task_activity(step.page, tasks[key]),
                    context=tracking.Context(
                        registration=project.public_id, parents=(activity,), language=language
                    ),
                )
        status = changes.get("status", [None, None])[1]
        if status == ProjectStep.Status.DONE:
            tracking.statement_record(
                user=actor, verb=tracking.Verb.COMPLETED, activity=activity, context=context
            )
        elif status == ProjectStep.Status.IN_PROGRESS:
            tracking.statement_record(
                user=actor, verb=tracking.Verb.PROGRESSED, activity=activity, context=context
            )


def _step_changes_since(row, version):
    """What the saves after `version` changed: the step's events, oldest first, folded into
    {field: [value at `version`, value now]}, with who saved last."""
    events = ProjectEvent.objects.filter(
        project_id=row.project_id,
        step_key=row.step_key,
        kind=ProjectEvent.Kind.STEP_SAVED,
        step_version__gt=version,
    ).order_by("step_version")
    folded = {}
    for event in events:
        for name, (before, after) in event.changes.items():
            folded.setdefault(name, [before, after])[1] = after
    return {name: pair for name, pair in folded.items() if pair[0] != pair[1]}
