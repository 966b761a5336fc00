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
