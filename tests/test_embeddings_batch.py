"""Large embedding batches: the threaded, piecewise, write-behind path gives the same bytes
as the small one; the fast reading of the upstream's answer; base64 with and without SIMD;
token counts in bulk; the scan-resistant vector texts."""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from typing import Any

import aiohttp
import numpy as np
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from proxy import embedding_answer as answer_module
from proxy import embedding_call, tokens
from proxy.appkeys import TASKS
from proxy.embedding_call import LARGE_BYTES, _base64_answer, _body, _drain, _read, _read_large
from proxy.errors import UpstreamBroken
from proxy.keys import embedding_key, embedding_keys
from proxy.vector_text import VectorTexts
from proxy.vectors import (
    _b64decode_std,
    _b64encode_std,
    b64decode,
    b64encode,
    body_parts,
    response_body,
    vector_bytes,
)
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream, expected_vector

MODEL = "text-embedding-3-small"
HEADERS = {"Authorization": "Bearer sk-team-a"}
DIMS = 512  # 605 vectors: a 1.6 MB base64 answer, written in pieces


def expected_body(items: list[Any], fmt: str, tokens_used: int, dims: int = DIMS) -> bytes:
    """What orjson writes for the answer (float32 values as the doubles they are, or their
    base64)."""
    data = []
    for i, item in enumerate(items):
        vec = expected_vector(MODEL, item, dims).astype("<f4")
        emb: Any = base64.b64encode(vec.tobytes()).decode() if fmt == "base64" else vec.tolist()
        data.append({"object": "embedding", "index": i, "embedding": emb})
    usage = {"prompt_tokens": tokens_used, "total_tokens": tokens_used}
    answer = {"object": "list", "data": data, "model": MODEL, "usage": usage}
    return orjson.dumps(answer, option=orjson.OPT_SERIALIZE_NUMPY)


def stored_counts(texts: list[str]) -> dict[str, int]:
    """The token count stored with each text embedded in one upstream call: tiktoken's,
    scaled to add up to the fake upstream's count (a word count)."""
    counts = [tokens.count_text(x, MODEL).tokens for x in texts]
    scaled = tokens.calibrated(counts, sum(len(x.split()) for x in texts))
    return dict(zip(texts, scaled, strict=True))


async def settled(proxy: Proxy) -> None:
    """Wait for the background writes (a large batch is stored after its answer)."""
    for _ in range(500):
        if not proxy.app[TASKS]:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("background tasks still running")


async def post(http: aiohttp.ClientSession, proxy: Proxy, body: Any) -> tuple[Any, bytes]:
    async with http.post(proxy.url + "/embeddings", json=body, headers=HEADERS) as r:
        assert r.status == 200, await r.text()
        return r.headers, await r.read()


