"""Django's Redis cache, with one redis-py client per connection pool instead of one per call.

`django.core.cache.backends.redis.RedisCacheClient.get_client()` builds a new `redis.Redis`
around the same connection pool for every cache operation, and redis-py's constructor fills
a table of about 170 response callbacks each time. A lesson page makes about fifteen cache
operations, so that was a noticeable part of a page's CPU under load (docs/benchmarks.md,
"Load on the production stack"). A `redis.Redis` is safe to share between the threads that
use its pool; each process builds its own after the fork, as the pools are built lazily.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ClientReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        # The pools live as long as this object (Django keeps them in self._pools).
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ClientReusingRedisCacheClient
