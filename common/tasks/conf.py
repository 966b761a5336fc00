"""The settings of the task mechanism, read at call time."""

import tempfile
from pathlib import Path

from django.conf import settings


def time_limit():
    """Seconds after which a RUNNING task whose worker cannot be checked counts as interrupted."""
    return float(getattr(settings, "TREMPLIN_TASKS_TIME_LIMIT", 900))


def heartbeat_seconds():
    return float(getattr(settings, "TREMPLIN_TASKS_HEARTBEAT_SECONDS", 5))


def recover_seconds():
    return float(getattr(settings, "TREMPLIN_TASKS_RECOVER_SECONDS", 60))


def max_wait():
    """Seconds a due task may wait for a worker before the health check says none is taking it."""
    return float(getattr(settings, "TREMPLIN_TASKS_MAX_WAIT", 300))


def state_dir():
    """Where the database workers of this machine leave their heartbeat files."""
    value = getattr(settings, "TREMPLIN_TASKS_STATE_DIR", "")
    return Path(value) if value else Path(tempfile.gettempdir()) / "tremplin-workers"
