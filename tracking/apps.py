"""xAPI statements, the local statement store and forwarding to an LRS."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "tracking"
    label = "tracking"
    verbose_name = _("Suivi xAPI")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401
