"""Storage backends behind one small async interface (see base.Store)."""

from proxy.store.base import Store, StoreError
from proxy.store.guard import GuardedStore
from proxy.store.memory import DEFAULT_MAX_BYTES, MemoryStore
from proxy.store.redis import RedisStore

__all__ = [
    "GuardedStore",
    "MemoryStore",
    "RedisStore",
    "Store",
    "StoreError",
    "answering",
    "open_store",
    "takes_writes",
]


def answering(store: Store) -> bool:
    """False while a fail-open store is failing: a None it returns may mean unreachable
    rather than absent."""
    if not isinstance(store, GuardedStore):
        return True
    return store.breaker == "closed" and store.consecutive_failures == 0


def takes_writes(store: Store) -> bool:
    """False while a fail-open store drops every write (Redis down, breaker open)."""
    return not (isinstance(store, GuardedStore) and store.dropping_writes)


def open_store(
    redis_url: str | None,
    *,
    cluster: bool = False,
    memory_max_bytes: int = DEFAULT_MAX_BYTES,
    max_connections: int = 64,
    op_timeout: float = 0.2,
    failure_threshold: int = 3,
    cooldown: float = 2.0,
) -> Store:
    """An in-process MemoryStore without a URL, else Redis guarded to fail open.

    Connects to nothing: Redis connections are made on first use.
    """
    if not redis_url:
        return MemoryStore(memory_max_bytes)
    redis = RedisStore.from_url(redis_url, cluster=cluster, max_connections=max_connections)
    return GuardedStore(
        redis, op_timeout=op_timeout, failure_threshold=failure_threshold, cooldown=cooldown
    )
