"""Every write of the launchpad, one module per concern (the other areas add their imports):

- `pages`: the pack and its steps created, translated and published the way an editor would
  (the demo loader and the tests build content through it), the template documents.
"""

from .pages import (
    pack_ensure,
    page_translation_ensure,
    step_ensure,
    step_rows_set,
    template_document_ensure,
)

__all__ = [
    "pack_ensure",
    "page_translation_ensure",
    "step_ensure",
    "step_rows_set",
    "template_document_ensure",
]
