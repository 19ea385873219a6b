"""One contract for every Store backend, then what only one backend promises.

Redis tests run against a real redis-server (tests/redis_server.py); nothing is mocked.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import pytest
from redis.exceptions import ResponseError

from proxy.store import (
    GuardedStore,
    MemoryStore,
    RedisStore,
    Store,
    StoreError,
    keeps,
    open_store,
    takes_writes,
)
from proxy.store.memory import ENTRY_OVERHEAD
from tests.redis_server import RedisServer

T = TypeVar("T")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Backend:
    store: Store
    wait: Callable[[float], Awaitable[None]]
    """Let `seconds` of store time pass (a fake clock for memory, real sleep for Redis)."""


@pytest.fixture(scope="module")
def redis_cluster() -> Iterator[RedisServer]:
    """A one-node Redis Cluster owning every slot, so cluster code paths run for real."""
    with RedisServer(cluster=True) as server:
        yield server


@pytest.fixture(params=["memory", "redis", "redis_cluster", "guarded"])
async def backend(request: pytest.FixtureRequest) -> AsyncIterator[Backend]:
    if request.param == "memory":
        clock = FakeClock()

        async def advance(seconds: float) -> None:
            clock.advance(seconds)

        yield Backend(MemoryStore(clock=clock), advance)
        return
    store: Store
    if request.param == "redis_cluster":
        server: RedisServer = request.getfixturevalue("redis_cluster")
        server.flushall()
        store = RedisStore.from_url(server.url, cluster=True, socket_timeout=2.0)
    else:
        # generous timeouts: a contract, not latency (a loaded CI box answers a SET after
        # a 1,200-key delete in over 0.25 s)
        store = RedisStore.from_url(request.getfixturevalue("redis_url"), socket_timeout=2.0)
        if request.param == "guarded":
            store = GuardedStore(store, op_timeout=1.0)  # generous: contract, not latency
    yield Backend(store, asyncio.sleep)
    if isinstance(store, GuardedStore):
        assert (store.errors, store.timeouts, store.state) == (0, 0, "ok")
    await store.close()


def vectors(n: int, dim: int = 1536) -> list[bytes]:
    """Random float32 vectors plus the values that break lossy encodings."""
    rows = np.random.default_rng(7).standard_normal((n, dim)).astype("<f4")
    rows[0, :5] = [np.nan, np.inf, -np.inf, -0.0, np.float32(1e-45)]
    return [row.tobytes() for row in rows]


# --- the contract ---------------------------------------------------------------------


async def test_is_a_store(backend: Backend) -> None:
    assert isinstance(backend.store, Store)
    assert backend.store.name in {"memory", "redis"}
    await backend.store.ping()


async def test_missing_key_reads_none(backend: Backend) -> None:
    assert await backend.store.get("nope") is None


@pytest.mark.parametrize(
    "value",
    [b"", b"\x00", bytes(range(256)), b"\x00" * 1000, "é€😀".encode(), b"x" * (2 << 20)],
    ids=["empty", "nul", "all-bytes", "zeros", "utf8", "2MiB"],
)
async def test_bytes_round_trip(backend: Backend, value: bytes) -> None:
    await backend.store.set("ls:tëam:v1:c:k", value, 60)
    got = await backend.store.get("ls:tëam:v1:c:k")
    assert type(got) is bytes
    assert got == value


async def test_float32_vectors_bit_identical(backend: Backend) -> None:
    blobs = vectors(3)
    await backend.store.mset([(f"e:{i}", blob, 60) for i, blob in enumerate(blobs)])
    got = await backend.store.mget(["e:0", "e:1", "e:2"])
    assert got == blobs
    assert got[0] is not None and len(got[0]) == 1536 * 4
    back = np.frombuffer(got[0], dtype="<f4")
    assert np.array_equal(back.view("<u4"), np.frombuffer(blobs[0], dtype="<u4"))
    assert np.isnan(back[0]) and np.signbit(back[3]) and back[4] > 0


async def test_overwrite_replaces_value(backend: Backend) -> None:
    await backend.store.set("k", b"old", 60)
    await backend.store.set("k", b"new", 60)
    assert await backend.store.get("k") == b"new"


async def test_mget_keeps_order_with_missing_keys(backend: Backend) -> None:
    await backend.store.mset([(f"k{i}", f"v{i}".encode(), 60) for i in range(0, 10, 2)])
    keys = [f"k{i}" for i in reversed(range(10))] + ["k4", "absent"]
    expected = [f"v{i}".encode() if i % 2 == 0 else None for i in reversed(range(10))]
    assert await backend.store.mget(keys) == [*expected, b"v4", None]


async def test_large_batches_keep_order(backend: Backend) -> None:
    """Past the size a Redis store pipelines itself, batches take another path: same answers."""
    items = [(f"big{i}", f"v{i}".encode(), 60.0) for i in range(0, 300, 2)]
    await backend.store.mset(items)
    keys = [f"big{i}" for i in range(300)]
    expected = [f"v{i}".encode() if i % 2 == 0 else None for i in range(300)]
    assert await backend.store.mget(keys) == expected


async def test_concurrent_reads_each_get_their_own_answer(backend: Backend) -> None:
    # 50 at once: a cluster client fails past its 64 connections per node instead of waiting
    await backend.store.mset([(f"c{i}", f"v{i}".encode(), 60) for i in range(25)])
    got = await asyncio.gather(
        *(backend.store.get(f"c{i}") for i in range(25)),
        *(backend.store.mget([f"c{i}", "absent", f"c{24 - i}"]) for i in range(25)),
    )
    assert got[:25] == [f"v{i}".encode() for i in range(25)]
    assert got[25:] == [[f"v{i}".encode(), None, f"v{24 - i}".encode()] for i in range(25)]


async def test_empty_batches(backend: Backend) -> None:
    assert await backend.store.mget([]) == []
    await backend.store.mset([])
    assert await backend.store.delete([]) == 0


async def test_mset_then_get_each(backend: Backend) -> None:
    await backend.store.mset([("a", b"1", 60), ("b", b"", 60), ("c", b"3", 60)])
    assert [await backend.store.get(k) for k in "abc"] == [b"1", b"", b"3"]


async def test_delete_counts_keys_that_existed(backend: Backend) -> None:
    await backend.store.mset([("a", b"1", 60), ("b", b"2", 60), ("c", b"3", 60)])
    assert await backend.store.delete(["a", "b", "absent"]) == 2
    assert await backend.store.mget(["a", "b", "c"]) == [None, None, b"3"]
    assert await backend.store.delete(["a"]) == 0


async def test_ttl_expires_keys(backend: Backend) -> None:
    await backend.store.set("short", b"s", 0.2)
    await backend.store.mset([("short2", b"s2", 0.2), ("long", b"l", 30)])
    assert await backend.store.mget(["short", "short2", "long"]) == [b"s", b"s2", b"l"]
    await backend.wait(0.35)
    assert await backend.store.get("short") is None
    assert await backend.store.mget(["short", "short2", "long"]) == [None, None, b"l"]
    assert await backend.store.delete(["short", "long"]) == 1


async def test_overwrite_resets_ttl(backend: Backend) -> None:
    await backend.store.set("k", b"old", 0.2)
    await backend.store.set("k", b"new", 30)
    await backend.wait(0.35)
    assert await backend.store.get("k") == b"new"


async def test_nonpositive_ttl_stores_nothing(backend: Backend) -> None:
    await backend.store.mset([("a", b"1", 60), ("b", b"2", 60)])
    await backend.store.set("a", b"x", 0)
    await backend.store.mset([("b", b"y", -1), ("c", b"z", 0)])
    assert await backend.store.mget(["a", "b", "c"]) == [None, None, None]


async def test_add_stores_only_when_absent(backend: Backend) -> None:
    assert await backend.store.add("lock", b"a", 30) is True
    assert await backend.store.add("lock", b"b", 30) is False
    assert await backend.store.get("lock") == b"a"
    await backend.store.set("gone", b"x", 0.2)
    await backend.wait(0.35)
    assert await backend.store.add("gone", b"y", 30) is True
    assert await backend.store.add("forever", b"z", None) is True
    assert await backend.store.get("forever") == b"z"


async def test_get_or_lock_takes_the_lock_only_on_a_miss(backend: Backend) -> None:
    store = backend.store
    await store.set("ls:c:1", b"entry", 60)
    assert await store.get_or_lock("ls:c:1", "ls:lock:1", "t1", 30) == (b"entry", None)
    assert await store.get("ls:lock:1") is None  # a hit leaves the lock alone
    assert await store.get_or_lock("ls:c:2", "ls:lock:2", "t1", 30) == (None, "t1")
    assert await store.get("ls:lock:2") == b"t1"
    assert await store.get_or_lock("ls:c:2", "ls:lock:2", "t2", 30) == (None, "t1")
    assert await store.get_or_lock("ls:c:3", "ls:lock:3", "t3", 0.2) == (None, "t3")
    await backend.wait(0.35)  # the lock expires on its own
    assert await store.get_or_lock("ls:c:3", "ls:lock:3", "t4", 30) == (None, "t4")
    await store.set("ls:c:2", b"stored", 60)  # the leader's answer is in: a hit again
    assert await store.get_or_lock("ls:c:2", "ls:lock:2", "t5", 30) == (b"stored", None)


async def test_incr_counts_from_one(backend: Backend) -> None:
    assert [await backend.store.incr("ver:t") for _ in range(3)] == [1, 2, 3]
    assert await backend.store.incr("ver:u") == 1
    assert await backend.store.mget(["ver:t", "ver:u", "ver:v"]) == [b"3", b"1", None]
    assert await backend.store.get("ver:t") == b"3"


async def test_restore_counter_adds_back_what_was_lost_once(backend: Backend) -> None:
    store = backend.store
    assert await store.restore_counter("ls:version:t.a", 5) == 5  # absent: restored
    assert await store.incr("ls:version:t.a") == 6
    assert await store.restore_counter("ls:version:t.a", 6) == 6  # not below: left alone
    assert await store.incr("ls:version:t.b") == 1  # lost, then bumped once
    assert await store.restore_counter("ls:version:t.b", 6) == 7  # the bump still counts
    # replicas that knew the same value restore at once: added once, not once each
    restored = await asyncio.gather(*(store.restore_counter("ls:version:t.c", 4) for _ in range(8)))
    assert restored == [4] * 8
    assert await store.mget(["ls:version:t.a", "ls:version:t.b", "ls:version:t.c"]) == [
        b"6",
        b"7",
        b"4",
    ]


async def test_delete_prefix_removes_only_that_prefix(backend: Backend) -> None:
    await backend.store.mset([(f"ls:a*[x]:{i}", b"v", 60) for i in range(1200)])
    await backend.store.mset([("ls:a*[x]", b"exact", 60), ("ls:ab:1", b"keep", 60)])
    await backend.store.set("ls:aX]:1", b"keep", 60)  # would match an unescaped glob
    assert await backend.store.delete_prefix("ls:a*[x]:") == 1200
    assert await backend.store.mget(["ls:a*[x]:0", "ls:a*[x]", "ls:ab:1", "ls:aX]:1"]) == [
        None,
        b"exact",
        b"keep",
        b"keep",
    ]


async def test_counter_hashes(backend: Backend) -> None:
    assert await backend.store.hgetall("stats") == {}
    await backend.store.hincrby("stats", {"t|hits": 2, "t|saved": 100}, 60)
    await backend.store.hincrby("stats", {"t|hits": 1}, 0.3)
    assert await backend.store.hgetall("stats") == {"t|hits": 3, "t|saved": 100}
    await backend.wait(0.45)
    assert await backend.store.hgetall("stats") == {}


async def test_counter_hashes_count_a_numbered_batch_once(backend: Backend) -> None:
    """`once`: a batch sent again (its first answer was lost) is not added twice; each
    writer is numbered on its own; a later batch is added. (In a Redis Cluster the
    numbers sit in the hash's slot.)"""
    store = backend.store
    for key in ("ls:stats@123", "tagged:{t}:x"):
        await store.hincrby(key, {"t|hits": 2}, 60, once=("a", 1))
        await store.hincrby(key, {"t|hits": 2}, 60, once=("a", 1))  # sent again
        await store.hincrby(key, {"t|hits": 5}, 60, once=("b", 1))  # another replica
        await store.hincrby(key, {"t|hits": 1, "t|misses": 1}, 60, once=("a", 2))
        await store.hincrby(key, {"t|hits": 1, "t|misses": 1}, 60, once=("a", 2))
        await store.hincrby(key, {"t|hits": 100}, 60)  # plain: always added
        assert await store.hgetall(key) == {"t|hits": 108, "t|misses": 1}, key


async def test_unlock_deletes_only_its_own_token(backend: Backend) -> None:
    store = backend.store
    assert await store.unlock("ls:lock:k", "a") is False  # no lock
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30) == (None, "a")
    assert await store.unlock("ls:lock:k", "b") is False  # another's
    assert await store.get("ls:lock:k") == b"a"
    assert await store.unlock("ls:lock:k", "a") is True
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "b", 30) == (None, "b")


