"""xAPI statements, the local statement store and forwarding to an LRS."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackingConfig(AppConfig):
    name = "tracking"
    label = "tracking"
    verbose_name = _("Suivi xAPI")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.api import privacy_register

        from . import checks, privacy  # noqa: F401

        # Erased before the rows it would need to find the learner's statements.
        privacy_register("tracking", export=privacy.user_export, erase=privacy.user_erase, order=20)
