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
    "keeps",
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
    """False while a fail-open store drops every write (Redis down, breaker open) or its
    server refuses them (out of memory under `noeviction`, read-only, no write permission)."""
    if not isinstance(store, GuardedStore):
        return True
    return not (store.dropping_writes or store.refusing_writes)


def keeps(store: Store, key: str, size: int) -> bool:
    """Whether a value of `size` bytes written under `key` now would be kept: the store
    `takes_writes`, and the value is not larger than a memory store's whole byte budget
    (such a write is dropped: the answer must not say "stored")."""
    if isinstance(store, MemoryStore):
        return store.fits(key, size)
    return takes_writes(store)


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
    redis = RedisStore.from_url(
        redis_url, cluster=cluster, max_connections=max_connections, op_timeout=op_timeout
    )
    return GuardedStore(
        redis, op_timeout=op_timeout, failure_threshold=failure_threshold, cooldown=cooldown
    )
