"""The launchpad's settings, read at call time (STYLE.md)."""

from django.conf import settings


def invitation_days():
    """How long a co-founder's invitation link stays valid."""
    return getattr(settings, "TREMPLIN_LAUNCHPAD_INVITATION_DAYS", 7)
