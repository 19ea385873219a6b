"""One upstream `/v1/embeddings` call, vectors returned as raw float32 bytes."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import aiohttp
import orjson
from aiohttp import web
from multidict import CIMultiDict
from yarl import URL

from proxy.errors import UpstreamBroken, described
from proxy.refusals import REFUSAL_BYTES, Base64Vectors
from proxy.upstream import Upstream, response_headers
from proxy.vectors import Item, b64decode, vector_bytes

LARGE_BYTES = 256 * 1024  # answers larger than this are read in place and in slices
# the largest answer read: 2,048 inputs x 3,072 dimensions as float JSON is ~150 MB; a
# Content-Length above this is a broken upstream, not a buffer to allocate
MAX_ANSWER_BYTES = 512 * 1024 * 1024
_KEY = b'"embedding"'
_SPACE = frozenset(b" \t\r\n")  # JSON's whitespace
SLICE_ROWS = 128  # rows of a large answer read between two event-loop turns (~0.2 ms)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Embedded:
    vectors: list[bytes]  # in input order
    prompt_tokens: int
    model: str
    # the upstream's headers but those of its body and connection (request id, rate limits,
    # openai-processing-ms, openai-version, ...)
    headers: CIMultiDict[str]


async def fetch_embeddings(
    upstream: Upstream,
    headers: Mapping[str, str],
    body: Mapping[str, Any],
    items: list[Item],
    *,
    single_token_list: bool = False,
    query: str = "",
    formats: Base64Vectors | None = None,
) -> Embedded | web.Response:
    """Embed `items` in one request shaped like `body`. Vectors are asked for as base64
    (exact, a quarter of the JSON size) unless `formats` knows the upstream refuses it for
    this model. An upstream error comes back as the response to pass through untouched.

    When the proxy chose base64 (the client asked for float, or for nothing) and the
    upstream answers with what may be a refusal of it (`_refuses_base64`), the request is
    sent once more as the client wrote it, and on success `formats` remembers the refusal.
    Never when the client asked for base64 itself: the upstream's refusal is then its
    answer to the client's own request, passed through like any other. Nor for a 500 from
    an upstream that `formats` saw accept base64 within the hour: that is its own failure,
    and a failing upstream is not to be asked twice as often."""
    payload = {**body, "input": items[0] if single_token_list else items}
    model = str(body.get("model", ""))
    pair = (upstream.base, model)
    chose = body.get("encoding_format") != "base64" and (
        formats is None or pair not in formats.refused
    )
    if chose:
        payload["encoding_format"] = "base64"
    send = {**headers, "Content-Type": "application/json"}
    url = upstream.url("/embeddings", query)
    answer = await _call(upstream, url, send, payload, model, len(items))
    if not chose:
        return answer
    if isinstance(answer, Embedded):
        if formats is not None:
            formats.accepted.add(pair)
    elif _refuses_base64(answer, formats is not None and pair in formats.accepted):
        payload = {**body, "input": payload["input"]}  # the client's own format
        answer = await _call(upstream, url, send, payload, model, len(items))
        if formats is not None and isinstance(answer, Embedded):
            formats.refused.add(pair)
    return answer


async def _call(
    upstream: Upstream,
    url: URL,
    send: Mapping[str, str],
    payload: Mapping[str, Any],
    asked: str,
    count: int,
) -> Embedded | web.Response:
    async with upstream.request("POST", url, send, orjson.dumps(payload), decompress=True) as r:
        passed = response_headers(r.headers, decoded=True)
        try:
            if r.status != 200:
                out = web.Response(status=r.status, body=await r.read(), headers=passed)
                out.headers["Content-Type"] = r.headers.get("Content-Type", "application/json")
                return out
            data = await _body(r)
        except aiohttp.ClientError as exc:  # cut off or reset while its body was read
            raise UpstreamBroken(f"upstream embeddings answer broke off: {described(exc)}") from exc
    if len(data) > LARGE_BYTES:  # megabytes of JSON and base64: never one long step on the loop
        vectors, tokens, model = await _read_large(data, asked)
    else:
        vectors, tokens, model = _read(data, asked)
    if len(vectors) != count:
        raise UpstreamBroken(f"upstream returned {len(vectors)} embeddings for {count} inputs")
    return Embedded(vectors, tokens, model, passed)


# What a refusal of `encoding_format: "base64"` looks like: a validation error naming the
# format or the parameter (vLLM before 0.5.5: 400 "base64 encoding is not currently
# supported"; pydantic and serde servers: 422 naming `encoding_format` or the variant), or
# a server that fails on it without saying why (tabbyAPI: 500). Not a rate limit, a
# credential, a missing model or an overloaded gateway (429, 401, 403, 404, 502-504): those
# are not about the format, and asking again would double the load they complain of. So a
# genuine 400 (an empty input, too many tokens) is not sent twice; a genuine 500 is, once,
# and the client gets the answer to its own (float) request.
_VALIDATION = frozenset({400, 415, 422})
_FAILED = frozenset({500, 501})
_FORMAT_WORDS = re.compile(rb"base64|encoding", re.IGNORECASE)


def _refuses_base64(answer: web.Response, accepted_lately: bool) -> bool:
    if answer.status in _FAILED:
        return not accepted_lately
    body = answer.body
    return (
        answer.status in _VALIDATION
        and isinstance(body, bytes)
        and _FORMAT_WORDS.search(body, 0, REFUSAL_BYTES) is not None
    )


_POSITION = re.compile(rb"(?<=input\[)\d+(?=\])")


def renumbered(answer: web.Response, positions: Sequence[int]) -> None:
    """Make the positions an upstream error names (`'$.input[0]' is invalid.`, a `param`
    of `input[0]`) those of the client's batch: `positions[i]` is where the i-th input
    forwarded stands in it (a partial hit forwards only the missing items). Positions
    outside the forwarded batch, and bodies too long to be an error, are left as they are."""
    body = answer.body
    if not isinstance(body, bytes) or len(body) > REFUSAL_BYTES or b"input[" not in body:
        return

    def client(match: re.Match[bytes]) -> bytes:
        i = int(match[0])
        return b"%d" % positions[i] if i < len(positions) else match[0]

    answer.body = _POSITION.sub(client, body)


Read = tuple[dict[str, Any], list[bytes]]  # (the parsed answer, vectors in input order)


def _read(data: bytes | bytearray, asked: str) -> tuple[list[bytes], int, str]:
    """(vectors in input order, prompt tokens, model) from the upstream's answer."""
    with _unreadable():
        return _summary(_drain(_base64_answer(data)) or _parse_all(data), asked)


