"""Shared mechanisms (templates, translations and static files of the lowest layer)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    label = "common"
    verbose_name = _("Mécanismes communs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401
