"""Forwarding the store to an LRS: the outbox state machine and every kind of LRS answer,
against a real Ralph where Ralph gives that answer, against small loopback servers otherwise."""

import base64
import copy
import socket
from datetime import timedelta

import pytest
from django.utils import timezone

from tracking import services
from tracking.errors import error_explain
from tracking.models import Statement
from tracking.services import recording

from . import factories
from .conftest import RALPH_PASSWORD, RALPH_USER, lrs_settings

pytestmark = pytest.mark.django_db

State = Statement.ForwardState


def states():
    return dict(Statement.objects.values_list("statement_id", "forward_state"))


def ids(rows):
    return [str(row.statement_id) for row in rows]


def test_batch_is_sent_and_ralph_stores_each_statement_once(user, with_ralph):
    rows = factories.record(user, n=5)
    report = services.statements_forward()
    assert (report.sent, report.batches, report.rejected) == (5, 1, 0)
    assert set(states().values()) == {State.SENT}
    stored = with_ralph.stored()
    assert [s["id"] for s in stored] == ids(rows)
    for row in Statement.objects.all():
        assert row.attempts == 1 and row.sent_at and not row.last_error
        assert row.claim_token is None
        assert services.statements_equivalent(row.data, with_ralph.get(row.statement_id))
    # Nothing is due any more: a second run sends nothing.
    assert services.statements_forward().batches == 0
    assert len(with_ralph.stored()) == 5


@pytest.fixture(params=[True, False], ids=["update_returning", "select_then_update"])
def returning(request):
    """Both ways of claiming a batch (services.statements_claim's `returning`): one UPDATE …
    RETURNING (PostgreSQL, SQLite from 3.35) and, for an older SQLite, a SELECT then an
    UPDATE."""
    return request.param


def test_batches_go_oldest_first(user, with_ralph, settings):
    settings.TREMPLIN_LRS_BATCH_SIZE = 3
    rows = factories.record(user, n=7)
    Statement.objects.filter(pk=rows[6].pk).update(stored=timezone.now() - timedelta(days=1))
    report = services.statements_forward()
    assert report.batches == 3 and report.sent == 7
    expected = [ids(rows)[6], *ids(rows)[:6]]
    assert [s["id"] for s in with_ralph.stored()] == expected


