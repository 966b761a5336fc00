"""The recovery on django-tasks' RQ backend, against the Redis server on loopback: a job whose
worker died (its heartbeat in rq's started registry expired) is queued again and runs."""

import pytest

from common import tasks
from tests.tracking.test_tasks_rq import rq_queue  # noqa: F401 - the fixture
from tracking.tasks import statements_forward_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(rq_queue):  # noqa: F811 - the fixture imported above
    """The test's own RQ queue (tracking's fixture sets the RQ backend on it), with
    django-tasks-rq's job class."""
    import django_rq
    from django_tasks_rq.backend import Job

    return django_rq.get_queue(rq_queue, job_class=Job)


def started_by_a_worker_that_died(queue):
    """A real rq worker takes the job (started registry, heartbeat), then dies: its heartbeat
    is made to have expired a second ago, as it would have 90 s after the death."""
    from rq.registry import StartedJobRegistry

    worker = tasks.RQWorker([queue], connection=queue.connection, job_class=queue.job_class)
    worker.register_birth()
    job, _queue = worker.dequeue_job_and_maintain_ttl(timeout=None)
    worker.prepare_execution(job)  # as the main worker process does, then its work horse:
    worker.prepare_job_execution(job)
    registry = StartedJobRegistry(queue=queue)
    entries = queue.connection.zrange(registry.key, 0, -1)
    assert len(entries) == 1 and job.get_status() == "started"
    queue.connection.zadd(registry.key, {entries[0]: 1})  # expired in 1970
    worker.register_death()
    return job


def run_burst(queue):
    from rq import SimpleWorker

    worker = SimpleWorker([queue], connection=queue.connection, job_class=queue.job_class)
    return worker.work(burst=True)


def test_an_abandoned_job_is_queued_again_and_runs(queue):
    result = statements_forward_task.using(queue_name=queue.name).enqueue()
    job = started_by_a_worker_that_died(queue)
    assert job.id == result.id
    assert queue.count == 0

    assert tasks.tasks_recover() == {"default": [result.id]}
    assert queue.count == 1
    assert run_burst(queue)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert tasks.tasks_recover() == {"default": []}


def test_the_worker_class_recovers_when_it_cleans_its_registries(queue):
    result = statements_forward_task.using(queue_name=queue.name).enqueue()
    started_by_a_worker_that_died(queue)
    worker = tasks.RQWorker([queue], connection=queue.connection)
    worker.clean_registries()
    assert queue.job_ids == [result.id]


def test_a_job_that_failed_by_raising_is_not_retried(queue):
    from rq.registry import FailedJobRegistry

    result = statements_forward_task.using(queue_name=queue.name).enqueue()
    job = queue.fetch_job(result.id)
    job.meta["_django_tasks_rq_exceptions"] = ["builtins.ValueError"]
    job.save_meta()
    FailedJobRegistry(queue=queue).add(job, exc_string="ValueError")
    queue.remove(job)
    assert tasks.tasks_recover() == {"default": []}
    assert queue.count == 0


def test_health_counts_the_rq_workers(queue, capsys):
    from django.core.management import call_command

    with pytest.raises(SystemExit) as exit_:
        call_command("tasks_health")
    assert exit_.value.code == tasks.CRITICAL
    assert f"no RQ worker on queue(s) {queue.name}" in capsys.readouterr().out
    worker = tasks.RQWorker([queue], connection=queue.connection)
    worker.register_birth()
    try:
        with pytest.raises(SystemExit) as exit_:
            call_command("tasks_health")
        assert exit_.value.code == tasks.OK
        assert f"1 RQ worker(s) on queue(s) {queue.name}" in capsys.readouterr().out
    finally:
        worker.register_death()
