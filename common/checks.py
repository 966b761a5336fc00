"""System checks of the shared mechanisms."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security)
def private_storage_outside_media_check(app_configs, **kwargs):
    """A private storage on the file system must not sit inside MEDIA_ROOT, where whatever
    serves media (a web server, `static()` in development) would hand its files to anyone."""
    from pathlib import Path

    from django.core.files.storage import FileSystemStorage, InvalidStorageError, storages

    try:
        storage = storages["private"]
    except (InvalidStorageError, ImportError) as exc:
        return [Error(f'STORAGES["private"] is missing or invalid: {exc}', id="common.E001")]
    if not isinstance(storage, FileSystemStorage):
        return []
    private = Path(storage.location).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if private == media or media in private.parents:
        return [
            Error(
                f"The private storage ({private}) is inside MEDIA_ROOT ({media}): its files "
                "would be served to anyone. Set TREMPLIN_PRIVATE_ROOT outside MEDIA_ROOT.",
                id="common.E001",
            )
        ]
    return []