# --- memory ---------------------------------------------------------------------------


def cost(key: str, value: bytes) -> int:
    return len(key) + len(value) + ENTRY_OVERHEAD


async def test_memory_evicts_least_recently_used_by_bytes() -> None:
    value = b"v" * 100
    store = MemoryStore(max_bytes=3 * cost("a", value))
    await store.mset([("a", value, 60), ("b", value, 60), ("c", value, 60)])
    assert (len(store), store.bytes_used) == (3, 3 * cost("a", value))
    await store.get("a")  # now "b" is least recently used
    await store.set("d", value, 60)
    assert await store.mget(["a", "b", "c", "d"]) == [value, None, value, value]
    assert (len(store), store.bytes_used) == (3, 3 * cost("a", value))


async def test_memory_drops_expired_entries_before_live_ones() -> None:
    clock = FakeClock()
    value = b"v" * 100
    store = MemoryStore(max_bytes=2 * cost("a", value), clock=clock)
    await store.set("live", value[:97], 60)  # least recently used, but live
    await store.set("dead", value[:97], 1)
    clock.advance(2)
    await store.set("new", value[:98], 60)
    assert len(store) == 2
    assert await store.mget(["live", "new"]) == [value[:97], value[:98]]


async def test_memory_oversize_value_is_not_stored() -> None:
    store = MemoryStore(max_bytes=1000)
    await store.mset([("k", b"small", 60), ("other", b"kept", 60)])
    await store.set("k", b"x" * 1000, 60)
    assert await store.mget(["k", "other"]) == [None, b"kept"]
    assert store.too_large == 1
    assert store.bytes_used == cost("other", b"kept")


