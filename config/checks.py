from django.conf import settings
from django.core.checks import Tags, Warning, register

LOCAL_MEMORY = "django.core.cache.backends.locmem.LocMemCache"


@register(Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    if settings.CACHES["default"]["BACKEND"] != LOCAL_MEMORY:
        return []
    return [
        Warning(
            "The cache is each process's own memory: with several web processes, a page may "
            "show a learner's progress from before their last action, or an editor's change "
            "late.",
            hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/1) to share one cache, or run "
            "a single web process.",
            id="config.W001",
        )
    ]


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@register(Tags.security, deploy=True)
def public_base_url_check(app_configs, **kwargs):
    """Certificates print the base URL and xAPI identifiers are built on it: in production it
    must be the public origin, not the local default that follows PORT."""
    from urllib.parse import urlsplit

    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or ""
    if host not in LOOPBACK_HOSTS:
        return []
    return [
        Warning(
            f"The site's base URL is {settings.WAGTAILADMIN_BASE_URL}: certificates would "
            "print it and xAPI identifiers would be built on it.",
            hint="Set TREMPLIN_BASE_URL to the public origin (e.g. https://tremplin.example.org).",
            id="config.W002",
        )
    ]
