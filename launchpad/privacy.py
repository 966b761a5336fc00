"""The launchpad's section of a learner's data export and erasure (accounts.privacy).

Export: the projects the person belongs to, with every step and every specification (cahier
des charges) the team recorded, and the history lines they wrote. Erasure: the person leaves
each project; a project keeps going for the other members (the history then says "a former
member"), and one left with nobody is deleted with everything in it.
"""

from accounts.api import privacy_iso as iso

from .models import (
    DiagnosticAttempt,
    Project,
    ProjectEvent,
    ProjectMember,
    ProjectStep,
    Specification,
)
from .services.specifications import SPECIFICATION_FIELDS as SPECIFICATION_EXPORT_FIELDS


def user_export(user):
    """Five queries (memberships, steps, specifications, diagnostics, events), whatever their
    number."""
    memberships = list(
        ProjectMember.objects.filter(user=user).select_related("project").order_by("joined_at")
    )
    projects = [membership.project for membership in memberships]
    steps = ProjectStep.objects.filter(project__in=projects).order_by("project_id", "step_key")
    by_project = {}
    for step in steps:
        by_project.setdefault(step.project_id, []).append(
            {
                "step_key": str(step.step_key),
                "status": step.status,
                "ticked_tasks": step.ticks,
                "notes": step.notes,
                "decisions": step.decisions,
                "updated_at": iso(step.updated_at),
                "updated_by_me": step.updated_by_id == user.pk,
            }
        )
    specifications = {}
    for spec in Specification.objects.filter(project__in=projects).order_by("project_id", "pk"):
        specifications.setdefault(spec.project_id, []).append(_specification(spec, user))
    diagnostics = DiagnosticAttempt.objects.filter(user=user).select_related("project")
    events = ProjectEvent.objects.filter(actor=user).select_related("project").order_by("at", "pk")
    return {
        "projects": [
            {
                "id": str(membership.project.public_id),
                "name": membership.project.name,
                "purpose": membership.project.purpose,
                "departement": membership.project.departement,
                "commune": membership.project.commune,
                "stage": membership.project.stage,
                "legal_form_considered": membership.project.legal_form_considered,
                "legal_form_chosen": membership.project.legal_form_chosen,
                "role": membership.role,
                "joined_at": iso(membership.joined_at),
                "steps": by_project.get(membership.project.pk, []),
                "specifications": specifications.get(membership.project.pk, []),
            }
            for membership in memberships
        ],
        "diagnostics": [
            {
                "project": str(attempt.project.public_id),
                "answers": attempt.answers,
                "submitted_at": iso(attempt.submitted_at),
            }
            for attempt in diagnostics.order_by("submitted_at", "pk")
        ],
        "project_history": [
            {
                "project": str(event.project.public_id),
                "kind": event.kind,
                "step_key": str(event.step_key) if event.step_key else None,
                "changes": event.changes,
                "at": iso(event.at),
            }
            for event in events
        ],
    }


def _specification(spec, user):
    return {
        "id": str(spec.public_id),
        **{
            name: (value.isoformat() if hasattr(value, "isoformat") else value)
            for name, value in (
                (field, getattr(spec, field)) for field in SPECIFICATION_EXPORT_FIELDS
            )
        },
        "version": spec.version,
        "created_by_me": spec.created_by_id == user.pk,
        "updated_by_me": spec.updated_by_id == user.pk,
        "updated_at": iso(spec.updated_at),
    }


def user_erase(user):
    project_ids = list(ProjectMember.objects.filter(user=user).values_list("project_id", flat=True))
    ProjectMember.objects.filter(user=user).delete()
    Project.objects.filter(pk__in=project_ids, members__isnull=True).delete()
    # What the person wrote in a team's project (steps, specifications) stays the team's; the
    # history no longer names them (the foreign keys are set to NULL when the account goes).
    # A project left with nobody goes with its specifications (CASCADE).
