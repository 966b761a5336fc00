"""Every write of the certificates app: issuance (automatic, manual, and in bulk for cohorts
through the same function), the PDF rendered once, revocation, signing keys."""

import calendar
import hashlib
import logging
import re
import secrets

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from competencies import api as competencies
from courses import api as courses
from tracking import api as tracking

from . import conf, credentials, keys
from .codes import code_generate
from .models import (
    Certificate,
    CertificateRule,
    CertificateRuleCompetency,
    IssuanceKind,
    IssuerSettings,
    Requirement,
)

logger = logging.getLogger(__name__)


class CertificateError(ValidationError):
    pass


def add_months(moment, months):
    month = moment.month - 1 + months
    year = moment.year + month // 12
    month = month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _issuer_snapshot():
    site = Site.objects.filter(is_default_site=True).first()
    issuer = IssuerSettings.for_site(site) if site else IssuerSettings()
    return {
        "issuer_name": issuer.organisation_name,
        "issuer_url": issuer.organisation_url or conf.base_url() + "/",
        "signatory_name": issuer.signatory_name,
        "signatory_role": issuer.signatory_role,
    }


def _page_titles(page):
    """The page's title in French and in English (its translation, when there is one)."""
    titles = {}
    for language in ("fr", "en"):
        translated = None
        locale = Locale.objects.filter(language_code=language).first()
        if locale is not None:
            translated = page.get_translation_or_none(locale)
        titles[language] = (translated or page).title
    return titles


def _minimum_levels(rule):
    """The rule's minimum levels, with the 1-based position of each in its framework's scale
    (as competencies.api counts them): [(competency, level, position)]. One query, and one per
    framework of the levels."""
    rows = list(
        CertificateRuleCompetency.objects.filter(rule=rule).select_related("competency", "level")
    )
    if not rows:
        return []
    scales = {}
    for row in rows:
        if row.level.framework_id not in scales:
            scales[row.level.framework_id] = list(
                row.level.framework.levels.order_by("sort_order", "pk").values_list("pk", flat=True)
            )
    return [
        (row.competency, row.level, scales[row.level.framework_id].index(row.level_id) + 1)
        for row in rows
    ]


def _default_criteria(rule):
    titles = _page_titles(rule.page) if rule.page_id else {"fr": rule.title_fr, "en": rule.title_en}
    minimums = _minimum_levels(rule)
    criteria = {}
    for language in ("fr", "en"):
        with translation.override(language):
            criteria[language] = _(
                "Avoir terminé « %(title)s » : toutes les leçons obligatoires suivies et tous "
                "les quiz réussis."
            ) % {"title": titles[language]}
            if minimums:
                levels = ", ".join(
                    f"{competency.code or competency.localized('title', language)} "
                    f"({level.localized('name', language)})"
                    for competency, level, _position in minimums
                )
                criteria[language] += " " + _(
                    "Niveaux de compétence exigés au minimum : %(levels)s."
                ) % {"levels": levels}
    return criteria


# An absolute URI (RFC 3986 scheme): a CASE CFDocument `uri`, as opposed to a Moodle "Id
# number". Such frameworks have CASE items, identified as Tremplin's CASE export does.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _case_item_uri(level):
    if _URI.match(level.framework_identifier):
        return f"urn:uuid:{level.competency_uuid}"
    return ""


def _reading_order(pair):
    """Framework, then code in natural order (A2 before A10), then title."""
    level = pair[1]
    code = [
        int(part) if part.isdigit() else part for part in re.split(r"(\d+)", level.competency_code)
    ]
    return (level.framework_name, [(isinstance(p, str), p) for p in code], level.competency_title)


def _profile_levels(*, holder, competency_ids):
    """{language: {competency pk: CompetencyLevel}}: the holder's levels reached, read from
    competencies.api in French and in English (texts fall back to French)."""
    by_language = {}
    for language in ("fr", "en"):
        with translation.override(language):
            by_language[language] = {
                level.competency_id: level
                for level in competencies.learner_competency_levels(
                    holder, competency_ids=competency_ids
                )
            }
    return by_language


