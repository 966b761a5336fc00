"""The Wagtail Site of a request from memory (common.middleware.SiteCacheMiddleware, production
settings): no query once a host is known, a change of any Site seen on the next request, and a
copy of its own for each request."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from common.middleware import SiteCacheMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def serve():
    SiteCacheMiddleware._found.clear()
    seen = []

    def view(request):
        site = Site.find_for_request(request)
        seen.append((site, site.root_page))
        return site

    middleware = SiteCacheMiddleware(view)

    def get(host="localhost"):
        middleware(RequestFactory().get("/", HTTP_HOST=host))
        return seen[-1]

    return get


def test_a_known_host_costs_no_query(serve, django_assert_num_queries):
    first, _root = serve()
    with django_assert_num_queries(0):
        site, root = serve()
    assert site.pk == first.pk and root.pk == site.root_page_id


def test_each_request_gets_its_own_site_and_root_page(serve):
    site, root = serve()
    site.site_name = "changed by a request"
    root.title = "changed by a request"
    again, again_root = serve()
    assert again is not site and again_root is not root
    assert again.site_name != "changed by a request" and again_root.title != root.title


def test_a_saved_site_is_seen_on_the_next_request(serve):
    site, _root = serve()
    stored = Site.objects.get(pk=site.pk)
    stored.site_name = "Tremplin renommé"
    stored.save()
    assert serve()[0].site_name == "Tremplin renommé"
    other = Site.objects.create(hostname="autre.example.org", root_page=stored.root_page)
    assert serve("autre.example.org")[0].pk == other.pk
    other.delete()
    assert serve("autre.example.org")[0].pk == stored.pk  # the default site again


def test_a_bad_host_header_is_left_to_django(serve, settings):
    settings.ALLOWED_HOSTS = ["localhost"]
    middleware = SiteCacheMiddleware(lambda request: "answered")
    assert middleware(RequestFactory().get("/", HTTP_HOST="evil.example")) == "answered"
    assert SiteCacheMiddleware._found == {}
