"""Forwarding the statement store to the LRS: claiming due statements in batches, sending
them, and recording what the LRS answered (sent, rejected, postponed with a back-off)."""

import json
import logging
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import requests
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .. import conf
from ..client import client_get
from ..models import Statement
from . import sql

logger = logging.getLogger(__name__)

State = Statement.ForwardState

# Answers that say nothing about the statements themselves (credentials, address, throttling):
# the batch waits and is retried, it is never split nor rejected.
TRANSIENT_CLIENT_ERRORS = {401, 403, 404, 405, 407, 408, 425, 429}
ERROR_DETAIL_MAX = 2000


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
class Claim:
    """The statements one worker claimed (statements_claim) and the token it holds them by."""

    token: uuid.UUID
    rows: list  # of sql.Claimed, oldest first


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
        claim = statements_claim()
        if not claim.rows:
            break
        report.batches += 1
        try:
            _batch_send(client, claim.token, claim.rows, report)
        except _LRSUnavailable:
            break
    return report


def statements_claim(*, returning=None):
    """Claim the oldest due statements (a batch: TREMPLIN_LRS_BATCH_SIZE) for claim_seconds():
    what statements_forward() does before each POST, public for a worker that sends them
    itself, and for the tests to play a busy or dead worker. `returning`: see
    sql.statements_claim (None: what the database supports).

    No other worker claims them meanwhile (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite has one
    writer at a time, IMMEDIATE transactions, see config/settings/base.py). A worker that
    dies leaves its claim to expire; the batch is then sent again with the same statement
    ids, which the LRS recognises (204 or 409 with an identical copy)."""
    now = timezone.now()
    token = uuid.uuid4()
    until = now + timedelta(seconds=conf.claim_seconds())
    with transaction.atomic():
        due = Statement.objects.due(now=now).order_by("stored", "pk")
        rows = sql.statements_claim(
            due, token=token, until=until, limit=conf.batch_size(), returning=returning
        )
    return Claim(token, rows)


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
        ours = json.loads(row.text)
        copy = _lrs_copy(client, token, rows, report, ours["id"])
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


def _lrs_copy(client, token, rows, report, statement_id):
    """The LRS's copy of a statement of the batch, or None; an LRS that cannot answer
    postpones the whole batch."""
    try:
        answer = client.get_statement(statement_id)
    except requests.RequestException as error:
        _postpone(token, rows, report, code="connection", detail=str(error))
        raise _LRSUnavailable from error
    if answer.status_code not in (200, 404):
        _postpone(
            token, rows, report, code=f"http_{answer.status_code}", detail=_error_detail(answer)
        )
        raise _LRSUnavailable
    return _statement_from_answer(answer)


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
    sql.statements_update(
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
    return delay * random.uniform(0.5, 1.0)  # jitter, not security


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
