"""One upstream `/v1/embeddings` call, vectors returned as raw float32 bytes."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson
from aiohttp import web

from proxy.errors import UpstreamBroken
from proxy.upstream import Upstream, response_headers
from proxy.vectors import Item, vector_bytes

THREAD_BYTES = 1 << 20  # answers larger than this are read off the event loop


@dataclass(frozen=True, slots=True)
class Embedded:
    vectors: list[bytes]  # in input order
    prompt_tokens: int
    model: str
    headers: dict[str, str]  # the upstream's x-* headers (request id, rate limits)


async def fetch_embeddings(
    upstream: Upstream,
    headers: Mapping[str, str],
    body: Mapping[str, Any],
    items: list[Item],
    *,
    single_token_list: bool = False,
    query: str = "",
) -> Embedded | web.Response:
    """Embed `items` in one request shaped like `body`. Vectors are asked for as base64
    (exact, a quarter of the JSON size). An upstream error comes back as the response to
    pass through untouched."""
    payload = {**body, "input": items[0] if single_token_list else items}
    payload["encoding_format"] = "base64"
    send = {**headers, "Content-Type": "application/json"}
    url = upstream.url("/embeddings", query)
    async with upstream.request("POST", url, send, orjson.dumps(payload), decompress=True) as r:
        data = await r.read()
        passed = response_headers(r.headers, decoded=True)
        if r.status != 200:
            out = web.Response(status=r.status, body=data, headers=passed)
            out.headers["Content-Type"] = r.headers.get("Content-Type", "application/json")
            return out
    if len(data) > THREAD_BYTES:  # megabytes of JSON and base64: not on the event loop
        vectors, tokens, model = await asyncio.to_thread(_read, data, str(body.get("model", "")))
    else:
        vectors, tokens, model = _read(data, str(body.get("model", "")))
    if len(vectors) != len(items):
        raise UpstreamBroken(f"upstream returned {len(vectors)} embeddings for {len(items)} inputs")
    extra = {k: v for k, v in passed.items() if k.lower().startswith("x-")}
    return Embedded(vectors, tokens, model, extra)


def _read(data: bytes, asked: str) -> tuple[list[bytes], int, str]:
    """(vectors in input order, prompt tokens, model) from the upstream's answer."""
    try:
        parsed = orjson.loads(data)
        rows = sorted(parsed["data"], key=lambda row: row["index"])
        vectors = [vector_bytes(row["embedding"]) for row in rows]
        usage = parsed.get("usage") or {}
        tokens = int(usage.get("prompt_tokens") or 0)
        model = str(parsed.get("model") or asked)
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise UpstreamBroken(f"upstream embeddings answer could not be read: {exc!r}") from None
    return vectors, tokens, model
