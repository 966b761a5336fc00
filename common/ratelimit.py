"""Fixed-window rate limits in Django's cache, and the client's address behind trusted proxies.

One mechanism for every form or lookup that costs a password guess, sends an e-mail or answers
an anonymous question (certificates' verification, the password reset, the account erasure,
the sign-up). Login lockouts are django-axes' job (config/settings/base.py); axes asks
`client_address` for the address too (AXES_CLIENT_IP_CALLABLE), so that both trust the same
proxies.

A limit is a number of attempts per window of seconds, for one key (an address, an account) in
one scope ("accounts:password_reset"). Keys are hashed before they reach the cache, so an
e-mail address or an IP address is never stored in it as it came. The counters live in
Django's default cache: with several web processes it must be shared (Redis, docs/deploy.md),
or each process counts on its own.

    from common import ratelimit

    retry_after = ratelimit.attempt(
        "certificates:lookups", [(ratelimit.client_address(request), (30, 60))]
    )
    if retry_after:
        return ratelimit.too_many_requests(request, retry_after)
"""

import functools
import hashlib
import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

TEMPLATE = "common/rate_limited.html"


def trusted_proxies():
    """The networks of the reverse proxies whose X-Forwarded-For header is believed
    (TREMPLIN_TRUSTED_PROXIES: addresses or CIDR networks; none by default)."""
    return _networks(tuple(getattr(settings, "TREMPLIN_TRUSTED_PROXIES", ())))


@functools.lru_cache(maxsize=8)
def _networks(values):
    return tuple(ipaddress.ip_network(value, strict=False) for value in values)


def _address(value):
    try:
        return ipaddress.ip_address(value.strip().strip("[]"))
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(request):
    """The address of the client that sent `request`.

    REMOTE_ADDR, unless it belongs to a trusted proxy: then X-Forwarded-For is read from the
    right (each proxy appends the address it received the request from) and the first address
    that is not itself a trusted proxy is the client. Whatever a client writes in the header
    sits to the left of that and is never believed. With no trusted proxy configured the header
    is ignored altogether.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_proxies()
    if not networks or not _trusted(_address(remote), networks):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    client = remote
    for item in reversed([part for part in forwarded.split(",") if part.strip()]):
        address = _address(item)
        if address is None:
            break  # a malformed entry: stop at the last address a trusted proxy vouched for
        client = str(address)
        if not _trusted(address, networks):
            break
    return client


def _digest(value):
    return hashlib.sha256(str(value).encode()).hexdigest()[:32]


def attempt(scope, limits, *, now=None):
    """Count one attempt against each `(key, (count, seconds))` of `limits` in `scope`.

    Returns 0 when every limit still allows it, else the seconds until the longest exceeded
    window ends (the value of Retry-After). Every key is counted, even past its limit, so an
    attempt refused for one key still uses up the others. A key of None or "" is skipped (an
    empty e-mail field, say).
    """
    now = time.time() if now is None else now
    retry_after = 0
    for key, (count, seconds) in limits:
        if not key:
            continue
        bucket = int(now // seconds)
        cache_key = f"ratelimit:{scope}:{_digest(key)}:{seconds}:{bucket}"
        cache.add(cache_key, 0, seconds + 1)
        try:
            used = cache.incr(cache_key)
        except ValueError:  # evicted between add and incr
            cache.set(cache_key, 1, seconds + 1)
            used = 1
        if used > count:
            retry_after = max(retry_after, math.ceil((bucket + 1) * seconds - now), 1)
    return retry_after


def too_many_requests(request, retry_after, *, template=TEMPLATE, context=None):
    """The 429 page, with Retry-After in seconds and the wait in minutes in the text."""
    retry_after = max(int(retry_after), 1)
    response = render(
        request,
        template,
        {"retry_after": retry_after, "retry_minutes": -(-retry_after // 60), **(context or {})},
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    return response


def limit(scope, limits, *, methods=("POST",), template=TEMPLATE):
    """A view decorator: `limits(request)` gives the `(key, (count, seconds))` pairs to count
    for a request of one of `methods` (read at call time, so settings may change); past a
    limit the view is not called and the 429 page answers instead."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method in methods:
                retry_after = attempt(scope, limits(request))
                if retry_after:
                    return too_many_requests(request, retry_after, template=template)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
