"""The shared cache on Redis, for a site that must keep answering while Redis is away.

Everything kept in the shared cache can be rebuilt from the database, so an unreachable Redis
(stopped, restarted, a network cut) must cost speed, never a page: reads miss and writes are
dropped. The content version (news.listings) then misses too, so each request renders afresh
and nothing stale is served. A write that was dropped may have been a version bump, so the
first time Redis answers again this process empties it: a cache that comes back can never
hold a page older than the database.
"""

import logging
import threading

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)


class ResilientRedisCache(RedisCache):
    """Django's Redis cache that treats an unreachable server as an empty, write-dropping cache."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._lock = threading.Lock()
        self._unreachable = False
        self._dropped_write = False

    def _reading(self, default, call, *args, **kwargs):
        try:
            self._after_outage()
            return call(*args, **kwargs)
        except UNREACHABLE as error:
            self._outage(error)
            return default

    def _writing(self, default, call, *args, **kwargs):
        try:
            self._after_outage()
            return call(*args, **kwargs)
        except UNREACHABLE as error:
            self._outage(error, dropped_write=True)
            return default

    def _outage(self, error, dropped_write=False):
        with self._lock:
            if not self._unreachable:
                logger.warning("Redis unreachable (%s): serving without the shared cache", error)
            self._unreachable = True
            self._dropped_write = self._dropped_write or dropped_write

    def _after_outage(self):
        if not self._unreachable:
            return
        with self._lock:
            if not self._unreachable:
                return
            emptied = self._dropped_write
            if emptied:
                super().clear()  # raises while Redis is still away: the outage goes on
            self._unreachable = self._dropped_write = False
        logger.warning("Redis answers again: shared cache back%s", " (emptied: writes were dropped)" if emptied else "")

    def get(self, key, default=None, version=None):
        return self._reading(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._reading({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._reading(False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._writing(False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._writing(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._writing(list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._writing(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._writing(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._writing(None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        return self._writing(delta, super().incr, key, delta, version)

    def clear(self):
        return self._writing(False, super().clear)
