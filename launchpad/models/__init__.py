"""The launchpad's models, one module per area (the other areas add their import line here)."""

from .diagnostic import DiagnosticAttempt, ProjectNeed
from .pages import (
    LaunchpadPage,
    LaunchStepCompetency,
    LaunchStepLink,
    LaunchStepPage,
    LaunchStepTask,
    LaunchStepTemplate,
    task_key_default,
)
from .projects import Project, ProjectEvent, ProjectInvitation, ProjectMember, ProjectStep

__all__ = [
    "DiagnosticAttempt",
    "ProjectNeed",
    "LaunchStepCompetency",
    "LaunchStepLink",
    "LaunchStepPage",
    "LaunchStepTask",
    "LaunchStepTemplate",
    "LaunchpadPage",
    "Project",
    "ProjectEvent",
    "ProjectInvitation",
    "ProjectMember",
    "ProjectStep",
    "task_key_default",
]
