"""Reads of the project workspace. Query counts do not grow with the number of steps, tasks,
members or events shown."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import get_language

from ..models import LaunchpadPage, ProjectEvent, ProjectInvitation, ProjectMember, ProjectStep
from ..permissions import projects_visible
from .pages import pack_steps


@dataclass
class ProjectStepView:
    outline: object  # StepOutline
    record: ProjectStep | None

    @property
    def status(self):
        return self.record.status if self.record else ProjectStep.Status.TODO

    @property
    def status_label(self):
        return ProjectStep.Status(self.status).label

    @property
    def ticks(self):
        return set(self.record.ticks) if self.record else set()

    @property
    def done_count(self):
        return len(self.ticks & set(self.outline.task_keys))

    @property
    def version(self):
        return self.record.version if self.record else 0


def projects_for_user(*, user):
    """The user's projects, most recently changed first, with their member count: one query."""
    return list(projects_visible(user).annotate(member_count=Count("members")))


def project_pack(*, project, language_code=None):
    """The pack the project follows, in the page's language when it is translated."""
    packs = LaunchpadPage.objects.live().filter(translation_key=project.pack_key)
    language_code = language_code or get_language()
    return packs.filter(locale__language_code=language_code).first() or packs.first()


def project_steps(*, project, pack):
    """Each step of the pack with what the team recorded for it: three queries."""
    outlines = pack_steps(pack=pack) if pack is not None else []
    records = {row.step_key: row for row in ProjectStep.objects.filter(project=project)}
    return [
        ProjectStepView(outline=outline, record=records.get(outline.key)) for outline in outlines
    ]


def project_step(*, project, pack, step_key):
    """One step of the project's pack, or None when the pack has no such step."""
    for view in project_steps(project=project, pack=pack):
        if str(view.outline.key) == str(step_key):
            return view
    return None


def project_members(*, project):
    return list(
        ProjectMember.objects.filter(project=project).select_related("user").order_by("joined_at")
    )


def project_invitations_open(*, project):
    return list(
        ProjectInvitation.objects.filter(
            project=project,
            used_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).select_related("created_by")
    )


def project_history(*, project, limit=200):
    return list(
        ProjectEvent.objects.filter(project=project).select_related("actor", "specification")[
            :limit
        ]
    )
