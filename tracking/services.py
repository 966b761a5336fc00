"""Every write of the tracking app: recording statements, the learners' xAPI accounts, and
forwarding the statement store to an external LRS."""

import json
import logging
import random
import uuid
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import requests
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection, transaction
from django.db.models import F, TextField
from django.db.models.constants import OnConflict
from django.db.models.functions import Cast
from django.utils import timezone

from . import conf
from .client import client_get
from .models import KnownActivity, LearnerActor, Statement
from .statements import statement_build

logger = logging.getLogger(__name__)

State = Statement.ForwardState

# Answers that say nothing about the statements themselves (credentials, address, throttling):
# the batch waits and is retried, it is never split nor rejected.
TRANSIENT_CLIENT_ERRORS = {401, 403, 404, 405, 407, 408, 425, 429}
ERROR_DETAIL_MAX = 2000


# Learners' pseudonymous accounts


def learner_actor_get(*, user):
    """The learner's xAPI account name, created on first use (kept on the user instance, so a
    request that records several statements looks it up once)."""
    try:
        return user.xapi_actor
    except LearnerActor.DoesNotExist:
        actor, _created = LearnerActor.objects.get_or_create(user=user)
        user.xapi_actor = actor
        return actor


@transaction.atomic
def learner_actor_erase(*, actor=None, user):
    """Forget which learner the UUID in their statements stands for (here and in the LRS).
    Returns whether there was one."""
    deleted, _ = LearnerActor.objects.filter(user=user).delete()
    user._state.fields_cache.pop("xapi_actor", None)  # the cached reverse one-to-one
    batch = _batch.get()
    if batch is not None:
        batch.actors.pop(user.pk, None)
    return bool(deleted)


# Recording


@dataclass
class _Batch:
    """The statements of a statements_batch() block, written together when it ends."""

    savepoints: tuple  # the savepoints open when the block began
    statements: list = field(default_factory=list)
    activities: dict = field(default_factory=dict)  # (kind, key) -> (Activity, definition)
    forwarding: bool = False
    actors: dict = field(default_factory=dict)  # user pk -> account name


_batch = ContextVar("tracking_statements_batch", default=None)


@contextmanager
def statements_batch():
    """Record the statements of the block together, for a service that records several (a
    lesson completed, then the course's progress): they are written when the block ends, in
    its transaction (the caller's, or one opened for the block), with one INSERT, one upsert
    of the activities they describe and one forwarding task after the commit. The learner's
    account is looked up once.

    The Statement rows statement_record() returns inside the block are saved when it ends. A
    statement recorded inside a savepoint opened in the block is written at once, so that it
    goes with that savepoint (the order of the statements is their `stored` time). If the
    block raises, it writes nothing. A block inside another one joins it.
    """
    if _batch.get() is not None:
        yield
        return
    opened = nullcontext() if connection.in_atomic_block else transaction.atomic()
    with opened:
        batch = _Batch(savepoints=tuple(connection.savepoint_ids))
        token = _batch.set(batch)
        try:
            yield
            _batch_write(batch)
        finally:
            _batch.reset(token)


def statement_record(*, user, verb, activity, context=None, result=None, timestamp=None):
    """Write one statement to the local store, in the caller's transaction, and schedule its
    forwarding for after the commit (in a statements_batch() block: when the block ends).
    Returns the Statement."""
    batch = _batch.get()
    # Buffered only at the block's own level (see statements_batch).
    buffered = batch is not None and tuple(connection.savepoint_ids) == batch.savepoints
    actor_name = _actor_name(user, batch if buffered else None)
    data = statement_build(
        actor_name=actor_name,
        verb=verb,
        activity=activity,
        context=context,
        result=result,
        timestamp=timestamp,
    )
    forwarding = conf.lrs_configured()
    statement = Statement(
        statement_id=data["id"],
        data=data,
        timestamp=datetime.fromisoformat(data["timestamp"]),
        actor_name=str(actor_name),
        verb=data["verb"]["id"],
        object_iri=data["object"]["id"],
        registration=(context.registration if context else None) or None,
        forward_state=State.PENDING if forwarding else State.LOCAL,
    )
    activities = _activities_described(activity, context, data)
    if buffered:
        batch.statements.append(statement)
        batch.activities.update(activities)
        batch.forwarding = batch.forwarding or forwarding
        return statement
    with transaction.atomic(savepoint=False):
        _rows_insert([statement])
        _activities_remember(activities)
        if forwarding:
            _forward_after_commit()
    return statement


