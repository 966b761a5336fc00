from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .models import Audience, DurationRange, Level, Theme

ANY = [("", _("Tous"))]


class CatalogueFilterForm(forms.Form):
    theme = forms.ChoiceField(label=_("Thème"), choices=ANY + Theme.choices, required=False)
    level = forms.ChoiceField(label=_("Niveau"), choices=ANY + Level.choices, required=False)
    duration = forms.ChoiceField(
        label=_("Durée"), choices=ANY + DurationRange.choices, required=False
    )
    audience = forms.ChoiceField(label=_("Public"), choices=ANY + Audience.choices, required=False)
    language = forms.ChoiceField(label=_("Langue"), required=False)
    certifying = forms.ChoiceField(
        label=_("Certifiant"),
        choices=[("", _("Tous")), ("yes", _("Oui")), ("no", _("Non"))],
        required=False,
    )

    def __init__(self, data=None, *, default_language="", **kwargs):
        # Unless the visitor chose a language (or "Toutes"), the catalogue lists content in the
        # page's own language: a link such as ?theme=reuse names no language.
        if data is None or "language" not in data:
            data = data.copy() if data is not None else QueryDict(mutable=True)
            data["language"] = default_language
        super().__init__(data, **kwargs)
        self.fields["language"].choices = [("", _("Toutes"))] + [
            (code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
        ]

    def filters(self):
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "theme": data["theme"],
            "level": data["level"],
            "audience": data["audience"],
            "language": data["language"],
            "duration": DurationRange(data["duration"]) if data["duration"] else None,
            "certifying": {"yes": True, "no": False}.get(data["certifying"]),
        }

    def query_string(self):
        """The filters as a query string, for pagination links."""
        if not self.is_valid():
            return ""
        return urlencode(self.cleaned_data)


class QuizAnswersForm(forms.Form):
    """The fixed part of a quiz submission; answers are the `q-<question id>` fields."""

    quiz = forms.IntegerField(widget=forms.HiddenInput)
    attempt = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    PREFIX = "q-"

    def answers(self):
        return {
            name.removeprefix(self.PREFIX): self.data.getlist(name)
            for name in self.data
            if name.startswith(self.PREFIX)
        }
