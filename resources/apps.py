"""The responsible digital tool bank, equipment reuse, referents, skills volunteering, events and
the public map of needs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    label = "resources"
    verbose_name = _("Ressources et mises en relation")
    default_auto_field = "django.db.models.BigAutoField"
