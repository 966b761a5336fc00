"""The tracking app's hand-written SQL: the queries that every "mark as done" and every batch
sent run, written out because compiling them with the ORM cost more than running them (see
docs/tracking.md, "Cost of recording" and "Cost of forwarding").

Table and column names come from the models, values are prepared by the model fields, so the
statements stay right if a field changes; each runs on SQLite and PostgreSQL (the tests run
every function here on both: tests/tracking/test_services_sql.py). Nothing else of the app
writes SQL by hand.
"""

import uuid
from dataclasses import dataclass

from django.db import connection
from django.db.models import TextField
from django.db.models.constants import OnConflict
from django.db.models.functions import Cast

from ..models import LearnerActor, Statement


def actor_name_select(*, user_id):
    """The learner's xAPI account name (a UUID), or None: one plain SELECT."""
    table = connection.ops.quote_name(LearnerActor._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT name FROM {table} WHERE user_id = %s", [user_id])  # noqa: S608
        row = cursor.fetchone()
    if row is None:
        return None
    return row[0] if isinstance(row[0], uuid.UUID) else uuid.UUID(row[0])


def rows_insert(objs, *, unique_fields=(), update_fields=()):
    """What bulk_create() does for `objs` (one model), in one INSERT: the values prepared by
    their fields, the primary keys set (not for an upsert: with `unique_fields`, the rows that
    exist get `update_fields`)."""
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


def statements_update(pks, *, increment=(), **values):
    """Statement.objects.filter(pk__in=pks).update(**values), each field of `increment` + 1."""
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


@dataclass
class Claimed:
    """A statement claimed for sending."""

    pk: int
    text: str  # the statement's JSON as stored: what is sent, never decoded to be sent
    attempts: int


def update_returning_supported():
    """Whether the database runs UPDATE … RETURNING: PostgreSQL; SQLite from 3.35."""
    return connection.vendor in ("postgresql", "sqlite") and (
        connection.features.can_return_columns_from_insert
    )


def statements_claim(due, *, token, until, limit, returning=None):
    """Mark the first `limit` rows of the `due` queryset (ordered) as claimed with `token`
    until `until`, and return them as Claimed, oldest first. Run it in a transaction.

    With `returning` (by default: when the database supports it), one UPDATE … WHERE id IN
    (the due rows' ids) RETURNING …; else a SELECT then an UPDATE. PostgreSQL chooses the
    due rows with FOR UPDATE SKIP LOCKED, so concurrent workers take different rows."""
    if connection.features.has_select_for_update_skip_locked:
        due = due.select_for_update(skip_locked=True)
    if returning is None:
        returning = update_returning_supported()
    if returning:
        return _claim_returning(due, token=token, until=until, limit=limit)
    rows = [
        Claimed(*values)
        for values in due.values_list("pk", Cast("data", TextField()), "attempts")[:limit]
    ]
    if rows:
        Statement.objects.filter(pk__in=[row.pk for row in rows]).update(
            claimed_until=until, claim_token=token
        )
    return rows


_CLAIM_FIELDS = ("id", "data", "attempts", "stored", "claimed_until", "claim_token")


def _claim_returning(due, *, token, until, limit):
    opts = Statement._meta
    quote = connection.ops.quote_name
    column = {name: quote(opts.get_field(name).column) for name in _CLAIM_FIELDS}
    subquery, params = due.values("pk")[:limit].query.sql_with_params()
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
    return [Claimed(pk, text, attempts) for pk, text, attempts, _stored in returned]
