"""Frameworks, competencies, job profiles, glossary and learner competency profiles."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetenciesConfig(AppConfig):
    name = "competencies"
    label = "competencies"
    verbose_name = _("Compétences")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.api import privacy_register

        from . import checks, handlers, privacy  # noqa: F401

        handlers.connect()

        privacy_register(
            "competencies", export=privacy.user_export, erase=privacy.user_erase, order=30
        )