def _actor_name(user, batch):
    """The learner's account name: known to the batch or the user instance, else read with
    one plain SQL query (every request that records a statement needs it; the ORM's lookup
    cost more than the query), else a new LearnerActor."""
    if batch is not None and user.pk in batch.actors:
        return batch.actors[user.pk]
    actor = user._state.fields_cache.get("xapi_actor")
    if actor is not None:
        name = actor.name
    else:
        table = connection.ops.quote_name(LearnerActor._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT name FROM {table} WHERE user_id = %s", [user.pk])  # noqa: S608
            row = cursor.fetchone()
        if row is not None:
            name = row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(row[0])
        else:
            name = learner_actor_get(user=user).name
    if batch is not None:
        batch.actors[user.pk] = name
    return name


def _batch_write(batch):
    if batch.statements:
        _rows_insert(batch.statements)
    _activities_remember(batch.activities)
    if batch.forwarding:
        _forward_after_commit()
    batch.statements, batch.activities, batch.forwarding = [], {}, False


def _activities_described(activity, context, data):
    """The activities a statement describes (with names or an interaction) and their
    definitions, keyed by (kind, key): the object's is the one in the statement."""
    described = {}
    activities = [(activity, data["object"].get("definition"))]
    if context is not None:
        activities += [(other, None) for other in (*context.parents, *context.grouping)]
    for other, definition in activities:
        if other.names or other.interaction is not None:
            described.setdefault((str(other.type), str(other.key)), (other, definition))
    return described


def _activities_remember(described):
    """Keep the latest definition of each described activity, for its IRI to answer. One
    upsert whatever the number of activities and whether they are new, so the queries of a
    request that records statements do not depend on what was seen before. Rows in key
    order, so that concurrent transactions lock them in the same order."""
    if not described:
        return
    now = timezone.now()
    rows = [
        KnownActivity(
            kind=kind,
            key=key,
            iri=activity.iri,
            definition=definition if definition is not None else activity.definition(),
            updated_at=now,
        )
        for (kind, key), (activity, definition) in sorted(described.items())
    ]
    _rows_insert(
        rows, unique_fields=["kind", "key"], update_fields=["iri", "definition", "updated_at"]
    )


def _rows_insert(objs, *, unique_fields=(), update_fields=()):
    """What bulk_create() does for `objs` (one model), in one INSERT: the values prepared by
    their fields, the primary keys set (not for an upsert: with `unique_fields`, the rows that
    exist get `update_fields`). Without the ORM's compiler: every request that records
    statements runs it, and compiling cost several times the query itself."""
    model = type(objs[0])
    opts = model._meta
    if not unique_fields and not connection.features.can_return_rows_from_bulk_insert:
        model.objects.bulk_create(objs)
        return
    fields = [field for field in opts.concrete_fields if field is not opts.pk]
    ops, quote = connection.ops, connection.ops.quote_name
    params = []
    for obj in objs:
        params += [
            field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields
        ]
    row = f"({', '.join(['%s'] * len(fields))})"
    sql = [
        f"INSERT INTO {quote(opts.db_table)} ({', '.join(quote(f.column) for f in fields)})",
        f"VALUES {', '.join([row] * len(objs))}",
    ]
    if unique_fields:
        sql.append(
            ops.on_conflict_suffix_sql(
                fields,
                OnConflict.UPDATE,
                [opts.get_field(name).column for name in update_fields],
                [opts.get_field(name).column for name in unique_fields],
            )
        )
    else:
        sql.append(ops.return_insert_columns([opts.pk])[0])
    with connection.cursor() as cursor:
        cursor.execute(" ".join(sql), params)
        if unique_fields:
            return
        returned = ops.fetch_returned_insert_rows(cursor)
    for obj, (pk,) in zip(objs, returned, strict=True):
        obj.pk = pk
        obj._state.adding, obj._state.db = False, connection.alias


# Set while a forwarding task is queued and has not started (tasks.py clears it as it starts).
FORWARD_QUEUED_KEY = "tracking:forward-task-queued"


def _forward_queued_cache():
    """The cache that says whether a forwarding task is waiting, when the web and worker
    processes share it (Redis, files, database); None for a per-process one (memory, dummy),
    which a worker could not clear."""
    cache = caches["default"]
    return None if isinstance(cache, LocMemCache | DummyCache) else cache


def forward_task_started():
    """Called by the forwarding task first thing: from now on, statements committed later may
    come after its last claim, so the next commit queues a new task."""
    cache = _forward_queued_cache()
    if cache is not None:
        _forward_flag_clear(cache)


def _forward_flag_clear(cache):
    try:
        cache.delete(FORWARD_QUEUED_KEY)
    except Exception:
        # Left set, the flag expires after forward_queued_seconds(); nothing is lost.
        logger.exception("Could not clear the xAPI forwarding flag")


def _forward_enqueue():
    """Make sure a forwarding task will run after this commit. A task that is queued and has
    not started yet sends these statements too (it claims every due row when it runs): while
    one waits, no other is queued. The flag expires after forward_queued_seconds(), so a task
    lost from its queue holds nothing back for longer."""
    from .tasks import statements_forward_task

    cache = _forward_queued_cache()
    if cache is not None:
        try:
            if not cache.add(FORWARD_QUEUED_KEY, True, timeout=conf.forward_queued_seconds()):
                return
        except Exception:
            logger.exception("Could not read the xAPI forwarding flag; queueing a task")
            cache = None
    try:
        statements_forward_task.enqueue()
    except Exception:
        # The statements are safe in the database; the next task or `xapi_forward` sends them.
        logger.exception("Could not enqueue the xAPI forwarding task")
        if cache is not None:
            _forward_flag_clear(cache)


def _forward_after_commit():
    """One forwarding task per transaction, however many statements it wrote, and none while
    one is already waiting (see _forward_enqueue)."""
    if connection.in_atomic_block and any(
        func is _forward_enqueue for _sids, func, _robust in connection.run_on_commit
    ):
        return
    transaction.on_commit(_forward_enqueue)


# Forwarding


@dataclass
class ForwardReport:
    batches: int = 0
    sent: int = 0
    rejected: int = 0
    postponed: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self):
        return {
            "batches": self.batches,
            "sent": self.sent,
            "rejected": self.rejected,
            "postponed": self.postponed,
        }


