"""Shared by the metrics, admin and dashboard tests: a proxy with two configured teams, an
admin token and a price table, and a scripted mix of traffic whose expected savings are
computed from the upstream's own usage figures (the usage each miss's answer carried)."""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from aiohttp.test_utils import TestServer

from proxy.app import build_app
from proxy.settings_load import load_settings
from proxy.tenancy import key_hash
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

SALT = "savings-test-salt"
TOKEN = "admin-secret-token"
KEYS = {"alpha": "sk-alpha-1", "beta": "sk-beta-1"}
OTHER_KEY = "sk-of-no-team"  # label "default"
CHAT_MODEL, EMBED_MODEL = "gpt-4o-mini", "text-embedding-3-small"
# micro-USD per token: whole numbers, so expected money is exact integer arithmetic
PRICES = {CHAT_MODEL: (3, 12), EMBED_MODEL: (1, 0)}


@dataclass
class TeamProxy(Proxy):
    base: str = ""  # "http://127.0.0.1:PORT"

    def team_client(self, team: str) -> openai.AsyncOpenAI:
        return self.client(KEYS[team] if team in KEYS else OTHER_KEY)

    async def admin(
        self, method: str, path: str, token: str | None = TOKEN, **kwargs: Any
    ) -> tuple[int, Any, dict[str, str]]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        async with (
            aiohttp.ClientSession() as http,
            http.request(method, self.base + path, headers=headers, **kwargs) as r,
        ):
            return r.status, await r.json(content_type=None), dict(r.headers)


def write_config(root: Path, prices: bool = True) -> Path:
    (root / "teams").mkdir(parents=True, exist_ok=True)
    for team, key in KEYS.items():
        digest = key_hash(SALT.encode(), key)
        (root / "teams" / f"{team}.yaml").write_text(f"credentials: ['{digest}']\n")
    config = root / "llmstash.yaml"
    config.write_text(f"key_salt: {SALT}\n")
    if prices:
        lines = [f"  {m}: {{input: {i}, output: {o}}}" for m, (i, o) in PRICES.items()]
        (root / "prices.yaml").write_text("models:\n" + "\n".join(lines) + "\n")
    return config


@pytest.fixture
async def team_proxy_factory(
    upstream: FakeUpstream,
    store_kind: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Callable[..., Any]]:
    """Start proxies with teams alpha and beta; several may share one store (replicas)."""
    config = write_config(tmp_path)
    monkeypatch.setenv("LLMSTASH_PRICES", str(tmp_path / "prices.yaml"))
    redis_url = request.getfixturevalue("redis_url") if store_kind == "redis" else None
    started: list[TeamProxy] = []

    async def start(token: str | None = TOKEN, access_log: bool = False) -> TeamProxy:
        if token is None:
            monkeypatch.delenv("LLMSTASH_ADMIN_TOKEN", raising=False)
        else:
            monkeypatch.setenv("LLMSTASH_ADMIN_TOKEN", token)
        overrides = {
            "upstream": {"url": upstream.url},
            # generous op_timeout: these tests count hits, a loaded CI box must not fail open
            "store": {"redis_url": redis_url, "op_timeout": 1.0},
            "server": {"access_log": access_log},
        }
        settings = load_settings(config, env={}, overrides=overrides)
        server = TestServer(build_app(settings), host="127.0.0.1")
        await server.start_server()
        base = str(server.make_url("")).rstrip("/")
        proxy = TeamProxy(server.app, server, base + "/v1", base=base)
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        for client in proxy.clients:
            await client.close()
        await proxy.server.close()


@pytest.fixture
async def team_proxy(team_proxy_factory: Callable[..., Any]) -> TeamProxy:
    return await team_proxy_factory()  # type: ignore[no-any-return]


@dataclass
class Expected:
    """Per team: what the traffic must have saved, from the upstream's usage figures."""

    counts: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def request(self, team: str, outcome: str) -> None:
        self.counts[team]["requests"] += 1
        self.counts[team][outcome] += 1

    def saved(self, team: str, model: str, prompt: int, completion: int = 0) -> None:
        c = self.counts[team]
        c["prompt_tokens_saved"] += prompt
        c["completion_tokens_saved"] += completion
        price_in, price_out = PRICES[model]
        c["usd_micro_saved"] += prompt * price_in + completion * price_out


async def _chat(client: openai.AsyncOpenAI, text: str, **kw: Any) -> tuple[Any, str]:
    raw = await client.chat.completions.with_raw_response.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": text}], **kw
    )
    return raw.parse(), raw.headers["cache-status"]


