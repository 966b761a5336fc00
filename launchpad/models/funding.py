"""Funding schemes ("dispositifs de financement"): the one-stop orientation towards grants,
loans, guarantees, equity, patronage, prizes and skills sponsorship (docs/launchpad.md,
"Funding"). A Wagtail snippet; bilingual fields as the competencies models have them."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from .. import conf
from ..choices import NeedCategory, Stage
from ..legal_forms import legal_form_keys
from ..territories import departement_get, region_get

MAX_AMOUNT = 1_000_000_000  # euros: above that, a figure is a typing error


def _localized(obj, name):
    language = (get_language() or "fr")[:2]
    value = getattr(obj, f"{name}_{language}", "") if language in ("fr", "en") else ""
    return value or getattr(obj, f"{name}_fr")


def codes_clean(values, known, message, code):
    """The problems of a list field: not a list of strings, or an unknown key."""
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        return [ValidationError(_("Une liste de codes est attendue."), code="not_a_list")]
    return [
        ValidationError(message, code=code, params={"value": value})
        for value in values
        if value not in known
    ]


class FundingScheme(index.Indexed, models.Model):
    """A funding scheme a project may apply to, with who it is for and where."""

    class Kind(models.TextChoices):
        GRANT = "grant", _("Subvention")
        LOAN = "loan", _("Prêt")
        GUARANTEE = "guarantee", _("Garantie")
        EQUITY = "equity", _("Apport en fonds propres")
        PATRONAGE = "patronage", _("Mécénat")
        PRIZE = "prize", _("Prix ou concours")
        SKILLS = "skills", _("Mécénat de compétences")
        SUPPORT = "support", _("Accompagnement gratuit")

    slug = models.SlugField(_("identifiant court"), max_length=100, unique=True)
    name_fr = models.CharField(_("nom (français)"), max_length=255)
    name_en = models.CharField(_("nom (anglais)"), max_length=255, blank=True)
    funder = models.CharField(_("financeur"), max_length=255)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    description_fr = models.TextField(_("description (français)"))
    description_en = models.TextField(_("description (anglais)"), blank=True)
    stages = models.JSONField(
        _("étapes éligibles"),
        default=list,
        blank=True,
        help_text=_("Vide : toutes les étapes."),
    )
    legal_forms = models.JSONField(
        _("formes juridiques éligibles"),
        default=list,
        blank=True,
        help_text=_("Vide : toutes les formes, y compris un projet pas encore immatriculé."),
    )
    needs = models.JSONField(
        _("besoins couverts"),
        default=list,
        blank=True,
        help_text=_("Les besoins d'un projet auxquels ce dispositif répond."),
    )
    regions = models.JSONField(
        _("régions"),
        default=list,
        blank=True,
        help_text=_(
            "Codes officiels géographiques des régions (84, 11…). Vide avec les départements : "
            "national."
        ),
    )
    departements = models.JSONField(
        _("départements"),
        default=list,
        blank=True,
        help_text=_("Codes des départements (69, 2A, 974…)."),
    )
    amount_min = models.PositiveIntegerField(_("montant minimum (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("montant maximum (€)"), null=True, blank=True)
    deadline = models.DateField(_("date limite"), null=True, blank=True)
    rolling = models.BooleanField(
        _("au fil de l'eau"), default=False, help_text=_("Les demandes sont reçues toute l'année.")
    )
    url = models.URLField(_("adresse de la source"), max_length=500)
    checked_on = models.DateField(
        _("vérifié le"), help_text=_("Date à laquelle la source a été relue.")
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("name_fr"),
        index.SearchField("name_en"),
        index.SearchField("funder"),
        index.SearchField("description_fr"),
        index.AutocompleteField("name_fr"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("dispositif de financement")
        verbose_name_plural = _("dispositifs de financement")
        ordering = ["name_fr"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_min__isnull=True)
                | models.Q(amount_max__isnull=True)
                | models.Q(amount_min__lte=models.F("amount_max")),
                name="launchpad_funding_amounts_ordered",
            ),
            models.CheckConstraint(
                condition=~models.Q(rolling=True, deadline__isnull=False),
                name="launchpad_funding_rolling_or_deadline",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return _localized(self, "name")

    @property
    def description(self):
        return _localized(self, "description")

    @property
    def is_national(self):
        return not self.regions and not self.departements

    @property
    def stale_on(self):
        """The day from which the scheme is flagged as to be checked again."""
        return self.checked_on + datetime.timedelta(days=conf.stale_days())

    @property
    def is_stale(self):
        return timezone.localdate() >= self.stale_on

    def is_closed(self, today=None):
        return self.deadline is not None and self.deadline < (today or timezone.localdate())

    def clean(self):
        errors = {}
        checks = {
            "stages": (
                Stage.values,
                _("« %(value)s » n'est pas une étape connue."),
                "unknown_stage",
            ),
            "legal_forms": (
                legal_form_keys(),
                _("« %(value)s » n'est pas une forme juridique connue."),
                "unknown_legal_form",
            ),
            "needs": (
                NeedCategory.values,
                _("« %(value)s » n'est pas une catégorie de besoin connue."),
                "unknown_need",
            ),
        }
        for name, (known, message, code) in checks.items():
            problems = codes_clean(getattr(self, name), known, message, code)
            if problems:
                errors[name] = problems
        for name, lookup, message in (
            ("regions", region_get, _("« %(value)s » n'est pas un code de région connu.")),
            (
                "departements",
                departement_get,
                _("« %(value)s » n'est pas un code de département connu."),
            ),
        ):
            values = getattr(self, name)
            known = [value for value in values if isinstance(value, str) and lookup(value)]
            problems = codes_clean(values, known, message, f"unknown_{name[:-1]}")
            if problems:
                errors[name] = problems
        for name in ("amount_min", "amount_max"):
            value = getattr(self, name)
            if value is not None and value > MAX_AMOUNT:
                errors[name] = ValidationError(
                    _("Un montant de plus d'un milliard d'euros n'est pas plausible."),
                    code="absurd_amount",
                )
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            errors["amount_max"] = ValidationError(
                _("Le montant maximum doit être au moins égal au montant minimum."),
                code="amounts_unordered",
            )
        if self.rolling and self.deadline:
            errors["deadline"] = ValidationError(
                _("Un dispositif au fil de l'eau n'a pas de date limite."),
                code="rolling_with_deadline",
            )
        if self.checked_on and self.checked_on > timezone.localdate():
            errors["checked_on"] = ValidationError(
                _("La date de vérification ne peut pas être dans le futur."), code="future_check"
            )
        if errors:
            raise ValidationError(errors)
