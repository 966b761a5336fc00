"""System checks of the LRS settings (tracking.E001-E004)."""

from urllib.parse import urlsplit

from django.core.checks import Error, register

from . import conf


def _is_http_url(value):
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _is_positive_number(value):
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


@register()
def lrs_settings_check(app_configs, **kwargs):
    errors = []
    endpoint = conf.lrs_endpoint()
    if endpoint and not _is_http_url(endpoint):
        errors.append(
            Error(
                f"TREMPLIN_LRS_ENDPOINT must be an http(s) URL, got {endpoint!r}.",
                hint="The LRS's xAPI base URL, e.g. https://lrs.example.org/xAPI/",
                id="tracking.E001",
            )
        )
    if endpoint and not (conf.lrs_username() and conf.lrs_password()):
        errors.append(
            Error(
                "TREMPLIN_LRS_USERNAME and TREMPLIN_LRS_PASSWORD are required with "
                "TREMPLIN_LRS_ENDPOINT (HTTP Basic authentication).",
                id="tracking.E002",
            )
        )
    batch = conf.batch_size()
    if not (isinstance(batch, int) and not isinstance(batch, bool) and batch > 0):
        errors.append(
            Error(
                f"TREMPLIN_LRS_BATCH_SIZE must be a positive integer, got {batch!r}.",
                id="tracking.E003",
            )
        )
    for name, value in (
        ("TREMPLIN_LRS_CONNECT_TIMEOUT", conf.connect_timeout()),
        ("TREMPLIN_LRS_READ_TIMEOUT", conf.read_timeout()),
        ("TREMPLIN_LRS_BACKOFF_BASE", conf.backoff_base()),
        ("TREMPLIN_LRS_BACKOFF_MAX", conf.backoff_max()),
        ("TREMPLIN_LRS_CLAIM_SECONDS", conf.claim_seconds_setting()),
    ):
        if value is None and name == "TREMPLIN_LRS_CLAIM_SECONDS":
            continue  # derived from the timeouts
        if not _is_positive_number(value):
            errors.append(
                Error(
                    f"{name} must be a positive number of seconds, got {value!r}.",
                    id="tracking.E003",
                )
            )
    if not _is_http_url(conf.base_url()):
        errors.append(
            Error(
                "The site's base URL (TREMPLIN_BASE_URL / WAGTAILADMIN_BASE_URL) must be an "
                f"absolute http(s) URL: xAPI actors and activity IRIs are built on it; got "
                f"{conf.base_url()!r}.",
                id="tracking.E004",
            )
        )
    return errors
