"""What courses, lessons and quizzes declare about competencies (issue 5): "develops competency C
at level L", and for a quiz "assesses C at L". Inline panels on the pages; the competencies app
is referred to by string (it is lower: STYLE.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from competencies import api as competencies


class CompetencyMapping(Orderable):
    competency = models.ForeignKey(
        "competencies.Competency",
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"kind": "competency"},
        verbose_name=_("compétence"),
    )
    level = models.ForeignKey(
        "competencies.ProficiencyLevel",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("niveau"),
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("level")])]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.competency} ({self.level})"

    def clean(self):
        competencies.level_framework_clean(self)


class CourseCompetency(CompetencyMapping):
    """Completing the whole course makes the level proficient (docs/competencies.md)."""

    page = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="competency_mappings"
    )

    class Meta(CompetencyMapping.Meta):
        verbose_name = _("compétence développée par le cours")
        verbose_name_plural = _("compétences développées par le cours")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "competency", "level"], name="courses_coursecompetency_unique"
            )
        ]


class LessonCompetency(CompetencyMapping):
    """Completing the lesson evidences the level."""

    page = ParentalKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="competency_mappings"
    )

    class Meta(CompetencyMapping.Meta):
        verbose_name = _("compétence développée par la leçon")
        verbose_name_plural = _("compétences développées par la leçon")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "competency", "level"], name="courses_lessoncompetency_unique"
            )
        ]


class QuizCompetency(CompetencyMapping):
    """Passing the quiz evidences the level ("develops") or makes it proficient ("assesses")."""

    class Kind(models.TextChoices):
        DEVELOPS = "develops", _("développe")
        ASSESSES = "assesses", _("évalue")

    page = ParentalKey(
        "courses.QuizPage", on_delete=models.CASCADE, related_name="competency_mappings"
    )
    kind = models.CharField(
        _("rôle du quiz"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.DEVELOPS,
        help_text=_(
            "« Évalue » : réussir le quiz prouve la maîtrise de ce niveau ; « développe » : "
            "il y contribue seulement."
        ),
    )

    panels = [FieldRowPanel([FieldPanel("competency"), FieldPanel("level"), FieldPanel("kind")])]

    class Meta(CompetencyMapping.Meta):
        verbose_name = _("compétence du quiz")
        verbose_name_plural = _("compétences du quiz")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "competency", "level", "kind"],
                name="courses_quizcompetency_unique",
            )
        ]
