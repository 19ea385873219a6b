"""Requests shaped the way clients rarely send them but anything on the network may: header
values that are not UTF-8, `Cache-Control` split over several lines or combining
`only-if-cached` with `no-store` / `no-cache`. Real app, real upstream, both stores."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import orjson
import pytest
from multidict import CIMultiDict

from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"
EMBED = "/v1/embeddings"
HIT = "llmstash; hit"
STORED = "llmstash; fwd=miss; stored"
ONLY_IF_CACHED = 'llmstash; detail="only-if-cached"'


def request_body(path: str, text: str) -> dict[str, Any]:
    if path == CHAT:
        return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    return {"model": "text-embedding-3-small", "input": text}


# -- header values that are not UTF-8 ------------------------------------------------------


async def raw_post(port: int, path: str, header: bytes, body: bytes) -> tuple[int, str, bytes]:
    """(status, Cache-Status, body) of a request sent byte for byte (clients refuse to send
    header values that are not UTF-8)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-bytes\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n"
    ).encode()
    writer.write(head + header + b"\r\n\r\n" + body)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    head_bytes, _, rest = answer.partition(b"\r\n\r\n")
    lines = head_bytes.decode("latin-1").split("\r\n")
    fields = dict(line.split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), fields.get("Cache-Status", ""), rest


@pytest.mark.parametrize("name", ["X-Llmstash-Namespace", "OpenAI-Project", "OpenAI-Organization"])
@pytest.mark.parametrize("path", [CHAT, EMBED])
async def test_a_header_value_that_is_not_utf8_is_keyed_by_its_bytes(
    proxy: Proxy,
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
    name: str,
    path: str,
) -> None:
    body = orjson.dumps(request_body(path, "bytes in a header"))
    answers = []
    with caplog.at_level(logging.WARNING):
        for value in (b"caf\xe9", b"caf\xe9", b"caf\xe8", b"cafe"):
            status, cache_status, text = await raw_post(
                proxy.server.port or 0, path, name.encode() + b": " + value, body
            )
            assert status == 200, text  # not aiohttp's plain-text 500
            answers.append(cache_status)
    assert answers == [STORED, HIT, STORED, STORED]
    calls = upstream.calls_to(path)
    sent = [c.headers.get(name) for c in calls]
    if name == "X-Llmstash-Namespace":  # the proxy's own: never forwarded
        assert sent == [None, None, None]
    else:  # forwarded, the byte that is not UTF-8 as U+FFFD (aiohttp cannot write it)
        assert sent == ["caf\ufffd", "caf\ufffd", "cafe"]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


# -- Cache-Control -------------------------------------------------------------------------


async def post(proxy: Proxy, path: str, text: str, *cache_control: str) -> tuple[int, str | None]:
    """(status, Cache-Status); each `cache_control` is a header line of its own."""
    headers = CIMultiDict([("Authorization", "Bearer sk-cc")])
    for line in cache_control:
        headers.add("Cache-Control", line)
    url = proxy.url.removesuffix("/v1") + path
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, json=request_body(path, text), headers=headers) as r,
    ):
        await r.read()
        return r.status, r.headers.get("Cache-Status")


@pytest.mark.parametrize("path", [CHAT, EMBED])
async def test_every_cache_control_line_counts(
    proxy: Proxy, upstream: FakeUpstream, path: str
) -> None:
    # RFC 9110 5.3: several lines of one field are one list; the second line's `no-store`
    # is a no-store however the first one reads
    assert await post(proxy, path, "q", "max-age=600", "no-store") == (
        200,
        'llmstash; fwd=bypass; detail="no-store"',
    )
    assert await post(proxy, path, "q", "only-if-cached") == (504, ONLY_IF_CACHED)
    assert len(upstream.calls_to(path)) == 1  # nothing was stored
    # a request remembered under its first line only must not answer one with a second
    assert await post(proxy, path, "q", "max-age=600") == (200, STORED)
    refreshed = "llmstash; fwd=request; stored"
    assert await post(proxy, path, "q", "max-age=600", "no-cache") == (200, refreshed)
    assert len(upstream.calls_to(path)) == 3


@pytest.mark.parametrize("path", [CHAT, EMBED])
async def test_only_if_cached_never_goes_upstream(
    proxy: Proxy, upstream: FakeUpstream, path: str
) -> None:
    assert await post(proxy, path, "stored") == (200, STORED)
    # no-store forbids storing only: what is stored answers
    assert await post(proxy, path, "stored", "only-if-cached, no-store") == (200, HIT)
    assert await post(proxy, path, "stored", "no-store", "only-if-cached") == (200, HIT)
    assert await post(proxy, path, "never", "only-if-cached, no-store") == (504, ONLY_IF_CACHED)
    # no-cache asks for an answer the upstream validated, which only-if-cached forbids
    assert await post(proxy, path, "stored", "only-if-cached, no-cache") == (504, ONLY_IF_CACHED)
    assert await post(proxy, path, "stored", "no-cache", "only-if-cached") == (504, ONLY_IF_CACHED)
    assert len(upstream.calls_to(path)) == 1


@pytest.mark.parametrize(
    ("path", "extra", "why"),
    [
        (CHAT, {"store": True}, "store"),  # only the upstream can answer it
        (EMBED, {"encoding_format": "int8"}, "not cacheable"),  # a format the cache has not
    ],
)
async def test_only_if_cached_on_a_request_the_cache_never_answers_is_a_504(
    proxy: Proxy, upstream: FakeUpstream, path: str, extra: dict[str, Any], why: str
) -> None:
    url = proxy.url.removesuffix("/v1") + path
    headers = {"Authorization": "Bearer sk-cc", "Cache-Control": "only-if-cached"}
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, json={**request_body(path, "q"), **extra}, headers=headers) as r,
    ):
        body = orjson.loads(await r.read())
        assert (r.status, r.headers.get("Cache-Status")) == (504, ONLY_IF_CACHED)
    assert body["error"]["code"] == "only_if_cached" and why in body["error"]["message"]
    assert upstream.calls_to(path) == []