@dataclass
class _Claimed:
    pk: int
    text: str  # the statement's JSON as stored: what is sent, never decoded to be sent
    attempts: int

    @property
    def data(self):
        return json.loads(self.text)


class _LRSUnavailable(Exception):
    """The LRS cannot take statements now (down, slow, refusing our credentials)."""


def statements_forward(*, max_batches=None):
    """Send due pending statements to the LRS in batches, oldest first, until none is due,
    the LRS is unavailable or `max_batches` batches were sent. Safe to run in several workers
    at once: each batch is claimed by one of them."""
    report = ForwardReport()
    if not conf.lrs_configured():
        return report
    client = client_get()
    while max_batches is None or report.batches < max_batches:
        token, rows = _batch_claim()
        if not rows:
            break
        report.batches += 1
        try:
            _batch_send(client, token, rows, report)
        except _LRSUnavailable:
            break
    return report


def _batch_claim():
    """Claim the oldest due statements for this worker for claim_seconds(): one
    UPDATE … RETURNING (PostgreSQL, SQLite from 3.35), else a SELECT then an UPDATE.

    PostgreSQL: the due rows are chosen with FOR UPDATE SKIP LOCKED, so concurrent workers
    take different rows. SQLite has one writer at a time (IMMEDIATE transactions, see
    config/settings/base.py): the claim runs alone, so two workers never claim the same rows
    either.
    A worker that dies leaves its claim to expire; the batch is then sent again with the same
    statement ids, which the LRS recognises (204 or 409 with an identical copy).
    """
    now = timezone.now()
    token = uuid.uuid4()
    until = now + timedelta(seconds=conf.claim_seconds())
    with transaction.atomic():
        due = Statement.objects.due(now=now).order_by("stored", "pk")
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        if _update_returning():
            return token, _claim_returning(due, token=token, until=until)
        rows = [
            _Claimed(*values)
            for values in due.values_list("pk", Cast("data", TextField()), "attempts")[
                : conf.batch_size()
            ]
        ]
        if rows:
            Statement.objects.filter(pk__in=_pks(rows)).update(
                claimed_until=until, claim_token=token
            )
    return token, rows


