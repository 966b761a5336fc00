"""Validation of the launchpad's forms; the services do the writing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import QuestionKind, Stage
from .models import ProjectStep


class ProjectForm(forms.Form):
    name = forms.CharField(label=_("Nom du projet"), max_length=120)
    purpose = forms.CharField(
        label=_("Raison d'être, en une phrase"),
        max_length=240,
        required=False,
        help_text=_("Le besoin auquel le projet répond, et pour qui."),
    )
    departement = forms.CharField(
        label=_("Département (code)"),
        max_length=3,
        required=False,
        help_text=_("Par exemple 35 pour l'Ille-et-Vilaine, 2A pour la Corse-du-Sud."),
    )
    stage = forms.ChoiceField(label=_("Où en est le projet ?"), choices=Stage.choices)


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
