"""Versioned cache keys: a family of cached values that one write expires at once.

A family (every route of the site, the outline of one course, what one learner has done) has a
version: a random token stored under the family's version key. Its values are cached under keys
that contain the current version, so dropping the version key makes them all unreachable at
once (they age out) without listing them.

Expiring drops the version now and again after the commit: a request that read the database
before the commit may have cached old data under the version dropped first.

Every key also carries the release (settings: CACHES' KEY_PREFIX, common/release.py), so that
a deploy never unpickles a value cached by the code of the previous one.
"""

import uuid

from django.core.cache import cache
from django.db import transaction

# A version lives until it is expired; this only lets the versions of families nobody reads any
# more (a deleted course, the previous release's keys) leave a cache that never evicts them.
VERSION_SECONDS = 30 * 24 * 3600


def version_get(key, *, timeout=VERSION_SECONDS):
    """The current version of the family whose version lives under `key` (one cache read; a
    new version if there is none)."""
    version = cache.get(key)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(key, version, timeout=timeout):  # another request set it first
            version = cache.get(key) or version
    return version


def versions_get(keys, *, timeout=VERSION_SECONDS):
    """{version key: version} of several families in one cache read (and one write for those
    that have none; two requests racing there only cost one of them a miss)."""
    versions = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in versions}
    if missing:
        cache.set_many(missing, timeout=timeout)
        versions.update(missing)
    return versions


def versions_expire(keys):
    """Forget these families' values: now, and again after the commit."""
    keys = list(keys)
    if not keys:
        return
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
