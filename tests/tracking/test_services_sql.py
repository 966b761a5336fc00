"""tracking/services/sql.py, the hand-written SQL, run on the database of the run: CI runs the
suite on SQLite and on PostgreSQL, so every statement here is checked on both."""

import json
import uuid
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tracking.models import KnownActivity, LearnerActor, Statement
from tracking.services import sql

from . import factories

pytestmark = pytest.mark.django_db


def statement(n=0, **fields):
    data = {"id": str(uuid.uuid4()), "verb": {"id": "v"}, "object": {"id": f"o{n}"}, "n": n}
    return Statement(
        statement_id=data["id"],
        data=data,
        timestamp=timezone.now(),
        actor_name="a",
        verb="v",
        object_iri=f"o{n}",
        forward_state=Statement.ForwardState.PENDING,
        **fields,
    )


def test_the_actor_name_is_read_as_a_uuid(user):
    assert sql.actor_name_select(user_id=user.pk) is None
    actor = LearnerActor.objects.create(user=user)
    name = sql.actor_name_select(user_id=user.pk)
    assert isinstance(name, uuid.UUID) and name == actor.name


def test_rows_insert_writes_every_field_in_one_query_and_sets_the_keys():
    rows = [statement(n, attempts=n) for n in range(3)]
    with CaptureQueriesContext(connection) as queries:
        sql.rows_insert(rows)
    assert len(queries) == 1
    assert all(row.pk is not None and not row._state.adding for row in rows)
    stored = {row.pk: row for row in Statement.objects.all()}
    for row in rows:
        copy = stored[row.pk]
        assert (copy.statement_id, copy.data, copy.attempts) == (
            uuid.UUID(row.data["id"]),
            row.data,
            row.attempts,
        )
        assert copy.timestamp == row.timestamp and copy.forward_state == "pending"


def test_rows_insert_as_an_upsert_updates_the_rows_that_exist():
    old = timezone.now() - timedelta(days=1)
    KnownActivity.objects.create(kind="lesson", key="a", iri="https://x/a", definition={"v": 1})
    KnownActivity.objects.filter(key="a").update(updated_at=old)
    rows = [
        KnownActivity(kind="lesson", key=key, iri=f"https://y/{key}", definition={"v": 2})
        for key in ("a", "b")
    ]
    for row in rows:
        row.updated_at = timezone.now()
    with CaptureQueriesContext(connection) as queries:
        sql.rows_insert(
            rows, unique_fields=["kind", "key"], update_fields=["iri", "definition", "updated_at"]
        )
    assert len(queries) == 1
    stored = {row.key: row for row in KnownActivity.objects.all()}
    assert set(stored) == {"a", "b"}
    assert stored["a"].iri == "https://y/a" and stored["a"].definition == {"v": 2}
    assert stored["a"].updated_at > old


def test_statements_update_sets_and_increments_only_the_given_rows():
    rows = [statement(n, attempts=2) for n in range(3)]
    sql.rows_insert(rows)
    now = timezone.now()
    token = uuid.uuid4()
    sql.statements_update(
        [rows[0].pk, rows[2].pk],
        forward_state="sent",
        sent_at=now,
        claim_token=token,
        last_error="",
        increment=("attempts",),
    )
    values = {
        row.pk: (row.forward_state, row.sent_at, row.claim_token, row.attempts)
        for row in Statement.objects.all()
    }
    assert values == {
        rows[0].pk: ("sent", now, token, 3),
        rows[1].pk: ("pending", None, None, 2),
        rows[2].pk: ("sent", now, token, 3),
    }


def test_update_returning_is_supported_where_the_claim_counts_on_it():
    if connection.vendor == "postgresql":
        assert sql.update_returning_supported()
    else:
        import sqlite3

        assert sql.update_returning_supported() == (sqlite3.sqlite_version_info >= (3, 35))


@pytest.mark.parametrize("returning", [True, False], ids=["update_returning", "select_update"])
def test_statements_claim_takes_the_oldest_due_rows(returning):
    now = timezone.now()
    rows = [statement(n) for n in range(6)]
    sql.rows_insert(rows)
    # The newest is backdated (the oldest now); one is in back-off, one claimed by another.
    Statement.objects.filter(pk=rows[5].pk).update(stored=now - timedelta(days=1))
    Statement.objects.filter(pk=rows[1].pk).update(next_attempt_at=now + timedelta(hours=1))
    Statement.objects.filter(pk=rows[2].pk).update(claimed_until=now + timedelta(hours=1))
    token, until = uuid.uuid4(), now + timedelta(minutes=2)
    with transaction.atomic():
        due = Statement.objects.due(now=now).order_by("stored", "pk")
        claimed = sql.statements_claim(due, token=token, until=until, limit=3, returning=returning)
    assert [row.pk for row in claimed] == [rows[5].pk, rows[0].pk, rows[3].pk]
    for row in claimed:
        assert (
            isinstance(row.text, str)
            and json.loads(row.text) == Statement.objects.get(pk=row.pk).data
        )
        assert row.attempts == 0
    marked = Statement.objects.filter(claim_token=token)
    assert sorted(marked.values_list("pk", flat=True)) == sorted(row.pk for row in claimed)
    assert set(marked.values_list("claimed_until", flat=True)) == {until}


@pytest.mark.parametrize("returning", [True, False], ids=["update_returning", "select_update"])
def test_statements_claim_with_nothing_due_claims_nothing(user, settings, returning):
    settings.TREMPLIN_LRS_ENDPOINT = ""
    factories.record(user)  # kept locally: never due
    with transaction.atomic():
        due = Statement.objects.due(now=timezone.now())
        claimed = sql.statements_claim(
            due, token=uuid.uuid4(), until=timezone.now(), limit=10, returning=returning
        )
    assert claimed == []
    assert not Statement.objects.exclude(claim_token=None).exists()
