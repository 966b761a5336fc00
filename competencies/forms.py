from django import forms
from django.utils.translation import gettext_lazy as _

from .conf import framework_import_max_bytes
from .models import LANGUAGES

FORMAT_CHOICES = [
    ("", _("Détecter d'après le contenu")),
    ("case", _("CASE 1.0 (JSON)")),
    ("csv", _("CSV Moodle")),
]
LANGUAGE_CHOICES = [("", _("Langue déclarée par le fichier")), ("fr", _("Français")),
                    ("en", _("Anglais"))]  # fmt: skip


class FrameworkImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier du référentiel"),
        help_text=_("Paquet CASE 1.0 (JSON) ou CSV au format de l'import de référentiels Moodle."),
    )
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, required=False)
    language = forms.ChoiceField(
        label=_("Langue des textes"), choices=LANGUAGE_CHOICES, required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = framework_import_max_bytes()
        if upload.size > limit:
            raise forms.ValidationError(
                _("Le fichier dépasse la taille maximale (%(size)d octets, limite %(limit)d).")
                % {"size": upload.size, "limit": limit}
            )
        return upload


class FrameworkExportForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES[1:])
    language = forms.ChoiceField(
        label=_("Langue"), choices=[(code, code) for code in LANGUAGES], initial="fr"
    )