async def _body(r: aiohttp.ClientResponse) -> bytes | bytearray:
    """The answer's bytes. Megabytes are copied into place as they come (into a buffer of
    the announced length), or joined in a thread (the join lets go of the GIL): never in
    one long step on the event loop."""
    length = r.content_length
    if r.headers.get("Content-Encoding", "identity").lower() != "identity":
        length = None  # the length of the coded body, not of what is read
    if length is not None and length <= LARGE_BYTES:
        return await r.read()
    if length is None:
        chunks: list[bytes] = []
        size = 0
        async for chunk in r.content.iter_any():
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise UpstreamBroken(f"upstream answer larger than {MAX_ANSWER_BYTES} bytes")
            chunks.append(chunk)
        if size <= LARGE_BYTES:
            return b"".join(chunks)
        return await asyncio.to_thread(b"".join, chunks)
    if length > MAX_ANSWER_BYTES:
        raise UpstreamBroken(
            f"upstream announced a {length}-byte answer (the limit is {MAX_ANSWER_BYTES})"
        )
    data = bytearray(length)
    view = memoryview(data)
    size = 0
    async for chunk in r.content.iter_any():
        if size + len(chunk) > length:
            raise UpstreamBroken("upstream answer longer than its Content-Length")
        view[size : size + len(chunk)] = chunk
        size += len(chunk)
    view.release()
    if size != length:
        raise UpstreamBroken("upstream answer shorter than its Content-Length")
    return data


