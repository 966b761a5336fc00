"""The launchpad's models, one module per area (as courses and competencies do)."""

from .diagnostic import DiagnosticAttempt, ProjectNeed
from .funding import FundingScheme
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
from .specifications import Specification

__all__ = [
    "DiagnosticAttempt",
    "FundingScheme",
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
    "ProjectNeed",
    "ProjectStep",
    "Specification",
    "task_key_default",
]
