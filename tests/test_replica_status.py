"""What a request collapsed onto another replica's upstream call is called: like one
collapsed onto a call of its own replica (`Cache-Status`, metrics)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import pytest
from multidict import CIMultiDict

from proxy.coordination import live_key, open_coordinator
from proxy.errors import LeaderLost
from proxy.flights import Flight, Head, Outcome
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

KEY = "ls:kabc:v0:c:0123456789abcdef"
SSE_HEAD = Head(200, CIMultiDict(), True, "text/event-stream")
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


async def test_a_follower_never_passes_on_a_stream_with_a_hole(redis_url: str) -> None:
    """Records of the live stream a follower reads went missing (evicted under maxmemory,
    trimmed): the follower must not relay the rest as if nothing were missing (an answer
    with a hole that looks complete); its flight fails instead (a client that got part of
    it is cut off, the others go upstream)."""
    leader = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)
    other = open_coordinator(redis_url, cluster=False, lock_ttl=5.0)  # another replica
    try:
        leads, token = await leader.acquire(KEY)
        assert leads and token is not None
        mirror = leader.mirror(KEY, token)
        mirror.activate()
        mirror.head(SSE_HEAD)
        for n in range(4):
            mirror.event(b'data: {"n": %d}\n\n' % n, False)
        body = b'{"choices": []}'
        mirror.end(Outcome(SSE_HEAD, body, body, False), None, complete=True)
        await mirror.close()
        stream = live_key(KEY, token)
        records = await leader.client.xrange(stream)
        assert [fields[b"n"] for _, fields in records] == [b"0", b"1", b"2", b"3", b"4", b"5"]
        await leader.client.xdel(stream, records[3][0])  # event 2 is gone
        flight = Flight()
        assert await other.follow(KEY, token, flight, wait=2) == "done"
        assert flight.events == [b'data: {"n": 0}\n\n', b'data: {"n": 1}\n\n']
        assert isinstance(flight.outcome.exception(), LeaderLost)
    finally:
        await leader.close()
        await other.close()
