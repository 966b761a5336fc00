"""Shared mechanisms (templates, translations and static files of the lowest layer)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    label = "common"
    verbose_name = _("Mécanismes communs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site

        from . import checks  # noqa: F401
        from .handlers import sites_changed

        post_save.connect(sites_changed, sender=Site, dispatch_uid="common-sites-changed")
        post_delete.connect(sites_changed, sender=Site, dispatch_uid="common-sites-changed")
