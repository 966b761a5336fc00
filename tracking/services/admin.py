"""What an administrator does to the forwarding queue (the Wagtail admin report, the
`xapi_forward` command)."""

from django.db import transaction
from wagtail.log_actions import LogContext
from wagtail.log_actions import log as log_action

from .. import conf
from ..models import Statement
from .scheduling import forward_after_commit

State = Statement.ForwardState

# The admin history's entry for each statement put back in the queue (wagtail_hooks.py).
REQUEUED_ACTION = "tracking.statement_requeue"


@transaction.atomic
def statements_rejected_retry(*, actor=None):
    """Put rejected statements back in the queue (after a fix on either side). Each gets an
    entry in the admin history naming `actor` (Rapports > Historique du site)."""
    rejected = list(
        Statement.objects.filter(forward_state=State.REJECTED).select_for_update().only("pk")
    )
    if not rejected:
        return 0
    count = Statement.objects.filter(pk__in=[row.pk for row in rejected]).update(
        forward_state=State.PENDING if conf.lrs_configured() else State.LOCAL,
        attempts=0,
        next_attempt_at=None,
        last_error_code="",
        last_error="",
    )
    with LogContext(user=actor):
        for statement in rejected:
            log_action(statement, REQUEUED_ACTION, user=actor)
    if conf.lrs_configured():
        forward_after_commit()
    return count


@transaction.atomic
def statements_retry_now():
    """Cancel the back-off delays: the pending statements are sent at the next run."""
    count = Statement.objects.pending().exclude(next_attempt_at=None).update(next_attempt_at=None)
    if conf.lrs_configured():
        forward_after_commit()
    return count


@transaction.atomic
def statements_local_queue():
    """Queue the statements kept locally while no LRS was configured."""
    if not conf.lrs_configured():
        return 0
    count = Statement.objects.filter(forward_state=State.LOCAL).update(
        forward_state=State.PENDING, next_attempt_at=None
    )
    if count:
        forward_after_commit()
    return count
