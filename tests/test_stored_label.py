"""`stored` in Cache-Status only when the answer is written: not for a request whose own
store lookup just failed open (Redis down, the breaker still closed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_request_whose_lookup_failed_open_does_not_say_stored(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    proxy = await proxy_factory(cooldown="30s", failure_threshold=10)
    client = proxy.client()

    async def chat(content: str) -> str:
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": content}]
        )
        assert (raw.parse().choices[0].message.content or "").endswith(content)
        return raw.headers["cache-status"]

    assert await chat("before") == "llmstash; fwd=miss; stored"
    assert await chat("before") == "llmstash; hit"
    redis_server.kill()
    # a repeat (a plain GET) and a new body (the lookup that takes the lock too)
    assert await chat("before") == "llmstash; fwd=miss"
    assert await chat("new one") == "llmstash; fwd=miss"
    embedded = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["while down"]
    )
    assert len(embedded.parse().data) == 1
    assert embedded.headers["cache-status"] == "llmstash; fwd=miss"
    async with aiohttp.ClientSession() as http, http.get(proxy.url[:-3] + "/healthz") as r:
        store = (await r.json())["store"]
    assert store["breaker"] == "closed"  # (an open one drops writes: said so already)
