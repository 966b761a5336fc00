"""Settings of the tracking app, read at call time (TREMPLIN_*), with their defaults.

The environment variables of a deployment are read once in config/settings/base.py.
"""

from django.conf import settings

DEFAULTS = {
    "TREMPLIN_LRS_ENDPOINT": "",
    "TREMPLIN_LRS_USERNAME": "",
    "TREMPLIN_LRS_PASSWORD": "",
    # Statements per POST. Ralph and Learning Locker take a few hundred without trouble.
    "TREMPLIN_LRS_BATCH_SIZE": 100,
    # Seconds to open a connection, then to wait for the answer.
    "TREMPLIN_LRS_CONNECT_TIMEOUT": 5.0,
    "TREMPLIN_LRS_READ_TIMEOUT": 30.0,
    # Retry delays after a 5xx, a timeout or a refused connection: base * 2**(attempt - 1),
    # capped, with jitter.
    "TREMPLIN_LRS_BACKOFF_BASE": 10.0,
    "TREMPLIN_LRS_BACKOFF_MAX": 3600.0,
    # How long a worker owns the batch it claimed; a worker that died lets it go after this.
    "TREMPLIN_LRS_CLAIM_SECONDS": None,  # None: derived from the timeouts, see claim_seconds()
    "TREMPLIN_LRS_CLIENT": "tracking.client.LRSClient",
    # With a cache shared by the web and worker processes, a commit queues no forwarding task
    # while one is waiting to start; this long at most, in case the queued task was lost.
    "TREMPLIN_LRS_FORWARD_QUEUED_SECONDS": 60,
}


def _get(name):
    return getattr(settings, name, DEFAULTS[name])


def lrs_endpoint():
    """The LRS's xAPI base URL (e.g. https://lrs.example.org/xAPI/), or "" when none is set."""
    return (_get("TREMPLIN_LRS_ENDPOINT") or "").strip()


def lrs_configured():
    return bool(lrs_endpoint())


def lrs_username():
    return _get("TREMPLIN_LRS_USERNAME") or ""


def lrs_password():
    return _get("TREMPLIN_LRS_PASSWORD") or ""


def batch_size():
    return _get("TREMPLIN_LRS_BATCH_SIZE")


def connect_timeout():
    return _get("TREMPLIN_LRS_CONNECT_TIMEOUT")


def read_timeout():
    return _get("TREMPLIN_LRS_READ_TIMEOUT")


def backoff_base():
    return _get("TREMPLIN_LRS_BACKOFF_BASE")


def backoff_max():
    return _get("TREMPLIN_LRS_BACKOFF_MAX")


def claim_seconds_setting():
    return _get("TREMPLIN_LRS_CLAIM_SECONDS")


def claim_seconds():
    """Long enough for a batch and its split retries to time out a few times over."""
    value = claim_seconds_setting()
    if value is not None:
        return value
    return max(60.0, 4 * (connect_timeout() + read_timeout()))


def forward_queued_seconds():
    return _get("TREMPLIN_LRS_FORWARD_QUEUED_SECONDS")


def client_path():
    return _get("TREMPLIN_LRS_CLIENT")


def base_url():
    """The site's public base URL: homePage of the actors and root of the activity IRIs."""
    url = getattr(settings, "TREMPLIN_BASE_URL", "") or getattr(
        settings, "WAGTAILADMIN_BASE_URL", ""
    )
    return (url or "").rstrip("/")
