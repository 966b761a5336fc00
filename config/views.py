"""Styled error pages in the visitor's language."""

import logging

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import TemplateDoesNotExist

logger = logging.getLogger(__name__)


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
