"""Real `db_worker` subprocesses, killed (SIGKILL) in the middle of each kind of task, then
started again: every task completes, once (issue 17, items 1-3; docs/deploy.md,
"Background tasks"). Each wait polls an observable state, bounded in time."""

import hashlib
import sqlite3
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from certificates.models import Certificate
from certificates.services import certificate_issue
from tests.certificates.factories import course_complete, rule_create
from tests.courses.factories import catalogue_create, course_create
from tests.tracking import factories as tracking_factories
from tests.tracking.lrs_server import wait_for
from tracking.models import Statement

from .conftest import wait_blocked

pytestmark = pytest.mark.django_db(transaction=True)

TASK_PDF = "certificates.tasks.certificate_render_pdf"
TASK_ISSUE = "certificates.tasks.certificates_issue_for_completion"
TASK_FORWARD = "tracking.tasks.statements_forward_task"


def results(path=None):
    rows = DBTaskResult.objects.order_by("enqueued_at")
    return list(rows.filter(task_path=path) if path else rows)


def all_done():
    rows = results()
    return rows and all(row.status in ("SUCCESSFUL", "FAILED") for row in rows)


def restart_and_finish(worker_start):
    """A new worker re-queues what the dead one was running, then runs everything."""
    worker = worker_start()
    wait_for(all_done, timeout=120, message="every task to finish")
    worker.stop()
    assert "was interrupted (worker" in worker.output()
    failed = [(row.task_path, row.traceback) for row in results() if row.status == "FAILED"]
    assert failed == []
    return worker


@pytest.fixture
def course(home_page):
    return course_create(catalogue_create(home_page), lessons=1, modules=1)


def assert_one_certificate_with_its_pdf(user, settings):
    certificate = Certificate.objects.get(holder=user)
    stored = Path(certificate.pdf.path)  # the private storage the worker wrote to
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == certificate.pdf_sha256
    assert list(stored.parent.iterdir()) == [stored]  # no second rendering left behind
    return certificate


def test_a_pdf_rendering_killed_midway_runs_again_once(worker_start, course, user, settings):
    certificate, _ = certificate_issue(rule=rule_create(course), holder=user)
    worker = worker_start(block=True)
    wait_blocked(worker, "pdf")
    worker.kill()
    [task] = results(TASK_PDF)
    assert task.status == "RUNNING"  # what stayed so for ever before the recovery

    restart_and_finish(worker_start)
    [task] = results(TASK_PDF)
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 2
    assert assert_one_certificate_with_its_pdf(user, settings).pk == certificate.pk


def test_an_issuance_killed_midway_runs_again_once(worker_start, course, user, settings):
    rule_create(course)
    course_complete(user, course)
    worker = worker_start(block=True)
    wait_blocked(worker, "issue")
    worker.kill()
    assert Certificate.objects.count() == 0  # the transaction died with the worker
    [task] = results(TASK_ISSUE)
    assert task.status == "RUNNING"

    restart_and_finish(worker_start)
    [task] = results(TASK_ISSUE)
    assert task.status == "SUCCESSFUL" and len(task.worker_ids) == 2
    assert [row.status for row in results(TASK_PDF)] == ["SUCCESSFUL"]
    assert_one_certificate_with_its_pdf(user, settings)
    assert Certificate.objects.count() == 1
    assert Statement.objects.filter(verb__endswith="/earned").count() == 1


def test_a_forwarding_killed_after_the_lrs_stored_the_batch_sends_it_once(
    worker_start, worker_env, lrs_env, user
):
    worker_env["TREMPLIN_LRS_CLAIM_SECONDS"] = "1"
    rows = tracking_factories.record(user, n=3)
    worker = worker_start(block=True)
    wait_blocked(worker, "forward")
    worker.kill()
    ids = sorted(str(row.statement_id) for row in rows)
    assert sorted(s["id"] for s in lrs_env.stored()) == ids  # Ralph has them...
    assert set(Statement.objects.values_list("forward_state", flat=True)) == {"pending"}
    # ...the dead worker's claim on them ends (a value in the database, not a sleep):
    claimed_until = max(Statement.objects.values_list("claimed_until", flat=True))
    wait_for(lambda: timezone.now() > claimed_until, timeout=10, message="the claim to end")

    restart_and_finish(worker_start)
    interrupted, *later = results(TASK_FORWARD)  # a run may queue another for what it postponed
    assert interrupted.status == "SUCCESSFUL" and len(interrupted.worker_ids) == 2
    assert all(task.status == "SUCCESSFUL" for task in later)
    assert set(Statement.objects.values_list("forward_state", flat=True)) == {"sent"}
    assert sorted(s["id"] for s in lrs_env.stored()) == ids  # each statement once


def _hold_the_database(tmp_path):
    """What makes a worker's query fail: another process's long write holding SQLite's write
    lock past the busy timeout, or PostgreSQL dropping the worker's connections (a restart, an
    administrator). Returns a function that ends it."""
    if connection.vendor == "sqlite":
        other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        return lambda: (other.rollback(), other.close())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    return lambda: None


def test_the_worker_outlives_a_database_error(worker_start, worker_env, tmp_path):
    """SQLite: the database stays locked past the worker's busy timeout. PostgreSQL: the
    server drops the worker's connection, which it keeps between tasks (CONN_MAX_AGE, as in
    production). Either way the worker logs the error, waits, reconnects and goes on."""
    from tracking.tasks import statements_forward_task

    if connection.vendor == "sqlite":
        worker_env["TREMPLIN_TEST_SQLITE_TIMEOUT"] = "0.2"
    else:
        worker_env["CONN_MAX_AGE"] = "600"
    worker = worker_start()
    first = statements_forward_task.enqueue()
    wait_for(lambda: all_done(), timeout=60, message="the first task")
    release = _hold_the_database(tmp_path)
    try:
        wait_for(
            lambda: "Database error in worker" in worker.output() or not worker.alive(),
            timeout=60,
            message="the worker to meet the database error",
        )
    finally:
        release()
    assert worker.alive(), worker.output()
    assert "Database error in worker" in worker.output()  # it met the error, and lived on
    second = statements_forward_task.enqueue()
    wait_for(lambda: all_done(), timeout=60, message="the task queued after the lock")
    assert worker.alive()
    assert {row.status for row in results()} == {"SUCCESSFUL"}
    assert {str(row.id) for row in results()} == {first.id, second.id}
    worker.stop()
