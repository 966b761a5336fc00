"""What higher apps (certificates, cohorts, config) may import from the courses app."""

from django.utils.translation import gettext_lazy as _

from .blocks import RICH_TEXT_FEATURES, LessonBodyBlock
from .models import CoursePage, LearningPathPage, LessonPage
from .models.competencies import CompetencyMapping
from .selectors import enrolment_active_get
from .selectors.competencies import content_competency_ids

# The page types the site search finds (config/search.py), with the label of each kind.
SEARCHED_PAGE_TYPES = (
    (LearningPathPage, _("Parcours")),
    (CoursePage, _("Cours")),
    (LessonPage, _("Leçon")),
)

# Pages of other apps reuse the lessons' blocks and their competency mapping ("develops
# competency C at level L", checked against the framework) instead of copying them:
# `StreamField(LessonBodyBlock())`, `class StepCompetency(CompetencyMapping)` with its own
# ParentalKey named `page`.
LESSON_BODY_BLOCK = LessonBodyBlock
LESSON_RICH_TEXT_FEATURES = RICH_TEXT_FEATURES
LINKABLE_PAGE_TYPES = ("courses.LessonPage", "courses.CoursePage")

__all__ = [
    "LESSON_BODY_BLOCK",
    "LESSON_RICH_TEXT_FEATURES",
    "LINKABLE_PAGE_TYPES",
    "SEARCHED_PAGE_TYPES",
    "CompetencyMapping",
    "CoursePage",
    "LessonPage",
    "content_competency_ids",
    "enrolment_active_get",
]
