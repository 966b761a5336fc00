"""Middleware of the shared mechanisms."""

import copy

from django.core.exceptions import DisallowedHost, TooManyFieldsSent
from django.http import QueryDict


class QueryStringLimitMiddleware:
    """A query string with more parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS is a 400, with
    DEBUG on as off (issue 17, item 10).

    Django raises TooManyFieldsSent the first time request.GET is read and answers 400, but its
    DEBUG error page reads request.GET again, raises again and ends in a 500. Reading it here,
    first, and leaving an empty QueryDict in its place before re-raising lets every later
    reader (the error page included) see no parameters, and Django's own 400 answers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.GET  # noqa: B018 - parsed here so that the limit applies before anything
        except TooManyFieldsSent:
            request.GET = QueryDict()
            raise
        return self.get_response(request)


class SiteCacheMiddleware:
    """The Wagtail Site of a request from memory instead of a query on every request
    (production settings; docs/deploy.md, "Cache").

    Wagtail finds the site of each request with a query (`Site.find_for_request`, about a
    quarter of a lesson page's CPU on the load test) and keeps it on the request only. Here each
    process keeps the sites it found, per host and port, under a version that any save or
    deletion of a Site expires in the shared cache (common/handlers.py), so every process sees a
    change on its next request. Each request gets its own copy of the Site and of its root page
    (which Wagtail's lookup fetched with it), so that what a request sets on them never leaks
    into another request."""

    VERSION_KEY = "common:sites:version"
    _found = {}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        from .cache import version_get

        version = version_get(self.VERSION_KEY)
        try:
            key = (version, request.get_host().split(":")[0].lower(), request.get_port())
        except DisallowedHost:  # Django answers a bad Host header, not us
            return self.get_response(request)
        site = self._found.get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is None:
                return self.get_response(request)
            if len(self._found) > 1000:  # hosts are few; a flood of Host headers is not kept
                self._found.clear()
            self._found[key] = site
        request._wagtail_site = _copy(site)
        return self.get_response(request)


def _copy(instance):
    """A copy of a model instance and of the related objects it holds (one level)."""
    duplicate = copy.copy(instance)
    duplicate._state = copy.copy(instance._state)
    duplicate._state.fields_cache = {
        name: copy.copy(related) for name, related in instance._state.fields_cache.items()
    }
    return duplicate