def _update_returning():
    """Whether the database runs UPDATE … RETURNING: PostgreSQL; SQLite from 3.35."""
    return connection.vendor in ("postgresql", "sqlite") and (
        connection.features.can_return_columns_from_insert
    )


_CLAIM_FIELDS = ("id", "data", "attempts", "stored", "claimed_until", "claim_token")


def _claim_returning(due, *, token, until):
    """Claim and read the first `due` rows in one statement: UPDATE … WHERE id IN (the due
    rows' ids, with PostgreSQL's FOR UPDATE SKIP LOCKED) RETURNING … The statement's JSON
    is read as text, to be sent as it is."""
    opts = Statement._meta
    quote = connection.ops.quote_name
    column = {name: quote(opts.get_field(name).column) for name in _CLAIM_FIELDS}
    subquery, params = due.values("pk")[: conf.batch_size()].query.sql_with_params()
    sql = [
        f"UPDATE {quote(opts.db_table)}",
        f"SET {column['claimed_until']} = %s, {column['claim_token']} = %s",
        f"WHERE {column['id']} IN ({subquery})",
        f"RETURNING {column['id']}, CAST({column['data']} AS text), {column['attempts']},",
        column["stored"],
    ]
    values = [
        opts.get_field("claimed_until").get_db_prep_value(until, connection),
        opts.get_field("claim_token").get_db_prep_value(token, connection),
        *params,
    ]
    with connection.cursor() as cursor:
        cursor.execute(" ".join(sql), values)
        returned = cursor.fetchall()
    # RETURNING keeps no order: oldest first, as they were chosen.
    returned.sort(key=lambda row: (row[3], row[0]))
    return [_Claimed(pk, text, attempts) for pk, text, attempts, _stored in returned]


def _batch_body(rows):
    """The JSON array of the statements, joined from their stored JSON texts."""
    return ("[" + ",".join(row.text for row in rows) + "]").encode()


def _error_detail(response):
    return (response.text or response.reason or "")[:ERROR_DETAIL_MAX]


def _batch_send(client, token, rows, report):
    try:
        response = client.post_statements(_batch_body(rows))
    except requests.Timeout as error:
        _postpone(token, rows, report, code="timeout", detail=str(error))
        raise _LRSUnavailable from error
    except requests.RequestException as error:
        _postpone(token, rows, report, code="connection", detail=str(error))
        raise _LRSUnavailable from error
    status = response.status_code
    if status in (200, 204):
        # 204: every statement of the batch was already stored (a batch sent again).
        _mark_sent(rows, report)
    elif status == 409:
        _conflict_resolve(client, token, rows, report, response)
    elif status in TRANSIENT_CLIENT_ERRORS or status >= 500 or status < 200:
        _postpone(token, rows, report, code=f"http_{status}", detail=_error_detail(response))
        raise _LRSUnavailable
    elif 400 <= status < 500:
        _batch_split(client, token, rows, report, response)
    else:  # 201, 3xx…: not an answer xAPI defines for a POST; keep the batch for later.
        _postpone(token, rows, report, code=f"http_{status}", detail=_error_detail(response))
        raise _LRSUnavailable


