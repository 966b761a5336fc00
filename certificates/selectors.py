"""Reads of the certificates app: lookups by code, what verifiers see, the learner's list."""

import json
import uuid
from collections import defaultdict

from django.core.cache import cache
from django.db.models import F, Max
from django.utils import timezone

from . import credentials, keys
from .codes import code_is_valid, code_normalize
from .models import Certificate, IssuerSettings, SigningKey, Status


def certificate_get_by_code(*, code):
    """The certificate with this verification code, or None.

    Every lookup costs one query, whatever was typed (a malformed code or a wrong check
    character is looked up too), so that an unknown code is answered like any other unknown
    code, in shape and in time.
    """
    normalized = code_normalize(code)
    plausible = bool(normalized) and code_is_valid(normalized)
    found = (
        Certificate.objects.filter(code=normalized or "-")
        .select_related("revoked_by")
        .only(*_VERIFICATION_FIELDS)
        .first()
    )
    return found if plausible else None


_VERIFICATION_FIELDS = [
    "id",
    "code",
    "holder_name",
    "title_fr",
    "title_en",
    "description_fr",
    "description_en",
    "criteria_fr",
    "criteria_en",
    "hours",
    "competencies",
    "issuer_name",
    "issuer_url",
    "signatory_name",
    "signatory_role",
    "issued_at",
    "valid_until",
    "kind",
    "kid",
    "pdf_sha256",
    "revoked_at",
    "revocation_reason",
    "revoked_by",
]


def verification_payload(*, certificate, now=None):
    """What every verification surface shows (page, JSON, command, upload), as plain data.
    Documented in docs/certificates.md (JSON schema)."""
    if certificate is None:
        return {"status": Status.UNKNOWN.value, "certificate": None}
    status = certificate.status(now)
    return {
        "status": status.value,
        "certificate": {
            "id": f"urn:uuid:{certificate.id}",
            "code": certificate.formatted_code,
            "verification_url": credentials.verification_url(certificate.code),
            "holder": {"name": certificate.holder_name},
            "achievement": {
                "title": {"fr": certificate.title_fr, "en": certificate.title_en},
                "description": {"fr": certificate.description_fr, "en": certificate.description_en},
                "criteria": {"fr": certificate.criteria_fr, "en": certificate.criteria_en},
                "hours": float(certificate.hours) if certificate.hours is not None else None,
                "competencies": certificate.competencies,
            },
            "issuer": {
                "name": certificate.issuer_name,
                "url": certificate.issuer_url,
                "signatory": {
                    "name": certificate.signatory_name,
                    "role": certificate.signatory_role,
                },
            },
            "issued_at": credentials.iso(certificate.issued_at),
            "valid_until": (
                credentials.iso(certificate.valid_until) if certificate.valid_until else None
            ),
            "revocation": (
                {
                    "revoked_at": credentials.iso(certificate.revoked_at),
                    "reason": certificate.revocation_reason,
                }
                if certificate.revoked_at
                else None
            ),
            "pdf_sha256": certificate.pdf_sha256 or None,
            "key_id": certificate.kid,
        },
    }


def certificate_list_for_user(*, user):
    return Certificate.objects.filter(holder=user).order_by("-issued_at")


def certificates_by_page_for_holder(*, user):
    """The holder's certificates by the translation key of the path or course they certify
    ({translation_key: [certificate, ...]}, newest first), so that any language of the page
    finds them. One query, whatever the number of pages shown."""
    if not getattr(user, "is_authenticated", False):
        return {}
    by_page = defaultdict(list)
    certificates = (
        Certificate.objects.filter(holder=user, rule__page__isnull=False)
        .annotate(page_key=F("rule__page__translation_key"))
        .only("id", "title_fr", "title_en", "issued_at", "valid_until", "revoked_at")
        .order_by("-issued_at")
    )
    for certificate in certificates:
        by_page[certificate.page_key].append(certificate)
    return dict(by_page)


def certificate_get_for_holder(*, user, pk):
    return Certificate.objects.filter(holder=user, pk=pk).first()


def certificate_get_for_pdf_link(*, pk):
    """The certificate a signed PDF link names, while its PDF may still be handed out: rendered,
    not revoked, its holder not erased."""
    return (
        Certificate.objects.filter(pk=pk, holder__isnull=False, revoked_at__isnull=True)
        .exclude(pdf_sha256="")
        .first()
    )


def certificate_get_by_pdf_hash(*, sha256):
    if len(sha256) != 64:
        return None
    return Certificate.objects.filter(pdf_sha256=sha256).first()


def certificate_get_by_credential_id(*, credential_id):
    if not isinstance(credential_id, str) or not credential_id.startswith("urn:uuid:"):
        return None
    try:
        pk = uuid.UUID(credential_id.removeprefix("urn:uuid:"))
    except ValueError:
        return None
    return Certificate.objects.filter(pk=pk).first()


def status_list_credential():
    """The signed Bitstring Status List credential, rebuilt and re-signed only when a
    revocation changed it (cached under the state of the revocations)."""
    revoked = Certificate.objects.revoked()
    state = revoked.aggregate(last=Max("revoked_at"))["last"]
    count = revoked.count()
    private_key, key = keys.signing_key_current()
    cache_key = f"certificates:status-list:{key.kid}:{count}:{state.isoformat() if state else 0}"
    cached = cache.get(cache_key)
    if cached is not None:
        return cached
    document = credentials.status_list_build(
        revoked_indexes=list(revoked.values_list("status_index", flat=True)),
        valid_from=state or timezone.now().replace(microsecond=0),
    )
    signed = credentials.sign(
        document, private_key=private_key, kid=key.kid, created=state or timezone.now()
    )
    text = json.dumps(signed, indent=2)
    cache.set(cache_key, text, 3600)
    return text


def issuer_document():
    from wagtail.models import Site

    from . import conf

    site = Site.objects.filter(is_default_site=True).first()
    issuer = IssuerSettings.for_site(site) if site else IssuerSettings()
    return credentials.issuer_document(
        name=issuer.organisation_name,
        url=issuer.organisation_url or conf.base_url() + "/",
        keys=list(SigningKey.objects.order_by("created_at")),
    )
