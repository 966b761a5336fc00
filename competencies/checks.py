from django.core.checks import Error, register

from .conf import framework_import_max_bytes


@register()
def import_max_bytes_check(app_configs, **kwargs):
    value = framework_import_max_bytes()
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        return [
            Error(
                "TREMPLIN_FRAMEWORK_IMPORT_MAX_BYTES must be a positive integer (bytes).",
                id="competencies.E001",
            )
        ]
    return []
