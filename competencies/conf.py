"""Settings of the competencies app, read at call time (never at import)."""

from django.conf import settings

DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024


def framework_import_max_bytes():
    """Largest framework file (CASE JSON or CSV) that an import accepts, in bytes."""
    return getattr(settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES", DEFAULT_IMPORT_MAX_BYTES)