def _competencies_snapshot(*, rule, holder):
    """The competencies the certified path or course develops (and those the rule requires)
    with the level the holder has reached on each, as plain data frozen into the record:
    competencies the holder has not reached a level on are left out."""
    if holder is None:
        return []
    competency_ids = set(courses.content_competency_ids(page=rule.page)) if rule.page_id else set()
    competency_ids.update(
        CertificateRuleCompetency.objects.filter(rule=rule).values_list("competency_id", flat=True)
    )
    if not competency_ids:
        return []
    levels = _profile_levels(holder=holder, competency_ids=competency_ids)
    snapshot = []
    for competency_id, fr in sorted(levels["fr"].items(), key=_reading_order):
        en = levels["en"][competency_id]
        snapshot.append(
            {
                "code": fr.competency_code,
                "title_fr": fr.competency_title,
                "title_en": en.competency_title,
                "level_code": fr.level_code,
                "level_position": fr.level_position,
                "level_fr": fr.level_name,
                "level_en": en.level_name,
                "framework_fr": fr.framework_name,
                "framework_en": en.framework_name,
                "framework_identifier": fr.framework_identifier,
                "framework_version": fr.framework_version,
                "case_uri": _case_item_uri(fr),
                "reached_at": credentials.iso(fr.reached_at) if fr.reached_at else None,
            }
        )
    return snapshot


def minimum_levels_missing(*, rule, holder):
    """The rule's minimum levels the holder has not reached: [(competency, level)]."""
    minimums = _minimum_levels(rule)
    if not minimums:
        return []
    reached = {
        level.competency_id: level.level_position
        for level in competencies.learner_competency_levels(
            holder, competency_ids=[competency.pk for competency, _level, _p in minimums]
        )
    }
    return [
        (competency, level)
        for competency, level, position in minimums
        if reached.get(competency.pk, 0) < position
    ]


def _identity(holder):
    if holder.email:
        return holder.email.strip().lower(), "emailAddress"
    return holder.get_username(), "userName"


