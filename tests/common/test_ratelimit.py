"""common.ratelimit: the client's address behind trusted proxies, and fixed windows."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from common import ratelimit


def request(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_forwarded_header_is_ignored_without_trusted_proxies(settings):
    settings.TREMPLIN_TRUSTED_PROXIES = []
    assert ratelimit.client_address(request("198.51.100.1", "203.0.113.9")) == "198.51.100.1"


@pytest.mark.parametrize(
    "remote,forwarded,client",
    [
        # One proxy: the address it received the request from.
        ("10.0.0.2", "203.0.113.9", "203.0.113.9"),
        # Whatever the client wrote itself stays to the left and is not believed.
        ("10.0.0.2", "6.6.6.6, 203.0.113.9", "203.0.113.9"),
        # Two trusted proxies in a row.
        ("10.0.0.2", "203.0.113.9, 10.0.0.5", "203.0.113.9"),
        # IPv6 client.
        ("10.0.0.2", "2001:db8::7", "2001:db8::7"),
        # Not from a trusted proxy: the header is a client's word.
        ("198.51.100.1", "203.0.113.9", "198.51.100.1"),
        # A trusted proxy that forwarded nothing.
        ("10.0.0.2", "", "10.0.0.2"),
        # A malformed entry: stop at the last address a trusted proxy vouched for.
        ("10.0.0.2", "nonsense, 10.0.0.5", "10.0.0.5"),
    ],
)
def test_forwarded_header_is_read_from_trusted_proxies_only(settings, remote, forwarded, client):
    settings.TREMPLIN_TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert ratelimit.client_address(request(remote, forwarded)) == client


def test_attempts_are_counted_per_key_in_fixed_windows():
    limits = [("lea@example.org", (2, 60))]
    assert ratelimit.attempt("test", limits, now=120.0) == 0
    assert ratelimit.attempt("test", limits, now=130.0) == 0
    assert ratelimit.attempt("test", limits, now=150.5) == 30  # the window ends at 180
    assert ratelimit.attempt("test", [("nadia@example.org", (2, 60))], now=150.5) == 0
    assert ratelimit.attempt("other-scope", limits, now=150.5) == 0
    assert ratelimit.attempt("test", limits, now=180.0) == 0  # a new window


def test_every_key_is_counted_and_the_longest_wait_wins():
    limits = [("account", (1, 60)), ("address", (1, 3600)), ("", (1, 60)), (None, (1, 60))]
    assert ratelimit.attempt("test", limits, now=0.0) == 0
    assert ratelimit.attempt("test", limits, now=10.0) == 3590


def test_keys_are_hashed_in_the_cache():
    ratelimit.attempt("test", [("lea@example.org", (5, 60))], now=0.0)
    stored = list(cache._cache.keys())  # LocMemCache: the keys as stored
    assert stored and not any("lea@example.org" in key for key in stored)


def test_too_many_requests_page_says_how_long_to_wait(rf, settings):
    req = rf.get("/")
    req.LANGUAGE_CODE = "fr"
    response = ratelimit.too_many_requests(req, 125)
    assert response.status_code == 429
    assert response["Retry-After"] == "125"
    assert "patientez 3 minutes" in response.content.decode()
