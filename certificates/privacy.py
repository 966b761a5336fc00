"""The certificates app's section of a learner's data export and erasure (accounts.privacy)."""

import json

from accounts.api import privacy_iso as iso

from . import credentials
from .models import Certificate
from .services import certificates_holder_erase


def user_export(user):
    """The learner's certificates as issued, with the signed Open Badges 3.0 credential: one
    query."""
    return [
        {
            "id": f"urn:uuid:{certificate.id}",
            "code": certificate.formatted_code,
            "verification_url": credentials.verification_url(certificate.code),
            "title": {"fr": certificate.title_fr, "en": certificate.title_en},
            "holder_name": certificate.holder_name,
            "hours": float(certificate.hours) if certificate.hours is not None else None,
            "competencies": certificate.competencies,
            "issuer": certificate.issuer_name,
            "issued_at": iso(certificate.issued_at),
            "valid_until": iso(certificate.valid_until),
            "status": certificate.status().value,
            "revoked_at": iso(certificate.revoked_at),
            "revocation_reason": certificate.revocation_reason or None,
            "pdf_sha256": certificate.pdf_sha256 or None,
            "credential": (
                json.loads(certificate.credential_json) if certificate.credential_json else None
            ),
        }
        for certificate in Certificate.objects.filter(holder=user).order_by("issued_at", "pk")
    ]


def user_erase(user):
    certificates_holder_erase(user=user)
