"""A small key-value store for shared state: Redis when FORUM_REDIS_URL is set (so any number
of app servers share it), otherwise memory inside this process."""

from __future__ import annotations

import pickle
import threading
import time
from typing import Any


class MemoryStore:
    """Process-local store with expiry. Thread-safe; not shared between processes."""

    shared = False

    def __init__(self) -> None:
        self._data: dict[str, tuple[float | None, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Any:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires is not None and expires < time.monotonic():
                del self._data[key]
                return None
            return value

    def counters(self, keys: list[str]) -> list[int]:
        return [int(self.get(key) or 0) for key in keys]

    def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        with self._lock:
            if len(self._data) > 20_000:  # keep memory bounded: drop the oldest half
                for stale in list(self._data)[: len(self._data) // 2]:
                    del self._data[stale]
            self._data[key] = (time.monotonic() + ttl if ttl else None, value)

    def incr(self, key: str) -> int:
        with self._lock:
            _, value = self._data.get(key, (None, 0))
            self._data[key] = (None, int(value) + 1)
            return int(value) + 1

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()


class RedisStore:
    """The same interface over Redis; values are pickled (only this app writes them)."""

    shared = True

    def __init__(self, url: str, prefix: str = "stillpoint:") -> None:
        import redis

        self._redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._prefix = prefix

    def _k(self, key: str) -> str:
        return self._prefix + key

    def get(self, key: str) -> Any:
        raw = self._redis.get(self._k(key))
        return None if raw is None else pickle.loads(raw)

    def counters(self, keys: list[str]) -> list[int]:
        if not keys:
            return []
        return [int(raw or 0) for raw in self._redis.mget([self._k(k) for k in keys])]

    def set(self, key: str, value: Any, ttl: int | None = None) -> None:
        self._redis.set(self._k(key), pickle.dumps(value), ex=ttl or None)

    def incr(self, key: str) -> int:
        return int(self._redis.incr(self._k(key)))

    def delete(self, key: str) -> None:
        self._redis.delete(self._k(key))

    def clear(self) -> None:
        for key in self._redis.scan_iter(self._prefix + "*"):
            self._redis.delete(key)


try:
    from redis import RedisError

    STORE_ERRORS: tuple[type[Exception], ...] = (RedisError, OSError)
except ImportError:  # pragma: no cover - redis is a dependency
    STORE_ERRORS = (OSError,)


def make_store(redis_url: str, prefix: str = "stillpoint:"):
    return RedisStore(redis_url, prefix) if redis_url else MemoryStore()
