"""The errors the launchpad's services raise; forms and views show their messages."""

from django.core.exceptions import ValidationError


class ProjectError(ValidationError):
    pass


class InvitationError(ValidationError):
    pass


class StepConflictError(ValidationError):
    """Another member saved the step since the form was read. `current` is the step as saved
    now and `changes` what they changed ({field: [what the form was read with, now]})."""

    def __init__(self, message, *, current, changes):
        super().__init__(message, code="conflict")
        self.current = current
        self.changes = changes


class DiagnosticError(ValidationError):
    """Answers that do not fit the diagnostic; `message_dict` by question id when it is about
    one question."""


class SpecificationConflictError(ValidationError):
    """Another member saved the specification since the form was read (as StepConflictError)."""

    def __init__(self, message, *, current, changes):
        super().__init__(message, code="conflict")
        self.current = current
        self.changes = changes
