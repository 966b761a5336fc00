"""The errors the learner's services raise (forms and views show their messages)."""

from django.core.exceptions import PermissionDenied, ValidationError


class NotEnrolledError(PermissionDenied):
    """The learner is not enrolled in the course this lesson or quiz belongs to."""


class EnrolmentError(ValidationError):
    pass


class QuizSubmissionError(ValidationError):
    pass
