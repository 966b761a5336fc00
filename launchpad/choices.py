"""Lists shared by the launchpad's models, data files and forms: one home for each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    IDEA = "idea", _("Idée")
    STUDY = "study", _("Étude")
    LAUNCH = "launch", _("Lancement")
    CONSOLIDATION = "consolidation", _("Consolidation")


class NeedCategory(models.TextChoices):
    """The needs a diagnostic answer records: a fixed list, so that cohorts and the public map
    of needs can add them up across projects."""

    FUNDING = "funding", _("Financement")
    LEGAL_FORM = "legal_form", _("Forme juridique")
    GOVERNANCE = "governance", _("Gouvernance")
    DIGITAL_TOOLS = "digital_tools", _("Outils numériques")
    EQUIPMENT = "equipment", _("Équipement")
    SKILLS = "skills", _("Compétences")
    ACCESSIBILITY = "accessibility", _("Accessibilité")
    ECO_DESIGN = "eco_design", _("Écoconception")
    COMMUNICATION = "communication", _("Communication")
    HIRING = "hiring", _("Recrutement")
    PREMISES = "premises", _("Locaux")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Choix unique")
    MULTIPLE = "multiple", _("Choix multiples")
    SCALE = "scale", _("Échelle")
