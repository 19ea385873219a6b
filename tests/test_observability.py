"""What operators see: `/metrics` added up over `--workers N`, exact small savings, a warning
per kind of upstream failure, `Cache-Status` on the proxy's own errors, one JSON access line
per request (and no second aiohttp line), store metrics with the memory store too."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import subprocess
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import openai
import pytest
import redis.asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer
from prometheus_client import CollectorRegistry, Counter
from prometheus_client.parser import text_string_to_metric_families
from yarl import URL

from proxy import respond
from proxy.app import build_app
from proxy.appkeys import FLIGHTS, STORE
from proxy.errors import UpstreamTimeout, UpstreamUnreachable
from proxy.observe import Observation
from proxy.settings_load import load_settings
from proxy.stats import bucket_key, raw_store
from proxy.telemetry import SHARE_INTERVAL, Shared, UpstreamWarnings, merge
from proxy.tenancy import CREDENTIAL_PARAMS
from tests.processes import free_port, start_serve, worker_pids
from tests.proxy_fixtures import Proxy
from tests.savings import KEYS, TeamProxy
from tests.team_files import eventually
from tests.upstream import FakeUpstream

Samples = dict[str, list[tuple[dict[str, str], float]]]
EMBED = "text-embedding-3-small"


async def scrape(base: str) -> Samples:
    """`GET /metrics` on a new connection (so `--workers N` may hand it to any worker)."""
    async with (
        aiohttp.ClientSession() as http,
        http.get(base + "/metrics", headers={"Connection": "close"}) as r,
    ):
        assert r.status == 200
        text = await r.text()
    samples: Samples = defaultdict(list)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[sample.name].append((sample.labels, sample.value))
    return samples


def total(samples: list[tuple[dict[str, str], float]], **labels: str) -> float:
    return sum(v for have, v in samples if all(have.get(k) == w for k, w in labels.items()))


# -- 1. `--workers N`: a scrape of any worker adds up every worker --------------------------


@pytest.mark.parametrize(
    "configured",
    [True, False],  # LLMSTASH_METRICS_DIR given by the operator, or made by the supervisor
)
async def test_a_scrape_of_any_worker_counts_every_worker(
    upstream: FakeUpstream,
    redis_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    configured: bool,
) -> None:
    if configured:
        monkeypatch.setenv("LLMSTASH_METRICS_DIR", str(tmp_path / "metrics"))
    else:
        monkeypatch.delenv("LLMSTASH_METRICS_DIR", raising=False)
    process, port = await start_serve(
        "--upstream", upstream.url, "--redis-url", redis_url, "--workers", "2"
    )
    base = f"http://127.0.0.1:{port}"
    try:
        assert len(await worker_pids(port)) == 2
        n = 30  # on new connections: the kernel spreads them over both workers
        async with aiohttp.ClientSession() as http:
            for i in range(n):
                if i == 3:  # the first three items are written behind their answers
                    await _stored(redis_url, 3)
                async with http.post(
                    base + "/v1/embeddings",
                    json={"model": EMBED, "input": f"worker item {i % 3}"},
                    headers={"Authorization": "Bearer sk-x", "Connection": "close"},
                ) as r:
                    assert r.status == 200
            for _ in range(10):  # passed through, counted too
                async with http.get(
                    base + "/v1/models",
                    headers={"Authorization": "Bearer sk-x", "Connection": "close"},
                ) as r:
                    assert r.status == 200
        await asyncio.sleep(SHARE_INTERVAL + 0.5)  # the other worker's latest numbers
        for _ in range(8):
            m = await scrape(base)
            assert total(m["llmstash_requests_total"]) == n + 10
            assert total(m["llmstash_requests_total"], route="passthrough") == 10
            items = m["llmstash_embedding_items_total"]
            assert total(items, source="upstream") == 3
            assert total(items, source="cache") == n - 3
            assert total(m["llmstash_store_breaker_state"], state="closed") == 1
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), 10) == 0


async def _stored(redis_url: str, count: int) -> None:
    """Wait until `count` embedding items are in Redis: another worker that looked before
    the write-behind landed would embed the item again (right, but not what is counted)."""
    client = redis.asyncio.Redis.from_url(redis_url)
    try:
        for _ in range(200):
            if len([k async for k in client.scan_iter(match="*:e:*")]) >= count:
                return
            await asyncio.sleep(0.02)
        raise AssertionError(f"fewer than {count} embedding items stored after 4 s")
    finally:
        await client.aclose()


def test_workers_samples_merge_without_going_backwards() -> None:
    def worker(requests: float, created: float, entries: float, le_1: float) -> list[Any]:
        return [
            ["llmstash_requests", "h", "counter", [
                ["llmstash_requests_total", {"team": "a"}, requests],
                ["llmstash_requests_created", {"team": "a"}, created],
            ]],
            ["llmstash_index_entries", "h", "gauge", [
                ["llmstash_index_entries", {"index": "semantic"}, entries],
            ]],
            ["llmstash_hit_latency_seconds", "h", "histogram", [
                ["llmstash_hit_latency_seconds_bucket", {"le": "1.0"}, le_1],
                ["llmstash_hit_latency_seconds_bucket", {"le": "+Inf"}, le_1 + 1],
                ["llmstash_hit_latency_seconds_sum", {}, 0.5],
            ]],
        ]  # fmt: skip

    merged = {
        m.name: {(s.name, tuple(s.labels.values())): s.value for s in m.samples}
        for m in merge(
            [
                (worker(5, 100.0, 7, 2), True),
                (worker(3, 90.0, 9, 1), True),
                (worker(4, 80.0, 99, 1), False),  # a worker gone: its counts stay, not gauges
            ]
        )
    }
    assert merged["llmstash_requests"] == {
        ("llmstash_requests_total", ("a",)): 12,
        ("llmstash_requests_created", ("a",)): 80.0,
    }
    assert merged["llmstash_index_entries"] == {("llmstash_index_entries", ("semantic",)): 9}
    assert merged["llmstash_hit_latency_seconds"] == {
        ("llmstash_hit_latency_seconds_bucket", ("1.0",)): 4,
        ("llmstash_hit_latency_seconds_bucket", ("+Inf",)): 7,
        ("llmstash_hit_latency_seconds_sum", ()): 1.5,
    }


# -- 2. money: small savings are not rounded away ---------------------------------------------


def test_a_scrape_and_the_periodic_write_at_once_do_not_collide(tmp_path: Path) -> None:
    """Both write this worker's file from a thread; through one temporary name, one's
    os.replace found the file already moved (FileNotFoundError: a failed scrape)."""
    registry = CollectorRegistry()
    Counter("llmstash_race", "x", registry=registry).inc()
    shared = Shared(tmp_path, registry)
    with ThreadPoolExecutor(8) as pool:
        for future in [pool.submit(shared.write) for _ in range(400)]:
            future.result()  # raises what the write raised
    assert b"llmstash_race" in shared.exposition()
    assert [p.name for p in tmp_path.iterdir()] == [shared.path.name]  # no temporary left


async def test_small_savings_add_up_exactly(
    team_proxy_factory: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prices = tmp_path / "real-prices.yaml"
    prices.write_text(f"models:\n  {EMBED}: {{input: 0.02}}\n")  # USD per 1M tokens
    monkeypatch.setenv("LLMSTASH_PRICES", str(prices))
    proxy: TeamProxy = await team_proxy_factory()
    client = proxy.team_client("alpha")
    first = await client.embeddings.create(model=EMBED, input="two words")
    tokens = first.usage.prompt_tokens
    assert 0 < tokens < 25  # worth less than one micro-USD
    for _ in range(5):
        await client.embeddings.create(model=EMBED, input="two words")
    expected_usd = 5 * tokens * 0.02 / 1e6
    m = await scrape(proxy.base)
    assert total(m["llmstash_saved_usd_total"], team="alpha") == pytest.approx(expected_usd)
    _, stats, _ = await proxy.admin("GET", "/admin/stats?minutes=2")
    alpha = stats["teams"]["alpha"]
    assert alpha["usd_nano_saved"] == 5 * tokens * 20
    assert alpha["usd_saved"] == pytest.approx(expected_usd)
    assert alpha["usd_micro_saved"] == pytest.approx(expected_usd * 1e6)  # older readers
    minute = next(p["teams"]["alpha"] for p in stats["series"] if "alpha" in p["teams"])
    assert minute["usd_micro_saved"] == pytest.approx(expected_usd * 1e6)


async def test_stats_written_in_micro_usd_by_older_versions_still_count(
    team_proxy: TeamProxy,
) -> None:
    store = raw_store(team_proxy.app[STORE])
    await store.hincrby(bucket_key(int(time.time() // 60)), {"beta|usd_micro_saved": 7}, 600)
    _, stats, _ = await team_proxy.admin("GET", "/admin/stats?minutes=2")
    assert stats["teams"]["beta"]["usd_nano_saved"] == 7000
    assert stats["teams"]["beta"]["usd_saved"] == pytest.approx(7e-6)


# -- 3 and 4. the proxy's own errors: Cache-Status, and a warning for upstream failures -------


@pytest.fixture
async def cut_off() -> AsyncIterator[Proxy]:
    """A proxy whose upstream is a port nobody listens on."""
    settings = load_settings(
        None, env={}, overrides={"upstream": {"url": f"http://127.0.0.1:{free_port()}/v1"}}
    )
    server = TestServer(build_app(settings), host="127.0.0.1")
    await server.start_server()
    proxy = Proxy(server.app, server, str(server.make_url("/v1")))
    yield proxy
    await server.close()


async def post(url: str, body: Any, **headers: str) -> tuple[int, str | None, Any]:
    headers = {"Authorization": "Bearer sk-secret-key-123", **headers}
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with aiohttp.ClientSession() as http, http.post(url, data=data, headers=headers) as r:
        return r.status, r.headers.get("Cache-Status"), await r.json()


async def test_upstream_failures_warn_once_per_kind_without_secrets(
    cut_off: Proxy, caplog: pytest.LogCaptureFixture
) -> None:
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "private words"}]}
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            status, cache_status, body = await post(cut_off.url + "/chat/completions", chat)
            assert status == 502 and body["error"]["code"] == "upstream_unreachable"
            assert cache_status == 'llmstash; fwd=miss; detail="upstream-unreachable"'
        status, cache_status, _ = await post(cut_off.url + "/embeddings", b"{not json")
        assert status == 400 and cache_status == 'llmstash; detail="invalid-request"'
        status, cache_status, _ = await post(
            cut_off.url + "/embeddings", {"model": EMBED, "input": "x"}
        )
        assert (status, cache_status) == (502, 'llmstash; fwd=miss; detail="upstream-unreachable"')
        async with aiohttp.ClientSession() as http, http.get(cut_off.url + "/models") as r:
            assert r.status == 502
            assert r.headers["Cache-Status"] == 'llmstash; fwd=miss; detail="upstream-unreachable"'
    lines = [r.getMessage() for r in caplog.records if r.name == "llmstash.upstream"]
    assert len(lines) == 3, lines  # one per route and kind, not one per request
    assert lines[0].startswith("upstream failure: route=chat team=default status=502 ")
    assert "reason=upstream_unreachable: upstream unreachable: Cannot connect" in lines[0]
    assert [line.split()[2] for line in lines] == [
        "route=chat",
        "route=embeddings",
        "route=passthrough",
    ]
    for line in lines:
        assert "secret" not in line and "private" not in line
    m = await scrape(str(cut_off.server.make_url("")).rstrip("/"))
    errors = total(m["llmstash_requests_total"], cache="error")
    assert errors == 6  # the 400 counted too (refused before its body was read)
    assert total(m["llmstash_requests_total"], cache="error", status="4xx") == 1
    assert total(m["llmstash_requests_total"], route="passthrough", cache="error") == 1


def test_left_out_warnings_are_counted(caplog: pytest.LogCaptureFixture) -> None:
    now = [0.0]
    warn = UpstreamWarnings(interval=10.0, clock=lambda: now[0])

    def fail(error: Exception, at: float, route: str = "chat") -> None:
        now[0] = at
        assert isinstance(error, UpstreamUnreachable | UpstreamTimeout)
        warn(Observation(route, "alpha", status=error.status, cache="error", error=error))

    unreachable = UpstreamUnreachable("upstream unreachable: http://user:pw@10.0.0.1/v1 refused")
    with caplog.at_level(logging.WARNING, logger="llmstash.upstream"):
        fail(unreachable, 0.0)
        fail(unreachable, 1.0)
        fail(UpstreamTimeout("upstream timed out"), 2.0)  # another kind: its own warning
        fail(unreachable, 5.0)
        fail(unreachable, 12.0)
        warn(Observation("chat", "alpha", status=200, cache="miss"))  # no error: nothing
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3
    assert "pw" not in lines[0] and "http://***@10.0.0.1/v1" in lines[0]
    assert "reason=upstream_timeout" in lines[1] and "more since" not in lines[1]
    assert lines[2].endswith("(2 more since the last warning)")


@pytest.fixture
async def stalled() -> AsyncIterator[Proxy]:
    """A proxy whose upstream never accepts a connection (its listen queue is full: the
    kernel drops the proxy's SYN), so each request ends in aiohttp's connect timeout, whose
    message names the URL, query string and all. Access log on."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    queued = []
    for _ in range(3):  # fill the queue
        queued.append(socket.socket())
        queued[-1].setblocking(False)
        with contextlib.suppress(BlockingIOError):
            queued[-1].connect(("127.0.0.1", port))
    overrides: dict[str, dict[str, Any]] = {
        "upstream": {"url": f"http://127.0.0.1:{port}/v1", "connect_timeout": 0.3},
        "server": {"access_log": True},
    }
    server = TestServer(build_app(load_settings(None, env={}, overrides=overrides)))
    await server.start_server(access_log=None)  # as `llmstash serve` runs: no aiohttp line
    yield Proxy(server.app, server, str(server.make_url("/v1")))
    await server.close()
    for sock in [*queued, listener]:
        sock.close()


# every spelling of a credential parameter that `proxy.tenancy` scopes by (and the upstream
# reads), after each separator a server may split at
LEAKY_QUERIES = [
    "access_token=SECRET-1",
    "subscription-key=SECRET-2",
    "x=1;api-key=SECRET-3",
    "api%2Dkey=SECRET-4",
    "api-version=1&API_KEY=SECRET-5",
    "Key=SECRET-6#frag",
    "%61ccess-token=SECRET-7",
]


async def test_upstream_failures_never_log_credential_parameters(
    stalled: Proxy, caplog: pytest.LogCaptureFixture
) -> None:
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello"}]}
    with caplog.at_level(logging.DEBUG):  # the throttled repeats are DEBUG lines
        for query in LEAKY_QUERIES:
            url = URL(f"{stalled.url}/chat/completions?{query}", encoded=True)
            async with aiohttp.ClientSession() as http, http.post(url, json=chat) as r:
                assert r.status == 504
                assert r.headers["Cache-Status"] == 'llmstash; fwd=miss; detail="upstream-timeout"'
                message = (await r.json())["error"]["message"]
            # nor the error body: clients log those too
            assert "Connection timeout to host" in message and "SECRET" not in message
    lines = [r.getMessage() for r in caplog.records if r.name == "llmstash.upstream"]
    assert len(lines) == len(LEAKY_QUERIES)
    assert "Connection timeout to host http://127.0.0.1:" in lines[0]
    assert "/v1/chat/completions?access_token=***" in lines[0]
    assert "?x=1;api-key=***" in lines[2]
    access = [r.getMessage() for r in caplog.records if r.name == "llmstash.access"]
    assert len(access) == len(LEAKY_QUERIES)
    text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert "SECRET" not in text


@pytest.mark.parametrize("name", sorted(CREDENTIAL_PARAMS | {"api_key", "access_token"}))
@pytest.mark.parametrize("separator", ["?", "&", ";"])
def test_every_credential_parameter_is_masked_in_upstream_warnings(
    name: str, separator: str, caplog: pytest.LogCaptureFixture
) -> None:
    # one list: what the proxy scopes by is what it masks, whichever way it is spelt
    warn = UpstreamWarnings()
    url = f"http://up/v1/embeddings?x=1{separator}{quote(name.upper(), safe='')}=sk-s3cret&y=2"
    if separator == "?":
        url = url.replace("?x=1?", "?")
    error = UpstreamTimeout(f"upstream timed out: Connection timeout to host {url}")
    with caplog.at_level(logging.WARNING, logger="llmstash.upstream"):
        warn(Observation("embeddings", "anon", status=504, cache="error", error=error))
    (line,) = [r.getMessage() for r in caplog.records]
    assert "sk-s3cret" not in line and "=***" in line and line.endswith("&y=2")


async def test_only_if_cached_miss_says_so(proxy: Proxy) -> None:
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "never asked"}]}
    status, cache_status, body = await post(
        proxy.url + "/chat/completions", chat, **{"Cache-Control": "only-if-cached"}
    )
    assert (status, body["error"]["code"]) == (504, "only_if_cached")
    assert cache_status == 'llmstash; detail="only-if-cached"'
    status, cache_status, _ = await post(proxy.url + "/chat/completions", b"{not json")
    assert (status, cache_status) == (400, 'llmstash; detail="invalid-request"')
    # the 504 is a lookup that missed, as asked: counted as a miss, not a proxy error
    requests = (await scrape(proxy.url.removesuffix("/v1")))["llmstash_requests_total"]
    assert total(requests, route="chat", cache="miss") == 1
    assert total(requests, route="chat", cache="error") == 1  # the bad JSON


