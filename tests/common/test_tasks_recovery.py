"""The recovery rule and the health check (common.tasks), against the test database."""

import json
import os
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from common import tasks
from tracking.tasks import statements_forward_task

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def database_backend(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TREMPLIN_TASKS_STATE_DIR = str(tmp_path / "workers")


def dead_worker_id():
    """The id a worker of this machine had, in a process that has ended since."""
    import subprocess

    process = subprocess.Popen(["true"])  # noqa: S607 - a process that ends at once
    process.wait()
    return tasks.worker_id_new(process.pid).rsplit(":", 1)[0] + ":1"


def running(worker_id, *, started_ago=0):
    result = statements_forward_task.enqueue()
    started = timezone.now() - timedelta(seconds=started_ago)
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING", worker_ids=[worker_id], started_at=started
    )
    return result.id


def status(task_id):
    return DBTaskResult.objects.get(pk=task_id).status


def test_worker_ids_tell_whether_their_process_runs():
    assert tasks.worker_alive(tasks.worker_id_new()) is True
    assert tasks.worker_alive(dead_worker_id()) is False
    # Same pid, other start time: the system gave the pid to another process since.
    pid_only = tasks.worker_id_new().rsplit(":", 1)[0]
    assert tasks.worker_alive(pid_only + ":1") is False
    assert tasks.worker_alive("elsewhere:123:456") is None
    assert tasks.worker_alive("1Sb5i0ZBmpB5zWuTKRueHA6wlHmjhrSN") is None


def test_the_rule(settings):
    settings.TREMPLIN_TASKS_TIME_LIMIT = 600
    dead = running(dead_worker_id())
    alive = running(tasks.worker_id_new(), started_ago=3600)  # long, but its worker runs
    remote_recent = running("elsewhere:123:456", started_ago=60)
    remote_late = running("elsewhere:123:456", started_ago=601)

    assert sorted(tasks.tasks_recover()["default"]) == sorted([dead, remote_late])
    assert status(dead) == status(remote_late) == "READY"
    assert status(alive) == status(remote_recent) == "RUNNING"
    assert tasks.tasks_recover() == {"default": []}  # nothing twice


def test_a_worker_idle_after_a_database_error_gets_its_tasks_back():
    me = tasks.worker_id_new()
    lost = running(me)
    assert tasks.tasks_recover() == {"default": []}  # alive: it may be running it
    assert tasks.tasks_recover(idle_worker_id=me) == {"default": [lost]}
    assert status(lost) == "READY"


def test_a_finished_task_is_never_queued_again():
    task_id = running(dead_worker_id())
    DBTaskResult.objects.filter(pk=task_id).update(status="SUCCESSFUL")
    assert tasks.tasks_recover() == {"default": []}
    assert status(task_id) == "SUCCESSFUL"


def test_the_command_queues_them_again(capsys):
    task_id = running(dead_worker_id())
    call_command("tasks_recover")
    assert f"1 interrupted task(s) queued again\n  {task_id}" in capsys.readouterr().out
    assert status(task_id) == "READY"


def health():
    with pytest.raises(SystemExit) as exit_:
        call_command("tasks_health")
    return exit_.value.code


def test_health_without_a_worker_is_critical(capsys):
    assert health() == tasks.CRITICAL
    assert "no live database worker on this machine" in capsys.readouterr().out


def test_health_with_a_live_worker_is_ok(capsys):
    me = tasks.worker_id_new()
    tasks.heartbeat_write(me, queues=["*"])
    statements_forward_task.enqueue()
    assert health() == tasks.OK
    out = capsys.readouterr().out
    assert f"OK: worker {me} alive" in out and "1 task(s) waiting" in out


def test_health_sees_a_dead_worker_and_its_interrupted_task(capsys):
    tasks.heartbeat_write(tasks.worker_id_new(), queues=["*"])
    dead = dead_worker_id()
    tasks.heartbeat_write(dead, queues=["*"])  # left by a worker killed since
    running(dead)
    assert health() == tasks.WARNING
    out = capsys.readouterr().out
    assert f"worker {dead} is gone" in out and "1 interrupted task(s)" in out
    tasks.heartbeats_prune()
    assert [worker.worker_id for worker in tasks.workers_of_this_machine()] != [dead]


def test_health_sees_a_worker_whose_loop_stopped(settings, capsys):
    """The process runs, its loop does not (the thread that died under --reload)."""
    settings.TREMPLIN_TASKS_HEARTBEAT_SECONDS = 5
    me = tasks.worker_id_new()
    tasks.heartbeat_write(me, queues=["*"])
    path = tasks.heartbeat_path(me)
    data = json.loads(path.read_text())
    data["beat"] = time.time() - 60
    path.write_text(json.dumps(data))
    assert health() == tasks.CRITICAL
    assert f"worker {me} is running but silent for 60 s" in capsys.readouterr().out


def test_health_says_when_a_task_waits_too_long(settings, capsys):
    settings.TREMPLIN_TASKS_MAX_WAIT = 120
    tasks.heartbeat_write(tasks.worker_id_new(), queues=["*"])
    result = statements_forward_task.enqueue()
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=121)
    )
    assert health() == tasks.CRITICAL
    assert "CRITICAL: 1 task(s) waiting, the oldest for 121 s" in capsys.readouterr().out


def test_health_of_the_immediate_backend_is_ok(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    assert health() == tasks.OK


def test_heartbeats_are_per_database(settings, tmp_path):
    tasks.heartbeat_write(tasks.worker_id_new(), queues=["*"])
    assert len(tasks.workers_of_this_machine()) == 1
    files = list((tmp_path / "workers").iterdir())
    assert [path.name.split("-")[0] for path in files] == [tasks.database_key()]
    assert str(os.getpid()) in files[0].name
