"""The forwarding task on django-tasks' RQ backend, against the Redis server on loopback."""

import uuid

import pytest
import redis

from tracking.models import Statement
from tracking.tasks import statements_forward_task

from . import factories

pytestmark = pytest.mark.django_db

REDIS = {"HOST": "127.0.0.1", "PORT": 6379, "DB": 0}


@pytest.fixture
def rq_queue(settings):
    try:
        redis.Redis(host=REDIS["HOST"], port=REDIS["PORT"]).ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not answering on 127.0.0.1:6379 (.ci/run starts it)")
    name = f"tremplin-test-{uuid.uuid4().hex[:8]}"
    settings.RQ_QUEUES = {name: REDIS, "default": REDIS}  # "default": where results are read
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [name]}}
    yield name
    import django_rq

    queue = django_rq.get_queue(name)
    queue.empty()
    queue.delete(delete_jobs=True)


def test_the_forward_task_runs_on_an_rq_worker(user, with_ralph, rq_queue):
    import django_rq
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    rows = factories.record(user, n=4)
    result = statements_forward_task.using(queue_name=rq_queue).enqueue()
    queue = django_rq.get_queue(rq_queue, job_class=Job)
    assert queue.count == 1
    assert with_ralph.stored() == []

    # A burst worker in this process (SimpleWorker: no fork), so it shares the test database.
    worker = SimpleWorker([queue], connection=queue.connection, job_class=Job)
    assert worker.work(burst=True)

    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(
        str(row.statement_id) for row in rows
    )
    assert set(Statement.objects.values_list("forward_state", flat=True)) == {"sent"}
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert result.return_value == {"batches": 1, "sent": 4, "rejected": 0, "postponed": 0}


@pytest.mark.django_db(transaction=True)
def test_commits_queue_one_task_while_it_waits_with_the_redis_cache(
    user, with_ralph, rq_queue, settings, monkeypatch
):
    """Production's setup: RQ workers and a Redis cache shared with the web processes."""
    import django_rq
    from django.db import transaction
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    from tracking import tasks

    # The task as queued after a commit, sent to this test's own queue.
    monkeypatch.setattr(
        tasks, "statements_forward_task", statements_forward_task.using(queue_name=rq_queue)
    )
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://{REDIS['HOST']}:{REDIS['PORT']}/{REDIS['DB']}",
            "KEY_PREFIX": rq_queue,  # this test's own keys
        }
    }
    queue = django_rq.get_queue(rq_queue, job_class=Job)
    rows = []
    for _ in range(3):
        with transaction.atomic():
            rows += factories.record(user, n=2)
    assert queue.count == 1

    worker = SimpleWorker([queue], connection=queue.connection, job_class=Job)
    assert worker.work(burst=True)
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(
        str(row.statement_id) for row in rows
    )

    with transaction.atomic():
        factories.record(user)
    assert queue.count == 1  # the task started, so this commit queued the next one
    assert worker.work(burst=True)
    assert len(with_ralph.stored()) == 7
