"""Styled error pages in the visitor's language; the site search."""

import logging

from django.conf import settings
from django.http import Http404, HttpResponseServerError
from django.shortcuts import render
from django.template import TemplateDoesNotExist
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from common.forms import SearchForm

from .forms import DesignSampleForm
from .search import site_search

logger = logging.getLogger(__name__)

# The colour tokens of tremplin.css (":root"), shown by the pattern library.
DESIGN_COLOURS = (
    ("ink", "#1b1f1d"),
    ("muted", "#4a524e"),
    ("soft", "#f2f6f3"),
    ("mint", "#e3f1e8"),
    ("line", "#c9d3cd"),
    ("brand", "#1d5c3f"),
    ("brand-dark", "#123d29"),
    ("accent", "#8a3b00"),
    ("sun", "#e8a33d"),
    ("danger", "#a4161a"),
    ("info", "#1f4e79"),
    ("focus", "#ffbf47"),
)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered with the request so the shell (language, navigation) works; if even that
    # fails, fall back to a plain answer rather than raising inside the error handler.
    try:
        return render(request, "500.html", status=500)
    except Exception:
        logger.exception("Could not render the 500 page")
        return HttpResponseServerError("<h1>Erreur 500 / Server error</h1>")


def error_preview(request, status):
    """DEBUG only (see urls.py): look at an error page without causing the error."""
    handlers = {403: permission_denied, 404: page_not_found, 500: server_error}
    if status not in handlers:
        raise TemplateDoesNotExist(f"{status}.html")
    return handlers[status](request)


@require_GET
def search(request):
    """The site search (`?q=`), a plain GET form: results in the active language only."""
    form = SearchForm(request.GET or None)
    query = form.query()
    results = site_search(query=query, language=get_language(), request=request) if query else []
    return render(
        request,
        "config/search.html",
        {"form": form, "query": query, "results": results},
        status=400 if form.errors else 200,
    )


def design_library(request):
    """DEBUG only: every component of docs/design.md, rendered with the site's stylesheet, to
    check a change to tremplin.css in one place. Checked here, at request time, as well as in
    urls.py: a URLconf first imported while DEBUG was on (a test) keeps the route."""
    if not settings.DEBUG:
        raise Http404
    return render(
        request,
        "config/design_library.html",
        {"sample_form": DesignSampleForm(), "colours": DESIGN_COLOURS},
    )
