"""Redis misbehaving as production sees it (full memory, a read-only replica after a
failover, lost keys, a stalled server): the proxy keeps answering from the upstream, never
serves an entry it should not, says so in /healthz, and recovers by itself."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp
import openai
import pytest
import redis

from proxy import stats as stats_module
from proxy.app import SALT_CHECK, SALT_KEY
from proxy.coordination import open_coordinator
from proxy.prices import load_prices
from proxy.stats import StatsRecorder, read_stats
from proxy.store import MemoryStore, RedisStore, StoreError, guard
from proxy.store.pipeline import PipelinedRedis
from proxy.tasks import STOP_WAIT
from proxy.tenancy import DEFAULTS
from proxy.versions import counter_key
from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"
MODEL = "gpt-4o-mini"
VERSION_POLL = 0.7  # the version counters are read every 0.5 s


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A redis-server of this test's own: its configuration may be changed."""
    with RedisServer() as server:
        yield server


def admin(server: RedisServer) -> redis.Redis:
    return redis.Redis(host="127.0.0.1", port=server.port, socket_timeout=5.0)


async def ask(client: openai.AsyncOpenAI, text: str) -> tuple[str, str]:
    raw = await client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": text}]
    )
    return raw.parse().choices[0].message.content or "", raw.headers["cache-status"]


async def health(proxy: Any) -> dict[str, Any]:
    async with aiohttp.ClientSession() as http, http.get(proxy.url[:-3] + "/healthz") as r:
        assert r.status == 200
        return await r.json()  # type: ignore[no-any-return]