@pytest.mark.parametrize("fmt", ["base64", "float"])
async def test_large_batch_matches_orjson_and_is_stored(
    proxy: Proxy, upstream: FakeUpstream, fmt: str
) -> None:
    upstream.embedding_dims = DIMS
    cached = [f"cached item {i}" for i in range(300)]
    fresh = [f"fresh item {i}" for i in range(300)]
    batch = [x for pair in zip(cached, fresh, strict=True) for x in pair] + cached[:5]
    async with aiohttp.ClientSession() as http:
        headers, body = await post(http, proxy, {"model": MODEL, "input": cached})
        assert headers["Cache-Status"] == "llmstash; fwd=miss; stored"
        await settled(proxy)
        upstream.reset()
        upstream.embedding_dims = DIMS
        request = {"model": MODEL, "input": batch, "encoding_format": fmt}
        headers, body = await post(http, proxy, request)
        assert headers["Cache-Status"] == "llmstash; fwd=partial; stored"
        assert headers["X-Llmstash-Cached-Items"] == "305/605"
        assert headers["Content-Type"] == "application/json"
        assert int(headers["Content-Length"]) == len(body) > answer_module.PIECES_BYTES
        # only the fresh items went upstream, in order, as base64
        (call,) = upstream.calls_to("/v1/embeddings")
        assert call.json["input"] == fresh and call.json["encoding_format"] == "base64"
        # usage: the upstream's count of the new items plus the stored counts of the hits,
        # each input counted as often as it is sent (as the upstream bills a batch); the
        # stored counts are tiktoken's scaled to the upstream's count (words, here)
        upstream_tokens = sum(len(x.split()) for x in fresh)
        stored = stored_counts(cached)
        assert sum(stored.values()) == sum(len(x.split()) for x in cached)
        hit_tokens = sum(stored[x] for x in cached + cached[:5])
        assert body == expected_body(batch, fmt, upstream_tokens + hit_tokens)

        await settled(proxy)
        headers, again = await post(http, proxy, request)
        assert headers["Cache-Status"] == "llmstash; hit"
        all_tokens = hit_tokens + sum(stored_counts(fresh).values())
        assert again == expected_body(batch, fmt, all_tokens)
        other = "float" if fmt == "base64" else "base64"
        headers, same = await post(http, proxy, {**request, "encoding_format": other})
        assert headers["Cache-Status"] == "llmstash; hit"
        assert same == expected_body(batch, other, all_tokens)
    assert len(upstream.calls_to("/v1/embeddings")) == 1


async def test_large_batch_no_store_is_not_stored(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.embedding_dims = DIMS
    batch = [f"unstored {i}" for i in range(400)]
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/embeddings",
            json={"model": MODEL, "input": batch, "encoding_format": "base64"},
            headers={**HEADERS, "Cache-Control": "no-store"},
        ) as r:
            assert r.status == 200
            assert "stored" not in r.headers["Cache-Status"]
            assert await r.read() == expected_body(batch, "base64", 2 * len(batch))
        await settled(proxy)
        headers, _ = await post(http, proxy, {"model": MODEL, "input": batch})
        assert headers["Cache-Status"] == "llmstash; fwd=miss; stored"


async def test_large_batch_upstream_error_passes_through(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.fail_next(429)
    batch = [f"refused {i}" for i in range(400)]
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/embeddings", json={"model": MODEL, "input": batch}, headers=HEADERS
        ) as r:
            assert r.status == 429
        await settled(proxy)
        headers, _ = await post(http, proxy, {"model": MODEL, "input": batch})
        assert headers["Cache-Status"] == "llmstash; fwd=miss; stored"


# -- reading the upstream's answer -------------------------------------------------------


def answer(n: int, dims: int = 8, fmt: str = "base64") -> dict[str, Any]:
    rows = np.random.default_rng(n).standard_normal((n, dims)).astype("<f4")
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": base64.b64encode(row.tobytes()).decode() if fmt == "base64" else row,
        }
        for i, row in enumerate(rows)
    ]
    usage = {"prompt_tokens": 3 * n, "total_tokens": 3 * n}
    return {"object": "list", "data": data, "model": "m-1", "usage": usage}


def slow_read(data: bytes) -> list[bytes]:
    parsed = orjson.loads(data)
    return [
        vector_bytes(row["embedding"]) for row in sorted(parsed["data"], key=lambda r: r["index"])
    ]


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_SERIALIZE_NUMPY)


@pytest.mark.parametrize("dims", [8, 7, 1536])  # 7: base64 with padding
def test_fast_read_equals_a_full_parse(dims: int) -> None:
    obj = answer(20, dims)
    compact = dumps(obj)
    pretty = json.dumps(json.loads(compact), indent=2).encode()  # OpenAI's own layout
    obj["data"].reverse()  # rows out of order: sorted by index
    shuffled = dumps(obj)
    for data in (compact, pretty, shuffled):
        fast = _drain(_base64_answer(data))
        assert fast is not None
        assert fast[1] == slow_read(data)
        assert _read(data, "asked") == (slow_read(data), 60, "m-1")