# -- 5. one JSON access line per request, and no second aiohttp line -------------------------


async def test_every_request_gets_one_json_access_line(
    team_proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    proxy: TeamProxy = await team_proxy_factory(access_log=True)
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        models = await proxy.team_client("alpha").models.list()
        assert models.data
        async with aiohttp.ClientSession() as http:
            async with http.get(proxy.base + "/healthz") as r:
                assert r.status == 200
            async with http.get(proxy.base + "/nowhere?token=qzxq") as r:
                assert r.status == 404
        await proxy.team_client("beta").embeddings.create(model=EMBED, input="logged")

        def access() -> list[logging.LogRecord]:
            return [r for r in caplog.records if r.name == "llmstash.access"]

        # (a line is written once its answer is done, which the client may see first)
        await eventually(lambda: len(access()) >= 4)
    records = [json.loads(r.getMessage()) for r in access()]
    assert [(r["route"], r["status"]) for r in records] == [
        ("passthrough", 200),
        ("other", 200),
        ("other", 404),
        ("embeddings", 200),
    ]
    passthrough, health, unknown, embedded = records
    assert passthrough["team"] == "alpha" and passthrough["cache"] == "passthrough"
    assert (passthrough["method"], passthrough["path"]) == ("GET", "/v1/models")
    assert health["path"] == "/healthz" and unknown["path"] == "/nowhere"  # no query string
    assert embedded["team"] == "beta" and embedded["cache"] == "miss"
    assert "path" not in embedded
    # (a token that is not hex: request ids are, and held "abc" now and then)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert KEYS["alpha"] not in text and "qzxq" not in text and "logged" not in text


async def test_serve_logs_json_lines_only(upstream: FakeUpstream, tmp_path: Path) -> None:
    config = tmp_path / "llmstash.yaml"
    config.write_text("server:\n  access_log: true\n")
    process, port = await start_serve(
        "--upstream", upstream.url, "--config", str(config), stdout=subprocess.PIPE
    )
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/v1/models") as r:
                assert r.status == 200
    finally:
        process.terminate()
        out, err = await asyncio.wait_for(process.communicate(), 10)
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert [r["path"] for r in lines if r["route"] == "passthrough"] == ["/v1/models"]
    assert {r["path"] for r in lines if r["route"] == "other"} == {"/healthz"}
    assert "aiohttp.access" not in err.decode() and "GET /v1/models" not in err.decode()


# -- 6. store metrics with the memory store too ------------------------------------------------


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_memory_store_health_is_exported(team_proxy: TeamProxy) -> None:
    await team_proxy.team_client("alpha").embeddings.create(model=EMBED, input="held")
    m = await scrape(team_proxy.base)
    for name in ("errors", "timeouts", "short_circuits"):
        assert m[f"llmstash_store_{name}_total"] == [({"store": "memory"}, 0.0)]
    breaker = {labels["state"]: v for labels, v in m["llmstash_store_breaker_state"]}
    assert breaker == {"closed": 1.0, "open": 0.0, "half_open": 0.0}
    assert total(m["llmstash_store_bytes"], store="memory") > 0
    assert total(m["llmstash_store_max_bytes"], store="memory") >= total(
        m["llmstash_store_bytes"], store="memory"
    )


async def test_a_stream_its_client_left_is_logged_as_stored_once_the_drain_stores_it(
    team_proxy_factory: Callable[..., Any], upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    upstream.chunk_delay = 0.05
    proxy: TeamProxy = await team_proxy_factory(access_log=True)
    client = proxy.team_client("alpha")
    messages: Any = [{"role": "user", "content": "a b c d e f g h"}]
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        async with client.chat.completions.with_streaming_response.create(
            model="gpt-4o-mini", messages=messages, stream=True
        ) as response:
            async for _chunk in await response.parse():
                break  # leave after the first chunk: the proxy reads the rest and stores it
        for _ in range(100):
            if upstream.stream_outcomes:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)
        answer = await client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert upstream.stream_outcomes == ["done"]
    assert answer.choices[0].message.content == "echo 1: a b c d e f g h"
    # the stream's line: its client left (499), and the proxy read the rest and stored it
    assert [(r["status"], r["cache"], r["stored"]) for r in records] == [
        (499, "miss", True),
        (200, "hit", False),
    ]
    requests = (await scrape(proxy.base))["llmstash_requests_total"]
    assert total(requests, route="chat", cache="miss") == 1  # counted, though cut short


async def test_an_embeddings_request_its_client_left_is_logged_and_counted_as_499(
    team_proxy_factory: Callable[..., Any], upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    """A client that gives up during an embeddings miss ends its upstream call (it runs in
    the request's task): the access line and the request counter still see it, as a 499
    miss that stored nothing, and the next ask calls the upstream again."""
    proxy: TeamProxy = await team_proxy_factory(access_log=True)
    client = proxy.team_client("alpha")
    upstream.latency = 1.0
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        with pytest.raises(openai.APITimeoutError):
            await client.with_options(timeout=0.3, max_retries=0).embeddings.create(
                model="text-embedding-3-small", input=["left early"]
            )
        for _ in range(100):
            if any(r.name == "llmstash.access" for r in caplog.records):
                break
            await asyncio.sleep(0.05)
        upstream.latency = 0.0
        again = await client.embeddings.create(model="text-embedding-3-small", input=["left early"])
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [(r["status"], r["cache"], r["stored"]) for r in records] == [
        (499, "miss", False),
        (200, "miss", True),
    ]
    assert len(again.data[0].embedding) == upstream.embedding_dims
    # asked upstream twice: nothing of the first was stored
    assert [c.path for c in upstream.calls] == ["/v1/embeddings"] * 2
    requests = (await scrape(proxy.base))["llmstash_requests_total"]
    assert total(requests, route="embeddings", cache="miss") == 2


async def test_a_chat_request_its_client_left_during_the_lookup_is_logged_and_counted_as_499(
    team_proxy_factory: Callable[..., Any], upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    """The client gives up while the cache lookup is still out (a slow store): no cache
    outcome exists yet, and the request is still a 499 of its team and route, counted."""
    proxy: TeamProxy = await team_proxy_factory(access_log=True)
    store: Any = proxy.app[STORE]
    for name in ("get", "get_or_lock"):  # whichever the lookup uses on this store
        real = getattr(store, name)

        async def slow(*args: Any, real: Any = real) -> Any:
            await asyncio.sleep(0.5)
            return await real(*args)

        setattr(store, name, slow)
    client = proxy.team_client("alpha")
    messages: Any = [{"role": "user", "content": "left during the lookup"}]
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        with pytest.raises(openai.APITimeoutError):
            await client.with_options(timeout=0.2, max_retries=0).chat.completions.create(
                model="gpt-4o-mini", messages=messages
            )
        await asyncio.sleep(0.6)
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [(r["team"], r["route"], r["status"], r["error"]) for r in records] == [
        ("alpha", "chat", 499, "client_closed_request")
    ]
    assert upstream.calls_to("/v1/chat/completions") == []
    requests = (await scrape(proxy.base))["llmstash_requests_total"]
    assert total(requests, route="chat", team="alpha") == 1


async def test_a_stream_whose_client_is_gone_at_a_write_is_logged_as_499(
    team_proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The client's FIN is read in the same loop turn as an upstream event: the handler
    wakes before aiohttp cancels it, and its write fails instead. It left all the same."""
    upstream.chunk_delay = 0.2
    proxy: TeamProxy = await team_proxy_factory(access_log=True)
    requests: list[web.Request] = []
    real_live = respond.live

    async def live(request: web.Request, *args: Any, **kwargs: Any) -> web.StreamResponse:
        requests.append(request)  # (to reach the server side of the connection)
        return await real_live(request, *args, **kwargs)

    monkeypatch.setattr(respond, "live", live)
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "a b c d e f"}]}
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        async with aiohttp.ClientSession() as http:
            headers = {"Authorization": f"Bearer {KEYS['alpha']}"}
            async with http.post(
                proxy.base + "/v1/chat/completions", json=body | {"stream": True}, headers=headers
            ) as r:
                assert r.status == 200
                await r.content.readany()
                (flight,) = proxy.app[FLIGHTS].active.values()
                transport = requests[0].transport
                assert transport is not None
                flight.publish(b": ping\n\n", False)  # the handler is woken ...
                transport.close()  # ... and the client's FIN read in the same loop turn
                for _ in range(100):
                    if upstream.stream_outcomes:
                        break
                    await asyncio.sleep(0.05)
        await asyncio.sleep(0.2)
    assert upstream.stream_outcomes == ["done"]  # drained and stored
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [(r["status"], r["cache"], r["stored"]) for r in records] == [(499, "miss", True)]
    counted = (await scrape(proxy.base))["llmstash_requests_total"]
    assert total(counted, route="chat", status="4xx") == 1
