"""System checks of the certificates app (settings read at call time, see conf.py)."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def signing_key_check(app_configs, **kwargs):
    """In production a signing key must be configured: a key created on the fly (DEBUG)
    would sign certificates no one keeps."""
    from . import conf
    from .keys import SigningKeyMissingError, private_key_from_pem

    if settings.DEBUG:
        return []
    try:
        pem = conf.signing_key_pem()
        path = conf.signing_key_file()
        if pem:
            private_key_from_pem(pem)
        elif path is None or not path.exists():
            raise SigningKeyMissingError(
                "No certificate signing key: set TREMPLIN_CERTIFICATES_SIGNING_KEY or run "
                "`python manage.py certificates_keygen`."
            )
        else:
            private_key_from_pem(path.read_text(encoding="ascii"))
    except (SigningKeyMissingError, ValueError) as exc:
        return [Error(str(exc), id="certificates.E001")]
    return []


@register()
def base_url_check(app_configs, **kwargs):
    from . import conf

    if not conf.base_url().startswith(("https://", "http://")):
        return [
            Error(
                "TREMPLIN_CERTIFICATES_BASE_URL (or WAGTAILADMIN_BASE_URL) must be an absolute "
                "http(s) URL: it is printed on every certificate.",
                id="certificates.E002",
            )
        ]
    return []