def test_fast_read_steps_aside_when_it_cannot_vouch() -> None:
    obj = answer(4)
    # floats, escapes, an "embedding" key outside the rows: all read by a full parse
    floats = dumps(answer(4, fmt="float"))
    escaped = dumps({**obj, "model": 'a "quoted" model'})
    nested = dumps({**obj, "meta": {"embedding": "AAAAAA=="}})
    for data in (floats, escaped, nested):
        assert _drain(_base64_answer(data)) is None
        vectors, prompt_tokens, _ = _read(data, "asked")
        assert vectors == slow_read(data) and prompt_tokens == 12
    assert _read(escaped, "asked")[2] == 'a "quoted" model'


@pytest.mark.parametrize(
    "data",
    [
        b'{"data":[{"index":0,"embedding":"AAA*"}]}',  # not base64
        b'{"data":[{"index":0,"embedding":"AAAAAAA="}]}',  # 5 bytes: not float32s
        b'{"data":[{"index":0,"embedding":"AAAA\n"}]}',  # a raw control character
        b'{"data":[{"index":0,"embedding":"AAAAAA=="}]',  # truncated JSON
        b'{"data":[{"index":0,"embedding":"AAAAAA==',  # truncated in the string
        b'{"data":{"index":0,"embedding":"AAAAAA=="}}',  # not a list of rows
        b'["embedding":"AAAAAA=="]',
    ],
)
def test_unreadable_answers_are_upstream_broken(data: bytes) -> None:
    with pytest.raises(UpstreamBroken):
        _read(data, "asked")


def test_base64_simd_and_standard_agree() -> None:
    rng = np.random.default_rng(5)
    for size in (0, 1, 2, 3, 4, 6144, 6145):
        raw = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
        text = _b64encode_std(raw)
        assert text == b64encode(raw) == base64.b64encode(raw)
        assert b64encode(memoryview(raw)) == text
        assert _b64decode_std(text) == b64decode(text) == b64decode(text.decode()) == raw
    for bad in (b"QQ", b"QQ=", b"Q===", b"QQ==QQ==", b"QU Fh", b"QUFh\n", b"QUF*"):
        for decode in (_b64decode_std, b64decode):
            with pytest.raises(binascii.Error):
                decode(bad)


# -- pieces, keys, token counts, vector texts --------------------------------------------


@pytest.mark.parametrize("fmt", ["float", "base64"])
def test_body_parts_join_to_the_response_body(fmt: str) -> None:
    vecs = [np.arange(i, i + 4, dtype="<f4").tobytes() for i in range(3)]
    texts = [
        base64.b64encode(v) if fmt == "base64" else dumps(np.frombuffer(v, "<f4")) for v in vecs
    ]
    assert b"".join(body_parts(texts, fmt, "m", 9)) == response_body(vecs, fmt, "m", 9)
    empty = b'{"object":"list","data":[],"model":"m","usage":{"prompt_tokens":0,"total_tokens":0}}'
    assert b"".join(body_parts([], fmt, "m", 0)) == empty


def test_batch_keys_equal_single_keys() -> None:
    items: list[Any] = ["a", "", "h\u00e9llo", [1, 2], [3], "x" * 5000, "[1,2]"]
    for dims in (None, 256):
        for model in ("m", "text-embedding-3-small"):
            want = [embedding_key("ls:t:v1", model, dims, item) for item in items]
            assert embedding_keys("ls:t:v1", model, dims, items) == want


def test_token_counts_in_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["hello world", "", "a b c d e f", "\u00e9t\u00e9 " * 50]
    assert tokens.count_texts(texts, MODEL) == [tokens.count_text(t, MODEL).tokens for t in texts]
    monkeypatch.setattr(tokens, "_encoding_for", lambda model: (None, False))
    assert tokens.count_texts(["abcdefgh", "", "a"], MODEL) == [2, 0, 1]


