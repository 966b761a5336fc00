"""StreamField blocks that courses may add to lessons."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.blocks import SnippetChooserBlock


class GlossaryTermBlock(SnippetChooserBlock):
    """A glossary term shown with its definition in a <details>, in the active language."""

    def __init__(self, **kwargs):
        super().__init__("competencies.GlossaryTerm", **kwargs)

    def deconstruct(self):
        path = "competencies.blocks.GlossaryTermBlock"
        _args, _positional, kwargs = super().deconstruct()
        return path, (), kwargs

    class Meta:
        icon = "help"
        label = _("Terme du lexique")
        template = "competencies/blocks/glossary_term.html"
