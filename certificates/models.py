"""Certificate rules, the issuer's identity, signing keys and the frozen certificate records.

A certificate row is written once at issuance and never re-derived: everything a verifier sees
(holder, achievement, issuer, dates, competencies, the signed credential and the PDF's hash) is
a copy taken at that moment. Only the revocation fields change afterwards.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable

from common.storage import private_storage

from .codes import code_format

CERTIFIABLE_PAGE_TYPES = ["courses.LearningPathPage", "courses.CoursePage"]


class Requirement(models.TextChoices):
    COMPLETION = "completion", _("Parcours ou cours terminé (leçons obligatoires et quiz réussis)")


class CertificateRule(ClusterableModel):
    """What a learner must achieve on a path or a course to receive a certificate, and what
    that certificate says. Edited as a snippet that points at its page."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificate_rule",
        verbose_name=_("parcours ou cours"),
        help_text=_("Le parcours ou le cours dont l'achèvement donne droit au certificat."),
    )
    requirement = models.CharField(
        _("condition d'obtention"),
        max_length=20,
        choices=Requirement,
        default=Requirement.COMPLETION,
    )
    title_fr = models.CharField(_("intitulé (français)"), max_length=200)
    title_en = models.CharField(_("intitulé (anglais)"), max_length=200)
    description_fr = models.TextField(_("ce que le certificat atteste (français)"))
    description_en = models.TextField(_("ce que le certificat atteste (anglais)"))
    criteria_fr = models.TextField(
        _("critères d'obtention (français)"),
        blank=True,
        help_text=_("Laissez vide pour un texte décrivant la condition d'obtention."),
    )
    criteria_en = models.TextField(_("critères d'obtention (anglais)"), blank=True)
    hours = models.DecimalField(
        _("volume horaire"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    validity_months = models.PositiveSmallIntegerField(
        _("durée de validité (mois)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        help_text=_("Laissez vide pour un certificat sans date d'expiration."),
    )
    is_active = models.BooleanField(
        _("actif"), default=True, help_text=_("Une règle inactive ne délivre plus de certificat.")
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    panels = [
        PageChooserPanel("page", page_type=CERTIFIABLE_PAGE_TYPES),
        FieldPanel("requirement"),
        InlinePanel(
            "minimum_levels",
            heading=_("Niveaux de compétence minimums (facultatif)"),
            label=_("niveau minimum"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("title_fr"),
                FieldPanel("title_en"),
                FieldPanel("description_fr"),
                FieldPanel("description_en"),
                FieldPanel("criteria_fr"),
                FieldPanel("criteria_en"),
            ],
            heading=_("Ce que dit le certificat"),
        ),
        FieldPanel("hours"),
        FieldPanel("validity_months"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("règle de certificat")
        verbose_name_plural = _("règles de certificat")
        ordering = ["title_fr"]

    def __str__(self):
        return self.title_fr

    def clean(self):
        super().clean()
        if self.page_id is not None:
            page = self.page.specific_class
            label = f"{page._meta.app_label}.{page.__name__}" if page else ""
            if label not in CERTIFIABLE_PAGE_TYPES:
                raise ValidationError(
                    {"page": _("Choisissez un parcours ou un cours.")}, code="page_type"
                )

    def criteria(self, language):
        return getattr(self, f"criteria_{language}")


class CertificateRuleCompetency(Orderable):
    """An optional requirement of a rule: the learner must also have reached this level (or a
    higher one) on this competency, as the competencies app computes it."""

    rule = ParentalKey(CertificateRule, on_delete=models.CASCADE, related_name="minimum_levels")
    competency = models.ForeignKey(
        "competencies.Competency",
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"kind": "competency"},
        verbose_name=_("compétence"),
    )
    level = models.ForeignKey(
        "competencies.ProficiencyLevel",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("niveau minimum"),
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("level")])]

    class Meta(Orderable.Meta):
        verbose_name = _("niveau de compétence minimum")
        verbose_name_plural = _("niveaux de compétence minimums")
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "competency"], name="certificates_rulecompetency_unique"
            )
        ]

    def __str__(self):
        return f"{self.competency} ≥ {self.level}"

    def clean(self):
        super().clean()
        if (
            self.competency_id
            and self.level_id
            and self.level.framework_id != self.competency.framework_id
        ):
            raise ValidationError(
                {"level": _("Le niveau doit appartenir au référentiel de la compétence.")},
                code="level_framework",
            )


