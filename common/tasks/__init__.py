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

Modules: conf (settings), workers (ids, liveness, heartbeat files), recovery (the rule applied
to each backend, RQWorker), health (tasks_health). The names below are the package's surface.
"""

from .conf import heartbeat_seconds, max_wait, recover_seconds, state_dir, time_limit
from .health import CRITICAL, OK, STATUS_NAMES, WARNING, Health, tasks_health
from .recovery import ABANDONED, RQWorker, logger, rq_recover, tasks_recover
from .workers import (
    WorkerState,
    database_key,
    heartbeat_path,
    heartbeat_remove,
    heartbeat_write,
    heartbeats_prune,
    worker_alive,
    worker_id_new,
    workers_of_this_machine,
)

__all__ = [
    "ABANDONED",
    "CRITICAL",
    "OK",
    "STATUS_NAMES",
    "WARNING",
    "Health",
    "RQWorker",
    "WorkerState",
    "database_key",
    "heartbeat_path",
    "heartbeat_remove",
    "heartbeat_write",
    "heartbeat_seconds",
    "heartbeats_prune",
    "logger",
    "max_wait",
    "recover_seconds",
    "rq_recover",
    "state_dir",
    "tasks_health",
    "tasks_recover",
    "time_limit",
    "worker_alive",
    "worker_id_new",
    "workers_of_this_machine",
]
