from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import selectors


@require_GET
def pack(request):
    """A stable address for the pack, whatever its slug: the navigation links here."""
    page = selectors.pack_for_language(language_code=get_language())
    if page is None:
        raise Http404
    return redirect(page.get_url(request))
