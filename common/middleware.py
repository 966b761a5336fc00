"""Middleware of the shared mechanisms."""

from django.core.exceptions import TooManyFieldsSent
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
