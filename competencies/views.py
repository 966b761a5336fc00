from django.views.generic import TemplateView

from .selectors import glossary_index


class GlossaryView(TemplateView):
    """The public A-Z "lexique responsable", in the active language."""

    template_name = "competencies/glossary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["groups"] = glossary_index()
        return context
