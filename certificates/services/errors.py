"""The error the certificate services raise (a ValidationError: forms show its message)."""

from django.core.exceptions import ValidationError


class CertificateError(ValidationError):
    pass