async def test_a_value_larger_than_the_memory_budget_is_not_said_to_be_kept() -> None:
    """An answer larger than `store.memory_max_bytes` can never be stored: whoever writes
    it asks `keeps` first, so it is not reported as stored."""
    store = MemoryStore(max_bytes=1000)
    room = 1000 - ENTRY_OVERHEAD - len("k")
    assert keeps(store, "k", room) and takes_writes(store)
    assert not keeps(store, "k", room + 1)
    await store.set("k", b"x" * room, 60)
    assert await store.get("k") == b"x" * room
    await store.set("k", b"x" * (room + 1), 60)
    assert await store.get("k") is None


async def test_memory_accounts_bytes_on_delete_and_expiry() -> None:
    clock = FakeClock()
    store = MemoryStore(clock=clock)
    await store.mset([("a", b"12345", 60), ("b", b"1", 1)])
    assert store.bytes_used == cost("a", b"12345") + cost("b", b"1")
    await store.delete(["a"])
    clock.advance(1)
    assert await store.get("b") is None
    assert (len(store), store.bytes_used) == (0, 0)


@pytest.mark.parametrize("value_size", [40, 200, 1000])
async def test_memory_budget_bounds_the_heap_it_takes(value_size: int) -> None:
    # what the entries cost Python (key and value objects, the tuple, the table slots), not
    # only their characters: many small entries must not take a multiple of the budget
    budget = 4 * 1024 * 1024
    tracemalloc.start()
    try:
        store = MemoryStore(max_bytes=budget)
        before = tracemalloc.get_traced_memory()[0]
        for i in range(3 * budget // (value_size + 100)):  # over the budget three times
            key = f"ls:t.alpha:v0:e:{hashlib.sha256(str(i).encode()).hexdigest()}"
            await store.set(key, os.urandom(value_size), 3600)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert store.bytes_used <= budget
    assert held <= 1.3 * budget, held / budget
    assert held >= 0.7 * budget, held / budget  # and the budget is used


async def test_memory_sweeps_expired_counter_hashes() -> None:
    """Stats write a new hash every minute, outside the byte budget: expired ones must go."""
    clock = FakeClock()
    store = MemoryStore(max_bytes=1024, clock=clock)
    for minute in range(24 * 60):  # a day of per-minute buckets that live an hour
        await store.hincrby(f"ls:stats@{minute}", {"t|requests": 1, "t|hits": minute}, 3600)
        clock.advance(60)
    assert store.hashes <= 62  # the last hour's, and at most a minute's worth expired
    assert await store.hgetall("ls:stats@1439") == {"t|requests": 1, "t|hits": 1439}
    assert await store.hgetall("ls:stats@1390") == {"t|requests": 1, "t|hits": 1390}
    assert await store.hgetall("ls:stats@1380") == {}  # written an hour ago
    assert await store.delete_prefix("ls:stats@") == 59  # only live hashes count


# --- redis ----------------------------------------------------------------------------


async def within(seconds: float, awaitable: Awaitable[T]) -> T:
    """Await, asserting it took less than `seconds` (a bound against hangs, not a benchmark)."""
    start = time.perf_counter()
    result = await awaitable
    assert time.perf_counter() - start < seconds
    return result


def all_ops(store: Store) -> list[tuple[str, Callable[[], Awaitable[Any]], Any]]:
    """Every operation once, with the miss a guarded store answers for it."""
    return [
        ("get", lambda: store.get("k"), None),
        ("mget", lambda: store.mget(["k", "j"]), [None, None]),
        ("set", lambda: store.set("k", b"v", 60), None),
        ("mset", lambda: store.mset([("k", b"v", 60)]), None),
        ("delete", lambda: store.delete(["k"]), 0),
        ("ping", store.ping, None),
    ]


async def test_redis_raises_store_error_when_down_and_recovers(
    redis_server: RedisServer, redis_url: str
) -> None:
    store = RedisStore.from_url(redis_url)
    await store.set("k", b"v", 60)
    redis_server.kill()
    for _, call, _ in all_ops(store):
        with pytest.raises(StoreError, match="redis"):
            await within(1.0, call())
    redis_server.start()
    assert await store.get("k") is None  # a fresh, empty server
    await store.set("k", b"again", 60)
    assert await store.get("k") == b"again"
    await store.close()


@pytest.mark.parametrize("outage", ["kill", "stop"])
async def test_redis_reconnects_pooled_connections_after_restart(
    redis_server: RedisServer, redis_url: str, outage: str
) -> None:
    store = RedisStore.from_url(redis_url)
    await asyncio.gather(*(store.set(f"k{i}", b"v", 60) for i in range(8)))  # fill the pool
    getattr(redis_server, outage)()
    redis_server.start()
    assert await store.mget(["k0", "k1"]) == [None, None]  # no error: stale sockets replaced
    await store.set("k", b"v", 60)
    assert await store.get("k") == b"v"
    await store.close()


async def test_redis_get_or_lock_reloads_its_script(redis_url: str) -> None:
    store = RedisStore.from_url(redis_url)
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30) == (None, "a")
    await store.client.script_flush()  # e.g. a restarted server: NOSCRIPT, then EVAL
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "b", 30) == (None, "a")
    await store.close()


