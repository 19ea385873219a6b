"""No store call waits longer than `op_timeout` (plus a little), whatever hangs.

A GET on the Redis store's pipelined connection runs without a timer of the guard (the
connection's one watchdog timer bounds it: one timer per connection, not per call); these
check that every way it can hang still fails open in time and is counted as a timeout: the
reply (a frozen Redis), the connect and session setup, waiting for another caller's connect,
and the retry after a connection that served dies.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from proxy.appkeys import FLIGHTS, STORE
from proxy.store import GuardedStore, RedisStore, open_store
from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream

OP_TIMEOUT = 0.2
SLACK = 0.15  # timer lateness on a loaded CI box
CHAT = "/v1/chat/completions"


def guarded(url: str, op_timeout: float = OP_TIMEOUT) -> GuardedStore:
    store = open_store(url, op_timeout=op_timeout, failure_threshold=100)
    assert isinstance(store, GuardedStore)
    return store


async def timed(call: Awaitable[Any]) -> tuple[Any, float]:
    start = time.monotonic()
    result = await asyncio.wait_for(call, 5.0)  # (a regression fails, not hangs)
    return result, time.monotonic() - start


Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@pytest.fixture
async def fake_redis() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    """A local TCP server speaking as much RESP as a test scripts: its URL."""
    servers: list[asyncio.Server] = []
    writers: list[asyncio.StreamWriter] = []

    async def start(handler: Handler) -> str:
        async def tracked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)
            await handler(reader, writer)

        server = await asyncio.start_server(tracked, "127.0.0.1", 0)
        servers.append(server)
        return f"redis://127.0.0.1:{server.sockets[0].getsockname()[1]}/0"

    yield start
    for writer in writers:
        writer.close()
    for server in servers:
        server.close()
        await server.wait_closed()


async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Accepts, reads, never answers."""
    while await reader.read(65536):
        pass


async def test_a_frozen_redis_fails_a_hit_open_within_op_timeout(
    redis_server: RedisServer, redis_url: str
) -> None:
    store = guarded(redis_url)
    await store.set("k", b"v", 60)
    assert await store.get("k") == b"v"  # a live connection that served
    redis_server.pause()
    try:
        results = await asyncio.gather(*(timed(store.get("k")) for _ in range(3)))
        assert [value for value, _ in results] == [None] * 3
        assert max(took for _, took in results) < OP_TIMEOUT + SLACK
        assert (store.timeouts, store.errors) == (3, 0)
        assert store.health()["state"] == "degraded"
    finally:
        redis_server.resume()
    assert await store.get("k") == b"v"  # a new connection once it answers
    assert store.health()["state"] == "ok"
    await store.close()


async def test_the_configured_op_timeout_is_how_long_a_hit_waits(
    redis_server: RedisServer, redis_url: str
) -> None:
    store = guarded(redis_url, op_timeout=0.6)
    await store.ping()
    redis_server.pause()
    try:
        value, took = await timed(store.get("k"))
    finally:
        redis_server.resume()
    assert value is None
    assert 0.55 < took < 0.6 + SLACK  # not the connection's default 0.25 s
    assert store.timeouts == 1
    await store.close()


async def test_a_server_that_never_answers_a_new_connection_times_out(
    fake_redis: Callable[[Handler], Awaitable[str]],
) -> None:
    store = guarded(await fake_redis(silent))
    value, took = await timed(store.get("k"))
    assert value is None and took < OP_TIMEOUT + SLACK
    assert (store.timeouts, store.errors) == (1, 0)
    await store.close()


async def test_a_session_setup_that_hangs_bounds_every_caller_waiting_for_it(
    fake_redis: Callable[[Handler], Awaitable[str]],
) -> None:
    """AUTH never answered: the connect holds the connection lock for its connect timeout
    (0.25 s, more than op_timeout); callers queued behind it, each to try its own connect
    after, are bounded too."""
    url = await fake_redis(silent)
    store = guarded(url.replace("redis://", "redis://:secret@"))
    results = await asyncio.gather(*(timed(store.get(f"k{i}")) for i in range(4)))
    assert [value for value, _ in results] == [None] * 4
    assert max(took for _, took in results) < OP_TIMEOUT + SLACK
    assert (store.timeouts, store.errors) == (4, 0)
    await store.close()


async def test_the_retry_after_a_served_connection_died_is_bounded(
    fake_redis: Callable[[Handler], Awaitable[str]],
) -> None:
    """The first connection answers one GET (nil), then drops the next one's connection
    (a Redis restart): the GET is sent again on a new connection, which never answers."""
    connections = 0

    async def serves_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        if connections > 1:
            await silent(reader, writer)
            return
        await reader.read(65536)
        writer.write(b"$-1\r\n")
        await writer.drain()
        await reader.read(65536)
        writer.close()

    store = guarded(await fake_redis(serves_once))
    assert await store.get("a") is None
    assert store.errors == 0 and store.timeouts == 0
    value, took = await timed(store.get("b"))
    assert value is None and took < OP_TIMEOUT + SLACK
    assert connections == 2  # it was sent again
    assert (store.timeouts, store.errors) == (1, 0)
    await store.close()


