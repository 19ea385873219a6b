"""The storage contract every backend honours.

Stores know nothing of HTTP or of OpenAI: keys are strings, values are raw bytes, TTLs are
seconds. Every backend failure surfaces as `StoreError` so callers have one thing to catch;
`proxy.store.guard.GuardedStore` turns those into misses (fail open).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable


class StoreError(Exception):
    """The backend could not answer (down, timed out, refused).

    `refused`: it did answer, with an error reply to this command (out of memory under
    `noeviction`, a read-only replica, no ACL permission): it is up and other commands
    (reads, typically) may still work, so a fail-open guard does not treat it as down.
    `refuses_writes`: a refusal that every write would get for now, not only this command
    (out of memory, read-only, no write permission; not e.g. a key of the wrong type).
    `timed_out`: no answer in time (the backend's own deadline ran out).
    """

    def __init__(
        self,
        message: str,
        *,
        refused: bool = False,
        refuses_writes: bool = False,
        timed_out: bool = False,
    ) -> None:
        super().__init__(message)
        self.refused = refused or refuses_writes
        self.refuses_writes = refuses_writes
        self.timed_out = timed_out


@runtime_checkable
class Store(Protocol):
    """Async key/value store with per-key TTL."""

    name: str

    async def get(self, key: str) -> bytes | None:
        """The value, or None when absent or expired."""
        ...

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        """Values in the order of `keys` (None for absent), in one round trip."""
        ...

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        """Store `value` for `ttl` seconds, replacing any previous value (ttl <= 0: delete)."""
        ...

    async def mset(self, items: Sequence[tuple[str, bytes, float]]) -> None:
        """Many `set`s in one round trip: (key, value, ttl seconds)."""
        ...

    async def delete(self, keys: Sequence[str]) -> int:
        """Remove keys; returns how many existed."""
        ...

    async def add(self, key: str, value: bytes, ttl: float | None) -> bool:
        """Store only if absent (SET NX); True when this call stored it. `ttl` None: the
        key never expires (and so is never evicted by a volatile-* Redis policy)."""
        ...

    async def get_or_lock(
        self, key: str, lock: str, token: str, ttl: float
    ) -> tuple[bytes | None, str | None]:
        """`get(key)` and, only when it finds nothing, `add(lock, token, ttl)`: a cache
        lookup that takes the stampede lock on a miss, in one round trip where the backend
        can. Returns (value, holder): `holder` is the lock's token after the call (`token`
        itself when this call took the lock); None when the value was found (the lock is then
        left alone) or when the holder could not be told (the caller may ask again)."""
        ...

    async def unlock(self, lock: str, token: str) -> bool:
        """Delete `lock` if it holds `token` (compare-and-delete); True when it did. Sent
        after a `get_or_lock` whose outcome is unknown, it runs after it (in order)."""
        ...

    async def incr(self, key: str) -> int:
        """Atomically add 1 to an integer that never expires; returns the new value.
        `get`/`mget` read it as its decimal digits (b"3")."""
        ...

    async def restore_counter(self, key: str, known: int) -> int:
        """Repair a counter (see `incr`) that reads below `known`, a value it had before: it
        lost its history (the backend restarted empty, evicted it, or came back from an
        older snapshot). `known` is added to it, so it never reads lower again and the
        increments counted since the loss still count. A counter at or above `known` is
        left alone. Returns the counter's value afterwards."""
        ...

    async def delete_prefix(self, prefix: str) -> int:
        """Remove every key starting with `prefix` (admin purges); returns how many."""
        ...

    async def hincrby(
        self,
        key: str,
        amounts: Mapping[str, int],
        ttl: float,
        *,
        once: tuple[str, int] | None = None,
    ) -> None:
        """Add integer amounts to fields of a hash (stats counters); (re)sets its TTL.

        `once`: (writer, sequence number): the amounts are added only if `sequence` is
        above every one `writer` had added to `key` before, so a call whose outcome was
        unknown (no answer in time: it may have run, or may still run) can be sent again
        with the same number without counting twice. A writer sends its calls for one key
        one at a time, each again until answered, with increasing numbers. (A backend
        that cannot tell, e.g. a Redis refusing scripts, adds them every time.)"""
        ...

    async def hgetall(self, key: str) -> dict[str, int]:
        """Every field of a counter hash (empty when absent)."""
        ...

    async def ping(self) -> None:
        """Raise StoreError unless the backend answers."""
        ...

    async def close(self) -> None:
        """Release connections; the store is unusable afterwards."""
        ...
