"""The proxy's bounds under abuse: the upstream pool (long and abandoned streams), slow
clients (slowloris: headers and bodies), the open files limit, and request bodies that
decode large (gzip bombs) or are many at once. Real sockets, the real app, a real upstream."""

from __future__ import annotations

import asyncio
import gzip
import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest

from tests.processes import start_serve
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"
KEY = {"Authorization": "Bearer sk-team-a"}
MEMORY = pytest.mark.parametrize("store_kind", ["memory"])  # the bounds are per process


async def _proxy(factory: Callable[..., Any], tmp_path: Path, config: str) -> Proxy:
    path = tmp_path / "llmstash.yaml"
    path.write_text(config)
    proxy: Proxy = await factory(config=path)
    return proxy


def _chat(text: str, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}], **extra}


async def _metrics(proxy: Proxy) -> str:
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/metrics") as response:
            return await response.text()


def _host_port(proxy: Proxy) -> tuple[str, int]:
    url = proxy.server.make_url("/")
    assert url.host is not None and url.port is not None
    return url.host, url.port


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bytes:
    """What the server sent before it closed the connection (fails if it stays open)."""
    return await asyncio.wait_for(reader.read(), seconds)


# -- the upstream pool ------------------------------------------------------------------------


@MEMORY
async def test_a_full_pool_is_a_retryable_503_not_an_upstream_timeout(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """Every connection busy (long calls) is the proxy's own state, said as such after
    `pool_timeout`: before, it waited `connect_timeout` and said `upstream timed out`."""
    proxy = await _proxy(
        proxy_factory, tmp_path, "upstream: {max_connections: 2, pool_timeout: 0.3s}\n"
    )
    upstream.latency = 1.0
    async with aiohttp.ClientSession(base_url=proxy.url + "/") as http:

        async def call(text: str) -> tuple[int, dict[str, Any], Any, float]:
            started = time.monotonic()
            async with http.post("chat/completions", json=_chat(text), headers=KEY) as r:
                return r.status, await r.json(), r.headers, time.monotonic() - started

        long_calls = [asyncio.create_task(call(f"long {i}")) for i in range(2)]
        await asyncio.sleep(0.2)
        status, body, headers, took = await call("refused")
        assert status == 503, body
        assert body["error"]["type"] == "upstream_connections_busy"
        assert body["error"]["code"] == "upstream_pool_exhausted"
        assert headers["Retry-After"] == "1"
        assert headers["Cache-Status"] == 'llmstash; detail="upstream-busy"'
        assert 0.25 < took < 1.2
        assert [s for s, *_ in await asyncio.gather(*long_calls)] == [200, 200]
        assert (await call("served once the pool has room"))[0] == 200
    assert "llmstash_upstream_pool_exhausted_total 1.0" in await _metrics(proxy)


@MEMORY
async def test_abandoned_streams_never_take_the_pool_from_live_requests(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """Clients that leave each stream after its first chunk: at most `drain_share` of the
    pool keeps reading such streams; the one beyond it is cut, and a live request gets the
    connection (before: every abandoned stream drained for up to `drain_timeout`, and live
    requests timed out waiting for the pool)."""
    proxy = await _proxy(
        proxy_factory,
        tmp_path,
        "upstream: {max_connections: 2, drain_share: 0.5, pool_timeout: 3s}\n",
    )
    upstream.chunk_delay = 0.1  # ~25 events: each stream lasts ~2.5 s
    words = " ".join(f"w{i}" for i in range(22))
    async with aiohttp.ClientSession(base_url=proxy.url + "/") as http:
        for i in range(2):
            body = _chat(f"{words} {i}", stream=True)
            async with http.post("chat/completions", json=body, headers=KEY) as r:
                assert r.status == 200
                await r.content.readline()  # its first event, then the client leaves
            # (leaving the block closes this connection)
        started = time.monotonic()
        async with http.post("chat/completions", json=_chat("live"), headers=KEY) as r:
            assert r.status == 200, await r.text()
            assert (await r.json())["choices"][0]["message"]["content"].endswith("live")
        assert time.monotonic() - started < 1.5  # a stream ends only after ~2.5 s
    metrics = await _metrics(proxy)
    assert "llmstash_drains_cut_total 1.0" in metrics
    assert "llmstash_drains 1.0" in metrics  # the other one is still read to its end


# -- slow clients -----------------------------------------------------------------------------


@MEMORY
async def test_connections_without_a_whole_request_in_time_are_closed(
    proxy_factory: Callable[..., Any], tmp_path: Path
) -> None:
    """Idle, half a request line, headers trickled a byte at a time: each closed once
    `header_timeout` has passed since it was accepted (before: all open after 200 s)."""
    proxy = await _proxy(proxy_factory, tmp_path, "server: {header_timeout: 0.5s}\n")
    host, port = _host_port(proxy)

    async def trickle(writer: asyncio.StreamWriter) -> None:
        for byte in b"X-Slow: " + b"a" * 100:
            writer.write(bytes([byte]))
            await asyncio.sleep(0.05)

    for sent in (b"", b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n", b"trickle"):
        reader, writer = await asyncio.open_connection(host, port)
        started = time.monotonic()
        trickling = None
        if sent == b"trickle":
            writer.write(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n")
            trickling = asyncio.create_task(trickle(writer))
        else:
            writer.write(sent)
        try:
            assert await _closed_within(reader, 3) == b"", sent
        finally:
            if trickling is not None:
                trickling.cancel()
            writer.close()
        assert 0.4 < time.monotonic() - started < 2.0, sent
    # a keep-alive connection is given as long again after each answer
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/healthz") as r:
            assert r.status == 200


@MEMORY
async def test_a_body_that_comes_too_slowly_is_a_408(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """Headers, then a body that never comes (or trickles): 408 in OpenAI's shape after
    `body_timeout` plus its size at `body_min_rate`, on the cached routes and passthrough
    alike, and the connection is closed (before: it stayed open, holding its socket and,
    passed through, an upstream connection)."""
    proxy = await _proxy(
        proxy_factory, tmp_path, "server: {body_timeout: 0.5s, body_min_rate: 1000}\n"
    )
    host, port = _host_port(proxy)
    for path, chunked in (
        (CHAT, False),
        ("/v1/embeddings", True),
        ("/v1/files", False),
        ("/v1/files", True),
    ):
        reader, writer = await asyncio.open_connection(host, port)
        framing = "Transfer-Encoding: chunked" if chunked else "Content-Length: 100"
        writer.write(
            f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-team-a\r\n"
            f"Content-Type: application/json\r\n{framing}\r\n\r\n".encode()
        )
        writer.write(b"1\r\n{\r\n" if chunked else b"{")
        started = time.monotonic()
        try:
            answer = await _closed_within(reader, 3)
        finally:
            writer.close()
        took = time.monotonic() - started
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408 "), (path, chunked, answer)
        assert orjson.loads(body)["error"]["code"] == "request_timeout"
        assert 0.4 < took < 1.5, (path, chunked, took)  # 0.5 s, plus 1 byte at 1000/s
    assert not upstream.calls_to("/v1/files") and not upstream.calls_to(CHAT)
    assert "llmstash_request_body_timeouts_total 4.0" in await _metrics(proxy)


async def test_serve_raises_its_open_files_limit(upstream: FakeUpstream) -> None:
    """A soft limit of open files below the hard one (systemd: 1,024) is raised to it at
    start and logged: a thousand idle clients no longer make every request fail."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard <= 256:
        pytest.skip("the hard limit leaves nothing to raise")

    def lower() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))

    process, _ = await start_serve("--upstream", upstream.url, preexec_fn=lower)
    try:
        limits = await asyncio.to_thread(Path(f"/proc/{process.pid}/limits").read_text)
    finally:
        # one SIGTERM, then wait: a second terminate() on the exited process reaps it
        # behind asyncio's child watcher, which then reports exit code 255
        process.terminate()
        _, err = await asyncio.wait_for(process.communicate(), 30)
    logged = err.decode()
    assert process.returncode == 0, logged
    line = next(x for x in limits.splitlines() if x.startswith("Max open files"))
    soft = line.split()[3]
    assert int(soft) > 256, line
    assert f"open files limit {soft}" in logged


# -- request bodies ---------------------------------------------------------------------------


@MEMORY
async def test_a_gzip_bomb_is_refused_by_its_ratio(proxy: Proxy, upstream: FakeUpstream) -> None:
    """10 KB of gzip that decode to 10 MB of whitespace: a 413 as soon as the decoded size
    passes 100 times the compressed one (floor 4 MB), never forwarded (before: decoded in
    full, 64 MB each, and sent upstream)."""
    bomb = gzip.compress(
        b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]'
        + b" " * (10 * 1024 * 1024)
        + b"}"
    )
    assert len(bomb) < 40_000
    async with aiohttp.ClientSession() as http:
        for path in (CHAT, "/v1/embeddings"):
            async with http.post(
                proxy.url + path.removeprefix("/v1"),
                data=bomb,
                headers={**KEY, "Content-Encoding": "gzip", "Content-Type": "application/json"},
            ) as r:
                assert r.status == 413, path
                assert (await r.json())["error"]["code"] == "request_too_large"
    assert upstream.calls == []


@MEMORY
async def test_request_bodies_held_at_once_are_bounded(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """`max_body_memory` bounds the bodies held by all requests together: one that does not
    fit gets a retryable 503 at once; the budget is given back when a request ends."""
    proxy = await _proxy(proxy_factory, tmp_path, "server: {max_body_memory: 1048576}\n")
    upstream.latency = 1.0
    padding = "p" * 700_000

    async def call(http: aiohttp.ClientSession, text: str, coded: bool) -> tuple[int, Any]:
        data = orjson.dumps(_chat(text, user=padding))
        headers = {**KEY, "Content-Type": "application/json"}
        if coded:
            data, headers["Content-Encoding"] = gzip.compress(data), "gzip"
        async with http.post(proxy.url + "/chat/completions", data=data, headers=headers) as r:
            return r.status, (await r.json(), r.headers)

    async with aiohttp.ClientSession() as http:
        first = asyncio.create_task(call(http, "first", False))
        await asyncio.sleep(0.3)  # its body is held while the upstream answers
        for coded in (False, True):
            started = time.monotonic()
            status, (body, headers) = await call(http, f"refused {coded}", coded)
            assert status == 503, body
            assert body["error"]["type"] == "server_overloaded"
            assert headers["Retry-After"] == "1"
            assert time.monotonic() - started < 0.5
        assert (await first)[0] == 200
        assert (await call(http, "fits again", True))[0] == 200
    assert "llmstash_request_bodies_refused_total 2.0" in await _metrics(proxy)


@MEMORY
async def test_a_declared_length_holds_nothing_until_its_bytes_come(
    proxy_factory: Callable[..., Any], tmp_path: Path
) -> None:
    """Four clients declare 64 MB bodies and send one byte (one trickles on, slower than
    `body_min_rate`): the budget (256 MB) counts only bytes that came, so a small request is
    served meanwhile, and each of them gets its 408 once `body_timeout` has passed (before:
    the declared sizes were held at once, every request with a body got a 503, and the
    deadline was the declared size at `body_min_rate`: 18 hours here)."""
    proxy = await _proxy(
        proxy_factory, tmp_path, "server: {body_timeout: 0.5s, body_min_rate: 1000}\n"
    )
    host, port = _host_port(proxy)
    clients = [await asyncio.open_connection(host, port) for _ in range(4)]
    for _, writer in clients:
        writer.write(
            f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-team-a\r\n"
            "Content-Type: application/json\r\nContent-Length: 67108864\r\n\r\n{".encode()
        )

    async def trickle(writer: asyncio.StreamWriter) -> None:  # 10 bytes/s, then silence
        # (stopped before its deadline: bytes arriving as the proxy closes the socket make
        # the kernel answer with a reset, which may discard the 408 before it is read)
        for _ in range(3):
            await asyncio.sleep(0.1)
            writer.write(b" ")

    trickling = asyncio.create_task(trickle(clients[-1][1]))
    started = time.monotonic()
    try:
        await asyncio.sleep(0.1)
        async with aiohttp.ClientSession() as http:
            async with http.post(
                proxy.url + "/chat/completions", json=_chat("small"), headers=KEY
            ) as r:
                assert r.status == 200, await r.text()
        for reader, _ in clients:
            head = (await _closed_within(reader, 3)).partition(b"\r\n")[0]
            assert head.startswith(b"HTTP/1.1 408 "), head
        assert time.monotonic() - started < 3  # not the 18 hours of before
    finally:
        trickling.cancel()
        for _, writer in clients:
            writer.close()
    assert "llmstash_request_body_timeouts_total 4.0" in await _metrics(proxy)


@MEMORY
async def test_a_body_larger_than_the_whole_budget_is_a_413(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """With `max_body_memory` below 64 MB, a body larger than all of it could never fit:
    a 413 naming the setting, plain or compressed (before: a retryable 503 on every
    attempt, which SDKs retry for ever)."""
    proxy = await _proxy(proxy_factory, tmp_path, "server: {max_body_memory: 1048576}\n")
    data = orjson.dumps(_chat("large", user="p" * 1_600_000))
    async with aiohttp.ClientSession() as http:
        for coded in (False, True):
            headers = {**KEY, "Content-Type": "application/json"}
            sent = data
            if coded:
                sent, headers["Content-Encoding"] = gzip.compress(data), "gzip"
            async with http.post(proxy.url + "/chat/completions", data=sent, headers=headers) as r:
                error = (await r.json())["error"]
                assert r.status == 413, (coded, error)
                assert error["code"] == "request_too_large"
                assert "server.max_body_memory" in error["message"]
                assert "Retry-After" not in r.headers
    assert upstream.calls == []
    assert "llmstash_request_bodies_refused_total 0.0" in await _metrics(proxy)


@MEMORY
async def test_slow_uploads_never_take_the_pool_from_cached_routes(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """Passed-through bodies the client sends slowly hold their upstream connection while
    they come: at most `passthrough_share` of the pool does; one beyond it gets a retryable
    503 after `pool_timeout`, a chat miss still gets a connection, and the slow upload goes
    through whole (before: slow uploads took the whole pool, and every miss got a 503)."""
    # the default passthrough_share, 0.5: one of the two connections
    proxy = await _proxy(
        proxy_factory, tmp_path, "upstream: {max_connections: 2, pool_timeout: 0.3s}\n"
    )
    host, port = _host_port(proxy)
    uploads = []
    for _ in range(2):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(
            b"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-team-a\r\n"
            b"Connection: close\r\nContent-Length: 1000\r\n\r\nx"
        )
        uploads.append((reader, writer))
        await asyncio.sleep(0.1)
    try:
        async with aiohttp.ClientSession() as http:
            async with http.post(
                proxy.url + "/chat/completions", json=_chat("a miss"), headers=KEY
            ) as r:
                assert r.status == 200, await r.text()
        (first, first_writer), (second, _) = uploads
        head = await asyncio.wait_for(second.readuntil(b"\r\n\r\n"), 2)
        assert head.startswith(b"HTTP/1.1 503 "), head
        assert b"Retry-After: 1" in head
        first_writer.write(b"y" * 999)  # the slow upload, finished
        head, _, body = (await _closed_within(first, 2)).partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 200 "), head
        assert orjson.loads(body)["body_len"] == 1000
    finally:
        for _, writer in uploads:
            writer.close()
    assert "llmstash_upstream_uploads_busy_total 1.0" in await _metrics(proxy)
    assert "llmstash_upstream_pool_exhausted_total 0.0" in await _metrics(proxy)


@MEMORY
@pytest.mark.parametrize("chunked", [False, True], ids=["length", "chunked"])
async def test_a_gzip_bomb_passed_through_is_refused_by_its_ratio(
    proxy: Proxy, upstream: FakeUpstream, chunked: bool
) -> None:
    """A passed-through body is streamed as it decodes, yet a compressed one is bounded as the
    cached routes bound theirs: 20 KB of gzip that decode to 20 MB are a 413 once 100 times
    the compressed size (floor 4 MB) has decoded, and never reach the upstream whole (before:
    all 20 MB went upstream, with no credential; 486 KB sent 500 MB and held the loop for
    seconds). Without a Content-Length, the ratio is to what has come of it (a chunked bomb
    to a cached route was only bounded at 64 MB)."""
    bomb = gzip.compress(b"\0" * (20 * 1024 * 1024), 9)
    assert len(bomb) < 40_000

    async def pieces() -> Any:
        for i in range(0, len(bomb), 4096):
            yield bomb[i : i + 4096]

    headers = {"Content-Encoding": "gzip", "Content-Type": "application/octet-stream"}
    async with aiohttp.ClientSession() as http:
        paths = ["/files", CHAT] if chunked else ["/files"]
        for path in paths:
            async with http.post(
                proxy.url + path.removeprefix("/v1"),
                data=pieces() if chunked else bomb,
                headers=headers,
            ) as r:
                assert r.status == 413, (path, await r.text())
                error = (await r.json())["error"]
                assert error["code"] == "request_too_large"
                assert "100 times its compressed size" in error["message"]
        # a compressed body within the ratio still goes through, decoded
        fine = os.urandom(1 << 20)
        async with http.post(proxy.url + "/files", data=gzip.compress(fine), headers=headers) as r:
            assert r.status == 200
    assert [(c.path, c.body) for c in upstream.calls] == [("/v1/files", fine)]


@MEMORY
async def test_a_chat_body_too_large_to_cache_is_relayed_unparsed(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A body over `max_body_bytes` (4 MB) is never cached: it is relayed as it came, not
    parsed on the event loop first (46 MB of small messages held it 1.5 s; a thread would
    not free it, orjson holds the GIL). Its model still labels its metrics."""
    import proxy.routes.body as body_module

    parsed: list[int] = []

    class Recording:
        JSONDecodeError = orjson.JSONDecodeError

        @staticmethod
        def loads(data: bytes) -> Any:
            parsed.append(len(data))
            return orjson.loads(data)

    monkeypatch.setattr(body_module, "orjson", Recording)
    raw = orjson.dumps(
        {"messages": [{"role": "user", "content": "ab"}] * 160_000, "model": "gpt-4o-mini"}
    )
    assert len(raw) > 4 * 1024 * 1024
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/chat/completions",
            data=raw,
            headers={**KEY, "Content-Type": "application/json"},
        ) as r:
            assert r.status == 200
            assert r.headers["Cache-Status"] == 'llmstash; fwd=bypass; detail="body-too-large"'
    assert [c.body for c in upstream.calls] == [raw]
    assert all(size < 1000 for size in parsed), parsed  # (only its model's string)
    assert 'model="gpt-4o-mini"' in await _metrics(proxy)
