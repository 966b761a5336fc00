"""Lists shared by the launchpad's models, data files and forms: one home for each."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    IDEA = "idea", _("Idée")
    STUDY = "study", _("Étude")
    LAUNCH = "launch", _("Lancement")
    CONSOLIDATION = "consolidation", _("Consolidation")
