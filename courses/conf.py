"""Settings of the courses app, read at call time (TREMPLIN_*), with their defaults.

The environment variables of a deployment are read once in config/settings/base.py.
"""

from django.conf import settings

DEFAULTS = {
    # Seconds during which reopening a lesson is the same visit (one `experienced` statement);
    # 0: every view is one.
    "TREMPLIN_XAPI_EXPERIENCED_WINDOW": 1800,
}


def _get(name):
    return getattr(settings, name, DEFAULTS[name])


def experienced_window():
    return int(_get("TREMPLIN_XAPI_EXPERIENCED_WINDOW"))
