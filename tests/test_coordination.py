"""Cross-replica single flight on a real Redis: the lock taken with the lookup, locks given
back unused, and what the leader mirrors to other replicas (and when)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import orjson
import pytest
from multidict import CIMultiDict
from redis.asyncio import from_url as redis_from_url

from proxy import coordination, follower, mirror_asks, stream_mirror
from proxy.appkeys import STORE
from proxy.chat_replicas import coordinated
from proxy.coordination import Coordinator, live_key, lock_key, open_coordinator
from proxy.entries import pack_chat
from proxy.flights import Flight, Head, Outcome
from proxy.store import GuardedStore, RedisStore, open_store
from tests.proxy_fixtures import Proxy
from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream

KEY = "ls:kabc:v0:c:0123456789abcdef"
SSE_HEAD = Head(200, CIMultiDict({"X-Request-Id": "r1"}), True, "text/event-stream")


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[tuple[Coordinator, RedisStore]]:
    coordinator = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)
    store = RedisStore.from_url(redis_url)
    yield coordinator, store
    await coordinator.close()
    await store.close()


async def test_lookup_takes_the_lock_only_on_a_miss(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    coordinator, store = redis
    value, claim = await coordinator.lookup(store, KEY)
    assert value is None and claim is not None
    leads, token = claim
    assert leads and token
    assert await coordinator.client.get(lock_key(KEY)) == token.encode()
    assert await coordinator.lookup(store, KEY) == (None, (False, token))  # another's lock
    await store.set(KEY, b"entry", 60)
    assert await coordinator.lookup(store, KEY) == (b"entry", None)
    assert await coordinator.acquire(KEY) == (False, token)  # the same lock acquire sees


async def test_an_abandoned_lock_sends_its_followers_on_at_once(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    coordinator, store = redis
    _, claim = await coordinator.lookup(store, KEY)
    assert claim is not None and claim[1] is not None
    token = claim[1]
    follow = asyncio.create_task(coordinator.follow(KEY, token, Flight(), wait=10))
    await asyncio.sleep(0.05)  # the follower is blocked in XREAD
    start = time.monotonic()
    await coordinator.abandon(KEY, token)
    assert await follow == "abandoned"
    assert time.monotonic() - start < 0.5  # not after a blocking read's timeout (1 s)
    assert (await coordinator.acquire(KEY))[0] is True  # the lock was given back
    # a follower that comes later reads the record from the start, just as quickly
    assert await coordinator.follow(KEY, token, Flight(), wait=10) == "abandoned"


def test_a_lock_or_live_key_is_never_an_entry_key_of_another_namespace() -> None:
    # namespace `c` puts a second `:c:` in the key: the first one must not be renamed
    in_c = "ls:kabc:v0:n:c:c:0123456789abcdef"
    assert lock_key(in_c) == "ls:kabc:v0:n:c:lock:0123456789abcdef"
    assert live_key(in_c, "r1.2") == "ls:kabc:v0:n:c:live:0123456789abcdef:r1.2"
    assert lock_key(KEY) == "ls:kabc:v0:lock:0123456789abcdef"


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_namespaces_c_and_lock_do_not_share_a_lock_and_an_entry(
    proxy_factory: Any, upstream: FakeUpstream
) -> None:
    """An answer stored in namespace `lock` was the lock of the same body in namespace
    `c`: that request waited as a follower of a leader that did not exist (120 s)."""
    proxy = await proxy_factory()
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "lock probe"}]}
    statuses = []
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        for namespace in ("lock", "c", "c"):
            headers = {"X-Llmstash-Namespace": namespace}
            async with asyncio.timeout(5):
                async with http.post(
                    proxy.url + "/chat/completions", json=body, headers=headers
                ) as response:
                    assert response.status == 200
                    statuses.append(response.headers["Cache-Status"])
    assert statuses == ["llmstash; fwd=miss; stored"] * 2 + ["llmstash; hit"]
    assert len(upstream.calls_to("/v1/chat/completions")) == 2


class StubCall:
    """Stands in for a ChatCall: records which lock was held while it ran."""

    def __init__(self, coordinator: Coordinator, store: RedisStore | None = None) -> None:
        self.coordinator = coordinator
        self.store = store
        self.key = KEY
        self.flight = Flight()
        self.held: bytes | None = None

    async def run(self, *args: Any) -> None:
        self.held = await self.coordinator.client.get(lock_key(KEY))
        body = b'{"choices": []}'
        self.flight.finish(Outcome(Head(200, CIMultiDict(), False, "application/json"), body))


async def test_a_leader_following_an_abandoned_lock_takes_over(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    coordinator, store = redis
    _, orphan = await coordinator.lookup(store, KEY)  # taken by a request that will not lead
    assert orphan is not None and orphan[1] is not None
    _, claim = await coordinator.lookup(store, KEY)
    assert claim == (False, orphan[1])
    call = StubCall(coordinator)
    args = ("http://upstream/v1/chat/completions", {}, b"{}", False)
    start = time.monotonic()
    leader = asyncio.create_task(coordinated(coordinator, call, args, 10.0, claim))  # type: ignore[arg-type]
    await asyncio.sleep(0.05)
    await coordinator.abandon(KEY, orphan[1])
    await asyncio.wait_for(leader, 2)
    assert time.monotonic() - start < 0.5
    assert call.held is not None and call.held != orphan[1].encode()  # led under its own lock
    assert await coordinator.client.get(lock_key(KEY)) is None  # and released it


async def test_a_claim_from_the_lookup_is_used_without_asking_again(
    redis: tuple[Coordinator, RedisStore], monkeypatch: pytest.MonkeyPatch
) -> None:
    coordinator, store = redis
    _, claim = await coordinator.lookup(store, KEY)
    assert claim is not None and claim[0]

    async def no_acquire(key: str, whole: bool = False) -> tuple[bool, str | None]:
        raise AssertionError("the lookup already took the lock")

    monkeypatch.setattr(coordinator, "acquire", no_acquire)
    call = StubCall(coordinator)
    await coordinated(coordinator, call, ("u", {}, b"{}", False), 10.0, claim)  # type: ignore[arg-type]
    assert call.held == str(claim[1]).encode()
    # nobody followed: nothing was written to Redis, and the lock was given back
    assert await coordinator.client.exists(live_key(KEY, str(claim[1]))) == 0
    assert await coordinator.client.get(lock_key(KEY)) is None


async def test_a_flight_is_mirrored_only_once_a_follower_asks(
    redis: tuple[Coordinator, RedisStore], redis_url: str
) -> None:
    """The leader writes nothing to Redis until a follower on another replica asks; then
    the follower gets the flight from its start (head, events so far), the rest live."""
    leader, store = redis
    _, claim = await leader.lookup(store, KEY)
    assert claim is not None and claim[0] and claim[1] is not None
    token = claim[1]
    stream = live_key(KEY, token)
    mirror = leader.mirror(KEY, token)
    mirror.head(SSE_HEAD)
    mirror.event(b'data: {"n": 1}\n\n', False)
    await asyncio.sleep(stream_mirror._HEAD_DELAY + 0.1)
    assert await leader.client.exists(stream) == 0  # nobody asked
    other = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)  # another replica
    try:
        flight = Flight()
        follow = asyncio.create_task(other.follow(KEY, token, flight, wait=5))
        await asyncio.wait_for(flight.head, 2)  # asked, mirrored from the start
        for _ in range(100):
            if flight.events:
                break
            await asyncio.sleep(0.01)
        assert flight.events == [b'data: {"n": 1}\n\n']
        mirror.event(b'data: {"n": 2}\n\n', False)  # live from here
        body = b'{"choices": []}'
        mirror.end(Outcome(SSE_HEAD, body, body, False), None, complete=True)
        await mirror.close()
        assert await asyncio.wait_for(follow, 2) == "done"
        assert flight.events == [b'data: {"n": 1}\n\n', b'data: {"n": 2}\n\n']
        assert flight.outcome.result().completion == body
    finally:
        await other.close()


async def test_an_ask_that_comes_before_the_flight_starts_is_kept(
    redis: tuple[Coordinator, RedisStore], redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is taken a few steps before the leader's call (and its mirror) starts: a
    follower asking in between is heard then, not at its next ask."""
    monkeypatch.setattr(follower, "_ASK_EVERY", 10.0)  # one ask, as far as this test goes
    leader, _ = redis
    leads, token = await leader.acquire(KEY)
    assert leads and token is not None
    other = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)
    try:
        flight = Flight()
        follow = asyncio.create_task(other.follow(KEY, token, flight, wait=5))
        await asyncio.sleep(0.2)  # asked (and heard), before any mirror exists
        mirror = leader.mirror(KEY, token)
        mirror.head(SSE_HEAD)
        mirror.event(b"data: {}\n\n", False)
        await asyncio.wait_for(flight.head, 1)
        mirror.end(None, None, complete=False)
        await mirror.close()
        await asyncio.wait_for(follow, 2)
    finally:
        await other.close()


