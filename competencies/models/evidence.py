"""The facts behind a learner's competency profile."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .frameworks import Competency, ProficiencyLevel
from .validators import level_framework_clean


class CompetencyEvidence(models.Model):
    """One fact behind a learner's competency profile: a learning event (a lesson or a course
    completed, a quiz passed) that a higher app mapped to a competency at a level.

    Written by courses through `competencies.api.evidence_record`, inside the transaction of
    the progress change; never updated. The profile is computed from these rows (see
    docs/competencies.md, "Learner competency profile")."""

    class Kind(models.TextChoices):
        EVIDENCED = "evidenced", _("attesté")
        PROFICIENT = "proficient", _("acquis")

    class Source(models.TextChoices):
        LESSON = "lesson", _("leçon")
        QUIZ = "quiz", _("quiz")
        COURSE = "course", _("cours")
        LAUNCH_STEP = "launch_step", _("étape de lancement de projet")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="competency_evidence",
        verbose_name=_("apprenant·e"),
    )
    competency = models.ForeignKey(
        Competency, on_delete=models.CASCADE, related_name="evidence", verbose_name=_("compétence")
    )
    level = models.ForeignKey(
        ProficiencyLevel,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("niveau"),
    )
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    source_type = models.CharField(_("type de source"), max_length=20, choices=Source.choices)
    source_key = models.UUIDField(
        _("clé de traduction de la source"),
        help_text=_("La même pour toutes les langues de la leçon, du quiz ou du cours."),
    )
    source_page_id = models.PositiveIntegerField(_("page source"), null=True, blank=True)
    source_title = models.CharField(_("titre de la source"), max_length=255)
    occurred_at = models.DateTimeField(_("date"))

    class Meta:
        verbose_name = _("preuve de compétence")
        verbose_name_plural = _("preuves de compétences")
        ordering = ["occurred_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "competency", "level", "kind", "source_type", "source_key"],
                name="competencies_evidence_unique",
            )
        ]
        indexes = [models.Index(fields=["user", "competency"])]

    def __str__(self):
        return f"{self.user_id} · {self.competency_id} · {self.level_id} · {self.kind}"

    def clean(self):
        level_framework_clean(self)
