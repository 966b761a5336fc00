"""Issuing a certificate: the frozen record signed, its xAPI statement in the same
transaction, the PDF rendered after the commit."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tracking import api as tracking

from .. import conf, credentials, keys
from ..codes import code_generate
from ..models import Certificate, IssuanceKind
from .errors import CertificateError
from .record import add_months, competencies_snapshot, default_criteria, issuer_snapshot
from .rendering import pdf_render_enqueue, pdf_render_ensure


def _identity(holder):
    if holder.email:
        return holder.email.strip().lower(), "emailAddress"
    return holder.get_username(), "userName"


def _record_build(*, rule, holder, kind, reason, actor, now):
    criteria = default_criteria(rule)
    return Certificate(
        code=code_generate(),
        rule=rule,
        holder=holder,
        holder_name=holder.get_display_name(),
        title_fr=rule.title_fr,
        title_en=rule.title_en,
        description_fr=rule.description_fr,
        description_en=rule.description_en,
        criteria_fr=rule.criteria_fr or criteria["fr"],
        criteria_en=rule.criteria_en or criteria["en"],
        hours=rule.hours,
        competencies=competencies_snapshot(rule=rule, holder=holder),
        issued_at=now,
        valid_until=add_months(now, rule.validity_months) if rule.validity_months else None,
        kind=kind,
        reason=reason,
        issued_by=actor,
        status_index=secrets.randbelow(conf.status_list_size()),
        **issuer_snapshot(),
    )


def _sign(certificate, *, holder, now):
    private_key, key = keys.signing_key_current()
    identity, identity_type = _identity(holder)
    unsigned = credentials.credential_build(
        certificate=certificate,
        identity=identity,
        identity_type=identity_type,
        salt=secrets.token_hex(conf.subject_salt_bytes()),
    )
    signed = credentials.sign(unsigned, private_key=private_key, kid=key.kid, created=now)
    certificate.kid = key.kid
    certificate.credential_json = credentials.dumps(signed)


def _earned_statement_record(certificate):
    """The xAPI `earned` statement (docs/tracking.md), in the issuance transaction: the
    certificate exists if and only if its statement does."""
    if certificate.holder is None:
        return None
    rule = certificate.rule
    achievement_key = credentials.achievement_id(rule.pk).removeprefix("urn:uuid:")
    grouping = ()
    if rule.page_id is not None:
        page = rule.page
        kind = (
            tracking.ActivityType.PATH
            if page.specific_class.__name__ == "LearningPathPage"
            else tracking.ActivityType.COURSE
        )
        grouping = (tracking.Activity(type=kind, key=page.translation_key),)
    return tracking.statement_record(
        user=certificate.holder,
        verb=tracking.Verb.EARNED,
        activity=tracking.Activity(
            type=tracking.ActivityType.CERTIFICATE,
            key=achievement_key,
            names={"fr": certificate.title_fr, "en": certificate.title_en},
            descriptions={"fr": certificate.description_fr, "en": certificate.description_en},
        ),
        context=tracking.Context(grouping=grouping, language="fr"),
        timestamp=certificate.issued_at,
    )


def certificate_issue(*, actor=None, rule, holder, reason="", manual=False):
    """Issue the certificate of `rule` to `holder`, once: returns (certificate, created).

    Idempotent under concurrency: the (rule, holder) unique constraint decides, and the loser of
    a race gets the winner's certificate. Freezes the record, signs it, records the xAPI
    statement in the same transaction, then renders the PDF in a task after commit.
    """
    reason = (reason or "").strip()
    if manual and not reason:
        raise CertificateError(_("Indiquez le motif de la délivrance manuelle."), code="reason")
    if not manual and not rule.is_active:
        raise CertificateError(_("Cette règle de certificat est inactive."), code="inactive")
    existing = Certificate.objects.filter(rule=rule, holder=holder).first()
    if existing is not None:
        pdf_render_ensure(existing)
        return existing, False
    kind = IssuanceKind.MANUAL if manual else IssuanceKind.AUTOMATIC
    for _attempt in range(5):
        now = timezone.now().replace(microsecond=0)
        certificate = _record_build(
            rule=rule, holder=holder, kind=kind, reason=reason, actor=actor, now=now
        )
        _sign(certificate, holder=holder, now=now)
        # Uniqueness is the database's to decide (two workers can get here together).
        certificate.full_clean(validate_unique=False, validate_constraints=False)
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
                _earned_statement_record(certificate)
                transaction.on_commit(lambda pk=certificate.pk: pdf_render_enqueue(pk))
        except IntegrityError:
            existing = Certificate.objects.filter(rule=rule, holder=holder).first()
            if existing is not None:
                return existing, False
            continue  # a code or status index collided: draw new ones
        return certificate, True
    raise CertificateError(_("Le certificat n'a pas pu être délivré."), code="collision")


def certificate_issue_manual(*, actor=None, rule, holder, reason):
    return certificate_issue(actor=actor, rule=rule, holder=holder, reason=reason, manual=True)
