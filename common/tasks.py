"""Background tasks that outlive their worker: who is alive, what was interrupted, what to do.

The rule (docs/deploy.md, "Background tasks"). A task is *interrupted* when it is RUNNING and
the worker that claimed it is gone:

- database backend (django-tasks-db): the worker id names a process of this machine that no
  longer runs (checked at once, from the process table), or the task started more than
  ``TREMPLIN_TASKS_TIME_LIMIT`` seconds ago and its worker is not a live process of this
  machine (a worker on another machine, or an id of another form);
- RQ backend (django-tasks-rq): rq's own rule. A worker refreshes the heartbeat of the job it
  runs; once that heartbeat has expired, rq's ``StartedJobRegistry.cleanup`` marks the job
  abandoned (``AbandonedJobError``, moved to the failed registry).

An interrupted task is queued again, with the same id and arguments, and runs again: every task
of the project is idempotent (tracking's forwarding resends with the statements' own ids, a
certificate is issued once per rule and holder, its PDF rendered once). A task that failed by
raising is not retried: that is a bug to look at, not an interruption.

``db_worker`` (common/management/commands/db_worker.py) applies the rule when it starts and
every ``TREMPLIN_TASKS_RECOVER_SECONDS``; with RQ, ``RQWorker`` does it whenever rq cleans its
registries (at start and every maintenance interval). ``manage.py tasks_recover`` applies it
once, ``manage.py tasks_health`` tells an operator (and ``bin/serve``) whether tasks are
being run.
"""

import dataclasses
import hashlib
import json
import logging
import os
import socket
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

logger = logging.getLogger("common.tasks")

OK, WARNING, CRITICAL = 0, 1, 2
STATUS_NAMES = {OK: "OK", WARNING: "WARNING", CRITICAL: "CRITICAL"}
ABANDONED = "rq.exceptions.AbandonedJobError"


# Settings, read at call time


def time_limit():
    """Seconds after which a RUNNING task whose worker cannot be checked counts as interrupted."""
    return float(getattr(settings, "TREMPLIN_TASKS_TIME_LIMIT", 900))


def heartbeat_seconds():
    return float(getattr(settings, "TREMPLIN_TASKS_HEARTBEAT_SECONDS", 5))


def recover_seconds():
    return float(getattr(settings, "TREMPLIN_TASKS_RECOVER_SECONDS", 60))


def max_wait():
    """Seconds a due task may wait for a worker before the health check says none is taking it."""
    return float(getattr(settings, "TREMPLIN_TASKS_MAX_WAIT", 300))


def state_dir():
    """Where the database workers of this machine leave their heartbeat files."""
    value = getattr(settings, "TREMPLIN_TASKS_STATE_DIR", "")
    return Path(value) if value else Path(tempfile.gettempdir()) / "tremplin-workers"


# Workers of this machine


def _hostname():
    return socket.gethostname()[:40]