@register_setting(icon="doc-full")
class IssuerSettings(BaseSiteSetting):
    """Who issues the certificates of this site. Copied into each certificate at issuance."""

    organisation_name = models.CharField(
        _("nom de l'organisme"), max_length=200, default="Tremplin"
    )
    organisation_url = models.URLField(
        _("site web de l'organisme"),
        blank=True,
        help_text=_("Laissez vide pour l'adresse de ce site."),
    )
    organisation_email = models.EmailField(_("adresse de contact"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
    )
    signatory_name = models.CharField(_("nom du ou de la signataire"), max_length=150, blank=True)
    signatory_role = models.CharField(
        _("fonction du ou de la signataire"), max_length=150, blank=True
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("organisation_url"),
        FieldPanel("organisation_email"),
        FieldPanel("logo"),
        FieldPanel("signatory_name"),
        FieldPanel("signatory_role"),
    ]

    class Meta:
        verbose_name = _("émetteur des certificats")


class SigningKey(models.Model):
    """A public key that signed certificates. Rows are never deleted: retired keys stay
    published so that what they signed stays verifiable. Private keys never enter the database."""

    kid = models.CharField(_("identifiant de clé"), max_length=64, unique=True)
    public_key_multibase = models.CharField(_("clé publique (multibase)"), max_length=64)
    created_at = models.DateTimeField(_("créée le"), default=timezone.now)
    retired_at = models.DateTimeField(_("retirée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("clé de signature")
        verbose_name_plural = _("clés de signature")
        ordering = ["created_at"]

    def __str__(self):
        return self.kid


class CertificateQuerySet(models.QuerySet):
    def revoked(self):
        return self.filter(revoked_at__isnull=False)


class IssuanceKind(models.TextChoices):
    AUTOMATIC = "automatic", _("Automatique (condition remplie)")
    MANUAL = "manual", _("Manuelle")


class Status(models.TextChoices):
    VALID = "valid", _("Valide")
    EXPIRED = "expired", _("Expiré")
    REVOKED = "revoked", _("Révoqué")
    UNKNOWN = "unknown", _("Inconnu")


class Certificate(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    code = models.CharField(_("code de vérification"), max_length=17, unique=True, editable=False)
    rule = models.ForeignKey(
        CertificateRule,
        on_delete=models.PROTECT,
        related_name="certificates",
        verbose_name=_("règle"),
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
        verbose_name=_("titulaire"),
    )
    # Frozen at issuance.
    holder_name = models.CharField(_("nom du ou de la titulaire"), max_length=150)
    title_fr = models.CharField(_("intitulé (français)"), max_length=200)
    title_en = models.CharField(_("intitulé (anglais)"), max_length=200)
    description_fr = models.TextField(_("description (français)"))
    description_en = models.TextField(_("description (anglais)"))
    criteria_fr = models.TextField(_("critères (français)"))
    criteria_en = models.TextField(_("critères (anglais)"))
    hours = models.DecimalField(
        _("volume horaire"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    competencies = models.JSONField(_("compétences attestées"), default=list, blank=True)
    issuer_name = models.CharField(_("émetteur"), max_length=200)
    issuer_url = models.CharField(_("site de l'émetteur"), max_length=200)
    signatory_name = models.CharField(_("signataire"), max_length=150, blank=True)
    signatory_role = models.CharField(
        _("fonction du ou de la signataire"), max_length=150, blank=True
    )
    issued_at = models.DateTimeField(_("délivré le"))
    valid_until = models.DateTimeField(_("valable jusqu'au"), null=True, blank=True)
    kind = models.CharField(_("délivrance"), max_length=10, choices=IssuanceKind)
    reason = models.TextField(_("motif de la délivrance manuelle"), blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("délivré par"),
    )
    # Signature and status list.
    credential_json = models.TextField(_("attestation signée (Open Badges 3.0)"), editable=False)
    kid = models.CharField(_("clé de signature"), max_length=64, editable=False)
    status_index = models.PositiveIntegerField(_("position dans la liste de statuts"), unique=True)
    # The PDF, rendered once.
    # In the private storage: only certificates' views hand it out (common/storage.py).
    pdf = models.FileField(
        _("PDF"),
        upload_to="certificates/pdf/",
        storage=private_storage,
        blank=True,
        editable=False,
    )
    pdf_sha256 = models.CharField(
        _("empreinte SHA-256 du PDF"), max_length=64, blank=True, db_index=True
    )
    # Revocation, the only change a certificate can undergo.
    revoked_at = models.DateTimeField(_("révoqué le"), null=True, blank=True)
    revocation_reason = models.TextField(_("motif de la révocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("révoqué par"),
    )

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificat")
        verbose_name_plural = _("certificats")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "holder"],
                name="certificates_certificate_one_per_rule_and_holder",
                violation_error_message=_("Ce certificat a déjà été délivré à cette personne."),
            ),
            models.CheckConstraint(
                condition=models.Q(kind="automatic") | ~models.Q(reason=""),
                name="certificates_certificate_manual_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.title_fr} · {self.holder_name} · {self.formatted_code}"

    @property
    def formatted_code(self):
        return code_format(self.code)

    def status(self, now=None):
        now = now or timezone.now()
        if self.revoked_at is not None:
            return Status.REVOKED
        if self.valid_until is not None and self.valid_until <= now:
            return Status.EXPIRED
        return Status.VALID

    def title(self, language=None):
        return self.title_en if (language or get_language()) == "en" else self.title_fr

    def description(self, language=None):
        return self.description_en if (language or get_language()) == "en" else self.description_fr

    def criteria(self, language=None):
        return self.criteria_en if (language or get_language()) == "en" else self.criteria_fr
