"""Queueing the forwarding task after a commit: one task per transaction however many
statements it wrote, and none while one is already waiting to start."""

import logging
import weakref

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction

from .. import conf

logger = logging.getLogger(__name__)

# Set while a forwarding task is queued and has not started (tasks.py clears it as it starts).
FORWARD_QUEUED_KEY = "tracking:forward-task-queued"


def _forward_queued_cache():
    """The cache that says whether a forwarding task is waiting, when the web and worker
    processes share it (Redis, files, database); None for a per-process one (memory, dummy),
    which a worker could not clear."""
    cache = caches["default"]
    return None if isinstance(cache, LocMemCache | DummyCache) else cache


def forward_task_started():
    """Called by the forwarding task first thing: from now on, statements committed later may
    come after its last claim, so the next commit queues a new task."""
    cache = _forward_queued_cache()
    if cache is not None:
        _forward_flag_clear(cache)


def _forward_flag_clear(cache):
    try:
        cache.delete(FORWARD_QUEUED_KEY)
    except Exception:
        # Left set, the flag expires after forward_queued_seconds(); nothing is lost.
        logger.exception("Could not clear the xAPI forwarding flag")


def forward_enqueue():
    """Make sure a forwarding task will run. A task that is queued and has not started yet
    sends these statements too (it claims every due row when it runs): while one waits, no
    other is queued. The flag expires after forward_queued_seconds(), so a task lost from its
    queue holds nothing back for longer."""
    from ..tasks import statements_forward_task

    cache = _forward_queued_cache()
    if cache is not None:
        try:
            if not cache.add(FORWARD_QUEUED_KEY, True, timeout=conf.forward_queued_seconds()):
                return
        except Exception:
            logger.exception("Could not read the xAPI forwarding flag; queueing a task")
            cache = None
    try:
        statements_forward_task.enqueue()
    except Exception:
        # The statements are safe in the database; the next task or `xapi_forward` sends them.
        logger.exception("Could not enqueue the xAPI forwarding task")
        if cache is not None:
            _forward_flag_clear(cache)


class _EnqueueOnCommit:
    """The after-commit callback of one transaction. Django holds the only strong reference
    to it (in the connection's list of callbacks): when a rollback, of the transaction or of
    a savepoint the callback was registered in, makes Django drop it, the weak reference in
    _registered dies with it, and the next statement registers a new one."""

    __slots__ = ("__weakref__", "connection")

    def __init__(self, connection):
        self.connection = connection

    def __call__(self):
        if _registered_get(self.connection) is self:
            del _registered[self.connection]
        forward_enqueue()


# Connection -> weak reference to the callback it will run after its commit. Keyed by the
# connection object (one per thread), weakly, so that a closed connection leaves nothing.
_registered = weakref.WeakKeyDictionary()


def _registered_get(connection):
    ref = _registered.get(connection)
    return ref() if ref is not None else None


def forward_after_commit():
    """Queue a forwarding task after the current transaction commits (at once outside one):
    once per transaction, however many statements it wrote.

    A flag of our own, not Django's list of callbacks: the callback registered by the
    transaction's first statement, weakly referenced per connection. It stays registered
    while Django keeps it: through nested atomic blocks that commit, not through a rollback
    of the savepoint it was registered in (Django drops it, the next statement registers
    another) nor of the whole transaction. It clears the flag when it runs, so the next
    transaction registers its own."""
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        transaction.on_commit(forward_enqueue)  # autocommit: at once
        return
    if _registered_get(connection) is not None:
        return
    callback = _EnqueueOnCommit(connection)
    _registered[connection] = weakref.ref(callback)
    transaction.on_commit(callback)
