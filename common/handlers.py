"""Receivers of the shared mechanisms (connected in common/apps.py)."""

from .cache import versions_expire
from .middleware import SiteCacheMiddleware


def sites_changed(**kwargs):
    """A Site was saved or deleted: every process finds its sites again on its next request."""
    versions_expire([SiteCacheMiddleware.VERSION_KEY])
