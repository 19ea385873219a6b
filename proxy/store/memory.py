"""The embedded default store: an in-process LRU bounded by bytes, with per-key TTL.

One event loop owns it, so there are no locks. Expired entries are dropped lazily when read
and swept (at most once per `SWEEP_INTERVAL`) before live entries are evicted for room.
Counter hashes (per-minute stats, a new one each minute) sit outside the byte budget and
are bounded by their TTL instead: expired ones are swept at most once per
`HASH_SWEEP_INTERVAL`, when a hash is written.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence

DEFAULT_MAX_BYTES = 256 * 1024 * 1024
ENTRY_OVERHEAD = 256
"""Bytes charged per entry on top of len(key) + len(value): what else it costs the Python
heap, measured with tracemalloc (CPython 3.11, 64-bit): the headers of the key's str (49)
and the value's bytes (33), the (value, expires_at) tuple (56) and its float (24), the
OrderedDict's link node (32), and the entry's share of the dict's and the OrderedDict's
tables (40-90, with how full they are): 216-262 in all. (64 let the heap grow to 2.4 times
the budget with 40-byte values.)"""
SWEEP_INTERVAL = 1.0
"""Seconds between full sweeps for expired entries when the store is over budget."""
HASH_SWEEP_INTERVAL = 60.0
"""Seconds between sweeps for expired counter hashes (stats write one a minute)."""


class MemoryStore:
    """LRU dict of key -> (value, expires_at); `max_bytes` bounds keys + values + overhead."""

    name = "memory"

    def __init__(
        self, max_bytes: int = DEFAULT_MAX_BYTES, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_bytes <= 0:
            raise ValueError(f"max_bytes must be > 0, got {max_bytes}")
        self.max_bytes = max_bytes
        self._clock = clock
        self._entries: OrderedDict[str, tuple[bytes, float]] = OrderedDict()
        self._bytes = 0
        self._next_sweep = float("-inf")
        # small bookkeeping outside the LRU budget: version counters and stats hashes
        self._counters: dict[str, int] = {}
        self._hashes: dict[str, tuple[dict[str, int], float]] = {}
        self._writers: dict[str, dict[str, int]] = {}  # hash -> writer -> last `once` number
        self.too_large = 0  # writes dropped: the value alone exceeds `max_bytes`
        self._next_hash_sweep = float("-inf")
        # told each key dropped for room or expiry (the semantic index drops its row: in
        # one process, nothing else would tell it the answer is gone)
        self.on_drop: Callable[[str], object] | None = None

    @property
    def bytes_used(self) -> int:
        """Bytes charged for the entries held (expired ones count until dropped)."""
        return self._bytes

    @property
    def hashes(self) -> int:
        """Counter hashes held (expired ones count until swept)."""
        return len(self._hashes)

    def fits(self, key: str, size: int) -> bool:
        """Whether a value of `size` bytes under `key` can be kept at all: one larger than
        the whole budget is never stored (and must not be reported as stored). One that is
        not is counted in `too_large`, as a write of it would be."""
        fits = len(key) + size + ENTRY_OVERHEAD <= self.max_bytes
        self.too_large += not fits
        return fits

    def __len__(self) -> int:
        return len(self._entries)

    async def get(self, key: str) -> bytes | None:
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and entry[1] > now:  # (a hit: `_get`, inline)
            self._entries.move_to_end(key)
            return entry[0]
        return self._get(key, now)

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        now = self._clock()
        return [self._get(key, now) for key in keys]

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        self._set(key, value, ttl, self._clock())

    async def mset(self, items: Sequence[tuple[str, bytes, float]]) -> None:
        now = self._clock()
        for key, value, ttl in items:
            self._set(key, value, ttl, now)

    async def delete(self, keys: Sequence[str]) -> int:
        now = self._clock()
        existed = 0
        for key in keys:
            entry = self._pop(key)
            if entry is not None and entry[1] > now:
                existed += 1
        return existed

    async def add(self, key: str, value: bytes, ttl: float | None) -> bool:
        now = self._clock()
        if self._get(key, now) is not None:
            return False
        self._set(key, value, float("inf") if ttl is None else ttl, now)
        return True

    async def get_or_lock(
        self, key: str, lock: str, token: str, ttl: float
    ) -> tuple[bytes | None, str | None]:
        now = self._clock()
        value = self._get(key, now)
        if value is not None:
            return value, None
        holder = self._get(lock, now)
        if holder is not None:
            return None, holder.decode(errors="replace")
        self._set(lock, token.encode(), ttl, now)
        return None, token

    async def unlock(self, lock: str, token: str) -> bool:
        if self._get(lock, self._clock()) != token.encode():
            return False
        self._pop(lock)
        return True

    async def incr(self, key: str) -> int:
        self._counters[key] = self._counters.get(key, 0) + 1
        return self._counters[key]

    async def restore_counter(self, key: str, known: int) -> int:
        value = self._counters.get(key, 0)
        if value < known:
            value = self._counters[key] = value + known
        return value

    async def delete_prefix(self, prefix: str) -> int:
        now = self._clock()
        doomed = [k for k, (_, expires_at) in self._entries.items() if k.startswith(prefix)]
        live = sum(1 for k in doomed if self._entries[k][1] > now)
        for key in doomed:
            self._pop(key)
        for key in [k for k in self._counters if k.startswith(prefix)]:
            del self._counters[key]
            live += 1
        for key in [k for k in self._hashes if k.startswith(prefix)]:
            live += self._hashes.pop(key)[1] > now
            self._writers.pop(key, None)
        return live

    async def hincrby(
        self,
        key: str,
        amounts: Mapping[str, int],
        ttl: float,
        *,
        once: tuple[str, int] | None = None,
    ) -> None:
        now = self._clock()
        fields, expires_at = self._hashes.get(key, ({}, now + ttl))
        if expires_at <= now:
            fields = {}
            self._writers.pop(key, None)
        if once is not None:
            writers = self._writers.setdefault(key, {})
            if once[1] <= writers.get(once[0], 0):
                return  # applied already
            writers[once[0]] = once[1]
        for name, amount in amounts.items():
            fields[name] = fields.get(name, 0) + amount
        self._hashes[key] = (fields, now + ttl)
        if now >= self._next_hash_sweep:
            self._next_hash_sweep = now + HASH_SWEEP_INTERVAL
            for gone in [k for k, (_, expires_at) in self._hashes.items() if expires_at <= now]:
                del self._hashes[gone]
                self._writers.pop(gone, None)

    async def hgetall(self, key: str) -> dict[str, int]:
        entry = self._hashes.get(key)
        if entry is None or entry[1] <= self._clock():
            return {}
        return dict(entry[0])

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        self._entries.clear()
        self._counters.clear()
        self._hashes.clear()
        self._writers.clear()
        self._bytes = 0

    def _get(self, key: str, now: float) -> bytes | None:
        entry = self._entries.get(key)
        if entry is None:
            counter = self._counters.get(key)  # read like Redis: the decimal digits
            return None if counter is None else str(counter).encode()
        value, expires_at = entry
        if expires_at <= now:
            self._pop(key)
            return None
        self._entries.move_to_end(key)
        return value

    def _set(self, key: str, value: bytes, ttl: float, now: float) -> None:
        self._pop(key)
        size = _cost(key, value)
        if ttl <= 0 or size > self.max_bytes:
            self.too_large += ttl > 0 and size > self.max_bytes
            return  # already expired, or could never fit: the old value is gone either way
        self._entries[key] = (value, now + ttl)
        self._bytes += size
        if self._bytes > self.max_bytes:
            self._make_room(now)

    def _pop(self, key: str) -> tuple[bytes, float] | None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= _cost(key, entry[0])
        return entry

    def _make_room(self, now: float) -> None:
        if now >= self._next_sweep:
            self._next_sweep = now + SWEEP_INTERVAL
            for key in [k for k, (_, expires_at) in self._entries.items() if expires_at <= now]:
                self._pop(key)
                if self.on_drop is not None:
                    self.on_drop(key)
        while self._bytes > self.max_bytes:
            key, (value, _) = self._entries.popitem(last=False)
            self._bytes -= _cost(key, value)
            if self.on_drop is not None:
                self.on_drop(key)


def _cost(key: str, value: bytes) -> int:
    return len(key) + len(value) + ENTRY_OVERHEAD
