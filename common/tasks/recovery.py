"""The recovery rule applied to each backend: interrupted tasks queued again (the rule is in
the package's docstring)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .conf import time_limit
from .workers import worker_alive

logger = logging.getLogger("common.tasks")

ABANDONED = "rq.exceptions.AbandonedJobError"


def backends():
    """(alias, kind) of each configured task backend: kind is "db", "rq" or None."""
    from django_tasks import task_backends

    found = []
    for alias in getattr(settings, "TASKS", {}):
        backend = task_backends[alias]
        path = f"{type(backend).__module__}.{type(backend).__qualname__}"
        kind = "db" if "django_tasks_db" in path else "rq" if "django_tasks_rq" in path else None
        found.append((alias, kind, backend))
    return found


def db_interrupted(alias, *, now, idle_worker_id=None):
    from django_tasks_db.models import DBTaskResult

    limit = now - timedelta(seconds=time_limit())
    interrupted = []
    rows = DBTaskResult.objects.running().filter(backend_name=alias)
    for row in rows.only("id", "task_path", "worker_ids", "started_at"):
        worker = row.worker_ids[-1] if row.worker_ids else ""
        alive = worker_alive(worker)
        late = row.started_at is None or row.started_at < limit
        if worker == idle_worker_id or alive is False or (alive is None and late):
            interrupted.append(row)
    return interrupted


def _db_recover(alias, *, now, idle_worker_id=None):
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    requeued = []
    for row in db_interrupted(alias, now=now, idle_worker_id=idle_worker_id):
        # Only from RUNNING: a worker that finished it in the meantime keeps its result.
        if DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY
        ):
            logger.warning(
                "Task %s (%s) was interrupted (worker %s gone): queued again",
                row.pk,
                row.task_path,
                row.worker_ids[-1] if row.worker_ids else "?",
            )
            requeued.append(str(row.pk))
    return requeued


def rq_queues(backend):
    import django_rq
    from django_tasks_rq.backend import Job

    return [django_rq.get_queue(name, job_class=Job) for name in sorted(backend.queues)]


def rq_recover(queues, *, timestamp=None):
    """rq's cleanup of the started registries (heartbeats expired before `timestamp`, default
    now: abandoned), then every abandoned job back in its queue."""
    from rq.registry import FailedJobRegistry, StartedJobRegistry

    requeued = []
    for queue in queues:
        StartedJobRegistry(queue=queue).cleanup(timestamp=timestamp)
        failed = FailedJobRegistry(queue=queue)
        for job_id in failed.get_job_ids():
            job = queue.fetch_job(job_id)
            if job is None:
                continue
            if job.meta.get("_django_tasks_rq_exceptions", [])[-1:] != [ABANDONED]:
                continue
            failed.requeue(job)
            logger.warning(
                "Task %s (%s) was interrupted (worker gone): queued again", job.id, job.func_name
            )
            requeued.append(job.id)
    return requeued


try:
    from rq.worker import Worker as _RQBaseWorker
except ImportError:  # pragma: no cover - rq comes with django-tasks-rq
    _RQBaseWorker = object


class RQWorker(_RQBaseWorker):
    """rq's worker, which also queues again the jobs it finds abandoned when it cleans its
    registries (at start, then every maintenance interval):
    `manage.py rqworker --worker-class common.tasks.RQWorker`."""

    def clean_registries(self):
        super().clean_registries()
        rq_recover(self.queues)


def tasks_recover(*, now=None, idle_worker_id=None, rq_timestamp=None):
    """Queue again every interrupted task of every backend; returns {alias: [task ids]}.
    `idle_worker_id`: a worker that runs nothing at this moment (its own RUNNING tasks are
    interrupted: it lost them to a database error)."""
    now = now or timezone.now()
    done = {}
    for alias, kind, backend in backends():
        if kind == "db":
            done[alias] = _db_recover(alias, now=now, idle_worker_id=idle_worker_id)
        elif kind == "rq":
            done[alias] = rq_recover(rq_queues(backend), timestamp=rq_timestamp)
    return done
