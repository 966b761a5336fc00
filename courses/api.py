"""What higher apps (certificates, cohorts) may import from the courses app."""

from .selectors import enrolment_active_get
from .selectors.competencies import content_competency_ids

__all__ = ["content_competency_ids", "enrolment_active_get"]
