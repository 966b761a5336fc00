"""Issuance rules, signed certificates, public verification and revocation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Certificats")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, handlers  # noqa: F401
