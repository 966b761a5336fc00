"""The 'launch your ESS project' pack: steps, diagnostic, tool bank, resources."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LaunchpadConfig(AppConfig):
    name = "launchpad"
    label = "launchpad"
    verbose_name = _("Lancer mon projet ESS")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
