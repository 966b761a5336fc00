"""What higher apps (certificates, cohorts, config) may import from the courses app."""

from django.utils.translation import gettext_lazy as _

from .competency_selectors import content_competency_ids
from .models import CoursePage, LearningPathPage, LessonPage
from .selectors import enrolment_active_get

# The page types the site search finds (config/search.py), with the label of each kind.
SEARCHED_PAGE_TYPES = (
    (LearningPathPage, _("Parcours")),
    (CoursePage, _("Cours")),
    (LessonPage, _("Leçon")),
)

__all__ = ["SEARCHED_PAGE_TYPES", "content_competency_ids", "enrolment_active_get"]
