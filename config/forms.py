from django import forms
from django.utils.translation import gettext_lazy as _


class DesignSampleForm(forms.Form):
    """The pattern library's sample form (config/views.py, DEBUG only): one field of each kind
    the site uses, one of them in error, rendered by includes/form.html."""

    name = forms.CharField(label=_("Nom affiché"), help_text=_("Visible par les formatrices."))
    email = forms.EmailField(label=_("Adresse e-mail"))
    theme = forms.ChoiceField(
        label=_("Thème"), choices=[("reuse", _("Réemploi")), ("sobriety", _("Sobriété"))]
    )
    message = forms.CharField(label=_("Message"), widget=forms.Textarea, required=False)
    consent = forms.BooleanField(label=_("J'accepte d'être recontacté·e"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__({"name": "Léa", "email": "pas-une-adresse", "theme": "reuse"}, **kwargs)
