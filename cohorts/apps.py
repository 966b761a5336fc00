"""Support structures, cohorts, memberships, invitations and reports."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortsConfig(AppConfig):
    name = "cohorts"
    label = "cohorts"
    verbose_name = _("Cohortes")
    default_auto_field = "django.db.models.BigAutoField"
