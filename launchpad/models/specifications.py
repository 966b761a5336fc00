"""The specification (cahier des charges) of a digital tool a project needs: what the team
writes before asking anyone to build or sell it (docs/launchpad.md, "The specification
builder"). A project has as many as it has tools to find. The PDF and the OpenDocument text are
made from these fields only (launchpad/services/documents.py).

The constraints are structured choices, each with a free-text note beside them: the choices
say what is asked in words a provider recognises (RGAA, RGESN, RGPD, a free licence), the notes
what is particular to the project. `version` grows with every save, as a step's does, so that
two members editing at once are told, never overwritten.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import NeedCategory
from .projects import Project


class Specification(models.Model):
    class Accessibility(models.TextChoices):
        RGAA_AUDITED = (
            "rgaa_audited",
            _("Conforme au RGAA 4.1, vérifié par un audit, avec une déclaration d'accessibilité"),
        )
        RGAA = "rgaa", _("Conforme aux critères du RGAA 4.1 (niveau AA du WCAG 2.1)")
        UNDECIDED = "undecided", _("À préciser avec le prestataire")

    class Ecodesign(models.TextChoices):
        RGESN_DECLARED = (
            "rgesn_declared",
            _(
                "Référentiel général d'écoconception (RGESN) appliqué, déclaration d'écoconception "
                "fournie"
            ),
        )
        RGESN = "rgesn", _("Bonnes pratiques du RGESN appliquées, sans déclaration")
        UNDECIDED = "undecided", _("À préciser avec le prestataire")

    class Hosting(models.TextChoices):
        FRANCE = "france", _("Hébergement en France")
        EU = "eu", _("Hébergement dans l'Union européenne")
        COMMUNITY = (
            "community",
            _("Chez un hébergeur associatif (collectif CHATONS) ou sur nos serveurs"),
        )
        UNDECIDED = "undecided", _("Pas de préférence")

    class Licence(models.TextChoices):
        FREE_REQUIRED = "free_required", _("Logiciel libre exigé (licence reconnue par l'OSI)")
        FREE_PREFERRED = "free_preferred", _("Logiciel libre de préférence")
        ANY = "any", _("Pas d'exigence")

    class Data(models.TextChoices):
        NONE = "none", _("Aucune donnée personnelle")
        PERSONAL = (
            "personal",
            _("Données personnelles : conformité au RGPD, inscription au registre des traitements"),
        )
        SENSITIVE = (
            "sensitive",
            _("Données sensibles (santé, situation sociale…) : analyse d'impact (AIPD) à prévoir"),
        )

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="specifications")
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("outil recherché"), max_length=160)
    context = models.TextField(_("contexte"), blank=True, max_length=10_000)
    users = models.TextField(_("utilisateurs et utilisatrices"), blank=True, max_length=5_000)
    needs = models.JSONField(_("besoins"), default=list, blank=True)  # NeedCategory keys, sorted
    needs_details = models.TextField(_("besoins, en détail"), blank=True, max_length=10_000)
    functions = models.TextField(_("fonctions attendues"), blank=True, max_length=10_000)
    accessibility = models.CharField(
        _("accessibilité"),
        max_length=20,
        choices=Accessibility.choices,
        default=Accessibility.RGAA,
    )
    ecodesign = models.CharField(
        _("écoconception"), max_length=20, choices=Ecodesign.choices, default=Ecodesign.RGESN
    )
    hosting = models.CharField(
        _("hébergement"), max_length=20, choices=Hosting.choices, default=Hosting.EU
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=Licence.choices, default=Licence.FREE_PREFERRED
    )
    data = models.CharField(
        _("données"), max_length=20, choices=Data.choices, default=Data.PERSONAL
    )
    constraints_notes = models.TextField(_("autres contraintes"), blank=True, max_length=10_000)
    budget_max = models.PositiveIntegerField(_("budget maximum (€ TTC)"), null=True, blank=True)
    budget_notes = models.TextField(_("budget, en détail"), blank=True, max_length=5_000)
    deadline = models.DateField(_("mise en service souhaitée"), null=True, blank=True)
    timeline = models.TextField(_("calendrier"), blank=True, max_length=5_000)
    acceptance = models.TextField(_("critères de recette"), blank=True, max_length=10_000)
    version = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("cahier des charges")
        verbose_name_plural = _("cahiers des charges")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    def clean(self):
        known = set(NeedCategory.values)
        if not isinstance(self.needs, list) or not set(self.needs) <= known:
            raise ValidationError({"needs": _("Ce besoin ne fait pas partie de la liste.")})

    @property
    def need_labels(self):
        labels = dict(NeedCategory.choices)
        return [str(labels[key]) for key in self.needs if key in labels]

    @staticmethod
    def lines(text):
        """A text typed one item per line as a list (blank lines and list marks dropped)."""
        items = []
        for line in (text or "").splitlines():
            line = line.strip().lstrip("-*•").strip()
            if line:
                items.append(line)
        return items

    @property
    def function_items(self):
        return self.lines(self.functions)

    @property
    def acceptance_items(self):
        return self.lines(self.acceptance)
