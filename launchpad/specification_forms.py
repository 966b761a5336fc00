"""Validation of the specification builder's form (STYLE.md: forms validate, services write).
Kept apart from forms.py, which holds the project, step and diagnostic forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import NeedCategory
from .models import Specification
from .services.specifications import SPECIFICATION_FIELDS

ONE_PER_LINE = _("Une par ligne.")
BUDGET_MAX = 10_000_000


class SpecificationForm(forms.ModelForm):
    needs = forms.MultipleChoiceField(
        label=_("Besoins auxquels l'outil répond"),
        choices=NeedCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Cochés d'après le diagnostic du projet ; changez-les si besoin."),
    )
    budget_max = forms.IntegerField(
        label=_("Budget maximum (€ TTC)"),
        required=False,
        min_value=0,
        max_value=BUDGET_MAX,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_("En euros, sans décimales. Laissez vide si vous ne le savez pas encore."),
    )
    deadline = forms.DateField(
        label=_("Mise en service souhaitée"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Une date au format AAAA-MM-JJ."),
    )
    version = forms.IntegerField(min_value=0, required=False, widget=forms.HiddenInput)

    class Meta:
        model = Specification
        fields = SPECIFICATION_FIELDS
        labels = {
            "title": _("Outil recherché"),
            "context": _("Contexte"),
            "users": _("Qui s'en servira ?"),
            "needs_details": _("Les besoins, en détail"),
            "functions": _("Fonctions attendues"),
            "accessibility": _("Accessibilité"),
            "ecodesign": _("Écoconception"),
            "hosting": _("Hébergement"),
            "licence": _("Licence"),
            "data": _("Données personnelles"),
            "constraints_notes": _("Autres contraintes"),
            "budget_notes": _("Le budget, en détail"),
            "timeline": _("Calendrier"),
            "acceptance": _("Critères de recette"),
        }
        help_texts = {
            "title": _("Par exemple : « Site web de la ressourcerie avec prise de rendez-vous »."),
            "context": _("Le projet, ce qui existe déjà, pourquoi cet outil maintenant."),
            "users": _("Les publics, leurs équipements, leurs besoins d'accessibilité."),
            "functions": ONE_PER_LINE,
            "accessibility": _(
                "Le RGAA est le référentiel français d'accessibilité numérique ; il est "
                "obligatoire pour les services publics et les grandes entreprises, et un bon "
                "objectif pour tous."
            ),
            "ecodesign": _(
                "Le RGESN (Arcep, Arcom, ADEME, DINUM, 2024) liste 78 critères pour réduire "
                "l'empreinte d'un service numérique."
            ),
            "acceptance": _("Ce qui doit marcher pour que vous acceptiez la livraison. ")
            + ONE_PER_LINE,
            "timeline": _("Les grandes étapes : consultation, choix, livraison, formation."),
        }
        widgets = {
            "context": forms.Textarea(attrs={"rows": 4}),
            "users": forms.Textarea(attrs={"rows": 3}),
            "needs_details": forms.Textarea(attrs={"rows": 3}),
            "functions": forms.Textarea(attrs={"rows": 6}),
            "accessibility": forms.RadioSelect,
            "ecodesign": forms.RadioSelect,
            "hosting": forms.RadioSelect,
            "licence": forms.RadioSelect,
            "data": forms.RadioSelect,
            "constraints_notes": forms.Textarea(attrs={"rows": 3}),
            "budget_notes": forms.Textarea(attrs={"rows": 2}),
            "timeline": forms.Textarea(attrs={"rows": 3}),
            "acceptance": forms.Textarea(attrs={"rows": 5}),
        }

    def values(self):
        """The cleaned fields as the services take them."""
        return {name: self.cleaned_data[name] for name in SPECIFICATION_FIELDS}
