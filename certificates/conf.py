"""Settings of the certificates app, read at call time (TREMPLIN_CERTIFICATES_*)."""

from pathlib import Path

from django.conf import settings

CONTEXTS_DIR = Path(__file__).resolve().parent / "contexts"
FONTS_DIR = Path(__file__).resolve().parent / "fonts"


def base_url():
    """Absolute origin printed on certificates and used in credential identifiers."""
    url = getattr(settings, "TREMPLIN_CERTIFICATES_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    return url.rstrip("/")


def signing_key_pem():
    """The Ed25519 private key as PEM text, from the setting (environment) if set."""
    return getattr(settings, "TREMPLIN_CERTIFICATES_SIGNING_KEY", "") or ""


def signing_key_file():
    value = getattr(settings, "TREMPLIN_CERTIFICATES_SIGNING_KEY_FILE", "")
    return Path(value) if value else None


def signing_key_autocreate():
    """Create a key file on first use when none is configured: development only."""
    return getattr(settings, "TREMPLIN_CERTIFICATES_SIGNING_KEY_AUTOCREATE", settings.DEBUG)


def subject_salt_bytes():
    return int(getattr(settings, "TREMPLIN_CERTIFICATES_SALT_BYTES", 16))


def rate_limit():
    """(lookups, seconds): verification lookups allowed per client address and window."""
    return tuple(getattr(settings, "TREMPLIN_CERTIFICATES_RATE_LIMIT", (30, 60)))


def pdf_link_max_age():
    """Seconds a signed link to a certificate's PDF keeps working (certificates/sharing.py)."""
    return int(getattr(settings, "TREMPLIN_CERTIFICATES_PDF_LINK_MAX_AGE", 7 * 24 * 3600))


def upload_max_bytes():
    return int(getattr(settings, "TREMPLIN_CERTIFICATES_UPLOAD_MAX_BYTES", 5 * 1024 * 1024))


def attachment_max_bytes():
    """Largest decompressed embedded credential read from an uploaded PDF."""
    return int(getattr(settings, "TREMPLIN_CERTIFICATES_ATTACHMENT_MAX_BYTES", 256 * 1024))


def status_list_size():
    """Bits in the status list: 131,072 (16 KiB) is the minimum the W3C spec recommends."""
    return int(getattr(settings, "TREMPLIN_CERTIFICATES_STATUS_LIST_SIZE", 131072))


def pdf_renderer():
    return getattr(
        settings, "TREMPLIN_CERTIFICATES_PDF_RENDERER", "certificates.pdf.render_certificate_pdf"
    )
