"""The 'launch your ESS project' pack: steps, diagnostic and plan, project workspace,
legal-form and funding orientation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LaunchpadConfig(AppConfig):
    name = "launchpad"
    label = "launchpad"
    verbose_name = _("Lancer mon projet ESS")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.api import privacy_register

        from . import (
            checks,  # noqa: F401  (registers the system checks)
            privacy,
        )

        privacy_register(
            "launchpad", export=privacy.user_export, erase=privacy.user_erase, order=50
        )