def _process_start(pid):
    """The start time of process `pid` (clock ticks since boot, from /proc), so that a pid the
    system has given to another process since is not taken for the worker; "0" where /proc is
    missing and the process exists; None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "0"
    return stat.rsplit(")", 1)[1].split()[19]


def worker_id_new(pid=None):
    """`host:pid:start`: an id that tells, from this machine, whether its worker still runs."""
    pid = pid or os.getpid()
    return f"{_hostname()}:{pid}:{_process_start(pid) or '0'}"


def worker_alive(worker_id):
    """True or False for a worker of this machine, None when this machine cannot tell."""
    parts = (worker_id or "").rsplit(":", 2)
    if len(parts) != 3 or parts[0] != _hostname() or not parts[1].isdigit():
        return None
    start = _process_start(int(parts[1]))
    if start is None:
        return False
    return start == parts[2] or "0" in (start, parts[2])


# Database backend


def _backends():
    """(alias, kind) of each configured task backend: kind is "db", "rq" or None."""
    from django_tasks import task_backends

    found = []
    for alias in getattr(settings, "TASKS", {}):
        backend = task_backends[alias]
        path = f"{type(backend).__module__}.{type(backend).__qualname__}"
        kind = "db" if "django_tasks_db" in path else "rq" if "django_tasks_rq" in path else None
        found.append((alias, kind, backend))
    return found


def _db_interrupted(alias, *, now, idle_worker_id=None):
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
    for row in _db_interrupted(alias, now=now, idle_worker_id=idle_worker_id):
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


# RQ backend


def _rq_queues(backend):
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


# Both


def tasks_recover(*, now=None, idle_worker_id=None, rq_timestamp=None):
    """Queue again every interrupted task of every backend; returns {alias: [task ids]}.
    `idle_worker_id`: a worker that runs nothing at this moment (its own RUNNING tasks are
    interrupted: it lost them to a database error)."""
    now = now or timezone.now()
    done = {}
    for alias, kind, backend in _backends():
        if kind == "db":
            done[alias] = _db_recover(alias, now=now, idle_worker_id=idle_worker_id)
        elif kind == "rq":
            done[alias] = rq_recover(_rq_queues(backend), timestamp=rq_timestamp)
    return done


# Heartbeats of the database workers of this machine


def _database_key(alias="default"):
    params = connections[alias].settings_dict
    key = f"{params['ENGINE']}|{params.get('HOST', '')}|{params.get('PORT', '')}|{params['NAME']}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def heartbeat_path(worker_id):
    safe = worker_id.replace(":", "_").replace("/", "_")
    return state_dir() / f"{_database_key()}-{safe}.json"


def heartbeat_write(worker_id, *, queues, task_id=None):
    path = heartbeat_path(worker_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"worker_id": worker_id, "pid": os.getpid(), "queues": queues, "task": task_id}
    data["beat"] = time.time()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data))
    temporary.replace(path)


def heartbeat_remove(worker_id):
    heartbeat_path(worker_id).unlink(missing_ok=True)


@dataclasses.dataclass
class WorkerState:
    worker_id: str
    state: str  # "alive", "silent" (the process runs, its loop does not) or "gone"
    age: float
    task: str | None


def workers_of_this_machine():
    states = []
    for path in sorted(state_dir().glob(f"{_database_key()}-*.json")):
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            continue
        age = max(0.0, time.time() - float(data.get("beat", 0)))
        alive = worker_alive(data.get("worker_id", ""))
        if alive is False:
            state = "gone"
        elif age > 3 * heartbeat_seconds():
            state = "silent"
        else:
            state = "alive"
        states.append(WorkerState(data.get("worker_id", ""), state, age, data.get("task")))
    return states


def heartbeats_prune():
    """Forget the heartbeat files of the workers of this machine that no longer run."""
    for worker in workers_of_this_machine():
        if worker.state == "gone":
            heartbeat_remove(worker.worker_id)


# Health


@dataclasses.dataclass
class Health:
    status: int = OK
    lines: list = dataclasses.field(default_factory=list)

    def add(self, status, line):
        self.status = max(self.status, status)
        self.lines.append(f"{STATUS_NAMES[status]}: {line}")

    @property
    def summary(self):
        return f"tasks {STATUS_NAMES[self.status]}"


def _db_health(health, alias, *, now):
    from django_tasks_db.models import DBTaskResult

    workers = workers_of_this_machine()
    for worker in workers:
        doing = f", running task {worker.task}" if worker.task else ""
        if worker.state == "alive":
            health.add(
                OK, f"worker {worker.worker_id} alive (last beat {worker.age:.0f} s ago{doing})"
            )
        elif worker.state == "silent":
            health.add(
                CRITICAL,
                f"worker {worker.worker_id} is running but silent for {worker.age:.0f} s{doing}: "
                "restart it",
            )
        else:
            health.add(WARNING, f"worker {worker.worker_id} is gone (killed or crashed)")
    if not any(worker.state == "alive" for worker in workers):
        health.add(CRITICAL, f"no live database worker on this machine ({alias})")
    ready = DBTaskResult.objects.ready().filter(backend_name=alias)
    oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
    if oldest is not None:
        waited = (now - oldest).total_seconds()
        status = CRITICAL if waited > max_wait() else OK
        health.add(status, f"{ready.count()} task(s) waiting, the oldest for {waited:.0f} s")
    interrupted = _db_interrupted(alias, now=now)
    if interrupted:
        health.add(
            WARNING,
            f"{len(interrupted)} interrupted task(s), queued again at the next recovery pass "
            "(manage.py tasks_recover does it now)",
        )
    limit = now - timedelta(seconds=time_limit())
    stuck = DBTaskResult.objects.running().filter(backend_name=alias, started_at__lt=limit)
    stuck = stuck.exclude(pk__in=[row.pk for row in interrupted]).count()
    if stuck:
        health.add(WARNING, f"{stuck} task(s) running for more than {time_limit():.0f} s")


def _rq_health(health, alias, backend, *, now):
    from rq.registry import FailedJobRegistry
    from rq.worker import Worker

    queues = _rq_queues(backend)
    names = {queue.name for queue in queues}
    workers = (
        [
            worker
            for worker in Worker.all(connection=queues[0].connection)
            if names & set(worker.queue_names())
        ]
        if queues
        else []
    )
    if workers:
        health.add(OK, f"{len(workers)} RQ worker(s) on queue(s) {', '.join(sorted(names))}")
    else:
        health.add(CRITICAL, f"no RQ worker on queue(s) {', '.join(sorted(names))} ({alias})")
    for queue in queues:
        jobs = queue.get_jobs(0, 0)
        if jobs and jobs[0].enqueued_at:
            waited = (now - jobs[0].enqueued_at.replace(tzinfo=timezone.utc)).total_seconds()
            status = CRITICAL if waited > max_wait() else OK
            health.add(
                status, f"{queue.count} task(s) waiting on {queue.name}, oldest for {waited:.0f} s"
            )
        abandoned = 0
        failed = FailedJobRegistry(queue=queue)
        for job_id in failed.get_job_ids():
            job = queue.fetch_job(job_id)
            if job and job.meta.get("_django_tasks_rq_exceptions", [])[-1:] == [ABANDONED]:
                abandoned += 1
        if abandoned:
            health.add(
                WARNING, f"{abandoned} abandoned task(s) on {queue.name}, not queued again yet"
            )


def tasks_health(*, now=None):
    """Whether the background tasks are being run: CRITICAL when no worker takes them (none
    alive, or a due task waited more than TREMPLIN_TASKS_MAX_WAIT), WARNING for what the
    recovery will mend (interrupted tasks, a worker that died)."""
    now = now or timezone.now()
    health = Health()
    for alias, kind, backend in _backends():
        try:
            if kind == "db":
                _db_health(health, alias, now=now)
            elif kind == "rq":
                _rq_health(health, alias, backend, now=now)
            else:
                health.add(OK, f"{alias}: {type(backend).__name__} runs tasks without a worker")
        except Exception as error:  # noqa: BLE001 - any failure to look is the answer
            health.add(CRITICAL, f"{alias}: cannot read the task queue ({error})")
    return health
