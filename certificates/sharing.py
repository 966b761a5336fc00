"""Signed, expiring links to a certificate's PDF, for a holder who wants to send the file itself
(to a recruiter, say) rather than the public verification page.

The token is Django's signing of the certificate's id (SECRET_KEY, a salt of its own, a
timestamp): nobody can make one for another certificate, and it stops working after
TREMPLIN_CERTIFICATES_PDF_LINK_MAX_AGE seconds. The link serves the PDF only while the
certificate stands (not revoked, holder not erased)."""

from django.core import signing

from . import conf

SALT = "certificates.pdf-link"


def pdf_link_token(certificate):
    return signing.dumps(str(certificate.pk), salt=SALT)


def pdf_link_certificate_pk(token):
    """The certificate id a token names, or None when it is forged, altered or expired."""
    try:
        return signing.loads(token, salt=SALT, max_age=conf.pdf_link_max_age())
    except signing.BadSignature:  # SignatureExpired included
        return None
