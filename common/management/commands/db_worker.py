"""django-tasks-db's `db_worker`, made to outlive what killed it before (docs/deploy.md,
"Background tasks"):

- its id is `host:pid:start` (common.tasks.worker_id_new), so that any process of this machine
  can tell whether it still runs; when it starts, and then every TREMPLIN_TASKS_RECOVER_SECONDS,
  it queues again the tasks interrupted by a worker that died (common.tasks.tasks_recover);
- a database error (SQLite's "database is locked" after its busy timeout, PostgreSQL
  restarting) no longer ends its loop: it waits, backing off up to 30 s, and goes on; a task
  whose result could not be recorded is queued again;
- a heartbeat thread writes, while the loop's thread lives, a file that `tasks_health` reads;
- an error that does end the loop ends the process (exit 1), even under --reload (where the
  loop runs in a thread and the process used to stay up with no worker in it).
"""

import logging
import os
import threading
import time

from django.core.management.base import CommandError
from django.db import close_old_connections, connections
from django.db.utils import OperationalError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from common import tasks

logger = logging.getLogger("django_tasks_db")

BACKOFF_MAX = 30.0
WORKER_OPTIONS = ("interval", "batch", "backend_name", "startup_delay", "max_tasks")


class Worker(db_worker.Worker):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.task_id = None
        self.loop_thread = None
        self.stopped = threading.Event()

    def run(self):
        self.loop_thread = threading.current_thread()
        beat = threading.Thread(target=self.heartbeat, name="tasks-heartbeat", daemon=True)
        beat.start()
        try:
            self.recover()
            delay = 0.5
            while True:
                try:
                    return super().run()
                except OperationalError as error:
                    if not self.running:
                        return None
                    logger.warning(
                        "Database error in worker %s, going on in %.1f s: %s",
                        self.worker_id,
                        delay,
                        error,
                    )
                    self.reconnect()
                    time.sleep(delay)
                    delay = min(delay * 2, BACKOFF_MAX)
                    self.startup_delay = False
                    # Nothing runs here now: a task still RUNNING under this id lost its result.
                    self.recover(idle=True)
        except Exception:
            if threading.current_thread() is threading.main_thread():
                raise
            # Under --reload the loop is a thread of the child process: its death must end
            # the process, or the process stays up with no worker in it.
            logger.exception("Worker %s stopped on an error", self.worker_id)
            os._exit(1)
        finally:
            self.stopped.set()
            tasks.heartbeat_remove(self.worker_id)

    def run_task(self, db_task_result):
        self.task_id = str(db_task_result.id)
        try:
            super().run_task(db_task_result)
        finally:
            self.task_id = None

    def reconnect(self):
        for connection in connections.all(initialized_only=True):
            try:
                if connection.in_atomic_block:
                    connection.set_rollback(True)
                connection.close()
            except Exception:  # a broken connection is replaced below anyway
                logger.debug("Closing a broken connection failed", exc_info=True)

    def recover(self, *, idle=False):
        try:
            tasks.tasks_recover(idle_worker_id=self.worker_id if idle else None)
            tasks.heartbeats_prune()
        except OperationalError as error:
            logger.warning("Task recovery put off (database error): %s", error)
            self.reconnect()

    def heartbeat(self):
        """Beat while the loop's thread lives; recover interrupted tasks now and then."""
        last_recovery = time.monotonic()
        while not self.stopped.is_set() and self.loop_thread.is_alive():
            try:
                tasks.heartbeat_write(self.worker_id, queues=self.queue_names, task_id=self.task_id)
            except OSError as error:
                logger.warning("Heartbeat not written: %s", error)
            if time.monotonic() - last_recovery >= tasks.recover_seconds():
                last_recovery = time.monotonic()
                self.recover()
                close_old_connections()
            self.stopped.wait(tasks.heartbeat_seconds())


class Command(db_worker.Command):
    help = (
        "Run a database background worker that re-queues interrupted tasks and survives "
        "database errors (docs/deploy.md, 'Background tasks')"
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # Our default id says which process of which machine runs the worker.
        parser.set_defaults(worker_id=None)

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        recovery = logging.getLogger(tasks.logger.name)
        recovery.setLevel(logging.getLogger("django_tasks_db").level)
        if not recovery.hasHandlers():
            recovery.addHandler(logging.StreamHandler(self.stdout))

    def handle(self, *, verbosity, queue_name, exclude_queues, worker_id, reload, **options):
        self.configure_logging(verbosity)
        if reload and options["batch"]:
            reload = False
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            excluded_queue_names=excluded,
            # Under --reload this runs again in the child process, which gets its own id.
            worker_id=worker_id or tasks.worker_id_new(),
            **{name: options[name] for name in WORKER_OPTIONS},
        )
        if not reload:
            worker.configure_signals()
            return worker.run()
        if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            worker.configure_signals()
        return run_with_reloader(worker.run)