def test_new_texts_do_not_flush_the_texts_of_hits() -> None:
    texts = VectorTexts(max_bytes=4 * (100 + 1 + 200))  # four 100-byte texts of 1-char keys
    for key in "ab":
        texts.put((key, 0.0, "float"), b"x" * 100, cold=True)
    assert texts.get_many([(k, 0.0, "float") for k in "ab"]) == [b"x" * 100] * 2  # promoted
    for key in "cdefg":  # a large batch of new vectors
        texts.put((key, 0.0, "float"), b"y" * 100, cold=True)
    got = texts.get_many([(k, 0.0, "float") for k in "abcdefg"])
    assert [g is not None for g in got] == [True, True, False, False, False, True, True]
    assert len(texts) == 4 and texts.bytes_used <= texts.max_bytes
    texts.put(("h", 0.0, "float"), b"z" * 100)  # a hit's text: the least recent one goes
    got = texts.get_many([(k, 0.0, "float") for k in "abfgh"])
    assert [g is not None for g in got] == [False, True, True, True, True]


def framings(payload: bytes) -> web.Application:
    """A server answering `payload` at /exact (Content-Length), /chunked and /gzip."""

    async def exact(request: web.Request) -> web.Response:
        return web.Response(body=payload, content_type="application/json")

    async def chunked(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse()
        response.enable_chunked_encoding()
        await response.prepare(request)
        for i in range(0, len(payload), 70_000):
            await response.write(payload[i : i + 70_000])
        await response.write_eof()
        return response

    async def gzipped(request: web.Request) -> web.Response:
        response = web.Response(body=payload, content_type="application/json")
        response.enable_compression(web.ContentCoding.gzip)
        return response

    app = web.Application()
    for path, handler in (("/exact", exact), ("/chunked", chunked), ("/gzip", gzipped)):
        app.router.add_get(path, handler)
    return app


async def test_answer_bodies_are_read_whole_in_every_framing() -> None:
    payload = dumps(answer(400, dims=256))  # ~560 KB
    assert len(payload) > LARGE_BYTES
    async with TestServer(framings(payload)) as server, aiohttp.ClientSession() as http:
        for path in ("/exact", "/chunked", "/gzip"):
            headers = {"Accept-Encoding": "gzip"}
            async with http.get(server.make_url(path), headers=headers) as r:
                data = await _body(r)
            assert bytes(data) == payload, path
            assert _read(data, "asked") == _read(payload, "asked")
            assert await _read_large(data, "asked") == _read(payload, "asked")


async def test_an_answer_over_the_limit_is_refused_not_buffered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A Content-Length (or a chunked body) above MAX_ANSWER_BYTES is a broken upstream:
    refused before a buffer of that size is allocated."""
    payload = dumps(answer(400, 256))
    monkeypatch.setattr(embedding_call, "MAX_ANSWER_BYTES", len(payload) - 1)
    async with TestServer(framings(payload)) as server, aiohttp.ClientSession() as http:
        for path in ("/exact", "/chunked"):
            async with http.get(server.make_url(path)) as r:
                with pytest.raises(UpstreamBroken, match=r"larger than|announced"):
                    await _body(r)


async def test_a_piecewise_answer_is_still_framed_and_coded_by_aiohttp() -> None:
    """The grouped writes go around aiohttp's writer only for plain bodies: compressed or
    chunked, the pieces go through it, and the client reads the same bytes."""
    parts = [b'{"pieces": [', *[b'"%d",' % i for i in range(20_000)], b'"end"]}']
    whole = b"".join(parts)

    async def coded(request: web.Request) -> web.Response:
        response = web.Response(body=answer_module.Pieces(parts, len(whole), None))
        response.enable_compression(web.ContentCoding.gzip)
        return response

    app = web.Application()
    app.router.add_get("/coded", coded)
    async with TestServer(app) as server, aiohttp.ClientSession() as http:
        async with http.get(server.make_url("/coded")) as r:
            assert r.headers["Content-Encoding"] == "gzip"
            assert await r.read() == whole