async def _stream(client: openai.AsyncOpenAI, text: str) -> tuple[Any, str]:
    """A streamed request with usage asked for: (usage, Cache-Status)."""
    async with client.chat.completions.with_streaming_response.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": text}],
        stream=True,
        stream_options={"include_usage": True},
    ) as response:
        usage = None
        async for chunk in await response.parse():
            usage = chunk.usage or usage
        return usage, response.headers["cache-status"]


async def _embed(client: openai.AsyncOpenAI, texts: str | list[str]) -> tuple[Any, str]:
    raw = await client.embeddings.with_raw_response.create(model=EMBED_MODEL, input=texts)
    return raw.parse(), raw.headers["cache-status"]


async def _until_stored(proxy: TeamProxy, team: str, text: str) -> None:
    """A streamed answer is stored by a task after [DONE]: wait until it is there."""
    body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": text}]}
    for _ in range(200):
        _, found, _ = await proxy.admin("POST", f"/admin/teams/{team}/lookup", json={"chat": body})
        if found["exists"]:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the streamed answer was never stored")


async def scripted_traffic(proxy: TeamProxy, upstream: FakeUpstream) -> Expected:
    """Misses, exact hits, stream hits, embeddings partial hits, a coalesced burst, for
    teams alpha and beta and a key of no team ("default")."""
    exp = Expected()
    alpha, beta, other = (proxy.team_client(t) for t in ("alpha", "beta", "default"))

    first, status = await _chat(alpha, "hello alpha")  # miss
    assert status == "llmstash; fwd=miss; stored"
    exp.request("alpha", "misses")
    usage = first.usage
    for _ in range(2):  # two exact hits
        again, status = await _chat(alpha, "hello alpha")
        assert status == "llmstash; hit" and again.usage == usage
        exp.request("alpha", "hits")
        exp.saved("alpha", CHAT_MODEL, usage.prompt_tokens, usage.completion_tokens)
    streamed, status = await _stream(alpha, "hello alpha")  # stream replay of a stored answer
    assert status == "llmstash; hit" and streamed.total_tokens == usage.total_tokens
    exp.request("alpha", "hits")
    exp.saved("alpha", CHAT_MODEL, usage.prompt_tokens, usage.completion_tokens)

    usage, status = await _stream(alpha, "tell me a longer story please")  # stream miss
    assert status == "llmstash; fwd=miss"
    exp.request("alpha", "misses")
    await _until_stored(proxy, "alpha", "tell me a longer story please")
    plain, status = await _chat(alpha, "tell me a longer story please")  # hit of a stream
    assert status == "llmstash; hit" and plain.usage.total_tokens == usage.total_tokens
    exp.request("alpha", "hits")
    exp.saved("alpha", CHAT_MODEL, usage.prompt_tokens, usage.completion_tokens)

    tokens = {}
    for text in ("one fish", "two fish red fish"):  # single-item misses: upstream usage
        answer, status = await _embed(alpha, text)
        assert status == "llmstash; fwd=miss; stored"
        exp.request("alpha", "misses")
        tokens[text] = answer.usage.prompt_tokens
    answer, status = await _embed(alpha, ["one fish", "two fish red fish", "blue fish"])
    assert status == "llmstash; fwd=partial; stored"
    exp.request("alpha", "partial_hits")
    exp.saved("alpha", EMBED_MODEL, tokens["one fish"] + tokens["two fish red fish"])
    answer, status = await _embed(alpha, "one fish")  # full embeddings hit
    assert status == "llmstash; hit"
    exp.request("alpha", "hits")
    exp.saved("alpha", EMBED_MODEL, tokens["one fish"])

    first, status = await _chat(beta, "hello alpha")  # same body, other team: a miss
    assert status == "llmstash; fwd=miss; stored"
    exp.request("beta", "misses")
    again, status = await _chat(beta, "hello alpha")
    assert status == "llmstash; hit"
    exp.request("beta", "hits")
    exp.saved("beta", CHAT_MODEL, first.usage.prompt_tokens, first.usage.completion_tokens)

    upstream.latency = 0.3  # three identical concurrent requests: one leader, two followers
    burst = await asyncio.gather(*(_chat(beta, "all at once") for _ in range(3)))
    upstream.latency = 0.0
    collapsed = sum("collapsed" in status for _, status in burst)
    assert collapsed == 2, burst
    for _, status in burst:
        exp.request("beta", "coalesced" if "collapsed" in status else "misses")

    first, status = await _chat(other, "no team here")
    exp.request("default", "misses")
    again, status = await _chat(other, "no team here")
    assert status == "llmstash; hit"
    exp.request("default", "hits")
    exp.saved("default", CHAT_MODEL, first.usage.prompt_tokens, first.usage.completion_tokens)
    return exp
