"""Settings of the competencies app, read at call time (never at import).

The import bounds keep a hostile or careless file from taking the server down: each is refused
before the work starts, with a message naming the setting (docs/competencies.md, "Bounds")."""

from django.conf import settings

DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_IMPORT_MAX_ITEMS = 20_000
DEFAULT_IMPORT_MAX_DEPTH = 32
DEFAULT_IMPORT_MAX_TEXT_LENGTH = 10_000
DEFAULT_IMPORT_MAX_JSON_DEPTH = 32


def framework_import_max_bytes():
    """Largest framework file (CASE JSON or CSV) that an import accepts, in bytes."""
    return getattr(settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES", DEFAULT_IMPORT_MAX_BYTES)


def framework_import_max_items():
    """Most items (CASE CFItems or associations, CSV rows) a framework file may hold."""
    return getattr(settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS", DEFAULT_IMPORT_MAX_ITEMS)


def framework_import_max_depth():
    """Deepest tree a framework file may describe (an item without parent is at depth 1)."""
    return getattr(settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH", DEFAULT_IMPORT_MAX_DEPTH)


def framework_import_max_text_length():
    """Longest title, description, descriptor or source, in characters."""
    return getattr(
        settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_TEXT_LENGTH", DEFAULT_IMPORT_MAX_TEXT_LENGTH
    )


def framework_import_max_json_depth():
    """Deepest nesting of arrays and objects in a CASE file or a CSV JSON cell."""
    return getattr(
        settings, "TREMPLIN_FRAMEWORK_IMPORT_MAX_JSON_DEPTH", DEFAULT_IMPORT_MAX_JSON_DEPTH
    )


# (setting, reader) of every bound, for the system check.
IMPORT_BOUNDS = [
    ("TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES", framework_import_max_bytes),
    ("TREMPLIN_FRAMEWORK_IMPORT_MAX_ITEMS", framework_import_max_items),
    ("TREMPLIN_FRAMEWORK_IMPORT_MAX_DEPTH", framework_import_max_depth),
    ("TREMPLIN_FRAMEWORK_IMPORT_MAX_TEXT_LENGTH", framework_import_max_text_length),
    ("TREMPLIN_FRAMEWORK_IMPORT_MAX_JSON_DEPTH", framework_import_max_json_depth),
]