async def test_redis_get_or_lock_without_scripting(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that refuses Lua (ACL, managed Redis) still gets lookups and locks."""
    store = RedisStore.from_url(redis_url)
    run = store._run

    async def no_scripts(*args: str | int) -> object:
        if args[0] in ("EVALSHA", "EVAL"):
            raise ResponseError("NOPERM this user has no permissions to run the 'evalsha' command")
        return await run(*args)

    monkeypatch.setattr(store, "_run", no_scripts)
    await store.set("ls:c:hit", b"v", 60)
    assert await store.get_or_lock("ls:c:hit", "ls:lock:hit", "a", 30) == (b"v", None)
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30) == (None, "a")
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "b", 30) == (None, "a")
    await store.close()


async def test_get_or_lock_fails_open_and_raises_unguarded(
    redis_server: RedisServer, redis_url: str
) -> None:
    store = RedisStore.from_url(redis_url)
    guard = GuardedStore(RedisStore.from_url(redis_url), op_timeout=0.05)
    redis_server.kill()
    with pytest.raises(StoreError, match="redis"):
        await within(1.0, store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30))
    assert await within(0.3, guard.get_or_lock("ls:c:k", "ls:lock:k", "a", 30)) == (None, None)
    assert guard.errors + guard.timeouts == 1
    await store.close()
    await guard.close()


async def test_redis_url_selects_the_database(redis_server: RedisServer, redis_url: str) -> None:
    store = RedisStore.from_url(redis_url.rsplit("/", 1)[0] + "/3")
    other = RedisStore.from_url(redis_url.rsplit("/", 1)[0] + "/0")
    await store.set("k", b"in db 3", 60)
    await store.mset([("m", b"also db 3", 60)])
    assert await store.get("k") == b"in db 3"
    assert await other.mget(["k", "m"]) == [None, None]
    await store.close()
    await other.close()


async def test_redis_times_out_on_a_hung_server(redis_server: RedisServer, redis_url: str) -> None:
    store = RedisStore.from_url(redis_url, socket_timeout=0.1, connect_timeout=0.1)
    await store.ping()
    redis_server.pause()
    try:
        with pytest.raises(StoreError, match="Timeout"):
            await within(1.0, store.get("k"))
    finally:
        redis_server.resume()
    await store.close()


# --- guard ----------------------------------------------------------------------------


def guarded(url: str, clock: FakeClock) -> GuardedStore:
    return GuardedStore(
        RedisStore.from_url(url), op_timeout=0.05, failure_threshold=3, cooldown=2.0, clock=clock
    )


async def test_guard_fails_open_opens_breaker_and_recovers(
    redis_server: RedisServer, redis_url: str
) -> None:
    clock = FakeClock()
    guard = guarded(redis_url, clock)
    await guard.set("k", b"v", 60)
    assert await guard.get("k") == b"v"
    assert guard.health() == {
        "store": "redis", "state": "ok", "breaker": "closed", "consecutive_failures": 0,
        "errors": 0, "refusals": 0, "refusing_writes": False, "timeouts": 0,
        "bulk_timeouts": 0, "short_circuits": 0,
    }  # fmt: skip
    redis_server.kill()
    for _, call, miss in all_ops(guard):
        assert await within(0.3, call()) == miss
    assert guard.errors + guard.timeouts == 3
    assert guard.short_circuits == 3  # the ops after the third failure touched nothing
    assert (guard.state, guard.breaker) == ("degraded", "open")
    assert guard.health()["state"] == "degraded"

    redis_server.start()
    assert await guard.get("k") is None
    assert (guard.short_circuits, guard.breaker) == (4, "open")  # still cooling down
    clock.advance(2.0)
    assert guard.breaker == "half_open"
    await guard.ping()  # a health check is the probe
    assert (guard.state, guard.breaker, guard.consecutive_failures) == ("ok", "closed", 0)
    await guard.set("k", b"back", 60)
    assert await guard.get("k") == b"back"
    assert guard.errors + guard.timeouts == 3
    await guard.close()


async def test_guard_failed_probe_reopens_breaker(
    redis_server: RedisServer, redis_url: str
) -> None:
    clock = FakeClock()
    guard = guarded(redis_url, clock)
    redis_server.kill()
    for _ in range(3):
        assert await within(0.3, guard.mget(["a", "b"])) == [None, None]
    clock.advance(2.0)
    assert guard.breaker == "half_open"
    assert await within(0.3, guard.delete(["a"])) == 0
    assert (guard.breaker, guard.errors + guard.timeouts, guard.short_circuits) == ("open", 4, 0)
    clock.advance(1.0)
    assert guard.breaker == "open"
    await guard.close()


async def test_guard_times_out_and_lets_one_probe_through(
    redis_server: RedisServer, redis_url: str
) -> None:
    clock = FakeClock()
    guard = guarded(redis_url, clock)
    await guard.ping()
    redis_server.pause()
    try:
        for _ in range(3):
            assert await within(0.3, guard.get("k")) is None
        assert (guard.timeouts, guard.breaker) == (3, "open")
        clock.advance(2.0)
        probe = asyncio.create_task(guard.get("k"))
        await asyncio.sleep(0)  # the probe is now waiting on the hung server
        assert await within(0.03, guard.get("other")) is None
        assert (guard.short_circuits, guard.breaker) == (1, "half_open")
        assert await probe is None
        assert (guard.timeouts, guard.breaker) == (4, "open")
    finally:
        redis_server.resume()
    clock.advance(2.0)
    await guard.ping()
    assert (guard.state, guard.breaker) == ("ok", "closed")
    await guard.close()


async def test_guard_success_resets_consecutive_failures(
    redis_server: RedisServer, redis_url: str
) -> None:
    guard = guarded(redis_url, FakeClock())
    redis_server.kill()
    await guard.get("k")
    await guard.get("k")
    assert (guard.state, guard.breaker) == ("degraded", "closed")
    redis_server.start()
    await guard.ping()
    assert guard.state == "ok"
    redis_server.kill()
    await guard.get("k")
    await guard.get("k")
    assert (guard.breaker, guard.consecutive_failures) == ("closed", 2)
    await guard.close()


async def test_guard_warns_at_most_once_per_cooldown(
    redis_server: RedisServer, redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    guard = guarded(redis_url, clock)
    redis_server.kill()
    with caplog.at_level(logging.WARNING, logger="llmstash.store"):
        for _ in range(6):
            await guard.get("k")
        clock.advance(2.0)
        await guard.get("k")  # the failed probe, one cooldown later
    warnings = [r for r in caplog.records if r.name == "llmstash.store"]
    assert len(warnings) == 2
    assert "failing open" in warnings[0].getMessage()
    await guard.close()


async def test_open_store_picks_backend(redis_url: str) -> None:
    assert isinstance(open_store(None), MemoryStore)
    assert isinstance(open_store(""), MemoryStore)
    store = open_store(redis_url, op_timeout=1.0)
    assert isinstance(store, GuardedStore) and store.name == "redis"
    await store.set("k", b"v", 60)
    assert await store.get("k") == b"v"
    await store.close()


@pytest.mark.parametrize("cluster", [False, True], ids=["single", "cluster"])
async def test_redis_more_concurrent_ops_than_connections_wait_for_one(
    request: pytest.FixtureRequest, cluster: bool
) -> None:
    # redis-py's cluster pool raises MaxConnectionsError when a node's connections are all
    # busy instead of waiting; a burst beyond the pool must queue, not fail
    if cluster:
        server: RedisServer = request.getfixturevalue("redis_cluster")
        server.flushall()
        url = server.url
    else:
        url = request.getfixturevalue("redis_url")
    store = RedisStore.from_url(url, cluster=cluster, max_connections=4)
    try:
        await store.set("burst", b"x" * 100_000, 60)  # big enough to bypass the pipeline
        # 10x the pool, not more: each op waits for a connection at most the store's
        # socket timeout (0.25 s), and a loaded machine must still get through in time
        results = await asyncio.gather(*(store.get("burst") for _ in range(40)))
        keys = [f"burst:{i}" for i in range(40)]
        await asyncio.gather(*(store.set(k, b"y" * 70_000, 60) for k in keys))
        assert results == [b"x" * 100_000] * 40
        assert await store.mget(keys) == [b"y" * 70_000] * 40
    finally:
        await store.close()


@pytest.mark.parametrize(
    ("reply", "refused"),
    [
        # scripting refused for good: plain commands from now on
        ("NOPERM this user has no permissions to run the 'evalsha' command", True),
        ("ERR unknown command 'EVALSHA', with args beginning with: ", True),
        ("ERR unknown command 'evalsha'", True),
        ("ERR command not allowed", True),
        ("ERR scripting is disabled", True),
        # passing trouble: plain commands for this call only, the script stays on
        ("LOADING Redis is loading the dataset in memory", False),
        ("BUSY Redis is busy running a script. You can only call SCRIPT KILL", False),
        ("READONLY You can't write against a read only replica.", False),
        ("MASTERDOWN Link with MASTER is down and replica-serve-stale-data is set", False),
        ("MISCONF Redis is configured to save RDB snapshots, but it's currently unable", False),
        ("TRYAGAIN Multiple keys request during rehashing of slot", False),
        ("OOM command not allowed when used memory > 'maxmemory'.", False),
        ("ERR Error running script: @user_script:1: something odd", False),
    ],
)
@pytest.mark.parametrize("parsed", [False, True], ids=["pipelined", "redis-py"])
async def test_redis_get_or_lock_turns_scripting_off_only_when_refused(
    redis_url: str, monkeypatch: pytest.MonkeyPatch, reply: str, refused: bool, parsed: bool
) -> None:
    """Error replies to the script: only a refusal turns it off for the life of the process
    (a Redis that is loading, busy or failing over runs it again once it is back). Either
    way this call is answered with plain commands. `parsed`: the exception as redis-py's
    client raises it (a subclass per error code, the code stripped from its message)."""
    from redis._parsers.base import BaseParser

    error = BaseParser.parse_error(reply) if parsed else ResponseError(reply)
    store = RedisStore.from_url(redis_url)
    run = store._run
    failing = True
    scripts = 0

    async def script_fails(*args: str | int) -> object:
        nonlocal scripts
        if args[0] in ("EVALSHA", "EVAL"):
            scripts += 1
            if failing:
                raise error
        return await run(*args)

    monkeypatch.setattr(store, "_run", script_fails)
    if isinstance(error, ResponseError):
        assert await store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30) == (None, "a")
    else:  # redis-py's LOADING is a connection error: a failure the guard counts
        with pytest.raises(StoreError, match="loading"):
            await store.get_or_lock("ls:c:k", "ls:lock:k", "a", 30)
    assert store._scripted is not refused
    failing, scripts = False, 0  # the server is back: the script runs again unless refused
    await store.client.delete("ls:lock:k")
    assert await store.get_or_lock("ls:c:k", "ls:lock:k", "b", 30) == (None, "b")
    assert (scripts > 0) is not refused
    await store.close()
