"""The launchpad's models, one module per area (the other areas add their import line here)."""

from .pages import (
    LaunchpadPage,
    LaunchStepCompetency,
    LaunchStepLink,
    LaunchStepPage,
    LaunchStepTask,
    LaunchStepTemplate,
    task_key_default,
)

__all__ = [
    "LaunchStepCompetency",
    "LaunchStepLink",
    "LaunchStepPage",
    "LaunchStepTask",
    "LaunchStepTemplate",
    "LaunchpadPage",
    "task_key_default",
]
