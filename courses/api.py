"""What higher apps (certificates, cohorts, config) may import from the courses app."""

from django.utils.translation import gettext_lazy as _

from .models import CoursePage, LearningPathPage, LessonPage
from .selectors import enrolment_active_get
from .selectors.competencies import content_competency_ids

# The page types the site search finds (config/search.py), with the label of each kind.
SEARCHED_PAGE_TYPES = (
    (LearningPathPage, _("Parcours")),
    (CoursePage, _("Cours")),
    (LessonPage, _("Leçon")),
)

__all__ = ["SEARCHED_PAGE_TYPES", "content_competency_ids", "enrolment_active_get"]
