"""Per-field translations shared by every model of the app: one row per object, a French field
(the source, required) and an English field for each text (`title_fr`, `title_en`). See
docs/competencies.md: the tree, the CASE identifiers and the foreign keys that courses point at
stay language-independent that way."""

import unicodedata

from django.utils.translation import get_language

LANGUAGES = ("fr", "en")
SOURCE_LANGUAGE = "fr"


def active_language():
    language = (get_language() or SOURCE_LANGUAGE)[:2]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


class TranslatedTextMixin:
    """Read `<name>_<lang>` for the active language, falling back to the French source."""

    def localized(self, name, language=None):
        language = language or active_language()
        value = getattr(self, f"{name}_{language}", "")
        return value or getattr(self, f"{name}_{SOURCE_LANGUAGE}")


def letter_of(text):
    """The A-Z index letter of a term: first letter without accent, '#' for anything else."""
    for char in unicodedata.normalize("NFKD", text or ""):
        if char.isalpha() and char.isascii():
            return char.upper()
        if char.isalnum():
            return "#"
    return "#"
