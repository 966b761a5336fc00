"""The statements of the current statements_batch() block (recording.py), kept in a context
variable so that each thread and each asyncio task has its own."""

from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass
class Batch:
    """The statements of a statements_batch() block, written together when it ends."""

    savepoints: tuple  # the savepoints open when the block began
    statements: list = field(default_factory=list)
    activities: dict = field(default_factory=dict)  # (kind, key) -> (Activity, definition)
    forwarding: bool = False
    actors: dict = field(default_factory=dict)  # user pk -> account name


current = ContextVar("tracking_statements_batch", default=None)
