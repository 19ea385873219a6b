"""Edges of the streamed chat path against a scripted upstream speaking the OpenAI wire
format: a stream beside a stream=false flight, a remote follower through a long pause of
the leader's upstream, vLLM's error events, a drain whose upstream goes silent, and a last
event without its blank line."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import openai
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from proxy.app import build_app
from proxy.settings_load import load_settings

MODEL = "gpt-4o-mini"
WORDS = ["Hello", " world", " again"]


def _chunk(choices: list[dict[str, Any]], usage: Any = None) -> bytes:
    chunk: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": MODEL,
        "choices": choices,
    }
    if usage is not None:
        chunk["usage"] = usage
    return b"data: " + orjson.dumps(chunk) + b"\n\n"


def _delta(delta: dict[str, Any], finish: str | None = None) -> bytes:
    return _chunk([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}])


class Scripted:
    """The upstream. The first word of the last user message picks the scenario:
    `slow` (a plain answer takes 1.5 s; a stream starts at once, 0.15 s between events),
    `pause` (a stream pauses `pause` seconds after its first events), `vllmerr` (vLLM's
    error event, then [DONE]), `nofinish` (a stream with no finish_reason), `stall` (a
    stream goes silent for 3 s after its first event), `noterm` (the body ends with
    `data: [DONE]\\n`, no blank line)."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.pause = 2.5
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        self.server = TestServer(app, host="127.0.0.1")

    @property
    def url(self) -> str:
        return str(self.server.make_url("/v1"))

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        scenario = body["messages"][-1]["content"].split()[0]
        call: dict[str, Any] = {"stream": body.get("stream") is True, "t": time.monotonic()}
        self.calls.append(call)
        if not body.get("stream"):
            if scenario == "slow":
                await asyncio.sleep(1.5)
            message = {"role": "assistant", "content": "".join(WORDS)}
            choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
            completion = {"id": "chatcmpl-1", "object": "chat.completion", "created": 1}
            completion.update(model=MODEL, choices=[choice])
            return web.json_response(completion)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        try:
            await response.write(_delta({"role": "assistant", "content": ""}))
            for i, word in enumerate(WORDS):
                if scenario == "stall" and i == 1:
                    await asyncio.sleep(3)
                if scenario == "pause" and i == 1:
                    await asyncio.sleep(self.pause)
                if scenario == "vllmerr" and i == 2:
                    error: dict[str, Any] = {"object": "error", "message": "boom"}
                    error.update(type="InternalServerError", param=None, code=500)
                    await response.write(b"data: " + orjson.dumps(error) + b"\n\n")
                    break
                await response.write(_delta({"content": word}))
                await asyncio.sleep(0.15 if scenario == "slow" else 0.05)
            else:
                if scenario != "nofinish":
                    await response.write(_delta({}, "stop"))
            await response.write(b"data: [DONE]\n" if scenario == "noterm" else b"data: [DONE]\n\n")
            call["done"] = time.monotonic()
        except (asyncio.CancelledError, ConnectionResetError):
            call["aborted"] = time.monotonic()
            raise
        return response


@pytest.fixture
async def scripted() -> AsyncIterator[Scripted]:
    upstream = Scripted()
    await upstream.server.start_server()
    yield upstream
    await upstream.server.close()


