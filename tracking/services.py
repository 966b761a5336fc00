"""Every write of the tracking app: recording statements, the learners' xAPI accounts, and
forwarding the statement store to an external LRS."""

import logging
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import requests
from django.db import connection, transaction
from django.db.models import F
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
    return bool(deleted)


# Recording


def statement_record(*, user, verb, activity, context=None, result=None, timestamp=None):
    """Write one statement to the local store, in the caller's transaction, and schedule its
    forwarding for after the commit. Returns the stored Statement."""
    with transaction.atomic():
        actor = learner_actor_get(user=user)
        data = statement_build(
            actor_name=actor.name,
            verb=verb,
            activity=activity,
            context=context,
            result=result,
            timestamp=timestamp,
        )
        forwarding = conf.lrs_configured()
        statement = Statement.objects.create(
            statement_id=data["id"],
            data=data,
            timestamp=datetime.fromisoformat(data["timestamp"]),
            actor_name=str(actor.name),
            verb=data["verb"]["id"],
            object_iri=data["object"]["id"],
            registration=(context.registration if context else None) or None,
            forward_state=State.PENDING if forwarding else State.LOCAL,
        )
        activities = [activity]
        if context is not None:
            activities += [*context.parents, *context.grouping]
        _activities_remember(activities)
        if forwarding:
            _forward_after_commit()
    return statement


def _activities_remember(activities):
    """Keep the latest definition of each described activity, for its IRI to answer. One
    upsert whatever the number of activities and whether they are new, so the queries of a
    request that records a statement do not depend on what was seen before."""
    rows = {}
    for activity in activities:
        if activity.names or activity.interaction is not None:
            rows.setdefault(
                (str(activity.type), str(activity.key)),
                KnownActivity(
                    kind=str(activity.type),
                    key=str(activity.key),
                    iri=activity.iri,
                    definition=activity.definition(),
                    updated_at=timezone.now(),
                ),
            )
    if rows:
        KnownActivity.objects.bulk_create(
            rows.values(),
            update_conflicts=True,
            unique_fields=["kind", "key"],
            update_fields=["iri", "definition", "updated_at"],
        )


def _forward_enqueue():
    from .tasks import statements_forward_task

    try:
        statements_forward_task.enqueue()
    except Exception:
        # The statements are safe in the database; the next task or `xapi_forward` sends them.
        logger.exception("Could not enqueue the xAPI forwarding task")


def _forward_after_commit():
    """One forwarding task per transaction, however many statements it wrote."""
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
    statement_id: uuid.UUID
    data: dict
    attempts: int


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
    """Claim the oldest due statements for this worker for claim_seconds().

    PostgreSQL: SELECT … FOR UPDATE SKIP LOCKED, so concurrent workers take different rows.
    SQLite has one writer at a time (IMMEDIATE transactions, see config/settings/base.py):
    the select-and-mark below runs alone, so two workers never claim the same rows either.
    A worker that dies leaves its claim to expire; the batch is then sent again with the same
    statement ids, which the LRS recognises (204 or 409 with an identical copy).
    """
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        queryset = Statement.objects.due(now=now).order_by("stored", "pk")
        if connection.features.has_select_for_update_skip_locked:
            queryset = queryset.select_for_update(skip_locked=True)
        rows = [
            _Claimed(*values)
            for values in queryset.values_list("pk", "statement_id", "data", "attempts")[
                : conf.batch_size()
            ]
        ]
        if rows:
            Statement.objects.filter(pk__in=[row.pk for row in rows]).update(
                claimed_until=now + timedelta(seconds=conf.claim_seconds()), claim_token=token
            )
    return token, rows


def _error_detail(response):
    return (response.text or response.reason or "")[:ERROR_DETAIL_MAX]


def _batch_send(client, token, rows, report):
    try:
        response = client.post_statements([row.data for row in rows])
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
        try:
            answer = client.get_statement(row.statement_id)
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
        elif statements_equivalent(row.data, copy):
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
    Statement.objects.filter(pk__in=_pks(rows)).update(
        forward_state=State.SENT,
        sent_at=now,
        last_attempt_at=now,
        attempts=F("attempts") + 1,
        last_error_code="",
        last_error="",
        next_attempt_at=None,
        claimed_until=None,
        claim_token=None,
    )
    report.sent += len(rows)


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
