from decimal import Decimal

from django.core.checks import Error, register

from .conf import POSITIVE_INT_SETTINGS, smic


@register()
def settings_check(app_configs, **kwargs):
    """launchpad.E001: positive integer settings; launchpad.E002: a usable SMIC."""
    errors = []
    for setting, read in POSITIVE_INT_SETTINGS:
        value = read()
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            errors.append(Error(f"{setting} must be a positive integer.", id="launchpad.E001"))
    try:
        value = smic()["annual_gross"]
    except (ArithmeticError, TypeError, ValueError, KeyError):
        value = None
    if value is None or not value.is_finite() or value <= Decimal(0):
        errors.append(
            Error(
                "TREMPLIN_LAUNCHPAD_SMIC['annual_gross'] must be a positive amount in euros.",
                id="launchpad.E002",
            )
        )
    return errors
