"""What a request collapsed onto another replica's upstream call is called: like one
collapsed onto a call of its own replica (`Cache-Status`, metrics)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest

from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

BODY = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "one call for both"}]}


@pytest.mark.parametrize("store_kind", ["redis"])
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "stream"])
async def test_a_follower_on_another_replica_is_collapsed(
    proxy_factory: Any, upstream: FakeUpstream, stream: bool
) -> None:
    a, b = await proxy_factory(), await proxy_factory()
    upstream.latency = 0.4

    async def send(http: aiohttp.ClientSession, proxy: Proxy) -> tuple[str, bytes]:
        async with http.post(
            proxy.url + "/chat/completions", json=BODY | {"stream": stream}
        ) as response:
            assert response.status == 200
            return response.headers["Cache-Status"], await response.read()

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        led = asyncio.create_task(send(http, a))
        await asyncio.sleep(0.15)  # A holds the lock and waits for the upstream
        followed = await send(http, b)
        leader = await led
        async with http.get(b.url.removesuffix("/v1") + "/metrics") as response:
            metrics = await response.text()
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
    assert leader[0].startswith("llmstash; fwd=miss") and "collapsed" not in leader[0]
    assert followed[0].startswith("llmstash; fwd=miss") and "; collapsed" in followed[0]
    assert followed[1] == leader[1] or stream  # (streams: ids alike, bytes relayed live)
    coalesced = [
        line
        for line in metrics.splitlines()
        if line.startswith("llmstash_coalesced_requests_total{")
    ]
    assert coalesced and coalesced[0].endswith(" 1.0"), coalesced