@pytest.fixture
def refusing_writes_for(monkeypatch: pytest.MonkeyPatch) -> float:
    """How long a refused write stops writes (shortened from 5 s for the tests)."""
    monkeypatch.setattr(guard, "REFUSING_WRITES_FOR", 0.5, raising=False)
    return 0.5


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_full_redis_refusing_writes_keeps_serving_hits(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    own_redis: RedisServer,
    refusing_writes_for: float,
) -> None:
    """`maxmemory` reached under `noeviction`: every write gets an OOM error reply. The
    server still answers, so reads keep hitting (the breaker stays closed), misses go
    upstream without an error and do not claim to be stored (nothing is: a refused write
    stops writes for a while, as an open breaker does), and /healthz says so."""
    proxy = await proxy_factory(redis_url=own_redis.url, cooldown="30s")
    client = proxy.client()
    assert (await ask(client, "kept"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    server = admin(own_redis)
    server.config_set("maxmemory-policy", "noeviction")
    # well under what it holds: every write is refused (1 KB under, a lock's small SET
    # could pass once the server's own buffers shrank)
    server.config_set("maxmemory", str(int(server.info("memory")["used_memory"]) // 2))
    for i in range(4):  # misses: their lock and entry writes are refused
        content, status = await ask(client, f"new {i}")
        assert content.endswith(f": new {i}")
        assert status == "llmstash; fwd=miss"
    for _ in range(3):
        content, status = await ask(client, "kept")
        assert (content, status) == ("echo 1: kept", "llmstash; hit")
    assert len(upstream.calls_to(CHAT)) == 5
    state = await health(proxy)
    assert state["status"] == "degraded"
    assert state["store"]["breaker"] == "closed"
    assert state["store"]["refusals"] > 0
    assert state["store"]["refusing_writes"] is True
    await asyncio.sleep(refusing_writes_for + 0.1)  # the next write checks again: refused
    assert (await ask(client, "still full"))[1] == "llmstash; fwd=miss"
    assert (await health(proxy))["store"]["refusing_writes"] is True

    server.config_set("maxmemory", "0")  # room again: stored again
    await asyncio.sleep(refusing_writes_for + 0.1)
    assert (await ask(client, "after"))[1] == "llmstash; fwd=miss; stored"
    assert (await health(proxy))["store"]["refusing_writes"] is False
    await asyncio.sleep(0.05)
    assert (await ask(client, "after"))[1] == "llmstash; hit"


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_version_bump_survives_redis_coming_back_from_an_older_snapshot(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    """Redis crashes and restarts from a snapshot taken before a bump: the counter reads
    lower than every replica knew, and the entries the bump invalidated are back. They
    must stay unreachable: the replicas restore the counter instead of going back."""
    server = admin(own_redis)
    server.set(counter_key(DEFAULTS), 1)
    proxy = await proxy_factory(redis_url=own_redis.url)
    client = proxy.client()
    old, status = await ask(client, "q")
    assert status == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    server.save()  # the snapshot: the counter at 1, the entry of version 1
    server.incr(counter_key(DEFAULTS))  # the bump (POST /admin/teams/default/invalidate)
    await asyncio.sleep(VERSION_POLL)
    assert (await ask(client, "q"))[1] == "llmstash; fwd=miss; stored"

    own_redis.kill()
    own_redis.start()  # loads the snapshot
    assert server.get(counter_key(DEFAULTS)) == b"1"
    await asyncio.sleep(VERSION_POLL)
    content, status = await ask(client, "q")
    assert content != old
    assert status == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 3
    assert int(server.get(counter_key(DEFAULTS)) or 0) > 2  # restored: other replicas agree


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_restore_counter_adds_back_what_a_counter_lost(kind: str, redis_url: str) -> None:
    store = MemoryStore() if kind == "memory" else RedisStore.from_url(redis_url)
    try:
        assert await store.restore_counter("ver:lost", 5) == 5  # absent: restored
        assert await store.incr("ver:lost") == 6
        assert await store.restore_counter("ver:lost", 6) == 6  # not below: left alone
        assert await store.incr("ver:bumped") == 1  # lost, then bumped once
        assert await store.restore_counter("ver:bumped", 6) == 7  # the bump still counts
        assert await store.get("ver:bumped") == b"7"
    finally:
        await store.close()


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_lost_salt_is_put_back_so_a_new_replica_shares_entries(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    """Without key_salt, callers' scopes hang on the store's `ls:salt`. When Redis loses
    it (allkeys-lru evicts it, or a FLUSHALL), a replica starting afterwards must not make
    a new one: the running replicas put theirs back, and both derive the same scopes."""
    first = await proxy_factory(redis_url=own_redis.url)
    admin(own_redis).delete(SALT_KEY)
    await asyncio.sleep(SALT_CHECK + 0.3)
    second = await proxy_factory(redis_url=own_redis.url)
    assert (await ask(first.client(), "shared"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    assert (await ask(second.client(), "shared"))[1] == "llmstash; hit"
    assert len(upstream.calls_to(CHAT)) == 1


class Forwarder:
    """A TCP address standing for "the master" (a DNS name, a floating IP): each new
    connection goes to `target`; connections made earlier stay where they were."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except OSError:
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_after_a_failover_writes_reach_the_new_master(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    """The master's address now leads to another server and the old master is a replica
    (READONLY to writes). Connections made before must not keep every write refused:
    a READONLY reply makes the store connect anew, and entries are stored again."""
    with RedisServer() as promoted:
        forwarder = Forwarder(own_redis.port)
        await forwarder.start()
        try:
            url = f"redis://127.0.0.1:{forwarder.port}/0"
            proxy = await proxy_factory(redis_url=url, cooldown="30s")
            client = proxy.client()
            assert (await ask(client, "before"))[1] == "llmstash; fwd=miss; stored"
            forwarder.target = promoted.port  # the failover
            admin(own_redis).replicaof("127.0.0.1", promoted.port)
            for _ in range(3):
                await ask(client, "after")
            stored = admin(promoted).keys("ls:*:c:*")  # the entry reached the new master
            assert len(stored) == 1
            assert (await ask(client, "after"))[1] == "llmstash; hit"
        finally:
            await forwarder.close()
            admin(own_redis).replicaof("no", "one")  # else stopping `promoted` waits for it


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_wrong_redis_password_fails_open_and_says_so(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    admin(own_redis).config_set("requirepass", "right")
    url = own_redis.url.replace("redis://", "redis://:wrong@")
    proxy = await proxy_factory(redis_url=url)
    client = proxy.client()
    for _ in range(2):
        assert (await ask(client, "a"))[0].endswith(": a")
    state = await health(proxy)
    assert state["status"] == "degraded"
    assert state["store"]["refusals"] == 0  # a refused session is an outage, not a refusal


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_redis_that_stays_read_only_is_not_reconnected_to_at_every_write(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    """The address keeps leading to a replica (DNS not yet switched after a failover, or
    misconfigured): every miss's lock and entry writes get READONLY. Reconnecting is how a
    failover is followed, but once a second is enough: a new connection at every write
    would be one TCP (or TLS) handshake per miss, and every hit waiting on it."""
    with RedisServer() as master:
        server = admin(own_redis)
        server.replicaof("127.0.0.1", master.port)
        try:
            proxy = await proxy_factory(redis_url=own_redis.url, cooldown="30s")
            client = proxy.client()
            before = server.info("stats")["total_connections_received"]
            for i in range(40):
                content, _ = await ask(client, f"q {i}")
                assert content.endswith(f": q {i}")
            connections = server.info("stats")["total_connections_received"] - before
            assert len(upstream.calls_to(CHAT)) == 40  # (in well under a second)
            assert (await health(proxy))["store"]["breaker"] == "closed"
            assert connections <= 6, connections
        finally:
            server.replicaof("no", "one")


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_only_replicas_sharing_the_salt_put_it_back(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, own_redis: RedisServer
) -> None:
    """A replica that started while Redis refused it has a salt of its own. When the
    store loses `ls:salt`, it must not put that one there: replicas starting afterwards
    would take it and share nothing with the replicas that agreed on the store's salt."""
    server = admin(own_redis)
    for user in ("sharing", "alone"):
        server.execute_command("ACL", "SETUSER", user, "on", ">pw", "~*", "&*", "+@all")
    server.execute_command("ACL", "SETUSER", "alone", "off")  # refused at its start
    url = own_redis.url.replace("redis://", "redis://{}:pw@")
    first = await proxy_factory(redis_url=url.format("sharing"))
    salt = server.get(SALT_KEY)
    assert salt is not None
    await proxy_factory(redis_url=url.format("alone"), cooldown="0.5s")  # its own salt
    server.execute_command("ACL", "SETUSER", "alone", "on")
    server.execute_command("ACL", "SETUSER", "sharing", "-set")  # it cannot put it back yet
    server.delete(SALT_KEY)
    await asyncio.sleep(2 * SALT_CHECK + 0.8)  # "alone" answered again, its keeper ran
    assert server.get(SALT_KEY) is None
    server.execute_command("ACL", "SETUSER", "sharing", "+set")
    await asyncio.sleep(SALT_CHECK + 0.3)
    assert server.get(SALT_KEY) == salt
    late = await proxy_factory(redis_url=own_redis.url)
    assert (await ask(first.client(), "shared"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    assert (await ask(late.client(), "shared"))[1] == "llmstash; hit"
    assert len(upstream.calls_to(CHAT)) == 1


# -- stopping: a cancellation redis-py loses must not keep the process -------------------------


async def test_stats_flush_loop_stops_even_when_redis_py_loses_the_cancellation(
    redis_url: str,
) -> None:
    """redis-py sends each command under asyncio.wait_for, which on Python 3.11 drops a
    cancellation landing as the send completes: the flush loop, cancelled at that moment,
    went on flushing, and the app's cleanup (its first step is `stop`) waited for it for
    good (a CI run hung 90 min). Cancelled 0-15 loop iterations into a flush against a real
    Redis, the loop must end (not only `stop` give up) and the counts reach Redis."""
    store = RedisStore.from_url(redis_url)
    try:
        for k in [k for k in range(16) for _ in range(3)]:
            stats = StatsRecorder(load_prices())
            minute = int(time.time() // 60)
            stats._pending[minute]["t|requests"] = 1  # a count waiting for the next flush
            began = asyncio.Event()
            flush = stats.flush

            async def flushing(s: Any, flush: Any = flush, began: asyncio.Event = began) -> None:
                began.set()
                await flush(s)

            stats.flush = flushing  # type: ignore[method-assign]
            task = asyncio.create_task(stats.run(store, 0.01))
            await began.wait()
            for _ in range(k):
                await asyncio.sleep(0)
            await asyncio.wait_for(stats.stop(task, store), STOP_WAIT + 2)
            assert task.done(), f"the flush loop still runs after a stop {k} iterations in"
        totals = await read_stats(store, 2)
        assert totals["teams"]["t"]["requests"] == 48
    finally:
        await store.close()


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_read_only_redis_user_stores_nothing_and_says_so(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    own_redis: RedisServer,
    refusing_writes_for: float,
) -> None:
    """An ACL user without write commands: every write (the lookup script's SET too) gets
    NOPERM. Answers go on, hits too, but none claims to be stored."""
    server = admin(own_redis)
    server.execute_command("ACL", "SETUSER", "reader", "on", ">pw", "~*", "&*", "+@all")
    url = own_redis.url.replace("redis://", "redis://reader:pw@")
    proxy = await proxy_factory(redis_url=url, cooldown="30s")
    client = proxy.client()
    assert (await ask(client, "kept"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    server.execute_command("ACL", "SETUSER", "reader", "-@write")
    for i in range(3):
        content, status = await ask(client, f"new {i}")
        assert (content, status) == (f"echo {i + 2}: new {i}", "llmstash; fwd=miss")
    assert (await ask(client, "kept"))[1] == "llmstash; hit"
    state = (await health(proxy))["store"]
    assert (state["breaker"], state["refusing_writes"]) == ("closed", True)
    assert server.keys("ls:*:c:*") and len(server.keys("ls:*:c:*")) == 1


# -- log noise and double counts while Redis misbehaves -------------------------------------


async def test_refused_pipelined_commands_leave_no_unretrieved_errors(redis_url: str) -> None:
    """A batch whose first reply is an error (OOM, NOPERM, ...), or whose caller gave up:
    the other replies' errors must not each log "Future exception was never retrieved"
    (one asyncio ERROR per refused command under a full Redis)."""
    pipe = PipelinedRedis.from_url(redis_url)
    assert pipe is not None
    loop = asyncio.get_running_loop()
    unhandled: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: unhandled.append(context))
    try:
        await pipe.execute("RPUSH", "a list", "x")
        try:
            await pipe.execute_many([("INCR", "a list")] * 3)
        except redis.ResponseError:
            pass
        else:
            raise AssertionError("INCR of a list answered")
        gave_up = asyncio.create_task(pipe.execute_many([("INCR", "a list")] * 3))
        await asyncio.sleep(0)  # sent
        gave_up.cancel()
        await asyncio.sleep(0.1)  # the replies came
        del gave_up
        gc.collect()
        assert unhandled == []
        assert await pipe.execute("PING") == b"PONG"  # the connection still serves
    finally:
        loop.set_exception_handler(None)
        await pipe.close()


class FailingStats:
    """A store whose stats writes fail (Redis down), counting the attempts."""

    name = "down"

    def __init__(self) -> None:
        self.calls = 0

    async def hincrby(self, *args: Any, **kwargs: Any) -> None:
        self.calls += 1
        raise StoreError("redis HINCRBY failed: ConnectionError: refused")


async def test_failed_stats_flushes_warn_once_and_keep_every_count(
    caplog: pytest.LogCaptureFixture, redis_url: str
) -> None:
    """Minutes of counts buffered during an outage: a flush warned once per minute bucket
    and tried each one in turn (766 warnings in a 4-minute outage, growing). Now one
    warning per `WARN_EVERY`, the first failure ends the flush, and nothing is lost."""
    stats = StatsRecorder(load_prices())
    now = int(time.time() // 60)
    for minute in range(now - 5, now + 1):
        stats._pending[minute]["t|requests"] = 2
    down = FailingStats()
    with caplog.at_level(logging.WARNING, logger="llmstash.stats"):
        for _ in range(4):
            await stats.flush(down)  # type: ignore[arg-type]
    warnings = [r for r in caplog.records if r.name == "llmstash.stats"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "6 minute bucket(s) kept" in warnings[0].getMessage()
    assert down.calls == 4  # one try per flush, not one per bucket
    store = RedisStore.from_url(redis_url)
    try:
        await stats.flush(store)
        totals = await read_stats(store, 10)
        assert totals["teams"]["t"]["requests"] == 12
    finally:
        await store.close()


async def test_stats_sent_again_after_a_frozen_redis_are_counted_once(
    redis_server: RedisServer, redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flush that timed out on a frozen Redis (SIGSTOP) still runs when it thaws; the
    counts were also kept for the next flush, and counted twice (+3.7% requests after a
    12 s freeze). Sent again under the same batch number, they count once."""
    monkeypatch.setattr(stats_module, "OP_TIMEOUT", 0.4)
    store = RedisStore.from_url(redis_url)
    stats = StatsRecorder(load_prices())
    minute = int(time.time() // 60)
    try:
        stats._pending[minute]["t|requests"] = 5
        await stats.flush(store)  # connected, script loaded
        stats._pending[minute]["t|requests"] = 3
        redis_server.pause()
        try:
            await stats.flush(store)  # no answer: kept
            await stats.flush(store)  # sent again, no answer either
        finally:
            redis_server.resume()
        await asyncio.sleep(0.2)  # both ran
        stats._pending[minute]["t|requests"] += 1
        await stats.flush(store)  # the kept batch a third time, then the new count
        await stats.flush(store)
        totals = await read_stats(store, 2)
        assert totals["teams"]["t"]["requests"] == 9
    finally:
        redis_server.resume()
        await store.close()


async def test_lock_trouble_is_logged_once_not_per_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Under a full or unreachable Redis, every miss failed to release (refresh, give back)
    its lock and logged it: 168 lines in 20 s. Now once per kind every so often."""
    coordinator = open_coordinator("redis://127.0.0.1:1/0", cluster=False)  # nothing there
    try:
        with caplog.at_level(logging.INFO, logger="llmstash.coordination"):
            for i in range(5):
                await coordinator.release(f"ls:k:v0:c:{i}", "t")
            lines = [r.getMessage() for r in caplog.records if r.name == "llmstash.coordination"]
            assert sum("could not release lock" in line for line in lines) == 1, lines
            for i in range(5):  # (what the chat route logs when acquire fails)
                coordinator.uncoordinated(f"ls:k:v0:c:{i}", TimeoutError())
        lines = [r.getMessage() for r in caplog.records if r.name == "llmstash.coordination"]
        assert sum("no cross-replica lock" in line for line in lines) == 1, lines
    finally:
        await coordinator.close()
