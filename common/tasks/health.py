"""Whether the background tasks are being run (`manage.py tasks_health`, bin/serve)."""

import dataclasses
from datetime import timedelta

from django.utils import timezone

from .conf import max_wait, time_limit
from .recovery import ABANDONED, backends, db_interrupted, rq_queues
from .workers import workers_of_this_machine

OK, WARNING, CRITICAL = 0, 1, 2
STATUS_NAMES = {OK: "OK", WARNING: "WARNING", CRITICAL: "CRITICAL"}


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
    interrupted = db_interrupted(alias, now=now)
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

    queues = rq_queues(backend)
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
    for alias, kind, backend in backends():
        try:
            if kind == "db":
                _db_health(health, alias, now=now)
            elif kind == "rq":
                _rq_health(health, alias, backend, now=now)
            else:
                health.add(OK, f"{alias}: {type(backend).__name__} runs tasks without a worker")
        except Exception as error:  # any failure to look is the answer
            health.add(CRITICAL, f"{alias}: cannot read the task queue ({error})")
    return health