async def _read_large(data: bytes | bytearray, asked: str) -> tuple[list[bytes], int, str]:
    """`_read` for megabytes: on the event loop in slices (the reading holds the GIL: in a
    thread it would stall the loop for a whole switch interval, 5 ms, at a time); any other
    shape than the usual is parsed whole, in a thread."""
    with _unreadable():
        read = await _cooperate(_base64_answer(data))
        if read is None:
            read = await asyncio.to_thread(_parse_all, data)
        return _summary(read, asked)


@contextlib.contextmanager
def _unreadable() -> Iterator[None]:
    try:
        yield
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UpstreamBroken(f"upstream embeddings answer could not be read: {exc!r}") from None


def _summary(read: Read, asked: str) -> tuple[list[bytes], int, str]:
    parsed, vectors = read
    usage = parsed.get("usage") or {}
    return vectors, int(usage.get("prompt_tokens") or 0), str(parsed.get("model") or asked)


def _parse_all(data: bytes | bytearray) -> Read:
    """Any answer (floats, escapes, odd layout): parsed whole."""
    parsed = orjson.loads(data)
    rows = _in_order(parsed["data"])
    return parsed, [vector_bytes(row["embedding"]) for row in rows]


def _in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The answer's rows by `index`, which must be exactly 0..n-1 (each once): rows with
    a repeated or missing index would have vectors stored under the wrong inputs."""
    ordered = sorted(rows, key=lambda row: row["index"])
    for i, row in enumerate(ordered):
        index = row["index"]
        if type(index) is not int or index != i:
            raise ValueError(f"embedding indices are not 0..{len(rows) - 1} each once")
    return ordered


def _base64_answer(data: bytes | bytearray) -> Generator[None, None, Read | None]:
    """The usual answer, read without turning megabytes of base64 into Python strings, or
    None when this reading cannot vouch for it (the caller then parses everything). Yields
    every `SLICE_ROWS` rows (see `_cooperate`).

    Each `"embedding": "<base64>"` value is found by search and replaced, in a small copy
    of the answer, by a marker naming it ("\\u0000" and its number: no JSON string without
    a backslash escape holds U+0000); orjson then validates that copy, and every vector must
    be exactly one marker. Sound because the answer holds no backslash at all, so every
    quote delimits a string and the search cannot land inside one."""
    if b"\\" in data:
        return None
    spans: list[tuple[int, int]] = []
    pieces: list[bytes | memoryview] = []
    view = memoryview(data)
    done = 0
    at = data.find(_KEY)
    while at >= 0:
        i = _skip_space(data, at + len(_KEY))
        if data[i : i + 1] == b":":
            i = _skip_space(data, i + 1)
            if data[i : i + 1] == b'"':
                end = data.find(b'"', i + 1)
                if end < 0:
                    return None
                pieces += (view[done : i + 1], b"\\u0000%d" % len(spans))
                spans.append((i + 1, end))
                done = end
                i = end + 1
                if len(spans) % SLICE_ROWS == 0:
                    yield
        at = data.find(_KEY, i)
    if not spans:
        return None
    pieces.append(view[done:])
    parsed = orjson.loads(b"".join(pieces))
    rows = _in_order(parsed["data"])
    if len(rows) != len(spans):
        return None
    vectors: list[bytes] = []
    seen = set()
    for row in rows:
        marker = row["embedding"]
        if not (isinstance(marker, str) and marker[:1] == "\x00" and marker[1:].isdigit()):
            return None
        n = int(marker[1:])
        if n >= len(spans) or n in seen:
            return None
        seen.add(n)
        start, end = spans[n]
        vector = b64decode(view[start:end])
        if len(vector) % 4:
            raise ValueError("base64 embedding is not a whole number of float32 values")
        vectors.append(vector)
        if len(vectors) % SLICE_ROWS == 0:
            yield
    return parsed, vectors


def _skip_space(data: bytes | bytearray, i: int) -> int:
    while i < len(data) and data[i] in _SPACE:
        i += 1
    return i


def _drain(steps: Generator[None, None, T]) -> T:
    """Run a sliced computation to the end, at once."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return cast(T, stop.value)


async def _cooperate(steps: Generator[None, None, T]) -> T:
    """Run a sliced computation on the event loop, letting other tasks run between slices."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return cast(T, stop.value)
        await asyncio.sleep(0)
