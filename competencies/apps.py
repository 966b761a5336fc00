"""Frameworks, competencies, job profiles, glossary and learner competency profiles."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetenciesConfig(AppConfig):
    name = "competencies"
    label = "competencies"
    verbose_name = _("Compétences")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401
