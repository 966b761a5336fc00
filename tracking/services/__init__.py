"""Every write of the tracking app, one module per concern:

- actors.py: the learners' pseudonymous xAPI accounts;
- recording.py: writing statements to the local store, one by one or in a statements_batch()
  block (buffer.py holds the block's state);
- scheduling.py: queueing the forwarding task after a commit, once per transaction;
- forwarding.py: claiming due statements and sending them to the LRS, and what its answers do;
- admin.py: what an administrator does to the queue;
- sql.py: the hand-written SQL the hot paths run (nothing else writes SQL by hand).

The names below are the services the rest of the app (views, tasks, commands) calls; other
apps go through tracking/api.py.
"""

from .actors import learner_actor_erase, learner_actor_get
from .admin import statements_local_queue, statements_rejected_retry, statements_retry_now
from .forwarding import (
    ForwardReport,
    backoff_delay,
    statements_claim,
    statements_equivalent,
    statements_forward,
)
from .recording import statement_record, statements_batch
from .scheduling import FORWARD_QUEUED_KEY, forward_task_started

__all__ = [
    "FORWARD_QUEUED_KEY",
    "ForwardReport",
    "backoff_delay",
    "forward_task_started",
    "learner_actor_erase",
    "learner_actor_get",
    "statement_record",
    "statements_batch",
    "statements_claim",
    "statements_equivalent",
    "statements_forward",
    "statements_local_queue",
    "statements_rejected_retry",
    "statements_retry_now",
]
