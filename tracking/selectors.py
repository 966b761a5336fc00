"""Reads of the tracking app."""

import json

from django.db.models import Count, Min, Q
from django.utils import timezone

from .models import Statement

State = Statement.ForwardState


def forwarding_status_get(*, now=None):
    """Counts per forwarding state, the oldest pending statement's age and the latest error:
    what the admin report shows. Three queries whatever the store's size."""
    now = now or timezone.now()
    counts = Statement.objects.aggregate(
        **{state.value: Count("pk", filter=Q(forward_state=state)) for state in State},
        oldest_pending=Min("stored", filter=Q(forward_state=State.PENDING)),
        next_attempt=Min("next_attempt_at", filter=Q(forward_state=State.PENDING)),
    )
    last_error = (
        Statement.objects.exclude(last_error_code="")
        .filter(forward_state__in=[State.PENDING, State.REJECTED])
        .order_by("-last_attempt_at", "-pk")
        .values("last_error_code", "last_error", "last_attempt_at", "forward_state")
        .first()
    )
    oldest = counts.pop("oldest_pending")
    return {
        "counts": {state: counts[state.value] for state in State},
        "oldest_pending": oldest,
        "oldest_pending_age": (now - oldest) if oldest else None,
        "next_attempt_at": counts["next_attempt"],
        "last_error": last_error,
    }


def statements_rejected_list(*, limit=20):
    """The latest rejected statements for the admin report, without their JSON (`data` is
    deferred: a row shows Statement.summary, the detail page the statement)."""
    return (
        Statement.objects.filter(forward_state=State.REJECTED)
        .defer("data")
        .order_by("-last_attempt_at")[:limit]
    )


# The detail page shows this much of a statement's JSON; the rest is in the download.
STATEMENT_SHOWN_CHARACTERS = 20_000


def statement_detail_get(*, statement_id):
    """A statement for the admin detail page: (row, its JSON indented and cut to
    STATEMENT_SHOWN_CHARACTERS, whether it was cut), or None when there is no such statement."""
    statement = Statement.objects.filter(statement_id=statement_id).first()
    if statement is None:
        return None
    text = json.dumps(statement.data, ensure_ascii=False, indent=2)
    cut = len(text) > STATEMENT_SHOWN_CHARACTERS
    return statement, text[:STATEMENT_SHOWN_CHARACTERS], cut


def statement_json_chunks(*, statement):
    """The statement's JSON in chunks, for a streamed download."""
    return json.JSONEncoder(ensure_ascii=False).iterencode(statement.data)


def activity_definition_get(*, kind, key):
    from .models import KnownActivity

    return KnownActivity.objects.filter(kind=kind, key=key).first()
