from django.core.checks import Error, register

from .conf import IMPORT_BOUNDS


@register()
def import_bounds_check(app_configs, **kwargs):
    """competencies.E001: every import bound is a positive integer."""
    errors = []
    for setting, read in IMPORT_BOUNDS:
        value = read()
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            unit = " (bytes)" if setting.endswith("_BYTES") else ""
            errors.append(
                Error(f"{setting} must be a positive integer{unit}.", id="competencies.E001")
            )
    return errors
