"""What higher apps (certificates, cohorts) may import from the courses app."""

from .competency_selectors import content_competency_ids
from .selectors import enrolment_active_get

__all__ = ["content_competency_ids", "enrolment_active_get"]
