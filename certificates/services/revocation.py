"""Revocation by an administrator, and the holder's part of a learner's erasure."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Certificate
from .errors import CertificateError


@transaction.atomic
def certificate_revoke(*, actor=None, certificate, reason):
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Indiquez le motif de la révocation."), code="reason")
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise CertificateError(_("Ce certificat est déjà révoqué."), code="already_revoked")
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason
    certificate.revoked_by = actor
    certificate.save(update_fields=["revoked_at", "revocation_reason", "revoked_by"])
    return certificate


# Stored as typed, like the reasons an administrator gives.
ERASURE_REVOCATION_REASON = "Données supprimées à la demande du titulaire"


@transaction.atomic
def certificates_holder_erase(*, user):
    """Part of a learner's erasure (accounts.services.user_erase): their certificates are
    revoked (a verifier who holds a copy learns it is no longer backed by its holder), and
    what names them is removed: the holder, the printed name, the signed credential and the
    PDF file (deleted from storage after the commit). The SHA-256 of the PDF stays, so that
    a copy the holder kept is still recognised, as revoked. Returns the certificates."""
    certificates = list(Certificate.objects.select_for_update().filter(holder=user))
    now = timezone.now()
    files = []
    for certificate in certificates:
        if certificate.revoked_at is None:
            certificate.revoked_at = now
            certificate.revocation_reason = ERASURE_REVOCATION_REASON
            certificate.revoked_by = None
        if certificate.pdf:
            files.append((certificate.pdf.storage, certificate.pdf.name))
        certificate.holder = None
        certificate.holder_name = ""
        certificate.credential_json = ""
        certificate.pdf = ""
    Certificate.objects.bulk_update(
        certificates,
        [
            "revoked_at",
            "revocation_reason",
            "revoked_by",
            "holder",
            "holder_name",
            "credential_json",
            "pdf",
        ],
    )
    transaction.on_commit(lambda: [storage.delete(name) for storage, name in files])
    return certificates
