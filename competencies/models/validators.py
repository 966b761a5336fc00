"""Rules about rows of several models, written once. Exposed to the other apps by
competencies.api (courses' and certificates' mappings call them from their clean())."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LEVEL_FRAMEWORK_MESSAGE = _("Le niveau doit appartenir au référentiel de la compétence.")


def level_framework_validate(*, competency_framework_id, level_framework_id, field=None):
    """Refuse a proficiency level of another framework than the competency's.

    Raises ValidationError (code "level_framework"), on `field` when given. Unknown ids (None)
    are left to the caller's own checks."""
    if competency_framework_id is None or level_framework_id is None:
        return
    if competency_framework_id != level_framework_id:
        message = LEVEL_FRAMEWORK_MESSAGE
        raise ValidationError(
            {field: ValidationError(message, code="level_framework")} if field else message,
            code="level_framework",
        )


def level_framework_clean(row, *, field="level"):
    """For a row with `competency` and `level` foreign keys (a job requirement, a course
    mapping, a certificate minimum, an evidence row): level_framework_validate on `level`."""
    if row.competency_id and row.level_id:
        level_framework_validate(
            competency_framework_id=row.competency.framework_id,
            level_framework_id=row.level.framework_id,
            field=field,
        )