def _batch_split(client, token, rows, report, response):
    """A 4xx about the content: halve the batch until the bad statement is alone."""
    if len(rows) == 1:
        _reject(
            token, rows, report, code=f"http_{response.status_code}", detail=_error_detail(response)
        )
        return
    middle = len(rows) // 2
    halves = [rows[:middle], rows[middle:]]
    for index, half in enumerate(halves):
        try:
            _batch_send(client, token, half, report)
        except _LRSUnavailable:
            for later in halves[index + 1 :]:
                _postpone(token, later, report, code="http_503", detail="", count_attempt=False)
            raise


def _conflict_resolve(client, token, rows, report, response):
    """409: the LRS already holds a statement with one of these ids. Compare each with the
    LRS's copy: identical is sent, different is rejected, absent is sent again at once."""
    sent, conflicting, absent = [], [], []
    for row in rows:
        ours = row.data
        try:
            answer = client.get_statement(ours["id"])
        except requests.RequestException as error:
            _postpone(token, rows, report, code="connection", detail=str(error))
            raise _LRSUnavailable from error
        if answer.status_code not in (200, 404):
            _postpone(
                token, rows, report, code=f"http_{answer.status_code}", detail=_error_detail(answer)
            )
            raise _LRSUnavailable
        copy = _statement_from_answer(answer)
        if copy is None:
            absent.append(row)
        elif statements_equivalent(ours, copy):
            sent.append(row)
        else:
            conflicting.append(row)
    _mark_sent(sent, report)
    _reject(
        token,
        conflicting,
        report,
        code="conflict",
        detail=_error_detail(response) or "The LRS holds a different statement with this id.",
    )
    if absent and not (sent or conflicting):
        # The LRS says "conflict" but holds none of them: treat it as any other 4xx.
        _batch_split(client, token, absent, report, response)
    elif absent:
        _release(token, absent)


def _statement_from_answer(answer):
    if answer.status_code != 200:
        return None
    try:
        body = answer.json()
    except ValueError:
        return None
    if isinstance(body, dict) and "statements" in body:  # some LRSs answer a StatementResult
        body = body["statements"][0] if body["statements"] else None
    return body if isinstance(body, dict) and body.get("id") else None


_COMPARED = ("actor", "verb", "object", "result", "context", "attachments")


def statements_equivalent(ours, theirs):
    """xAPI's statement comparison: what the LRS adds or normalises (stored, authority,
    version, objectType defaults, the timestamp's notation) does not count."""
    if str(ours.get("id")) != str(theirs.get("id")):
        return False
    for name in _COMPARED:
        if _normalised(ours.get(name)) != _normalised(theirs.get(name)):
            return False
    if "timestamp" in ours and "timestamp" in theirs:
        return datetime.fromisoformat(ours["timestamp"]) == datetime.fromisoformat(
            theirs["timestamp"]
        )
    return True


def _normalised(value):
    if isinstance(value, dict):
        return {
            key: _normalised(item)
            for key, item in value.items()
            if not (key == "objectType" and item in ("Activity", "Agent"))
        }
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    return value


def _pks(rows):
    return [row.pk for row in rows]


def _mark_sent(rows, report):
    if not rows:
        return
    now = timezone.now()
    # Whoever holds the claim now, the LRS has these statements: that is the truth to record.
    _statements_update(
        _pks(rows),
        forward_state=State.SENT,
        sent_at=now,
        last_attempt_at=now,
        last_error_code="",
        last_error="",
        next_attempt_at=None,
        claimed_until=None,
        claim_token=None,
        increment=("attempts",),
    )
    report.sent += len(rows)