def _record_build(*, rule, holder, kind, reason, actor, now):
    default_criteria = _default_criteria(rule)
    return Certificate(
        code=code_generate(),
        rule=rule,
        holder=holder,
        holder_name=holder.get_display_name(),
        title_fr=rule.title_fr,
        title_en=rule.title_en,
        description_fr=rule.description_fr,
        description_en=rule.description_en,
        criteria_fr=rule.criteria_fr or default_criteria["fr"],
        criteria_en=rule.criteria_en or default_criteria["en"],
        hours=rule.hours,
        competencies=_competencies_snapshot(rule=rule, holder=holder),
        issued_at=now,
        valid_until=add_months(now, rule.validity_months) if rule.validity_months else None,
        kind=kind,
        reason=reason,
        issued_by=actor,
        status_index=secrets.randbelow(conf.status_list_size()),
        **_issuer_snapshot(),
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
        _pdf_render_ensure(existing)
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
                transaction.on_commit(lambda pk=certificate.pk: _pdf_render_enqueue(pk))
        except IntegrityError:
            existing = Certificate.objects.filter(rule=rule, holder=holder).first()
            if existing is not None:
                return existing, False
            continue  # a code or status index collided: draw new ones
        return certificate, True
    raise CertificateError(_("Le certificat n'a pas pu être délivré."), code="collision")


def certificate_issue_manual(*, actor=None, rule, holder, reason):
    return certificate_issue(actor=actor, rule=rule, holder=holder, reason=reason, manual=True)


@transaction.atomic
def certificate_rule_ensure(*, page, texts, minimums=(), hours=None, validity_months=None):
    """Create or update (found by its page) the active completion rule of `page`, with `texts`
    ({"title_fr", "title_en", "description_fr", "description_en"}) and the minimum levels
    `minimums` ([(competency, level)]; those not listed are removed). Returns the rule."""
    rule = CertificateRule.objects.filter(page=page).first() or CertificateRule(page=page)
    for name, value in texts.items():
        setattr(rule, name, value)
    rule.requirement, rule.is_active = Requirement.COMPLETION, True
    rule.hours, rule.validity_months = hours, validity_months
    rule.full_clean()
    rule.save()
    keep = []
    for order, (competency, level) in enumerate(minimums):
        row = rule.minimum_levels.filter(competency=competency).first() or (
            CertificateRuleCompetency(rule=rule, competency=competency)
        )
        row.level, row.sort_order = level, order
        row.full_clean()
        row.save()
        keep.append(row.pk)
    rule.minimum_levels.exclude(pk__in=keep).delete()
    return rule


def _active_rules():
    return CertificateRule.objects.filter(is_active=True, requirement=Requirement.COMPLETION)


def rules_for_page(page):
    """Active completion rules set on this page, in any of its languages."""
    return _active_rules().filter(page__translation_key=page.translation_key)


def completion_certificates_enqueue(*, user, page):
    """Called when a learner completes a path or a course: issue in a task."""
    from .tasks import certificates_issue_for_completion

    if rules_for_page(page).exists():
        transaction.on_commit(
            lambda: certificates_issue_for_completion.enqueue(user_id=user.pk, page_id=page.pk)
        )


def certificates_issue_for_completion(*, user, page):
    """Issue the certificates of the rules on `page` that `user` meets: the page is complete
    (the caller knows it) and the rule's minimum competency levels, if any, are reached.
    A rule not met yet is evaluated again when a level rises (competency_certificates_enqueue)."""
    issued = []
    for rule in rules_for_page(page):
        if minimum_levels_missing(rule=rule, holder=user):
            continue
        certificate, _created = certificate_issue(rule=rule, holder=user)
        issued.append(certificate)
    return issued


def competency_certificates_enqueue(*, user, competency):
    """Called when a learner reaches a level: the rules that require a minimum level on this
    competency, on a path or course the learner has completed and without a certificate yet,
    are evaluated again by the same idempotent task as completions."""
    from .tasks import certificates_issue_for_completion

    rules = (
        _active_rules()
        .filter(minimum_levels__competency=competency, page__isnull=False)
        .exclude(certificates__holder=user)
        .select_related("page")
        .distinct()
    )
    pages = {}
    for rule in rules:
        enrolment = courses.enrolment_active_get(user=user, page=rule.page)
        if enrolment is not None and enrolment.completed_at is not None:
            pages[rule.page_id] = rule.page
    for page_id in pages:
        transaction.on_commit(
            lambda page_id=page_id: certificates_issue_for_completion.enqueue(
                user_id=user.pk, page_id=page_id
            )
        )
    return list(pages.values())


def _pdf_render_ensure(certificate):
    """A certificate issued by a worker that died before it queued the rendering still gets
    its PDF: issuing it again (the task runs again after the crash) queues the rendering."""
    if not certificate.pdf_sha256 and certificate.holder_id is not None:
        transaction.on_commit(lambda pk=certificate.pk: _pdf_render_enqueue(pk))


def _pdf_render_enqueue(certificate_pk):
    from .tasks import certificate_render_pdf

    certificate_render_pdf.enqueue(certificate_id=str(certificate_pk))


def certificate_pdf_render(*, certificate):
    """Render and store the PDF once. A certificate that has its PDF keeps it forever, unless
    its holder has their data erased (certificates_holder_erase), and then it never gets one."""
    if certificate.pdf_sha256 or certificate.holder_id is None:
        return certificate
    data = import_string(conf.pdf_renderer())(certificate)
    digest = hashlib.sha256(data).hexdigest()
    name = certificate.pdf.storage.save(f"certificates/pdf/{certificate.pk}.pdf", ContentFile(data))
    updated = Certificate.objects.filter(pk=certificate.pk, pdf_sha256="").update(
        pdf=name, pdf_sha256=digest
    )
    if not updated:  # another worker rendered it first: keep theirs
        certificate.pdf.storage.delete(name)
        certificate.refresh_from_db()
        return certificate
    certificate.pdf.name = name
    certificate.pdf_sha256 = digest
    return certificate


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


def signing_key_generate(*, actor=None, path=None):
    """A new Ed25519 private key (PEM). Written to `path` when given; its public key is
    published at once and the previous keys are retired (they stay published)."""
    pem = keys.private_key_generate_pem()
    if path is not None:
        keys.key_file_write(path, pem)
    private_key = keys.private_key_from_pem(pem)
    row = keys.signing_key_register(keys.public_bytes(private_key.public_key()))
    return pem, row
