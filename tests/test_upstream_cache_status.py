"""The upstream's own `Cache-Status` on intercepted routes (RFC 9211): an answer that came
from the upstream keeps its members, ours appended after them (the cache closest to the
origin first); an answer served from the cache carries ours alone. The access log and
metrics still read our member (an upstream's `hit` or `stored` is not ours)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from proxy.observe import OBSERVERS, Observation
from tests.upstream import FakeUpstream

THEIRS = "upcache; hit; stored"  # an upstream cache (another llmstash would say "llmstash; hit")


def _upstream_says(upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    """Every answer of the upstream (chat, streams, embeddings) carries `Cache-Status: value`."""
    plain = upstream._headers

    def headers(**extra: str) -> dict[str, str]:
        return {"Cache-Status": value, **plain(**extra)}  # (a scripted fault: its own)

    monkeypatch.setattr(upstream, "_headers", headers)


async def _observed(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, list[Observation]]:
    """A proxy whose upstream sends `THEIRS` as its Cache-Status, and what it observed."""
    proxy = await proxy_factory()
    seen: list[Observation] = []
    proxy.app[OBSERVERS].append(seen.append)
    _upstream_says(upstream, monkeypatch, THEIRS)
    return proxy, seen


async def _post(url: str, body: dict[str, Any], **headers: str) -> tuple[int, str, bytes]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(url, json=body, headers={"Authorization": "Bearer sk-team-a", **headers}) as r,
    ):
        return r.status, ", ".join(r.headers.getall("Cache-Status")), await r.read()


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_chat_keeps_the_upstreams_cache_status_before_ours(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, seen = await _observed(proxy_factory, upstream, monkeypatch)
    url = proxy.url + "/chat/completions"
    ask: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "a"}]}

    status, value, _ = await _post(url, ask)  # a miss, stored
    assert (status, value) == (200, f"{THEIRS}, llmstash; fwd=miss; stored")
    status, value, _ = await _post(url, ask)  # a hit: ours alone
    assert (status, value) == (200, "llmstash; hit")
    status, value, _ = await _post(url, ask, **{"Cache-Control": "no-cache"})  # a refresh
    assert (status, value) == (200, f"{THEIRS}, llmstash; fwd=request; stored")
    streamed = {**ask, "messages": [{"role": "user", "content": "b"}], "stream": True}
    status, value, body = await _post(url, streamed)  # a live stream
    assert (status, value) == (200, f"{THEIRS}, llmstash; fwd=miss")
    assert body.rstrip().endswith(b"data: [DONE]")
    uncached = {**ask, "store": True}  # bypassed: relayed, after theirs as a passthrough
    status, value, _ = await _post(url, uncached)
    assert (status, value) == (200, f'{THEIRS}, llmstash; fwd=bypass; detail="store"')
    upstream.fail_next(429, headers={"Cache-Status": "upcache; fwd=uri-miss"})
    other = {**ask, "messages": [{"role": "user", "content": "c"}]}
    status, value, _ = await _post(url, other)  # an upstream error, passed through
    assert (status, value) == (429, "upcache; fwd=uri-miss, llmstash; fwd=miss")
    # the access log and metrics read our member, not the upstream's "hit; stored"
    outcomes = [(o.cache, o.stored) for o in seen]
    assert outcomes == [
        ("miss", True),
        ("hit", False),
        ("refresh", True),
        ("miss", True),  # (a stream's storing: known at its end, after its Cache-Status)
        ("bypass", False),
        ("miss", False),
    ]


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_embeddings_keep_the_upstreams_cache_status_before_ours(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, seen = await _observed(proxy_factory, upstream, monkeypatch)
    url = proxy.url + "/embeddings"
    model = "text-embedding-3-small"

    status, value, _ = await _post(url, {"model": model, "input": ["a", "b"]})  # a miss
    assert (status, value) == (200, f"{THEIRS}, llmstash; fwd=miss; stored")
    status, value, _ = await _post(url, {"model": model, "input": ["a", "b"]})  # all hits
    assert (status, value) == (200, "llmstash; hit")
    status, value, _ = await _post(url, {"model": model, "input": ["a", "c"]})  # partial
    assert (status, value) == (200, f"{THEIRS}, llmstash; fwd=partial; stored")
    upstream.fail_next(503, headers={"Cache-Status": "upcache; fwd=uri-miss"})
    status, value, _ = await _post(url, {"model": model, "input": ["d"]})  # passed through
    assert (status, value) == (503, "upcache; fwd=uri-miss, llmstash; fwd=miss")
    outcomes = [(o.cache, o.stored) for o in seen]
    assert outcomes == [("miss", True), ("hit", False), ("partial", True), ("miss", False)]
