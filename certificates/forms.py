"""Validation only: the verification code and the uploaded PDF."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import conf
from .codes import code_format, code_is_valid, code_normalize


class VerifyCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code de vérification"),
        max_length=64,
        help_text=_("Il figure sous le QR code du certificat, par exemple ABCD-EFGH-JKMN-PQRS-T."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}
        ),
    )

    def clean_code(self):
        normalized = code_normalize(self.cleaned_data["code"])
        if not normalized:
            raise forms.ValidationError(
                _("Un code compte 17 caractères (lettres et chiffres), tirets non compris."),
                code="format",
            )
        if not code_is_valid(normalized):
            raise forms.ValidationError(
                _("Ce code contient une faute de frappe : vérifiez chaque caractère."),
                code="checksum",
            )
        return code_format(normalized)


class VerifyPdfForm(forms.Form):
    pdf = forms.FileField(
        label=_("Fichier PDF du certificat"),
        help_text=_("Le fichier est vérifié puis oublié : rien n'est conservé."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )

    def clean_pdf(self):
        upload = self.cleaned_data["pdf"]
        limit = conf.upload_max_bytes()
        if upload.size is not None and upload.size > limit:
            raise forms.ValidationError(
                _("Ce fichier est trop volumineux pour être un certificat."), code="too_large"
            )
        data = upload.read(limit + 1)
        if len(data) > limit:
            raise forms.ValidationError(
                _("Ce fichier est trop volumineux pour être un certificat."), code="too_large"
            )
        self.cleaned_data["data"] = data
        return upload
