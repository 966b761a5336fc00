"""Reads of the reference site's shell: where a URL leads, and the translations of a page.

Both are cached under one version of the page tree (common/cache.py), which any change to a
page expires (handlers.py): editors' changes are rare, page views are not.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page

from common import cache as versioned

PAGES_VERSION_KEY = "config:pages:version"


def _pages_version():
    return versioned.version_get(PAGES_VERSION_KEY)


def pages_cache_expire():
    """Forget every cached route and translation link (now and again after the commit)."""
    versioned.versions_expire([PAGES_VERSION_KEY])


def page_for_url_path(*, root, url_path):
    """The specific page below `root` whose url_path is `url_path`, or None: one query, as the
    page's id and type are cached (Wagtail's own walk runs two queries per level)."""
    key = f"config:route:{root.path}:{url_path}:{_pages_version()}"
    found = cache.get(key)
    if found is None:
        found = (
            Page.objects.filter(url_path=url_path, path__startswith=root.path)
            .values_list("pk", "content_type_id")
            .first()
        )
        if found is None:
            return None  # unknown URLs are not cached: they would fill the cache
        cache.set(key, found)
    pk, content_type_id = found
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=pk).first() if model is not None else None


def page_translation_urls(*, page, request):
    """{language code: URL} of the live translations of `page` (itself included), cached per
    page and host until the page tree changes."""
    host = request.get_host() if request is not None else ""
    key = f"config:translations:{page.translation_key}:{host}:{_pages_version()}"
    urls = cache.get(key)
    if urls is None:
        translations = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        urls = {p.locale.language_code: p.get_url(request) for p in translations}
        cache.set(key, urls)
    return urls
