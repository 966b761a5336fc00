"""Issuance rules, signed certificates, public verification and revocation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Certificats")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.api import privacy_register

        from . import checks, handlers, privacy  # noqa: F401

        # Erased first: it needs the holder link to find the learner's certificates.
        privacy_register(
            "certificates", export=privacy.user_export, erase=privacy.user_erase, order=10
        )