def _statements_update(pks, *, increment=(), **values):
    """Statement.objects.filter(pk__in=pks).update(**values), each field of `increment` + 1,
    in SQL (names from the model, values prepared by its fields): it runs for every batch
    sent, and compiling it with the ORM cost more than running it."""
    opts = Statement._meta
    quote = connection.ops.quote_name
    assignments, params = [], []
    for name, value in values.items():
        field = opts.get_field(name)
        assignments.append(f"{quote(field.column)} = %s")
        params.append(field.get_db_prep_save(value, connection))
    for name in increment:
        column = quote(opts.get_field(name).column)
        assignments.append(f"{column} = {column} + 1")
    sql = [
        f"UPDATE {quote(opts.db_table)}",
        f"SET {', '.join(assignments)}",
        f"WHERE {quote(opts.pk.column)} IN ({', '.join(['%s'] * len(pks))})",
    ]
    with connection.cursor() as cursor:
        cursor.execute(" ".join(sql), [*params, *pks])


def _reject(token, rows, report, *, code, detail):
    if not rows:
        return
    now = timezone.now()
    count = Statement.objects.filter(
        pk__in=_pks(rows), claim_token=token, forward_state=State.PENDING
    ).update(
        forward_state=State.REJECTED,
        last_attempt_at=now,
        attempts=F("attempts") + 1,
        last_error_code=code,
        last_error=detail,
        claimed_until=None,
        claim_token=None,
    )
    report.rejected += count
    logger.warning("The LRS rejected %d statement(s): %s %s", count, code, detail[:200])


def backoff_delay(attempts):
    """Seconds to wait after the `attempts`-th failure: exponential, capped, with jitter so
    that workers and sites do not all come back at the same second."""
    delay = min(conf.backoff_max(), conf.backoff_base() * 2 ** max(attempts - 1, 0))
    return delay * random.uniform(0.5, 1.0)  # noqa: S311 - jitter, not security


def _postpone(token, rows, report, *, code, detail, count_attempt=True):
    if not rows:
        return
    now = timezone.now()
    attempts = max(row.attempts for row in rows) + (1 if count_attempt else 0)
    updates = {
        "next_attempt_at": now + timedelta(seconds=backoff_delay(attempts)),
        "claimed_until": None,
        "claim_token": None,
    }
    if count_attempt:
        updates.update(
            attempts=F("attempts") + 1,
            last_attempt_at=now,
            last_error_code=code,
            last_error=detail[:ERROR_DETAIL_MAX],
        )
    count = Statement.objects.filter(
        pk__in=_pks(rows), claim_token=token, forward_state=State.PENDING
    ).update(**updates)
    report.postponed += count
    if count_attempt:
        report.errors.append(code)
        logger.warning("xAPI forwarding postponed (%s): %s", code, detail[:200])


def _release(token, rows):
    Statement.objects.filter(pk__in=_pks(rows), claim_token=token).update(
        claimed_until=None, claim_token=None, next_attempt_at=None
    )


# Administration


@transaction.atomic
def statements_rejected_retry(*, actor=None):
    """Put rejected statements back in the queue (after a fix on either side)."""
    count = Statement.objects.filter(forward_state=State.REJECTED).update(
        forward_state=State.PENDING if conf.lrs_configured() else State.LOCAL,
        attempts=0,
        next_attempt_at=None,
        last_error_code="",
        last_error="",
    )
    if count and conf.lrs_configured():
        _forward_after_commit()
    return count


@transaction.atomic
def statements_retry_now(*, actor=None):
    """Cancel the back-off delays: the pending statements are sent at the next run."""
    count = Statement.objects.pending().exclude(next_attempt_at=None).update(next_attempt_at=None)
    if conf.lrs_configured():
        _forward_after_commit()
    return count


@transaction.atomic
def statements_local_queue(*, actor=None):
    """Queue the statements kept locally while no LRS was configured."""
    if not conf.lrs_configured():
        return 0
    count = Statement.objects.filter(forward_state=State.LOCAL).update(
        forward_state=State.PENDING, next_attempt_at=None
    )
    if count:
        _forward_after_commit()
    return count