def test_each_batch_costs_two_queries_on_the_statement_store(user, scripted_lrs, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lrs_settings(settings, scripted_lrs.endpoint, batch_size=3)
    scripted_lrs.script["POST"] = [(200, [])]
    factories.record(user, n=7)
    with CaptureQueriesContext(connection) as queries:
        report = services.statements_forward()
    assert (report.batches, report.sent) == (3, 7)
    store = [q["sql"] for q in queries if Statement._meta.db_table in q["sql"]]
    # Per batch: the claim (one UPDATE … RETURNING), then marking it sent; the run ends with
    # a claim that finds nothing.
    assert len(store) == 3 * 2 + 1
    assert all(sql.startswith("UPDATE") for sql in store)
    assert all("RETURNING" in sql for sql in store[0::2])


def test_the_batch_is_the_stored_json_as_it_is(user, scripted_lrs, settings):
    from django.db.models import TextField
    from django.db.models.functions import Cast

    lrs_settings(settings, scripted_lrs.endpoint)
    scripted_lrs.script["POST"] = [(200, [])]
    factories.record(user, n=2)
    factories.record(user, activity=factories.course)  # "Écoconception": not ASCII
    services.statements_forward()
    stored = Statement.objects.order_by("stored", "pk").values_list(
        Cast("data", TextField()), flat=True
    )
    assert scripted_lrs.bodies == [f"[{','.join(stored)}]".encode()]
    assert scripted_lrs.requests[0][2]["Content-Type"] == "application/json"


def test_statements_that_are_not_ascii_reach_ralph_intact(user, with_ralph):
    (row,) = factories.record(user, activity=factories.course)
    assert services.statements_forward().sent == 1
    theirs = with_ralph.get(row.statement_id)
    assert theirs["object"]["definition"]["name"]["fr"] == "Écoconception"
    assert services.statements_equivalent(row.data, theirs)


def test_the_request_has_the_xapi_version_header_and_basic_auth(user, scripted_lrs, settings):
    lrs_settings(settings, scripted_lrs.endpoint)
    scripted_lrs.script["POST"] = [(200, [])]
    rows = factories.record(user, n=2)
    services.statements_forward()
    method, path, headers, body = scripted_lrs.requests[0]
    assert (method, path) == ("POST", "/xAPI/statements")
    assert headers["X-Experience-API-Version"] == "1.0.3"
    token = base64.b64encode(f"{RALPH_USER}:{RALPH_PASSWORD}".encode()).decode()
    assert headers["Authorization"] == f"Basic {token}"
    assert [s["id"] for s in body] == ids(rows)


def test_a_batch_sent_again_gets_204_and_is_marked_sent_without_duplicate(user, with_ralph):
    rows = factories.record(user, n=3)
    # A previous worker's POST reached Ralph but its answer was lost.
    assert with_ralph.post([row.data for row in rows]).status_code == 200
    report = services.statements_forward()
    assert report.sent == 3
    assert set(states().values()) == {State.SENT}
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(ids(rows))


def test_a_batch_partly_stored_already_completes_without_duplicate(user, with_ralph):
    rows = factories.record(user, n=4)
    assert with_ralph.post([rows[1].data]).status_code == 200
    assert services.statements_forward().sent == 4
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(ids(rows))


def test_409_with_a_different_copy_rejects_that_statement_and_sends_the_others(user, with_ralph):
    rows = factories.record(user, n=3)
    other = copy.deepcopy(rows[1].data)
    other["verb"] = {"id": "http://adlnet.gov/expapi/verbs/failed"}
    assert with_ralph.post([other]).status_code == 200
    report = services.statements_forward()
    assert (report.sent, report.rejected) == (2, 1)
    rejected = Statement.objects.get(forward_state=State.REJECTED)
    assert rejected.pk == rows[1].pk
    assert rejected.last_error_code == "conflict"
    assert "Differing statements already exist" in rejected.last_error
    assert "autre déclaration avec le même identifiant" in error_explain("conflict")
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(ids(rows))
    # The LRS's copy was left alone.
    assert with_ralph.get(rows[1].statement_id)["verb"]["id"].endswith("failed")


def test_409_with_an_identical_copy_is_sent(user, scripted_lrs, settings):
    lrs_settings(settings, scripted_lrs.endpoint)
    (row,) = factories.record(user)
    theirs = copy.deepcopy(row.data)
    # What an LRS adds or normalises does not make it different.
    theirs.update(stored="2030-01-01T00:00:00Z", authority={"account": {}}, version="1.0.0")
    theirs["timestamp"] = theirs["timestamp"].replace("+00:00", "Z")
    del theirs["object"]["objectType"]
    scripted_lrs.script["POST"] = [(409, {"detail": "conflict"})]
    scripted_lrs.script["GET"] = [(200, theirs)]
    assert services.statements_forward().sent == 1
    assert Statement.objects.get().forward_state == State.SENT
    assert scripted_lrs.requests[1][1] == f"/xAPI/statements?statementId={row.statement_id}"


def test_a_statement_ralph_rejects_is_isolated_and_the_others_arrive(user, with_ralph):
    rows = factories.record(user, n=9)
    bad = rows[5]
    data = dict(bad.data)
    del data["verb"]  # corrupted in the store: Ralph answers 422 to any batch holding it
    Statement.objects.filter(pk=bad.pk).update(data=data)
    report = services.statements_forward()
    assert (report.sent, report.rejected) == (8, 1)
    bad.refresh_from_db()
    assert bad.forward_state == State.REJECTED
    assert bad.last_error_code == "http_422"
    assert "verb" in bad.last_error and "Field required" in bad.last_error
    assert sorted(s["id"] for s in with_ralph.stored()) == sorted(ids(rows[:5]) + ids(rows[6:]))


def test_wrong_password_keeps_everything_pending_and_says_so(user, ralph, settings):
    lrs_settings(settings, ralph.endpoint, password="not-the-password")
    factories.record(user, n=4)
    report = services.statements_forward()
    assert (report.sent, report.rejected, report.postponed) == (0, 0, 4)
    assert ralph.stored() == []
    for row in Statement.objects.all():
        assert row.forward_state == State.PENDING
        assert row.last_error_code == "http_401" and row.attempts == 1
        assert row.next_attempt_at > timezone.now()
    assert "refusé les identifiants" in error_explain("http_401")
    # Fixed: the same statements go, once.
    lrs_settings(settings, ralph.endpoint)
    services.statements_retry_now()
    assert services.statements_forward().sent == 4
    assert len(ralph.stored()) == 4


def test_5xx_backs_off_then_sends(user, scripted_lrs, settings):
    lrs_settings(settings, scripted_lrs.endpoint, backoff_base=60.0)
    scripted_lrs.script["POST"] = [(503, {"detail": "maintenance"}), (200, [])]
    factories.record(user, n=3)
    before = timezone.now()
    report = services.statements_forward()
    assert (report.sent, report.postponed) == (0, 3)
    row = Statement.objects.first()
    assert row.forward_state == State.PENDING and row.last_error_code == "http_503"
    # Exponential with jitter: the first retry comes 30-60 s later (base 60, jitter 0.5-1).
    assert before + timedelta(seconds=29) < row.next_attempt_at < before + timedelta(seconds=61)
    # Not due yet: nothing is sent.
    assert services.statements_forward().batches == 0
    Statement.objects.update(next_attempt_at=timezone.now())
    assert services.statements_forward().sent == 3
    assert len(scripted_lrs.requests) == 2


def test_backoff_grows_exponentially_up_to_its_cap(settings):
    settings.TREMPLIN_LRS_BACKOFF_BASE = 10.0
    settings.TREMPLIN_LRS_BACKOFF_MAX = 300.0
    for attempts, full in [(1, 10), (2, 20), (3, 40), (6, 300), (30, 300)]:
        delays = [services.backoff_delay(attempts) for _ in range(50)]
        assert all(full * 0.5 <= delay <= full for delay in delays)
        assert len(set(delays)) > 1  # jitter


def test_an_lrs_that_never_answers_times_out_and_is_retried_later(user, silent_server, settings):
    lrs_settings(settings, silent_server.endpoint, connect_timeout=1.0, read_timeout=0.3)
    factories.record(user, n=2)
    report = services.statements_forward()
    assert report.postponed == 2 and report.errors == ["timeout"]
    assert silent_server.connections  # it did accept the connection
    row = Statement.objects.first()
    assert row.forward_state == State.PENDING and row.last_error_code == "timeout"
    assert row.next_attempt_at > timezone.now()
    assert "pas répondu à temps" in error_explain("timeout")


def test_a_refused_connection_is_retried_later(user, settings):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    lrs_settings(settings, f"http://127.0.0.1:{port}/xAPI/")
    factories.record(user, n=2)
    report = services.statements_forward()
    assert report.postponed == 2 and report.errors == ["connection"]
    assert set(states().values()) == {State.PENDING}


def test_a_claimed_batch_is_not_sent_by_another_worker_until_its_claim_expires(user, with_ralph):
    factories.record(user, n=3)
    claim = services.statements_claim()  # another worker took them and is busy
    assert len(claim.rows) == 3
    assert services.statements_forward().batches == 0
    assert with_ralph.stored() == []
    # That worker died: its claim expires and the batch goes, once.
    Statement.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert services.statements_forward().sent == 3
    assert len(with_ralph.stored()) == 3


def test_with_no_lrs_the_forwarder_does_nothing(user, settings):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user, n=2)
    assert services.statements_forward().as_dict() == {
        "batches": 0,
        "sent": 0,
        "rejected": 0,
        "postponed": 0,
    }
    assert set(states().values()) == {State.LOCAL}


