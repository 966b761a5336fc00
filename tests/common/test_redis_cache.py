"""common.redis_cache: Django's Redis cache reusing one client per pool, on the Redis server on
loopback (the production settings use it when REDIS_URL is set)."""

import uuid

import pytest
import redis

from common.redis_cache import RedisCache

URL = "redis://127.0.0.1:6379/2"


@pytest.fixture
def cache():
    try:
        redis.Redis.from_url(URL).ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not answering on 127.0.0.1:6379 (.ci/run starts it)")
    backend = RedisCache(URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}"})
    yield backend
    backend.clear()


def test_every_operation_uses_the_same_client(cache):
    cache.set("a", 1)
    first = cache._cache.get_client(write=True)
    assert cache.get("a") == 1
    cache.set_many({"b": 2, "c": 3})
    assert cache.get_many(["a", "b", "c"]) == {"a": 1, "b": 2, "c": 3}
    assert cache.add("a", 9) is False
    cache.delete("b")
    assert cache.get("b") is None
    assert cache._cache.get_client(write=False) is first
    assert list(cache._cache._clients) == [id(first.connection_pool)]


def test_two_servers_get_a_client_each():
    backend = RedisCache([URL, "redis://127.0.0.1:6379/3"], {})
    writer = backend._cache.get_client(write=True)
    reader = backend._cache.get_client(write=False)
    assert writer is not reader
    assert writer.connection_pool is not reader.connection_pool
    assert backend._cache.get_client(write=True) is writer
