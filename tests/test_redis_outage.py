"""Redis down: the proxy keeps serving from the upstream, says so, and recovers by itself."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import aiohttp
import pytest

from proxy.coordination import Coordinator
from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"


async def health(url: str) -> dict[str, Any]:
    async with aiohttp.ClientSession() as http, http.get(url[:-3] + "/healthz") as r:
        assert r.status == 200
        return await r.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_killing_redis_loses_no_request_and_caching_resumes(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    proxy = await proxy_factory(cooldown="0.3s")
    client = proxy.client()

    async def ask(i: int) -> tuple[str, str]:
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"q{i % 5}"}]
        )
        return raw.parse().choices[0].message.content or "", raw.headers["cache-status"]

    before = [await ask(i) for i in range(10)]
    assert [s for _, s in before].count("llmstash; hit") == 5

    async def traffic() -> list[tuple[str, str]]:
        out = []
        for i in range(40):
            out.append(await ask(i))
            await asyncio.sleep(0.005)
        return out

    task = asyncio.create_task(traffic())
    await asyncio.sleep(0.05)
    redis_server.kill()
    during = await task
    assert all(content.startswith("echo") for content, _ in during)  # every request answered
    state = await health(proxy.url)
    assert state["status"] == "degraded"
    assert state["store"]["errors"] + state["store"]["timeouts"] > 0

    redis_server.start()
    for _ in range(50):  # the breaker probes again after its cooldown
        await asyncio.sleep(0.1)
        if (await health(proxy.url))["status"] == "ok":
            break
    assert (await health(proxy.url))["status"] == "ok"
    await ask(100)  # stored again (Redis came back empty: it was killed without saving)
    await asyncio.sleep(0.05)
    calls = len(upstream.calls_to(CHAT))
    _content, status = await ask(100)
    assert status == "llmstash; hit"
    assert len(upstream.calls_to(CHAT)) == calls


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_while_redis_is_down_answers_do_not_claim_to_be_stored(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    proxy = await proxy_factory(cooldown="30s")
    client = proxy.client()
    up = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "before"}]
    )
    assert up.headers["cache-status"] == "llmstash; fwd=miss; stored"
    redis_server.kill()
    for i in range(4):  # failures open the breaker
        await client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"opening {i}"}]
        )
    assert (await health(proxy.url))["store"]["breaker"] == "open"
    chat = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "while down"}]
    )
    assert (chat.parse().choices[0].message.content or "").endswith(": while down")
    assert chat.headers["cache-status"] == "llmstash; fwd=miss"
    embedded = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["while down"]
    )
    assert len(embedded.parse().data) == 1
    assert embedded.headers["cache-status"] == "llmstash; fwd=miss"
    assert len(upstream.calls_to(CHAT)) == 6


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_stalled_redis_costs_misses_no_lock_attempts_once_the_breaker_is_open(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    redis_server: RedisServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A frozen Redis (no refusal: every call waits for its timeout) opens the breaker;
    from then on misses do not try the cross-replica lock either (each try would add the
    lock's timeout to the miss)."""
    attempts: list[str] = []
    for name in ("lookup", "acquire"):
        real = getattr(Coordinator, name)

        async def counted(
            self: Coordinator, *args: Any, _real: Any = real, _n: str = name, **kw: Any
        ) -> Any:
            attempts.append(_n)
            return await _real(self, *args, **kw)

        monkeypatch.setattr(Coordinator, name, counted)
    proxy = await proxy_factory(cooldown="30s", op_timeout="200ms")
    client = proxy.client()
    redis_server.pause()
    try:
        for i in range(4):  # time-outs open the breaker
            await client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": f"stalled {i}"}]
            )
        assert (await health(proxy.url))["store"]["breaker"] == "open"
        before = len(attempts)
        for i in range(5):
            answer = await client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": f"open {i}"}]
            )
            assert (answer.choices[0].message.content or "").endswith(f": open {i}")
        assert len(attempts) == before
        assert len(upstream.calls_to(CHAT)) == 9
    finally:
        redis_server.resume()
