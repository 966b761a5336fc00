"""ASGI entry point of the Ralph LRS the tracking tests start (run by .venv-ralph's uvicorn).

Ralph 5.1.0's file-system LRS backend writes every POST to the same file
(``fs_lrs.jsonl``) with its data backend's default operation type, ``CREATE``, which refuses to
write to a file that already exists: the first batch is stored, every later batch of new
statements gets a 500 ("Statements bulk indexation failed"). No setting changes that default,
so it is switched to ``APPEND`` on the class before the app is imported; reads, the duplicate
check (204 / 409) and everything else are Ralph's own code, unchanged.
"""

from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

from ralph.api import app  # noqa: E402 - must come after the switch above

__all__ = ["app"]