def test_local_statements_can_be_queued_once_an_lrs_is_configured(user, settings, ralph):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user, n=2)
    lrs_settings(settings, ralph.endpoint)
    assert services.statements_local_queue() == 2
    assert services.statements_forward().sent == 2


def test_rejected_statements_can_be_retried(user, with_ralph):
    (row,) = factories.record(user)
    Statement.objects.filter(pk=row.pk).update(
        forward_state=State.REJECTED, last_error_code="http_400", attempts=1
    )
    assert services.statements_rejected_retry() == 1
    row.refresh_from_db()
    assert (row.forward_state, row.attempts, row.last_error_code) == (State.PENDING, 0, "")
    assert services.statements_forward().sent == 1


def test_forwarding_is_scheduled_once_after_the_commit(
    user, with_ralph, django_capture_on_commit_callbacks
):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        factories.record(user, n=3)
        assert with_ralph.stored() == []  # nothing leaves before the commit
    # One forwarding task (beside each statement's upsert of its activities).
    upsert = recording._activities_upsert
    assert len([c for c in callbacks if getattr(c, "func", None) is not upsert]) == 1
    # The test settings run tasks immediately: the statements are in Ralph now.
    assert len(with_ralph.stored()) == 3
    assert set(states().values()) == {State.SENT}


def test_recording_never_waits_for_the_lrs(
    user, silent_server, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    lrs_settings(settings, silent_server.endpoint, connect_timeout=5.0, read_timeout=30.0)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        factories.record(user, n=2)
    # The request only wrote rows: the LRS was never contacted, a task is queued for a worker.
    assert silent_server.connections == []
    assert DBTaskResult.objects.filter(task_path__endswith="statements_forward_task").count() == 1


def test_concurrent_workers_claim_different_rows(shared_database, user, settings, returning):
    """Two workers claim a batch at the same moment: never the same rows. PostgreSQL: the
    other worker skips the rows this one holds (FOR UPDATE SKIP LOCKED) without waiting for
    its commit. SQLite (a file, as a site runs it) has one writer at a time: the other's claim
    waits for this one's commit, then takes the next rows (docs/tracking.md)."""
    import threading

    from django.db import connection, connections, transaction

    lrs_settings(settings, "http://127.0.0.1:9/xAPI/", batch_size=5)
    # The test settings run tasks at once: the forwarding task would try the unreachable LRS
    # after each commit and postpone every statement. The workers under test are the only ones.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    factories.record(user, n=10)
    claimed = {}
    started = threading.Event()

    def other_worker():
        try:
            started.set()
            claimed["rows"] = services.statements_claim(returning=returning).rows
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_worker)
    with transaction.atomic():
        # This worker is in the middle of claiming the 5 oldest rows (not committed yet).
        mine = services.statements_claim(returning=returning).rows
        thread.start()
        if connection.vendor == "postgresql":
            thread.join(30)
            assert not thread.is_alive()  # it did not wait for our locks
        else:
            assert started.wait(30)
            assert "rows" not in claimed  # it waits for our commit: one writer at a time
    thread.join(30)
    assert not thread.is_alive()
    assert len(mine) == 5
    assert len(claimed["rows"]) == 5
    assert {row.pk for row in claimed["rows"]}.isdisjoint({row.pk for row in mine})
