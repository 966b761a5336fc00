from django.http import Http404
from django.views.generic import TemplateView

from common.forms import SearchForm

from . import selectors, usage
from .models import active_language


class GlossaryIndexView(TemplateView):
    """The "lexique responsable" in the active language: the terms by letter, each linking to
    its own page, and a search over them (`?q=`). Each term keeps its old anchor here
    (#terme-<slug>), so links to the former single page still reach it."""

    template_name = "competencies/glossary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET or None)
        query = form.query()
        context["form"] = form
        context["query"] = query
        if query:
            context["results"] = selectors.glossary_search(query=query)
        context["groups"] = selectors.glossary_index()
        return context

    def render_to_response(self, context, **response_kwargs):
        if context["form"].errors:
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


class GlossaryTermView(TemplateView):
    """One term: definition, synonyms, related terms and competencies, the lessons that use
    it, source."""

    template_name = "competencies/glossary_term.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        term = selectors.glossary_term_detail(slug=kwargs["slug"])
        if term is None:
            raise Http404
        context["term"] = term
        context["uses"] = usage.term_uses(
            term=term, language=active_language(), request=self.request
        )
        return context
