"""Validation only (STYLE.md): the public filters and calculators, the admin forms of funding
schemes, and the project workspace's forms (project, step, diagnostic)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .choices import NeedCategory, QuestionKind, Stage
from .legal_forms import legal_form_choices, localized, rules
from .models import FundingScheme, ProjectStep
from .services.orientation import ESUS_PAY_COUNT
from .territories import departement_get, departements, region_get, regions

ANY = [("", _("Tous"))]
YES_NO = [("yes", _("Oui")), ("no", _("Non"))]


def territory_choices():
    """Regions and départements as "region:<code>" / "departement:<code>", in two groups."""
    return [
        ("", _("Toute la France")),
        (_("Régions"), [(f"region:{code}", item.name) for code, item in regions().items()]),
        (
            _("Départements"),
            [
                (f"departement:{code}", f"{code} – {item.name}")
                for code, item in departements().items()
            ],
        ),
    ]


class FundingFilterForm(forms.Form):
    """The public list's filters, submitted by GET; every field optional."""

    kind = forms.ChoiceField(
        label=_("Type"), choices=ANY + FundingScheme.Kind.choices, required=False
    )
    stage = forms.ChoiceField(
        label=_("Étape du projet"), choices=ANY + Stage.choices, required=False
    )
    legal_form = forms.ChoiceField(label=_("Forme juridique"), required=False)
    territory = forms.ChoiceField(label=_("Territoire"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_form"].choices = [("", _("Toutes"))] + legal_form_choices()
        self.fields["territory"].choices = territory_choices()

    def filters(self):
        """The valid filters as keyword arguments of selectors.funding_scheme_list (an invalid
        one is left out, the others still apply)."""
        if not self.is_bound:
            return dict.fromkeys(self.fields)
        self.is_valid()  # cleaned_data then holds the valid fields only
        return {name: self.cleaned_data.get(name) or None for name in self.fields}


class CodesField(forms.CharField):
    """A list of codes typed as text, separated by commas or spaces ("84, 53")."""

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list):
            return value
        text = super().to_python(value) or ""
        return [code.strip().upper() for code in text.replace(",", " ").split() if code.strip()]

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")


class FundingSchemeAdminForm(WagtailAdminModelForm):
    """The snippet's edit form: the list fields as checkboxes, territories as typed codes
    (checked by FundingScheme.clean against the territory data)."""

    stages = forms.MultipleChoiceField(
        label=_("étapes éligibles"),
        choices=Stage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Aucune case cochée : toutes les étapes."),
    )
    legal_forms = forms.MultipleChoiceField(
        label=_("formes juridiques éligibles"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Aucune case cochée : toutes les formes, y compris un projet non immatriculé."),
    )
    needs = forms.MultipleChoiceField(
        label=_("besoins couverts"),
        choices=NeedCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    regions = CodesField(
        label=_("régions"),
        required=False,
        help_text=_("Codes des régions séparés par des virgules (84, 53…). Vide : pas de région."),
    )
    departements = CodesField(
        label=_("départements"),
        required=False,
        help_text=_(
            "Codes des départements séparés par des virgules (69, 2A, 974…). Régions et "
            "départements vides : dispositif national."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_forms"].choices = legal_form_choices()

    def clean_regions(self):
        codes = self.cleaned_data["regions"]
        return [region_get(code).code if region_get(code) else code for code in codes]

    def clean_departements(self):
        codes = self.cleaned_data["departements"]
        return [departement_get(code).code if departement_get(code) else code for code in codes]


class FundingImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier CSV"),
        help_text=_(
            "UTF-8, une ligne d'en-tête (slug, name_fr, funder, kind, description_fr, url, "
            "checked_on au moins). Les dispositifs existants sont mis à jour par leur slug."
        ),
    )


class LegalFormOrientationForm(forms.Form):
    """One radio group per question of the rules file. The service validates the answers
    again (unknown question or option): this form only shows them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, question in rules().questions.items():
            self.fields[key] = forms.ChoiceField(
                label=localized(question.text),
                help_text=localized(question.help) if question.help else "",
                choices=[(option, localized(label)) for option, label in question.options.items()],
                widget=forms.RadioSelect,
                required=False,
            )

    def answers(self):
        """What was submitted for each question, as typed (the service checks it)."""
        return {key: self.data.get(key, "") for key in self.fields}


class EsusPrecheckForm(forms.Form):
    """The ESUS calculator: the figures are checked by services.esus_precheck, which names
    every bad one; the form keeps them as typed."""

    social_utility_purpose = forms.ChoiceField(
        label=_(
            "La recherche d'une utilité sociale est-elle l'objectif principal de l'entreprise ?"
        ),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    social_utility_in_statutes = forms.ChoiceField(
        label=_("Cet objectif figure-t-il dans les statuts ?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    shares_listed = forms.ChoiceField(
        label=_("Les titres de l'entreprise sont-ils négociés sur un marché réglementé ?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for position in range(1, ESUS_PAY_COUNT + 1):
            self.fields[f"pay_{position}"] = forms.CharField(
                label=_("Rémunération annuelle brute n° %(n)d (€)") % {"n": position},
                required=False,
                max_length=30,
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
                help_text=_(
                    "La plus élevée en premier ; laissez vide s'il y a moins de cinq personnes."
                )
                if position == 1
                else "",
            )

    def pay(self):
        return [self.cleaned_data.get(f"pay_{n}", "") for n in range(1, ESUS_PAY_COUNT + 1)]


class ProjectForm(forms.Form):
    name = forms.CharField(label=_("Nom du projet"), max_length=120)
    purpose = forms.CharField(
        label=_("Raison d'être, en une phrase"),
        max_length=240,
        required=False,
        help_text=_("Le besoin auquel le projet répond, et pour qui."),
    )
    departement = forms.ChoiceField(label=_("Département"), required=False)
    stage = forms.ChoiceField(label=_("Où en est le projet ?"), choices=Stage.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["departement"].choices = [("", _("Pas encore décidé"))] + [
            (code, f"{code} – {item.name}") for code, item in departements().items()
        ]


class StepForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Statut de l'étape"), choices=ProjectStep.Status.choices, widget=forms.RadioSelect
    )
    ticks = forms.MultipleChoiceField(
        label=_("Tâches faites"), required=False, widget=forms.CheckboxSelectMultiple
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    decisions = forms.CharField(
        label=_("Décisions prises"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, outline, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ticks"].choices = [(task.key, task.label) for task in outline.tasks]


class DiagnosticForm(forms.Form):
    """One field per question of the pack's diagnostic (selectors.diagnostic_questions)."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        for number, question in enumerate(questions, start=1):
            choices = [(option["id"], option["label"]) for option in question["options"]]
            label = f"{number}. {question['text']}"
            if question["kind"] == QuestionKind.MULTIPLE:
                field = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    help_text=question["help"] or _("Plusieurs réponses possibles."),
                )
            else:
                widget = forms.RadioSelect(
                    attrs={"class": "scale"} if question["kind"] == QuestionKind.SCALE else {}
                )
                field = forms.ChoiceField(
                    label=label, choices=choices, widget=widget, help_text=question["help"]
                )
            self.fields[self.field_name(question)] = field

    @staticmethod
    def field_name(question):
        return f"q-{question['id']}"

    def answers(self):
        """{question id: [option ids]} of the cleaned data."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(self.field_name(question))
            answers[question["id"]] = list(value) if isinstance(value, list) else [value]
        return answers
