"""Nothing is lost, nothing is sent twice: an LRS outage and a worker killed mid-batch."""

import http.server
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from collections import Counter

import pytest
import requests
from django.core.management import call_command
from django.db import transaction

from tracking import api as tracking
from tracking.models import Statement

from . import factories
from .conftest import RALPH_PASSWORD, RALPH_USER, ROOT, lrs_settings, wait_for

VERBS = [
    tracking.Verb.REGISTERED,
    tracking.Verb.EXPERIENCED,
    tracking.Verb.COMPLETED,
    tracking.Verb.PROGRESSED,
]


@pytest.mark.django_db
def test_lrs_outage_200_events_then_exactly_200_statements_in_ralph(
    user, settings, ralph_factory, django_capture_on_commit_callbacks
):
    ralph = ralph_factory()  # not started: the LRS is down
    lrs_settings(settings, ralph.endpoint)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for number in range(200):
            with transaction.atomic():
                factories.record(
                    user,
                    verb=VERBS[number % len(VERBS)],
                    result=tracking.Result(progress=number % 101)
                    if VERBS[number % len(VERBS)] == tracking.Verb.PROGRESSED
                    else None,
                )
    assert callbacks  # the forwarding task ran after the commit, and failed
    assert Statement.objects.pending().count() == 200
    # The first batch failed and the run stopped there, the LRS being down.
    assert Statement.objects.filter(last_error_code="connection").exists()

    ralph.start()
    call_command("xapi_forward", "--retry-now", stdout=open(os.devnull, "w"))  # noqa: SIM115

    stored = Counter(s["id"] for s in ralph.stored())
    assert len(stored) == 200 and set(stored.values()) == {1}
    assert set(stored) == {str(i) for i in Statement.objects.values_list("statement_id", flat=True)}
    assert Statement.objects.filter(forward_state="sent").count() == 200


class HoldingProxy:
    """Passes the worker's POST on to Ralph, then never answers the worker: the batch is in
    the LRS but the worker does not know. `forwarded` is set once Ralph has the batch."""

    def __init__(self, target):
        self.forwarded = threading.Event()
        self.release = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                answer = requests.post(
                    target + self.path.removeprefix("/xAPI/"),
                    data=body,
                    headers={
                        "Content-Type": "application/json",
                        "X-Experience-API-Version": "1.0.3",
                    },
                    auth=(RALPH_USER, RALPH_PASSWORD),
                    timeout=30,
                )
                assert answer.status_code == 200, answer.text
                owner.forwarded.set()
                owner.release.wait(60)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


# 50 pending statements; the test settings run tasks at once, so the forwarding task is sent
# to the dummy backend here: only the worker under test sends.
SEED = """
from django.test import override_settings
from accounts.services import user_create
from tests.tracking import factories
with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
    user = user_create(username="kill", email="kill@example.org", password="x-long-pass-42")
    factories.record(user, n=50)
"""


def _manage(*args, env, **kwargs):
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs
    )


def test_a_worker_killed_mid_batch_then_restarted_loses_and_duplicates_nothing(tmp_path, ralph):
    """Real processes and a database file shared with them: the worker is
    `manage.py xapi_forward`, killed with SIGKILL while its first batch is in flight."""
    proxy = HoldingProxy(ralph.endpoint)
    database = tmp_path / "tremplin.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        "TREMPLIN_LRS_ENDPOINT": proxy.endpoint,
        "TREMPLIN_LRS_USERNAME": RALPH_USER,
        "TREMPLIN_LRS_PASSWORD": RALPH_PASSWORD,
        "TREMPLIN_LRS_BATCH_SIZE": "20",
        "TREMPLIN_LRS_CLAIM_SECONDS": "1",
    }
    try:
        _manage("migrate", "-v0", env=env)
        _manage("shell", "-c", SEED, env=env)

        worker = subprocess.Popen(
            [sys.executable, "manage.py", "xapi_forward"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert proxy.forwarded.wait(60), "the worker never sent its first batch"
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(10)
        assert len(ralph.stored()) == 20  # in the LRS, but still "pending" in Tremplin

        def rows():
            with sqlite3.connect(database) as db:
                return db.execute(
                    "SELECT statement_id, forward_state FROM tracking_statement"
                ).fetchall()

        assert Counter(state for _id, state in rows()) == {"pending": 50}

        # Restarted, pointing straight at Ralph: the dead worker's claim expires (1 s) and
        # its batch is sent again with the same ids; Ralph recognises them.
        env["TREMPLIN_LRS_ENDPOINT"] = ralph.endpoint

        def all_sent():
            _manage("xapi_forward", env=env, stdout=subprocess.DEVNULL)
            return Counter(state for _id, state in rows()) == {"sent": 50}

        wait_for(all_sent, timeout=60, interval=0.5, message="every statement sent")
    finally:
        proxy.close()

    stored = Counter(s["id"] for s in ralph.stored())
    assert len(stored) == 50 and set(stored.values()) == {1}
    assert set(stored) == {str(uuid.UUID(statement_id)) for statement_id, _state in rows()}
