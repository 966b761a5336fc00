"""The reference site: home page, site shell, demo content."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConfigConfig(AppConfig):
    name = "config"
    label = "config"
    verbose_name = _("Site de référence")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, handlers  # noqa: F401

        handlers.connect()
