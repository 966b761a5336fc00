"""Settings of the launchpad app, read at call time (never at import); defaults kept here
(docs/launchpad.md)."""

from decimal import Decimal

from django.conf import settings

DEFAULT_STALE_DAYS = 365
# The annual gross SMIC for the legal 35-hour week, from 1 January 2026: 12,02 EUR an hour,
# 1 823,03 EUR a month (décret n° 2025-1228 du 17 décembre 2025, JO du 18 décembre 2025),
# that is 1 823,03 x 12 = 21 876,36 EUR a year.
DEFAULT_SMIC = {
    "annual_gross": "21876.36",
    "valid_from": "2026-01-01",
    "source": "Décret n° 2025-1228 du 17 décembre 2025 portant relèvement du salaire minimum "
    "de croissance (12,02 € brut de l'heure, 1 823,03 € par mois pour 35 heures)",
}
DEFAULT_FUNDING_IMPORT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_FUNDING_IMPORT_MAX_ROWS = 2_000
DEFAULT_FUNDING_IMPORT_MAX_TEXT_LENGTH = 5_000


def stale_days():
    """Days after its "checked on" date when a funding scheme is flagged as to be checked."""
    return getattr(settings, "TREMPLIN_LAUNCHPAD_STALE_DAYS", DEFAULT_STALE_DAYS)


def smic():
    """The SMIC the ESUS pre-check compares pay with: {annual_gross: Decimal, valid_from,
    source}. TREMPLIN_LAUNCHPAD_SMIC overrides it (same keys) when the SMIC is raised."""
    value = {**DEFAULT_SMIC, **getattr(settings, "TREMPLIN_LAUNCHPAD_SMIC", {})}
    return {**value, "annual_gross": Decimal(str(value["annual_gross"]))}


def funding_import_max_bytes():
    """Largest funding-scheme CSV file an import accepts, in bytes."""
    return getattr(settings, "TREMPLIN_FUNDING_IMPORT_MAX_BYTES", DEFAULT_FUNDING_IMPORT_MAX_BYTES)


def funding_import_max_rows():
    """Most schemes (data lines) a funding-scheme CSV file may hold."""
    return getattr(settings, "TREMPLIN_FUNDING_IMPORT_MAX_ROWS", DEFAULT_FUNDING_IMPORT_MAX_ROWS)


def funding_import_max_text_length():
    """Longest cell of a funding-scheme CSV file, in characters."""
    return getattr(
        settings, "TREMPLIN_FUNDING_IMPORT_MAX_TEXT_LENGTH", DEFAULT_FUNDING_IMPORT_MAX_TEXT_LENGTH
    )


def invitation_days():
    """How long a co-founder's invitation link to a project stays valid, in days."""
    return getattr(settings, "TREMPLIN_LAUNCHPAD_INVITATION_DAYS", 7)


# (setting, reader) of every positive integer setting, for the system check.
POSITIVE_INT_SETTINGS = [
    ("TREMPLIN_LAUNCHPAD_STALE_DAYS", stale_days),
    ("TREMPLIN_LAUNCHPAD_INVITATION_DAYS", invitation_days),
    ("TREMPLIN_FUNDING_IMPORT_MAX_BYTES", funding_import_max_bytes),
    ("TREMPLIN_FUNDING_IMPORT_MAX_ROWS", funding_import_max_rows),
    ("TREMPLIN_FUNDING_IMPORT_MAX_TEXT_LENGTH", funding_import_max_text_length),
]
