"""The fixed lists shared by the whole launchpad app, defined once: the project stages and the
need categories. Funding schemes, the diagnostic, the project workspace and the reports use
these keys; the legal-form keys live with their rules in data/legal_forms.toml
(`launchpad.legal_forms.legal_form_keys()`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    """Where a project stands, from the first idea to an established activity."""

    IDEA = "idea", _("Idée")
    STUDY = "study", _("Étude et test")
    LAUNCH = "launch", _("Création et lancement")
    CONSOLIDATION = "consolidation", _("Consolidation")
    GROWTH = "growth", _("Développement et essaimage")


class NeedCategory(models.TextChoices):
    """What a project needs help with (the diagnostic records them; schemes address them)."""

    FUNDING = "funding", _("Financement")
    LEGAL_FORM = "legal_form", _("Forme juridique")
    GOVERNANCE = "governance", _("Gouvernance")
    DIGITAL_TOOLS = "digital_tools", _("Outils numériques")
    EQUIPMENT = "equipment", _("Équipement")
    SKILLS = "skills", _("Compétences")
    ACCESSIBILITY = "accessibility", _("Accessibilité")
    ECODESIGN = "ecodesign", _("Écoconception")
    COMMUNICATION = "communication", _("Communication")
    HIRING = "hiring", _("Recrutement")
    PREMISES = "premises", _("Locaux")
    SUPPORT = "support", _("Accompagnement")


class QuestionKind(models.TextChoices):
    """The kinds of a diagnostic question (a scale is a single choice shown in a row)."""

    SINGLE = "single", _("Choix unique")
    MULTIPLE = "multiple", _("Choix multiples")
    SCALE = "scale", _("Échelle")
