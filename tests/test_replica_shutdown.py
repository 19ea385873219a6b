"""A replica that stops while it leads a call another replica follows: its followers take
over at once (they call the upstream themselves, or a stream already begun ends cut), and
the lock is given back before it exits, instead of an "upstream" error or a wait for the
lock to expire."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import redis.asyncio as aioredis

from tests.processes import start_serve, stop
from tests.upstream import FakeUpstream, expected_vector

CHAT = "/v1/chat/completions"
HEADERS = {"Authorization": "Bearer sk-shared"}


@pytest.fixture
async def two(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> AsyncIterator[list[tuple[asyncio.subprocess.Process, str]]]:
    config = tmp_path / "llmstash.yaml"
    # a lock that outlives the stop by far: followers must not need it to expire
    config.write_text(
        "server: {shutdown_timeout: 1s}\ndefaults:\n  stampede: {lock_ttl: 10s, wait: 30s}\n"
    )
    started = []
    for i in range(2):
        log = tmp_path / f"replica-{i}.log"
        with log.open("wb") as stderr:
            process, port = await start_serve(
                "--upstream", upstream.url, "--redis-url", redis_url, "--config", str(config),
                stderr=stderr,
            )  # fmt: skip
        started.append((process, f"http://127.0.0.1:{port}{CHAT}", log))
    yield [(process, url) for process, url, _ in started]
    await asyncio.gather(*(stop(process, log) for process, _, log in started))


async def _locks(redis_url: str, within: float = 3.0) -> list[bytes]:
    """The lock keys left in Redis, polled for `within` seconds (far below the 10 s lock_ttl):
    the replica that answered gives its own lock back just after its client has the answer."""
    client = aioredis.Redis.from_url(redis_url)
    deadline = time.monotonic() + within
    try:
        while True:
            keys = [key async for key in client.scan_iter(match="*:lock:*")]
            if not keys or time.monotonic() > deadline:
                return keys
            await asyncio.sleep(0.05)
    finally:
        await client.aclose()


async def test_a_plain_follower_calls_the_upstream_itself_when_the_leader_replica_stops(
    two: list[tuple[asyncio.subprocess.Process, str]], upstream: FakeUpstream, redis_url: str
) -> None:
    (a, url_a), (_, url_b) = two
    upstream.latency = 3.0  # longer than a's stop (1 s + about 1 s)
    ask: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "who answers"}],
    }
    async with aiohttp.ClientSession(headers=HEADERS) as http:

        async def post(url: str) -> tuple[int, Any]:
            try:
                async with http.post(url, json=ask) as response:
                    return response.status, await response.json()
            except aiohttp.ClientError as exc:
                return 0, repr(exc)

        leader = asyncio.create_task(post(url_a))
        await asyncio.sleep(0.4)  # a holds the lock and waits on the upstream
        follower = asyncio.create_task(post(url_b))
        await asyncio.sleep(0.4)
        a.send_signal(signal.SIGTERM)
        await asyncio.wait_for(a.wait(), 10)
        # the stop gave the lock back (b took it over for its own call)
        status, answer = await asyncio.wait_for(follower, 20)
        await leader
    assert status == 200, answer  # was a 502 "upstream closed the connection"
    assert answer["choices"][0]["message"]["content"] == "echo 2: who answers"
    assert len(upstream.calls_to(CHAT)) == 2
    assert await _locks(redis_url) == []


async def test_a_followed_stream_ends_at_once_when_the_leader_replica_stops(
    two: list[tuple[asyncio.subprocess.Process, str]], upstream: FakeUpstream, redis_url: str
) -> None:
    (a, url_a), (_, url_b) = two
    upstream.chunk_delay = 0.5  # a stream of ~10 s
    words = " ".join(f"w{i}" for i in range(20))
    ask: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": words}],
        "stream": True,
    }
    stopped_at: list[float] = []
    async with aiohttp.ClientSession(headers=HEADERS) as http:

        async def read(url: str) -> tuple[bytes, float]:
            """What the stream brought, and when (since the stop) it ended."""
            got = b""
            try:
                async with http.post(url, json=ask) as response:
                    async for data in response.content.iter_any():
                        got += data
            except aiohttp.ClientError:
                pass
            return got, time.monotonic() - stopped_at[0]

        leader = asyncio.create_task(read(url_a))
        await asyncio.sleep(0.4)
        follower = asyncio.create_task(read(url_b))
        await asyncio.sleep(0.8)  # b's client has its first chunks
        stopped_at.append(time.monotonic())
        a.send_signal(signal.SIGTERM)
        await asyncio.wait_for(a.wait(), 10)
        # the lock went with the stop (it used to stay until it expired)
        assert await _locks(redis_url) == []
        got, ended = await asyncio.wait_for(follower, 20)
        await leader
    assert b"w0" in got and b"[DONE]" not in got  # begun, then cut
    # at once once a gives the call up (it took until the lock expired: ~10 s)
    assert ended < 4.0, ended
    assert len(upstream.calls_to(CHAT)) == 1


EMBEDDINGS = "/v1/embeddings"


async def _entries(redis_url: str, kind: str) -> list[bytes]:
    client = aioredis.Redis.from_url(redis_url)
    try:
        return [key async for key in client.scan_iter(match=f"ls:*:{kind}:*")]
    finally:
        await client.aclose()


async def test_an_embeddings_batch_cut_by_its_replica_stop_stores_nothing_and_holds_back_no_one(
    two: list[tuple[asyncio.subprocess.Process, str]], upstream: FakeUpstream, redis_url: str
) -> None:
    """A batch in the middle of a slow upstream call on replica a when a stops: the same
    batch on replica b is not held up by it (embeddings items are shared within a replica
    only, never through a Redis lock: b calls the upstream itself at once, its answer
    correct), a stores none of its items (its call never ended), no lock is left."""
    (a, url_a), (_, url_b) = two
    url_a, url_b = (url.replace(CHAT, EMBEDDINGS) for url in (url_a, url_b))
    upstream.latency = 3.0  # longer than a's stop (1 s + about 1 s)
    inputs = [f"cut batch item {i}" for i in range(5)]
    ask = {"model": "text-embedding-3-small", "input": inputs}
    async with aiohttp.ClientSession(headers=HEADERS) as http:

        async def post(url: str) -> tuple[int, Any, float]:
            started = time.monotonic()
            try:
                async with http.post(url, json=ask) as response:
                    answer = await response.json()
                    return response.status, answer, time.monotonic() - started
            except aiohttp.ClientError as exc:
                return 0, repr(exc), time.monotonic() - started

        leader = asyncio.create_task(post(url_a))
        await asyncio.sleep(0.4)  # a waits on the upstream
        follower = asyncio.create_task(post(url_b))
        await asyncio.sleep(0.4)
        a.send_signal(signal.SIGTERM)
        await asyncio.wait_for(a.wait(), 10)
        cut_status, _, _ = await leader
        assert await _entries(redis_url, "e") == []  # a's cut call stored nothing
        status, answer, took = await asyncio.wait_for(follower, 20)
    assert cut_status != 200  # a's own client was cut
    assert status == 200, answer
    # b did not wait for a (its own call: the upstream's latency, not a's stop)
    assert took < 3.0 + 1.5, took
    dims = upstream.embedding_dims
    for row, text in zip(answer["data"], inputs, strict=True):
        expected = expected_vector("text-embedding-3-small", text, dims)
        assert row["embedding"] == pytest.approx(expected.tolist(), abs=1e-6)
    assert len(upstream.calls_to(EMBEDDINGS)) == 2
    # b's answer, whole (b writes its items as it answers: give the write its moment)
    for _ in range(100):
        if len(await _entries(redis_url, "e")) == len(inputs):
            break
        await asyncio.sleep(0.02)
    assert len(await _entries(redis_url, "e")) == len(inputs)
    assert await _locks(redis_url) == []


async def test_a_plain_follower_of_a_stream_cut_by_its_leader_replica_stop_gets_a_whole_answer(
    two: list[tuple[asyncio.subprocess.Process, str]], upstream: FakeUpstream, redis_url: str
) -> None:
    """A stream=false request on b follows a stream=true call on a that a's stop gives up
    midway (its stream begun, half its chunks mirrored): b's client gets no partial text
    with a 200, nor an error: b calls the upstream itself, and answers whole."""
    (a, url_a), (_, url_b) = two
    upstream.chunk_delay = 0.3  # a stream of ~6 s
    words = " ".join(f"w{i}" for i in range(20))
    ask: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": words}]}
    async with aiohttp.ClientSession(headers=HEADERS) as http:

        async def read(url: str, stream: bool) -> tuple[int, bytes]:
            try:
                async with http.post(url, json={**ask, "stream": stream}) as response:
                    return response.status, await response.read()
            except aiohttp.ClientError as exc:
                return 0, repr(exc).encode()

        leader = asyncio.create_task(read(url_a, True))
        await asyncio.sleep(0.4)
        follower = asyncio.create_task(read(url_b, False))
        await asyncio.sleep(1.2)  # b has the head and some chunks mirrored
        a.send_signal(signal.SIGTERM)
        await asyncio.wait_for(a.wait(), 10)
        status, body = await asyncio.wait_for(follower, 20)
        await leader
    assert status == 200, body
    answer = orjson.loads(body)
    assert answer["choices"][0]["message"]["content"] == f"echo 2: {words}"
    assert answer["choices"][0]["finish_reason"] == "stop"
    assert len(upstream.calls_to(CHAT)) == 2
    assert await _locks(redis_url) == []
