"""The private file storage: files that only a view checking permissions may hand out
(certificate PDFs now; attendance sheets and exports later).

`STORAGES["private"]` names it (config/settings/base.py): by default a FileSystemStorage in
TREMPLIN_PRIVATE_ROOT, outside MEDIA_ROOT, so that no web server or `static()` route that
serves media can reach it; in production any Django storage (a private S3 bucket...). Its files
have no public URL: serve them with a view (FileResponse over `storage.open`) or a signed,
expiring link to such a view. docs/deploy.md, "Media and private files".

A model field refers to it through the callable, so that migrations name the callable and not
the backend of the day::

    pdf = models.FileField(storage=private_storage, ...)
"""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class PrivateFileSystemStorage(FileSystemStorage):
    """A FileSystemStorage whose files have no URL: asking for one is a mistake to catch."""

    def url(self, name):
        raise ValueError(f"{name!r} is a private file: serve it through a view, never by URL.")


class _PrivateStorage(LazyObject):
    def _setup(self):
        self._wrapped = storages["private"]


_private = _PrivateStorage()


def private_storage():
    """The storage of STORAGES["private"], looked up when first used (and again after the
    STORAGES setting changes, as Django does for default_storage)."""
    return _private


@receiver(setting_changed)
def _storages_changed(*, setting, **kwargs):
    if setting in ("STORAGES", "TREMPLIN_PRIVATE_ROOT"):
        _private._wrapped = empty