async def test_a_lock_that_vanished_between_set_and_get_is_followed_once_retaken(
    redis: tuple[Coordinator, RedisStore], redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock given back unused (an `abandon`) between a lock attempt's SET and GET reads as
    (False, None); when another request of that replica leads next, this one follows it
    rather than calling the upstream a second time."""
    follower, store = redis
    leader = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)  # another replica
    real_acquire = follower.acquire
    attempts = 0

    async def acquire(key: str, whole: bool = False) -> tuple[bool, str | None]:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            return False, None  # the abandoned lock, gone by the GET
        return await real_acquire(key, whole)

    monkeypatch.setattr(follower, "acquire", acquire)
    try:
        leads, token = await leader.acquire(KEY)  # the request that leads now
        assert leads and token is not None
        mirror = leader.mirror(KEY, token)
        call = StubCall(follower, store)
        args = ("http://upstream/v1/chat/completions", {}, b"{}", False)
        following = asyncio.create_task(coordinated(follower, call, args, 5.0))  # type: ignore[arg-type]
        for _ in range(200):
            if mirror.active:
                break
            await asyncio.sleep(0.01)
        assert mirror.active  # it asked: it follows
        body = b'{"choices": []}'
        head = Head(200, CIMultiDict(), False, "application/json")
        mirror.end(Outcome(head, body, body, False), None, complete=False)
        await mirror.close()
        await asyncio.wait_for(following, 2)
        assert call.held is None  # no second upstream call
        assert call.flight.outcome.result().body == body
    finally:
        await leader.close()


class Blackhole:
    """A TCP relay to Redis whose connections made so far can be silenced: what they carry
    is dropped, neither side is told (a NAT or load balancer forgetting an idle flow)."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.port = 0
        self._silenced: dict[int, list[bool]] = {}  # its port toward Redis -> silenced
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def silence(self, port: int) -> None:
        """The connection Redis sees coming from `port` (its CLIENT LIST `addr`)."""
        self._silenced[port][0] = True

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)
        silenced = self._silenced[up_writer.get_extra_info("sockname")[1]] = [False]

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError):
                while data := await src.read(65536):
                    if not silenced[0]:
                        dst.write(data)
                        await dst.drain()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def test_a_subscription_that_went_deaf_is_made_anew(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The listener's connection is silently dropped on the way (no error, no close): its
    own echo does not come back, so it subscribes anew and hears followers again."""
    monkeypatch.setattr(mirror_asks, "_LISTEN_CHECK", 0.2)
    monkeypatch.setattr(mirror_asks, "_ECHO_WAIT", 0.2)
    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    hole = Blackhole(port)
    await hole.start()
    leader = open_coordinator(f"redis://127.0.0.1:{hole.port}/0", cluster=False, lock_ttl=5.0)
    asker = redis_from_url(redis_url)
    try:
        leads, token = await leader.acquire(KEY)  # starts the listener
        assert leads and token is not None
        mirror = leader.mirror(KEY, token)
        channel, stream = coordination.mirror_channel(token), live_key(KEY, token)
        for _ in range(100):  # subscribed
            if await asker.pubsub_numsub(channel) == [(channel.encode(), 1)]:
                break
            await asyncio.sleep(0.02)
        (subscriber,) = [c for c in await asker.client_list() if int(c["sub"])]
        hole.silence(int(subscriber["addr"].rsplit(":", 1)[1]))  # the subscription only
        deadline = time.monotonic() + 8
        while not mirror.active and time.monotonic() < deadline:
            await asker.publish(channel, stream)  # a follower asking
            await asyncio.sleep(0.1)
        assert mirror.active  # heard on a new subscription
        mirror.end(None, None, complete=False)
        await mirror.close()
    finally:
        await asker.aclose()
        await leader.close()
        await hole.close()


async def test_a_follower_of_a_leader_that_wrote_nothing_gets_the_stored_answer(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    """A leader that finished before any follower's ask reached it wrote no stream: its
    follower, finding the lock gone, answers from the entry the leader stored rather than
    calling the upstream again."""
    coordinator, store = redis
    completion = b'{"choices": [{"message": {"content": "stored"}}]}'
    await store.set(KEY, pack_chat(time.time(), completion, None), 60)
    call = StubCall(coordinator, store)
    args = ("http://upstream/v1/chat/completions", {}, b"{}", False)
    gone = (False, "elsewhere.1")  # a lock another replica held, now released
    await asyncio.wait_for(coordinated(coordinator, call, args, 5.0, gone), 3)  # type: ignore[arg-type]
    assert call.held is None  # never called the upstream
    assert call.flight.outcome.result().body == completion
    assert await coordinator.client.get(lock_key(KEY)) is None  # the lock it took is back


async def test_the_head_goes_out_with_the_first_event(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    coordinator, _ = redis
    mirror = coordinator.mirror(KEY, "t1")
    mirror.activate()  # a follower asked
    stream = live_key(KEY, "t1")
    mirror.head(SSE_HEAD)
    await asyncio.sleep(0.02)
    assert await coordinator.client.xlen(stream) == 0  # not alone, not before the event
    mirror.event(b"data: {}\n\n", False)
    for _ in range(50):
        if await coordinator.client.xlen(stream) == 2:
            break
        await asyncio.sleep(0.01)
    records = [fields for _, fields in await coordinator.client.xrange(stream)]
    assert [r[b"t"] for r in records] == [b"h", b"e"]
    head = orjson.loads(records[0][b"d"])
    assert (head["status"], head["type"], head["headers"]) == (
        200,
        "text/event-stream",
        [["X-Request-Id", "r1"]],
    )
    assert records[1][b"d"] == b"data: {}\n\n"
    assert await coordinator.client.pttl(stream) > 60_000  # kept while the flight runs
    mirror.end(None, None, complete=False)
    await mirror.close()
    assert mirror.released
    # ended: kept only for followers already reading (not minutes of every miss's tokens)
    assert 0 < await coordinator.client.pttl(stream) <= stream_mirror.ENDED_TTL_MS


async def test_a_slow_first_event_does_not_hold_the_head_back(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    coordinator, _ = redis
    mirror = coordinator.mirror(KEY, "t2")
    mirror.activate()
    mirror.head(SSE_HEAD)
    await asyncio.sleep(stream_mirror._HEAD_DELAY + 0.1)
    stream = live_key(KEY, "t2")
    assert [f[b"t"] for _, f in await coordinator.client.xrange(stream)] == [b"h"]
    await mirror.close()


async def _race_lookups(
    proxy: Proxy, monkeypatch: pytest.MonkeyPatch, first_streams: bool
) -> tuple[float, tuple[str, bytes], tuple[str, bytes]]:
    """Two requests for one key on one replica both look up before either joins the local
    flight; the first one's lookup takes the lock but answers last. (Elapsed time, the
    first's answer, the second's.)"""
    lookup = Coordinator.lookup
    first_looked, second_led = asyncio.Event(), asyncio.Event()

    async def racing_lookup(self: Coordinator, store: Any, key: str, whole: bool = False) -> Any:
        first = not first_looked.is_set()
        first_looked.set()
        result = await lookup(self, store, key, whole)
        if first:
            await second_led.wait()  # answer after the second request led
        else:
            asyncio.get_running_loop().call_soon(second_led.set)
        return result

    monkeypatch.setattr(Coordinator, "lookup", racing_lookup)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "race me"}]}

    async def send(http: aiohttp.ClientSession, stream: bool, pad: bytes) -> tuple[str, bytes]:
        # (`pad`: bodies of one key, both new to the replica's plans, so both look up)
        data = orjson.dumps(body | {"stream": stream}) + pad
        headers = {"Content-Type": "application/json"}
        async with http.post(proxy.url + "/chat/completions", data=data, headers=headers) as r:
            assert r.status == 200
            return r.headers["Cache-Status"], await r.read()

    start = time.monotonic()
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        first = asyncio.create_task(send(http, first_streams, b" "))
        await first_looked.wait()
        second = await send(http, False, b"")
        return time.monotonic() - start, await first, second


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_lock_taken_by_a_local_follower_is_handed_over(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The request whose lookup took the lock answers last and joins the local flight as
    a follower. It gives the lock back, and the local leader (following that lock) takes
    over at once."""
    upstream.chunk_delay = 0.02
    elapsed, first, second = await _race_lookups(proxy, monkeypatch, first_streams=False)
    assert elapsed < 0.9  # no wait on a lock nobody used
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert second[0].startswith("llmstash; fwd=miss")
    assert "collapsed" in first[0]
    for answer in (first, second):
        assert orjson.loads(answer[1])["choices"][0]["message"]["content"] == "echo 1: race me"


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_stream_with_the_lock_leads_beside_a_local_plain_flight(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As above, the lock's taker a stream: it does not join the local stream=false flight
    (its client would get nothing before that whole answer) but leads its own call with
    its lock, and the plain flight's leader follows it: still one call, no wait."""
    upstream.chunk_delay = 0.02
    elapsed, streamed, plain = await _race_lookups(proxy, monkeypatch, first_streams=True)
    assert elapsed < 0.9
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert streamed[0].startswith("llmstash; fwd=miss") and "collapsed" not in streamed[0]
    assert "collapsed" in plain[0]
    assert orjson.loads(plain[1])["choices"][0]["message"]["content"] == "echo 1: race me"
    assert b"race" in streamed[1] and streamed[1].endswith(b"data: [DONE]\n\n")


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_lookup_whose_reply_came_late_leads_with_the_lock_it_took(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lookup's script took the lock, but its reply missed the store's deadline: the
    request must lead under that lock, not follow it (nobody writes for it) until it
    expires (the lock TTL, 10 s)."""
    get_or_lock = RedisStore.get_or_lock
    calls = 0

    async def late_reply(self: RedisStore, *args: Any) -> Any:
        nonlocal calls
        calls += 1
        result = await get_or_lock(self, *args)  # the lock is taken ...
        await asyncio.sleep(0.3)  # ... but the guard (0.2 s) gives up on the reply
        return result

    monkeypatch.setattr(RedisStore, "get_or_lock", late_reply)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "late reply"}]}
    start = time.monotonic()
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        async with http.post(proxy.url + "/chat/completions", json=body) as response:
            assert response.status == 200
            answer = orjson.loads(await response.read())
    assert time.monotonic() - start < 2.0
    assert calls == 1
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert answer["choices"][0]["message"]["content"] == "echo 1: late reply"


class LateReplies:
    """A store whose get_or_lock runs, then answers after the guard gave up; its release
    comes late too (Redis slow, not frozen: the attempt ran before it)."""

    def __init__(self, inner: RedisStore, releases: bool = True) -> None:
        self.inner = inner
        self.name = "late"
        self.releases = releases

    async def get_or_lock(self, *args: Any) -> Any:
        result = await self.inner.get_or_lock(*args)
        await asyncio.sleep(0.2)
        return result

    async def unlock(self, lock: str, token: str) -> bool:
        await asyncio.sleep(0.1)
        return self.releases and await self.inner.unlock(lock, token)


async def test_a_leader_following_its_replicas_own_unknown_lock_takes_it(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    """One request's lookup took the lock unknowingly (late reply); another request of the
    same replica, whose lookup saw that lock, leads the key locally: it takes the lock over
    at once instead of following a stream nobody writes."""
    coordinator, store = redis
    # (its release never comes: the connection it went out on was lost, say)
    guard = GuardedStore(LateReplies(store, releases=False), op_timeout=0.05)  # type: ignore[arg-type]
    assert await coordinator.lookup(guard, KEY) == (None, None)  # outcome unknown
    orphan = await coordinator.client.get(lock_key(KEY))
    assert orphan is not None  # ... but the lock was taken
    _, claim = await coordinator.lookup(store, KEY)
    assert claim == (False, orphan.decode())
    call = StubCall(coordinator)
    start = time.monotonic()
    args = ("u", {}, b"{}", False)
    await asyncio.wait_for(coordinated(coordinator, call, args, 10.0, claim), 2)  # type: ignore[arg-type]
    assert time.monotonic() - start < 0.5
    assert call.held == orphan  # led under the lock the late lookup took
    assert await coordinator.client.get(lock_key(KEY)) is None  # and released it


async def test_acquire_gives_back_a_lock_its_timed_out_attempt_took(
    redis: tuple[Coordinator, RedisStore], redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SET NX ran, but its reply came after acquire's deadline (the request went upstream
    without the lock): the lock is released at once, so no replica waits for a lock
    nobody holds; the next acquire of the key, on this replica or another, leads."""
    coordinator, _ = redis
    command = coordinator.command
    taken: list[bytes | None] = []

    async def late(*args: Any) -> Any:
        result = await command(*args)
        if args[0] == "SET":
            taken.append(await coordinator.client.get(lock_key(KEY)))
            await asyncio.sleep(coordinator.op_timeout + 0.05)
        return result

    monkeypatch.setattr(coordinator, "command", late)
    with pytest.raises(TimeoutError):
        await coordinator.acquire(KEY)
    monkeypatch.setattr(coordinator, "command", command)
    assert taken[0] is not None  # the attempt took the lock
    await asyncio.sleep(0.05)
    assert await coordinator.client.get(lock_key(KEY)) is None  # ... and gave it back
    other = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)
    try:
        leads, token = await other.acquire(KEY)  # another replica
        assert leads
        assert await coordinator.acquire(KEY) == (False, token)
    finally:
        await other.close()


async def test_acquire_waits_for_the_release_of_a_lookup_of_unknown_outcome(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    """The lookup's script took the lock but answered after the guard's deadline: its
    token is released on the store's connection. The acquire right after must not take
    the lock before that release runs (it would lose it to the release and lead without
    it): it waits for it, then leads under a lock that stays."""
    coordinator, store = redis
    guard = GuardedStore(LateReplies(store), op_timeout=0.05)  # type: ignore[arg-type]
    assert await coordinator.lookup(guard, KEY) == (None, None)  # outcome unknown
    leads, token = await coordinator.acquire(KEY)
    assert leads and token is not None
    await asyncio.sleep(0.3)  # the late reply came, the release ran
    assert await coordinator.client.get(lock_key(KEY)) == token.encode()


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_the_lock_is_released_only_once_the_answer_is_stored(
    proxy_factory: Any, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replica B follows A's call and ends with it; a new request on B right after must
    not find the lock free while A is still writing the entry (a second upstream call)."""
    a, b = await proxy_factory(), await proxy_factory()
    store_a = a.app[STORE]
    real_set = store_a.set

    async def slow_set(key: str, value: bytes, ttl: float) -> None:
        await asyncio.sleep(0.3)  # a large entry, a busy Redis
        await real_set(key, value, ttl)

    monkeypatch.setattr(store_a, "set", slow_set)
    upstream.latency = 0.3
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "slow store"}]}

    async def send(http: aiohttp.ClientSession, proxy: Proxy) -> tuple[str, Any]:
        async with http.post(proxy.url + "/chat/completions", json=body) as response:
            assert response.status == 200
            return response.headers["Cache-Status"], await response.json()

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        led = asyncio.create_task(send(http, a))
        await asyncio.sleep(0.1)
        followed = await send(http, b)
        again = await send(http, b)  # A is still writing the entry
        await led
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert followed[0].startswith("llmstash; fwd=miss")  # followed A across replicas
    assert again[1] == followed[1]


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_follower_on_another_replica_gets_a_long_stream_whole(
    proxy_factory: Any, upstream: FakeUpstream, tmp_path: Any
) -> None:
    """`stampede.wait` bounds the leader's silence, not the length of its answer: a ~2.5 s
    stream with events every 0.2 s reaches the other replica whole at wait 1 s."""
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults:\n  stampede: {wait: 1s}\n")
    a, b = await proxy_factory(config=config), await proxy_factory(config=config)
    upstream.chunk_delay = 0.2
    body = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": " ".join("abcdefghijkl")}],
        "stream": True,
    }

    async def send(http: aiohttp.ClientSession, proxy: Proxy) -> bytes:
        async with http.post(proxy.url + "/chat/completions", json=body) as response:
            assert response.status == 200
            return await response.read()  # raises on a cut stream

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        lead = asyncio.create_task(send(http, a))
        await asyncio.sleep(0.3)
        followed = await send(http, b)
        first = await lead
    assert followed.endswith(b"data: [DONE]\n\n") and b"abcdefghijkl"[:1] in followed
    assert followed.count(b"data: ") == first.count(b"data: ")
    assert len(upstream.calls_to("/v1/chat/completions")) == 1


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_takeover_never_answers_with_an_entry_too_old_for_the_request(
    proxy: Proxy, upstream: FakeUpstream, redis_url: str
) -> None:
    """A request with `Cache-Control: max-age` found only a stale entry and followed a
    leader that wrote nothing (it crashed, or its answer was not stored): taking over, it
    re-reads the store, and must not answer with the entry it already found too old."""
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "how fresh"}]}
    headers = {"Authorization": "Bearer sk-a"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(proxy.url + "/chat/completions", json=body) as response:
            assert response.status == 200
        other = open_coordinator(redis_url, cluster=False)
        try:
            keys = [k async for k in other.client.scan_iter(match="ls:*:c:*")]
            assert len(keys) == 1
            key = keys[0]
            stale = b'{"choices": [{"message": {"content": "stale"}}]}'
            await other.client.set(key, pack_chat(time.time() - 120, stale, None), ex=600)
            # a leader on another replica that will never write anything
            await other.client.set(lock_key(key.decode()), "gone0000.1", px=300)
        finally:
            await other.close()
        fresh = {"Cache-Control": "max-age=60"}
        async with http.post(proxy.url + "/chat/completions", json=body, headers=fresh) as r:
            assert r.status == 200
            answer = orjson.loads(await r.read())
    assert answer["choices"][0]["message"]["content"] == "echo 2: how fresh"
    assert len(upstream.calls_to("/v1/chat/completions")) == 2


async def test_a_cluster_replica_hears_asks_from_its_first_lock_on() -> None:
    """On Redis Cluster the listener starts with the first lock attempt, while the client
    still learns the slots: its subscription must not fail then (it retried after 1 s, so
    the first flights of every replica were mirrored a second late)."""
    with RedisServer(cluster=True) as server:
        leader = open_coordinator(server.url, cluster=True, lock_ttl=5.0)
        follower = open_coordinator(server.url, cluster=True, lock_ttl=5.0)
        try:
            leads, token = await leader.acquire(KEY)
            assert leads and token is not None
            mirror = leader.mirror(KEY, token)
            mirror.head(SSE_HEAD)
            mirror.event(b"data: {}\n\n", False)
            flight = Flight()
            start = time.monotonic()
            follow = asyncio.create_task(follower.follow(KEY, token, flight, wait=5))
            await asyncio.wait_for(asyncio.shield(flight.head), 2)
            assert time.monotonic() - start < 0.5
            mirror.end(None, None, complete=False)
            await mirror.close()
            assert await asyncio.wait_for(follow, 2) == "done"
        finally:
            await follower.close()
            await leader.close()


async def test_an_unfollowed_flight_keeps_no_copy_of_its_events(
    redis: tuple[Coordinator, RedisStore],
) -> None:
    """Until a follower asks, the mirror keeps what it would write: for a long stream that
    must cost a reference per event (the flight holds the bytes anyway), not a record of its
    own (~230 bytes per event, about doubling the flight's memory on every miss)."""
    import tracemalloc

    coordinator, _ = redis
    flight = Flight()
    flight.mirror = coordinator.mirror(KEY, "t3")
    events = [b'data: {"choices": [{"delta": {"content": "t%d"}}]}\n\n' % i for i in range(5000)]
    tracemalloc.start()
    try:
        flight.set_head(SSE_HEAD)
        for raw in events:
            flight.publish(raw, False)
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert used / len(events) < 64  # the flight's own lists: ~2 references per event
    # asked for at last: everything still goes out, from the start
    flight.mirror.activate()
    flight.publish(b'data: {"usage": {}}\n\n', True)
    flight.mirror.end(None, None, complete=False)
    await flight.mirror.close()  # type: ignore[attr-defined]
    records = await coordinator.client.xrange(live_key(KEY, "t3"))
    kinds = [fields[b"t"] for _, fields in records]
    assert kinds == [b"h"] + [b"e"] * 5000 + [b"u", b"x"]
    assert [fields[b"d"] for _, fields in records[1:5001]] == events


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_replicas_without_channel_permissions_still_make_one_call(
    proxy_factory: Any, upstream: FakeUpstream, redis_url: str
) -> None:
    """A Redis ACL user with key permissions only (channels are Redis 7's default
    `resetchannels`): followers cannot ask, leaders cannot listen. The leader then mirrors
    every flight (as before mirroring on demand) and the follower reads it: one upstream
    call, not one per replica."""
    admin = open_coordinator(redis_url, cluster=False)
    await admin.client.execute_command(
        "ACL", "SETUSER", "nochannels", "on", ">pw", "~*", "resetchannels", "+@all"
    )
    await admin.close()  # (the user stays: the apps use it until the fixture closes them)
    url = redis_url.replace("redis://", "redis://nochannels:pw@")
    a, b = await proxy_factory(redis_url=url), await proxy_factory(redis_url=url)
    upstream.chunk_delay = 0.1
    body = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "a b c d e f"}],
        "stream": True,
    }

    async def send(http: aiohttp.ClientSession, proxy: Proxy) -> bytes:
        async with http.post(proxy.url + "/chat/completions", json=body) as response:
            assert response.status == 200
            return await response.read()

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        lead = asyncio.create_task(send(http, a))
        await asyncio.sleep(0.3)
        followed = await send(http, b)
        first = await lead
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert followed.endswith(b"data: [DONE]\n\n")
    assert followed.count(b"data: ") == first.count(b"data: ")


@pytest.mark.parametrize("as_served", [True, False])
async def test_lock_attempts_queued_on_a_frozen_redis_leave_no_lock_when_it_thaws(
    redis_server: RedisServer, redis_url: str, as_served: bool
) -> None:
    """Redis frozen (SIGSTOP): the lookup's get-or-lock and acquire's SET NX time out but
    stay queued on their connections, and run when Redis thaws, after their requests went
    upstream without the lock. Nobody would ever write for or release those locks: every
    replica's requests for the keys waited for them until lock_ttl (10 s). Each attempt's
    token is released right behind it, so once Redis is back the keys are free."""
    replica = open_coordinator(redis_url, cluster=False, lock_ttl=10.0)
    other = open_coordinator(redis_url, cluster=False, lock_ttl=10.0)
    # as the proxy builds it (the connection's own deadline just behind the guard's), or
    # a store with no deadline of its own
    built = open_store(redis_url, op_timeout=0.2) if as_served else None
    guard = built or GuardedStore(RedisStore.from_url(redis_url), op_timeout=0.2)
    assert isinstance(guard, GuardedStore)
    looked_up, acquired = KEY, KEY.replace("0123", "4567")
    try:
        await replica.lookup(guard, KEY.replace("0123", "warm"))  # script loaded, connected
        await replica.acquire(KEY.replace("0123", "warm2"))
        redis_server.pause()
        try:
            assert await replica.lookup(guard, looked_up) == (None, None)
            with pytest.raises(TimeoutError):
                await replica.acquire(looked_up)  # (waits for the lookup's release)
            with pytest.raises(TimeoutError):
                await replica.acquire(acquired)  # its SET NX is out
            await asyncio.sleep(0.3)
        finally:
            redis_server.resume()
        await asyncio.sleep(0.3)  # the queued commands ran
        for key in (looked_up, acquired):
            assert await other.client.get(lock_key(key)) is None, key
            assert (await other.acquire(key))[0] is True  # another replica leads at once
    finally:
        redis_server.resume()
        await replica.close()
        await other.close()
        await guard.close()