@pytest.fixture
async def proxies(scripted: Scripted, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """Start proxies in front of `scripted` (several on one Redis: replicas)."""
    servers: list[TestServer] = []

    async def start(config: str = "", redis_url: str | None = None) -> str:
        path = tmp_path / f"llmstash{len(servers)}.yaml"
        path.write_text(config or "{}\n")
        store: dict[str, Any] = {"redis_url": redis_url} if redis_url else {}
        if redis_url and "op_timeout" not in config:
            # generous, as `proxy_factory` makes it: these tests check what followers get, not
            # how long Redis may take; on a loaded machine a lookup past the shipped 0.2 s fails
            # open and the follower rightly calls the upstream itself
            store["op_timeout"] = "1s"
        overrides = {"upstream": {"url": scripted.url}, "store": store}
        app = build_app(load_settings(path, env={}, overrides=overrides))
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return str(server.make_url("/v1"))

    yield start
    for server in servers:
        await server.close()


def _body(message: str, stream: bool = True) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": message}], "stream": stream}


async def _post(
    http: aiohttp.ClientSession, url: str, body: dict[str, Any], delay: float = 0.0
) -> tuple[int, str, bytes]:
    await asyncio.sleep(delay)
    async with http.post(url + "/chat/completions", json=body) as response:
        return response.status, response.headers.get("Cache-Status", ""), await response.read()


async def test_a_stream_beside_a_plain_flight_gets_its_first_chunk_at_once(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """A stream=true request that comes while an identical stream=false one is in flight
    does not wait for that whole answer (a client's read timeout would fire): it makes a
    streamed call of its own, which later streams join, counted as a miss."""
    url = await proxies()
    message = f"slow {uuid.uuid4().hex}"
    plain = openai.AsyncOpenAI(base_url=url, api_key="sk-a", max_retries=0, timeout=30)
    # a read timeout shorter than the plain answer's 1.5 s
    timeout = openai.Timeout(30, read=0.7)
    eager = openai.AsyncOpenAI(base_url=url, api_key="sk-a", max_retries=0, timeout=timeout)
    messages: Any = [{"role": "user", "content": message}]

    async def streamed(delay: float) -> tuple[str, str]:
        await asyncio.sleep(delay)
        raw = await eager.chat.completions.with_raw_response.create(
            model=MODEL,
            messages=messages,
            stream=True,
        )
        text = "".join([c.choices[0].delta.content or "" async for c in raw.parse() if c.choices])
        return text, raw.headers["cache-status"]

    try:
        answer, first, second = await asyncio.gather(
            plain.chat.completions.create(model=MODEL, messages=messages),
            streamed(0.2),
            streamed(0.3),
        )
    finally:
        await plain.close()
        await eager.close()
    assert answer.choices[0].message.content == "".join(WORDS)
    assert first == ("".join(WORDS), "llmstash; fwd=miss")
    assert second == ("".join(WORDS), "llmstash; fwd=miss; collapsed")
    assert [call["stream"] for call in scripted.calls] == [False, True]


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_follower_on_another_replica_outlasts_a_pause_longer_than_the_wait(
    proxies: Callable[..., Any], scripted: Scripted, redis_url: str, store_kind: str
) -> None:
    """`stampede.wait` bounds the silence before the leader's stream begins; once it has,
    a pause of the upstream (2.5 s here, past the wait of 1 s) is bounded as the leader's
    own call bounds it, by the upstream's read timeout: the follower gets the whole answer."""
    config = "defaults:\n  stampede: {wait: 1s}\nupstream:\n  read_timeout: 30s\n"
    a = await proxies(config, redis_url)
    b = await proxies(config, redis_url)
    body = _body(f"pause {uuid.uuid4().hex}")
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        lead, follow = await asyncio.gather(_post(http, a, body), _post(http, b, body, 0.3))
    assert lead[0] == follow[0] == 200
    assert follow[1] == "llmstash; fwd=miss; collapsed"
    assert lead[2].endswith(b"data: [DONE]\n\n") and follow[2].endswith(b"data: [DONE]\n\n")
    assert follow[2].count(b"data: ") == lead[2].count(b"data: ")
    assert len(scripted.calls) == 1


async def test_a_vllm_error_event_is_no_answer_for_a_plain_follower(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """vLLM's error event (`{"object": "error", ...}`, no "error" key) then [DONE]: the
    streaming client gets it as sent; a stream=false request collapsed onto that flight
    gets the 502 of a cut stream, never the partial text as a 200; nothing is stored."""
    url = await proxies()
    message = f"vllmerr {uuid.uuid4().hex}"
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        lead, follow = await asyncio.gather(
            _post(http, url, _body(message)), _post(http, url, _body(message, False), 0.03)
        )
        again = await _post(http, url, _body(message, False))
    assert lead[0] == 200 and b'"object":"error"' in lead[2]
    assert follow[0] == 502 and "collapsed" in follow[1]
    assert orjson.loads(follow[2])["error"]["code"] == "upstream_incomplete"
    assert again[1] == "llmstash; fwd=miss; stored"  # the error event was not stored
    assert len(scripted.calls) == 2


async def test_a_plain_follower_of_a_stream_without_finish_reason_gets_a_502(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """A stream that ends with [DONE] but leaves its choice without a finish_reason was cut
    short on the way: no 200 of its partial text for a stream=false request that followed."""
    url = await proxies()
    message = f"nofinish {uuid.uuid4().hex}"
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        lead, follow = await asyncio.gather(
            _post(http, url, _body(message)), _post(http, url, _body(message, False), 0.03)
        )
    assert lead[0] == 200 and lead[2].endswith(b"data: [DONE]\n\n")
    assert follow[0] == 502 and "collapsed" in follow[1]
    assert orjson.loads(follow[2])["error"]["code"] == "upstream_incomplete"


async def test_a_drain_is_cut_on_time_while_the_upstream_is_silent(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """Every client left during the upstream's silence: the drain's `drain_timeout` (1 s)
    runs on a timer, so the upstream connection is closed then, not at the next event."""
    url = await proxies("upstream:\n  drain_timeout: 1s\n")
    body = _body(f"stall {uuid.uuid4().hex}")
    async with (
        aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http,
        http.post(url + "/chat/completions", json=body) as response,
    ):
        await response.content.readany()  # the first event; then the client leaves
    left = time.monotonic()
    for _ in range(40):
        await asyncio.sleep(0.1)
        if "aborted" in scripted.calls[0] or "done" in scripted.calls[0]:
            break
    call = scripted.calls[0]
    assert "aborted" in call, call
    assert call["aborted"] - left < 2.5


async def test_a_last_event_without_its_blank_line_ends_the_stream_and_is_stored(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """`data: [DONE]\\n`, then the end of the body: the event is relayed (ended with its
    blank line, as every stream the proxy ends cleanly), the stream is complete and
    stored."""
    url = await proxies()
    body = _body(f"noterm {uuid.uuid4().hex}")
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        first = await _post(http, url, body)
        second = await _post(http, url, body)
    assert first[0] == 200 and first[2].endswith(b"data: [DONE]\n\n")
    assert first[1] == "llmstash; fwd=miss"
    assert second[1] == "llmstash; hit"
    assert len(scripted.calls) == 1


async def test_a_client_that_rejoins_during_a_silence_is_not_cut_by_the_drain_timer(
    proxies: Callable[..., Any], scripted: Scripted
) -> None:
    """A leaves after the first event (an SDK's read timeout), B retries the same request
    0.3 s later while the upstream is silent (3 s): the drain's timer (1 s) must not cut
    B's stream, which the flight follows again; B gets the whole answer from the one call."""
    url = await proxies("upstream:\n  drain_timeout: 1s\n")
    body = _body(f"stall {uuid.uuid4().hex}")
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        async with http.post(url + "/chat/completions", json=body) as response:
            await response.content.readany()  # the first event; then A leaves
        await asyncio.sleep(0.3)
        async with http.post(url + "/chat/completions", json=body) as response:
            status = response.status
            try:
                data = await response.read()
            except aiohttp.ClientPayloadError as exc:  # cut mid-stream
                data = b"<cut: %r>" % exc
    assert status == 200
    assert data.endswith(b"data: [DONE]\n\n"), data[-80:]
    assert len(scripted.calls) == 1 and "done" in scripted.calls[0]
