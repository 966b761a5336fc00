"""Recording statements in the local store, in the caller's transaction: one at a time, or
buffered by a statements_batch() block and written together when it ends."""

from contextlib import contextmanager, nullcontext
from datetime import datetime
from functools import partial

from django.db import connection, transaction
from django.utils import timezone

from .. import conf
from ..models import KnownActivity, Statement
from ..statements import statement_build
from . import buffer, sql
from .actors import actor_name
from .scheduling import forward_after_commit

State = Statement.ForwardState


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
    if buffer.current.get() is not None:
        yield
        return
    opened = nullcontext() if connection.in_atomic_block else transaction.atomic()
    with opened:
        batch = buffer.Batch(savepoints=tuple(connection.savepoint_ids))
        token = buffer.current.set(batch)
        try:
            yield
            _batch_write(batch)
        finally:
            buffer.current.reset(token)


def statement_record(*, user, verb, activity, context=None, result=None, timestamp=None):
    """Write one statement to the local store, in the caller's transaction, and schedule its
    forwarding for after the commit (in a statements_batch() block: when the block ends).
    Returns the Statement."""
    batch = buffer.current.get()
    # Buffered only at the block's own level (see statements_batch).
    buffered = batch is not None and tuple(connection.savepoint_ids) == batch.savepoints
    name = actor_name(user, batch if buffered else None)
    data = statement_build(
        actor_name=name,
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
        actor_name=str(name),
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
        sql.rows_insert([statement])
        _activities_remember(activities)
        if forwarding:
            forward_after_commit()
    return statement


def _batch_write(batch):
    if batch.statements:
        sql.rows_insert(batch.statements)
    _activities_remember(batch.activities)
    if batch.forwarding:
        forward_after_commit()
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
    """Keep the latest definition of each described activity, for its IRI to answer: one
    upsert, after the commit, in a transaction of its own. Not in the caller's transaction:
    a course's or a path's row is described by every statement of its learners, and a
    transaction that upserted twice (a path enrolment records one statement per course)
    while another upserted once could each hold a row the other waits for (PostgreSQL's
    "deadlock detected" under load, bench/load.py). Alone in its transaction, one upsert of
    rows in key order only ever waits, and holds its locks for that one statement. A
    rolled-back transaction remembers nothing; a definition lost to a crash right after the
    commit comes back with the activity's next statement."""
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
    transaction.on_commit(partial(_activities_upsert, rows), robust=True)


def _activities_upsert(rows):
    with transaction.atomic():
        sql.rows_insert(
            rows, unique_fields=["kind", "key"], update_fields=["iri", "definition", "updated_at"]
        )