async def test_a_hit_sets_no_timer_of_its_own(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The point of it all: on a live connection a GET schedules no timer per call (the
    connection's watchdog is one timer while replies are due)."""
    loop = asyncio.get_running_loop()
    timers = 0
    call_at = loop.call_at

    def counted(when: float, callback: Any, *args: Any, **kwargs: Any) -> asyncio.TimerHandle:
        nonlocal timers
        timers += 1
        return call_at(when, callback, *args, **kwargs)

    monkeypatch.setattr(loop, "call_at", counted)
    store = guarded(redis_url)
    # a store the guard cannot trust to bound its calls (no op_timeout of its own): the
    # guard keeps its own timer around each call
    other = GuardedStore(RedisStore.from_url(redis_url), op_timeout=OP_TIMEOUT)
    await store.set("k", b"v", 60)
    assert await store.get("k") == b"v" and await other.get("k") == b"v"
    timers = 0
    for _ in range(50):
        assert await store.get("k") == b"v"
    assert timers < 10  # (one per watchdog period: 0.2 s)
    timers = 0
    for _ in range(50):
        assert await other.get("k") == b"v"
    assert timers >= 50
    await store.close()
    await other.close()


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_frozen_redis_turns_a_cached_answer_into_a_prompt_miss(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    # 1 s, not 0.2 s: on a loaded CI box a live Redis once took longer than 0.2 s to answer
    # the warm-up hit, which then failed open and was counted as the frozen case's miss
    op_timeout = 1.0
    proxy = await proxy_factory(op_timeout="1s", failure_threshold=100)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "frozen"}]}
    async with aiohttp.ClientSession() as http:

        async def ask() -> tuple[str, float]:
            start = time.monotonic()
            async with http.post(proxy.url + "/chat/completions", json=body) as r:
                assert r.status == 200
                await r.read()
                return r.headers["Cache-Status"], time.monotonic() - start

        await ask()
        for _ in range(100):  # the answer is written in the background
            if not proxy.app[FLIGHTS].active:
                break
            await asyncio.sleep(0.02)
        assert (await ask())[0] == "llmstash; hit"  # from Redis, not from the flight
        redis_server.pause()
        try:
            status, took = await asyncio.wait_for(ask(), 10.0)
        finally:
            redis_server.resume()
    assert status.startswith("llmstash; fwd=")
    assert len(upstream.calls_to(CHAT)) == 2
    store = proxy.app[STORE]
    assert isinstance(store, GuardedStore) and store.timeouts >= 1
    # the GET (op_timeout), then the miss's own store calls, each bounded too
    assert took < 6 * (op_timeout + SLACK)


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_client_leaving_during_the_lock_attempt_leaves_no_lock_behind(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, redis_url: str
) -> None:
    """The lookup of a new body takes the cross-replica lock in one script; its reply is
    slow and the client leaves meanwhile (its handler is cancelled). Redis did take the
    lock: it is given back at once, or every request for the body, on every replica,
    would wait for a leader that does not exist until the lock expired (10 s)."""
    proxy = await proxy_factory(op_timeout="1s")
    store = proxy.app[STORE]
    assert isinstance(store, GuardedStore)
    real = store.inner.get_or_lock
    ran = 0

    async def late_reply(*args: Any) -> Any:
        nonlocal ran
        result = await real(*args)  # Redis ran it: the lock is taken
        ran += 1
        await asyncio.sleep(0.3)  # its reply is slow to come back
        return result

    store.inner.get_or_lock = late_reply  # type: ignore[method-assign]
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "left"}]}
    async with aiohttp.ClientSession() as http:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.1):  # the client gives up during the lookup
                await http.post(proxy.url + "/chat/completions", json=body)
        await asyncio.sleep(0.4)
        assert ran == 1
        store.inner.get_or_lock = real  # type: ignore[method-assign]
        locks = [k async for k in store.inner.client.scan_iter(match="*lock*")]
        assert locks == []
        start = time.monotonic()
        async with http.post(proxy.url + "/chat/completions", json=body) as r:
            assert r.status == 200
            assert r.headers["Cache-Status"] == "llmstash; fwd=miss; stored"
            await r.read()
        assert time.monotonic() - start < 1.0  # it led at once, no wait for a phantom
    assert len(upstream.calls_to(CHAT)) == 1  # the client that left never reached it
