"""Queueing the forwarding task after a commit: one task waits at a time when the web and worker
processes share a cache; a worker that starts it lets the next commit queue another."""

import socket
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from freezegun import freeze_time

from tracking import services
from tracking.models import Statement

from . import factories
from .conftest import lrs_settings

# Real commits: the after-commit callbacks run as they do in production.
pytestmark = pytest.mark.django_db(transaction=True)


def queued_tasks():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path__endswith="statements_forward_task", status="READY"
    ).count()


def commit(user, n=1):
    """n statements in one transaction."""
    with transaction.atomic():
        factories.record(user, n=n)


@pytest.fixture
def db_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return settings


@pytest.fixture
def shared_cache(db_tasks, tmp_path):
    """A cache that several processes on the machine share (files), as Redis is in production."""
    db_tasks.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    return db_tasks


def test_with_a_shared_cache_one_task_waits_for_several_commits(user, with_ralph, shared_cache):
    for _ in range(3):
        commit(user, n=2)
    assert queued_tasks() == 1
    assert with_ralph.stored() == []

    # The worker runs the one task: every statement of the three commits reaches the LRS.
    call_command("db_worker", "--batch", "--no-startup-delay", stdout=StringIO())
    assert queued_tasks() == 0
    assert len(with_ralph.stored()) == 6
    assert set(Statement.objects.values_list("forward_state", flat=True)) == {"sent"}

    # The task cleared the flag as it started: the next commit queues a new one.
    commit(user)
    assert queued_tasks() == 1


def test_a_commit_after_the_task_started_queues_another(user, with_ralph, shared_cache):
    """A task that has started may have made its last claim already: a statement committed
    then must not wait for it."""
    from tracking.tasks import statements_forward_task

    commit(user)
    assert queued_tasks() == 1
    statements_forward_task.call()  # what a worker runs; the queued row stays READY here
    commit(user)
    assert queued_tasks() == 2


def test_a_per_process_cache_queues_a_task_per_commit(user, db_tasks):
    """The test settings' memory cache is not shared with a worker, which could not clear the
    flag: every commit queues its task, as without the flag."""
    lrs_settings(db_tasks, "http://127.0.0.1:9/xAPI/")
    for _ in range(3):
        commit(user)
    assert queued_tasks() == 3


def test_the_flag_expires_if_the_queued_task_is_lost(user, shared_cache):
    from django_tasks_db.models import DBTaskResult

    lrs_settings(shared_cache, "http://127.0.0.1:9/xAPI/", forward_queued_seconds=1)
    commit(user)
    DBTaskResult.objects.all().delete()  # e.g. a queue emptied by hand
    commit(user)
    assert queued_tasks() == 0  # the flag still says a task waits
    with freeze_time(timezone.now() + timedelta(seconds=1.5)):  # past its timeout
        commit(user)
    assert queued_tasks() == 1
    assert Statement.objects.filter(forward_state="pending").count() == 3


def test_a_task_that_could_not_be_queued_leaves_no_flag(user, shared_cache, monkeypatch, caplog):
    from django.core.cache import cache

    from tracking.tasks import statements_forward_task

    lrs_settings(shared_cache, "http://127.0.0.1:9/xAPI/")

    def broken_enqueue(*args, **kwargs):
        raise ConnectionError("queue unavailable")

    with monkeypatch.context() as patch:
        patch.setattr(type(statements_forward_task), "enqueue", broken_enqueue)
        commit(user)
    assert "Could not enqueue the xAPI forwarding task" in caplog.text
    assert cache.get(services.FORWARD_QUEUED_KEY) is None
    assert Statement.objects.filter(forward_state="pending").count() == 1  # kept, not lost
    commit(user)
    assert queued_tasks() == 1


def test_an_unreachable_cache_still_queues_the_task(user, db_tasks, caplog):
    """Redis down: the commit is not affected and the task is queued anyway."""
    with socket.socket() as sock:  # bound, not listening: connections are refused
        sock.bind(("127.0.0.1", 0))
        db_tasks.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": f"redis://127.0.0.1:{sock.getsockname()[1]}/0",
            }
        }
        lrs_settings(db_tasks, "http://127.0.0.1:9/xAPI/")
        commit(user)
        commit(user)
    assert "Could not read the xAPI forwarding flag" in caplog.text
    assert queued_tasks() == 2
    assert Statement.objects.count() == 2


# One task per transaction, through nested atomic blocks and rollbacks (the test settings'
# per-process cache: every commit that wrote statements queues exactly one task).


class Rollback(Exception):
    pass


@pytest.fixture
def per_process(user, db_tasks):
    lrs_settings(db_tasks, "http://127.0.0.1:9/xAPI/")
    return user


def pending():
    return Statement.objects.filter(forward_state="pending").count()


def test_statements_in_nested_blocks_that_commit_queue_one_task(per_process):
    with transaction.atomic():
        factories.record(per_process)
        with transaction.atomic():
            factories.record(per_process)
            with transaction.atomic():
                factories.record(per_process)
        factories.record(per_process)
    assert (queued_tasks(), pending()) == (1, 4)


def test_a_rolled_back_savepoint_takes_its_callback_and_the_next_statement_registers_one(
    per_process,
):
    with transaction.atomic():
        try:
            with transaction.atomic():
                factories.record(per_process)  # registers the transaction's callback
                raise Rollback
        except Rollback:
            pass
        factories.record(per_process)
    assert (queued_tasks(), pending()) == (1, 1)


def test_a_rolled_back_savepoint_keeps_a_callback_registered_before_it(per_process):
    with transaction.atomic():
        factories.record(per_process)
        try:
            with transaction.atomic():
                factories.record(per_process)
                raise Rollback
        except Rollback:
            pass
    assert (queued_tasks(), pending()) == (1, 1)


def test_a_savepoint_rolled_back_after_an_inner_one_committed(per_process):
    with transaction.atomic():
        try:
            with transaction.atomic():
                with transaction.atomic():
                    factories.record(per_process)  # registered in both savepoints
                factories.record(per_process)
                raise Rollback
        except Rollback:
            pass
        assert queued_tasks() == 0
        factories.record(per_process)
    assert (queued_tasks(), pending()) == (1, 1)


def test_only_rolled_back_statements_queue_nothing(per_process):
    with transaction.atomic():
        try:
            with transaction.atomic():
                factories.record(per_process, n=2)
                raise Rollback
        except Rollback:
            pass
    assert (queued_tasks(), pending()) == (0, 0)


def test_a_transaction_rolled_back_leaves_nothing_for_the_next(per_process):
    with pytest.raises(Rollback), transaction.atomic():
        factories.record(per_process)
        raise Rollback
    commit(per_process, n=2)
    assert (queued_tasks(), pending()) == (1, 2)


def test_each_transaction_queues_its_own_task(per_process):
    commit(per_process)
    commit(per_process, n=3)
    factories.record(per_process)  # autocommit: a transaction of its own
    assert (queued_tasks(), pending()) == (3, 5)


def test_a_batch_with_savepoints_queues_one_task(per_process):
    from tracking import api as tracking

    with transaction.atomic():
        with tracking.statements_batch():
            factories.record(per_process)
            try:
                with transaction.atomic():
                    factories.record(per_process)  # written at once, with its savepoint
                    raise Rollback
            except Rollback:
                pass
            factories.record(per_process)
        with transaction.atomic():
            factories.record(per_process)
    assert (queued_tasks(), pending()) == (1, 3)
