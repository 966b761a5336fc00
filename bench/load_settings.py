"""Production settings as bench/load.py runs them on loopback: plain HTTP (no secure cookies,
no HTTPS redirect), this run's own prefix in the shared Redis, no e-mail sent."""

import os

from config.settings.production import *  # noqa: F403
from config.settings.production import CACHES, STATIC_ROOT

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
CACHES["default"]["KEY_PREFIX"] = os.environ["TREMPLIN_BENCH_CACHE_PREFIX"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)
