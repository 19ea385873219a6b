"""`/metrics`, `/admin/stats`, debugging headers, the access log and the price table, after a
scripted mix of traffic through the openai SDK; expected numbers come from the upstream's
own usage figures."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from proxy.appkeys import STORE, TENANCY
from proxy.metrics import MAX_MODELS
from proxy.prices import PriceTable, load_prices, read_prices
from proxy.settings import ConfigError
from tests.savings import CHAT_MODEL, KEYS, OTHER_KEY, TeamProxy, scripted_traffic
from tests.upstream import FakeUpstream

TEAMS = ("alpha", "beta", "default")


async def scrape(proxy: TeamProxy) -> tuple[str, dict[str, list[tuple[dict[str, str], float]]]]:
    async with aiohttp.ClientSession() as http, http.get(proxy.base + "/metrics") as r:
        assert r.status == 200
        assert r.headers["Content-Type"].startswith("text/plain")
        text = await r.text()
    samples: dict[str, list[tuple[dict[str, str], float]]] = defaultdict(list)
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[sample.name].append((sample.labels, sample.value))
    return text, samples


def total(samples: list[tuple[dict[str, str], float]], **labels: str | tuple[str, ...]) -> float:
    def match(have: dict[str, str]) -> bool:
        return all(have.get(k) in (v if isinstance(v, tuple) else (v,)) for k, v in labels.items())

    return sum(value for have, value in samples if match(have))


async def test_metrics_and_stats_agree_with_the_upstream_usage(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    expected = await scripted_traffic(team_proxy, upstream)
    text, m = await scrape(team_proxy)
    status, stats, _ = await team_proxy.admin("GET", "/admin/stats?minutes=5")
    assert status == 200
    assert sorted(stats["teams"]) == sorted(TEAMS)
    for team in TEAMS:
        exp = expected.counts[team]
        got = stats["teams"][team]
        for counter in (
            "requests",
            "hits",
            "misses",
            "partial_hits",
            "coalesced",
            "prompt_tokens_saved",
            "completion_tokens_saved",
            "usd_micro_saved",
        ):
            assert got[counter] == exp[counter], (team, counter)
        assert got["hit_rate"] == pytest.approx(exp["hits"] / exp["requests"])
        assert got["usd_saved"] == pytest.approx(exp["usd_micro_saved"] / 1e6)
        # the same numbers from Prometheus
        requests = m["llmstash_requests_total"]
        assert total(requests, team=team) == exp["requests"]
        assert total(requests, team=team, cache=("hit", "semantic_hit")) == exp["hits"]
        assert total(requests, team=team, cache="partial") == exp["partial_hits"]
        tokens = m["llmstash_tokens_saved_total"]
        assert total(tokens, team=team, kind="prompt") == exp["prompt_tokens_saved"]
        assert total(tokens, team=team, kind="completion") == exp["completion_tokens_saved"]
        usd = total(m["llmstash_saved_usd_total"], team=team)
        assert usd == pytest.approx(exp["usd_micro_saved"] / 1e6, abs=1e-9)
        coalesced = total(m["llmstash_coalesced_requests_total"], team=team)
        assert coalesced == exp["coalesced"]
        hits_latency = total(m["llmstash_hit_latency_seconds_count"], team=team)
        assert hits_latency == exp["hits"]
    assert expected.counts["alpha"]["usd_micro_saved"] > 0
    assert total(m["llmstash_embedding_items_total"], team="alpha", source="cache") == 3
    assert total(m["llmstash_embedding_items_total"], team="alpha", source="upstream") == 3
    # the series adds up to the totals
    series_hits = sum(p["teams"].get("alpha", {}).get("hits", 0) for p in stats["series"])
    assert series_hits == expected.counts["alpha"]["hits"]

    # bounded labels: no credential, key hash, scope digest or prompt text
    tenancy_hashes = [team_proxy.app[TENANCY].key_hash(k) for k in (*KEYS.values(), OTHER_KEY)]
    for secret in (*KEYS.values(), OTHER_KEY, *tenancy_hashes, "hello alpha", "fish"):
        assert secret not in text
    values = {v for samples in m.values() for labels, _ in samples for v in labels.values()}
    assert not [v for v in values if re.search(r"[0-9a-f]{16}", v)]
    assert {labels["model"] for labels, _ in m["llmstash_requests_total"]} == {
        CHAT_MODEL,
        "text-embedding-3-small",
    }


async def test_passthrough_requests_are_counted_without_their_paths(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    alpha = team_proxy.team_client("alpha")
    models = await alpha.models.list()
    assert models.data
    headers = {"Authorization": f"Bearer {KEYS['beta']}"}
    async with aiohttp.ClientSession() as http:
        for path in ("/v1/files/file-abc123?status=404", "/v1/batches/batch_9f8e7d?status=429"):
            async with http.get(team_proxy.base + path, headers=headers) as r:
                assert r.status in (404, 429)
                assert r.headers["x-upstream-echo"] == "1"  # the upstream's own answer
        async with http.post(team_proxy.base + "/v1/responses", json={"x": 1}) as r:
            assert r.status == 200  # anonymous
    assert len(upstream.calls) == 4
    text, m = await scrape(team_proxy)
    passthrough = [
        (labels, value)
        for labels, value in m["llmstash_requests_total"]
        if labels["route"] == "passthrough"
    ]
    assert sorted((labels["team"], labels["status"], value) for labels, value in passthrough) == [
        ("alpha", "2xx", 1.0),
        ("anon", "2xx", 1.0),
        ("beta", "4xx", 2.0),
    ]
    assert {(labels["cache"], labels["model"]) for labels, _ in passthrough} == {
        ("passthrough", "")
    }
    latency = m["llmstash_upstream_latency_seconds_count"]
    assert total(latency, route="passthrough") == 4
    for piece in ("/v1/", "file-abc123", "batch_9f8e7d", "responses", "?status"):
        assert piece not in text  # no path is a label


async def test_metrics_token_guards_the_scrape_when_set(
    team_proxy_factory: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLMSTASH_METRICS_TOKEN", "scrape-secret")
    proxy = await team_proxy_factory()
    await proxy.team_client("alpha").embeddings.create(model="text-embedding-3-small", input="m")
    answers = []
    async with aiohttp.ClientSession() as http:
        for auth in (None, "Bearer wrong", "Basic scrape-secret", "Bearer scrape-secret"):
            headers = {"Authorization": auth} if auth else {}
            async with http.get(proxy.base + "/metrics", headers=headers) as r:
                answers.append((r.status, r.headers.get("WWW-Authenticate"), await r.text()))
    for status, challenge, body in answers[:3]:
        assert status == 401 and challenge == 'Bearer realm="llmstash metrics"'
        assert json.loads(body)["error"]["code"] == "invalid_metrics_token"
        assert "llmstash_requests_total" not in body
    status, _, body = answers[3]
    assert status == 200 and 'team="alpha"' in body


async def test_store_health_and_index_sizes_are_exported(team_proxy: TeamProxy) -> None:
    _, m = await scrape(team_proxy)
    store = team_proxy.app[STORE]
    indexes = [labels["index"] for labels, _ in m["llmstash_index_entries"]]
    if store.name == "redis":
        assert total(m["llmstash_store_errors_total"], store="redis") == 0
        assert total(m["llmstash_store_breaker_state"], state="closed") == 1
        assert total(m["llmstash_store_breaker_state"], state="open") == 0
        assert indexes == ["semantic"]
    else:
        assert indexes == ["memory_store", "semantic"]


async def test_hits_carry_entry_id_and_tokens_saved(team_proxy: TeamProxy) -> None:
    client = team_proxy.team_client("alpha")
    body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "debug me"}]}
    miss = await client.chat.completions.with_raw_response.create(**body)
    assert "x-llmstash-entry" not in miss.headers
    assert "x-llmstash-tokens-saved" not in miss.headers
    usage = miss.parse().usage
    hit = await client.chat.completions.with_raw_response.create(**body)
    assert hit.headers["x-llmstash-tokens-saved"] == (
        f"{usage.prompt_tokens}+{usage.completion_tokens}"
    )
    _, found, _ = await team_proxy.admin("POST", "/admin/teams/alpha/lookup", json={"chat": body})
    entry = hit.headers["x-llmstash-entry"]
    assert re.fullmatch(r"[0-9a-f]{16}", entry) and found["entries"][0]["entry"] == entry

    await client.embeddings.create(model="text-embedding-3-small", input="a b c")
    partial = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["a b c", "d e"]
    )
    assert partial.headers["x-llmstash-tokens-saved"] == "3+0"
    assert len(partial.headers["x-llmstash-entry"].split(",")) == 1


async def test_every_answer_carries_a_request_id(
    team_proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """The upstream's on what it answered; one of ours (`req_llmstash_`, new each time) on
    hits and on the proxy's own errors; the access line carries the same id."""
    proxy = await team_proxy_factory(access_log=True)
    client = proxy.team_client("alpha")
    body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "which request"}]}
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        miss = await client.chat.completions.with_raw_response.create(**body)
        hits = [await client.chat.completions.with_raw_response.create(**body) for _ in range(2)]
        streamed = await client.chat.completions.with_raw_response.create(**body, stream=True)
        async for _ in streamed.parse():
            pass
        async with aiohttp.ClientSession() as http:
            async with http.post(
                proxy.base + "/v1/chat/completions",
                data=b"{not json",
                headers={"Authorization": f"Bearer {KEYS['alpha']}"},
            ) as bad:
                assert bad.status == 400
                bad_id = bad.headers["x-request-id"]
    ids = [r.headers["x-request-id"] for r in (miss, *hits, streamed)]
    assert re.fullmatch(r"req_[0-9a-f]{32}", ids[0])  # the upstream's, passed through
    for ours in (*ids[1:], bad_id):
        assert re.fullmatch(r"req_llmstash_[0-9a-f]{24}", ours), ours
    assert len({*ids, bad_id}) == 5
    assert hits[0].parse()._request_id == ids[1]  # what the SDK shows the application
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [r.get("request_id") for r in records] == [*ids, bad_id]


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)  # shared through Redis
async def test_stats_are_shared_across_replicas(
    team_proxy_factory: Callable[..., Any],
) -> None:
    one, two = await team_proxy_factory(), await team_proxy_factory()
    for proxy in (one, two):
        client = proxy.team_client("beta")
        for _ in range(2):
            await client.chat.completions.create(
                model=CHAT_MODEL, messages=[{"role": "user", "content": "shared"}]
            )
    await asyncio.sleep(1.3)  # the other replica's flush interval
    _, stats, _ = await one.admin("GET", "/admin/stats?minutes=2")
    beta = stats["teams"]["beta"]
    assert (beta["requests"], beta["hits"], beta["misses"]) == (4, 3, 1)


async def test_access_log_is_json_without_prompts(
    team_proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    proxy = await team_proxy_factory(access_log=True)
    client = proxy.team_client("alpha")
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        for _ in range(2):
            await client.chat.completions.create(
                model=CHAT_MODEL, messages=[{"role": "user", "content": "secret prompt words"}]
            )
    lines = [r.getMessage() for r in caplog.records if r.name == "llmstash.access"]
    records = [json.loads(line) for line in lines]
    assert [r["cache"] for r in records] == ["miss", "hit"]
    hit = records[1]
    assert hit["team"] == "alpha" and hit["route"] == "chat" and hit["model"] == CHAT_MODEL
    assert hit["status"] == 200 and hit["latency_ms"] >= 0
    assert hit["prompt_tokens_saved"] == 3 and hit["completion_tokens_saved"] > 0
    for line in lines:
        assert "secret" not in line and "echo" not in line and KEYS["alpha"] not in line


async def test_access_log_is_off_by_default(
    team_proxy: TeamProxy, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        await team_proxy.team_client("alpha").embeddings.create(
            model="text-embedding-3-small", input="quiet"
        )
    assert not [r for r in caplog.records if r.name == "llmstash.access"]


# -- the price table ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "price"),
    [
        ("gpt-4o-mini", (0.15, 0.60)),
        ("gpt-4o-mini-2024-07-18", (0.15, 0.60)),  # the longest glob wins
        ("gpt-4o-2024-08-06", (2.50, 10.00)),
        ("gpt-4o-2024-05-13", (5.00, 15.00)),  # an exact name beats every glob
        ("text-embedding-3-small", (0.02, 0.0)),
        ("o3-mini", (1.10, 4.40)),
        ("my-local-llama", None),
    ],
)
def test_shipped_prices(model: str, price: tuple[float, float] | None) -> None:
    found = load_prices(env={}).price(model)
    assert (None if found is None else (found.input, found.output)) == price


def test_price_override_replaces_model_by_model(tmp_path: Path) -> None:
    path = tmp_path / "prices.yaml"
    path.write_text("models:\n  gpt-4o-mini: {input: 1, output: 2}\n  my-llama*: {input: 0.5}\n")
    table = load_prices(env={"LLMSTASH_PRICES": str(path)})
    assert table.nano_usd("gpt-4o-mini", 10, 5) == 20_000
    assert table.nano_usd("my-llama-70b", 10, 5) == 5_000
    assert table.nano_usd("gpt-4o", 1_000_000, 0) == 2_500_000_000  # shipped entries stay
    assert table.nano_usd("text-embedding-3-small", 2, 0) == 40  # not rounded to 0
    assert PriceTable({}).nano_usd("gpt-4o", 10, 10) == 0


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("models: [1, 2]", "expected a mapping"),
        ("models:\n  gpt-x: {input: -1}\n", "'models.gpt-x.input' must be a number >= 0"),
        ("models:\n  gpt-x: {inptu: 1}\n", "'models.gpt-x' must be"),
        ("models: {a: [", "not valid YAML"),
    ],
)
def test_bad_price_files_name_the_file_and_model(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        read_prices(path)
    assert str(path) in str(error.value) and problem in str(error.value)


async def test_model_label_is_bounded(team_proxy: TeamProxy) -> None:
    client = team_proxy.team_client("beta")
    for i in range(MAX_MODELS + 5):
        await client.embeddings.create(model=f"custom-embedder-{i}", input="x")
    _, m = await scrape(team_proxy)
    models = {labels["model"] for labels, _ in m["llmstash_requests_total"]}
    assert len(models) == MAX_MODELS + 1 and "other" in models
    assert total(m["llmstash_requests_total"], model="other") == 5


async def test_refused_requests_never_use_up_model_labels(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    # a caller the upstream refuses (no key, made-up model names) must not take the labels
    # of the models answered later: it is counted under "other"
    upstream.fail_next(401, times=MAX_MODELS)
    async with aiohttp.ClientSession() as http:
        for i in range(MAX_MODELS):
            body = {"model": f"made-up-{i}", "messages": [{"role": "user", "content": "x"}]}
            async with http.post(team_proxy.url + "/chat/completions", json=body) as r:
                assert r.status == 401
    client = team_proxy.team_client("alpha")
    messages = [{"role": "user", "content": "labelled"}]
    await client.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    await client.chat.completions.create(model="gpt-4o", messages=messages)  # type: ignore[arg-type]
    upstream.fail_next(401)  # once labelled, a model keeps its label whatever the answer
    async with aiohttp.ClientSession() as http:
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": "refused"}]}
        async with http.post(team_proxy.url + "/chat/completions", json=body) as r:
            assert r.status == 401
    _, m = await scrape(team_proxy)
    requests = m["llmstash_requests_total"]
    assert total(requests, model="other") == MAX_MODELS
    assert total(requests, model="other", team="anon", status="4xx") == MAX_MODELS
    assert total(requests, model="gpt-4o", team="alpha", cache=("miss", "hit")) == 2
    assert total(requests, model="gpt-4o", team="anon", status="4xx") == 1
    assert not any(labels["model"].startswith("made-up") for labels, _ in requests)


async def test_a_model_refused_before_its_label_gets_it_afterwards(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    # the same labels twice ("other" while it has none), then its label: every observation
    # of it is counted under the label it has at that moment
    async with aiohttp.ClientSession() as http:
        for prompt in ("refused", "refused again", "answered", "refused at last"):
            if prompt.startswith("refused"):
                upstream.fail_next(401)
            body = {"model": "gpt-4o", "messages": [{"role": "user", "content": prompt}]}
            async with http.post(team_proxy.url + "/chat/completions", json=body) as r:
                assert r.status == (200 if prompt == "answered" else 401)
    _, m = await scrape(team_proxy)
    requests = m["llmstash_requests_total"]
    assert total(requests, model="other", status="4xx") == 2
    assert total(requests, model="gpt-4o", status="4xx") == 1
    assert total(requests, model="gpt-4o", status="2xx") == 1
    assert len(upstream.calls) == 4


async def test_grafana_dashboard_uses_exported_metrics(team_proxy: TeamProxy) -> None:
    text, _ = await scrape(team_proxy)
    exported = set(re.findall(r"^# TYPE (llmstash_\w+) ", text, re.M))
    dashboard = json.loads(
        (Path(__file__).parent.parent / "deploy/grafana-dashboard.json").read_text()
    )
    queries = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    used = {
        re.sub(r"_(total|bucket|count|sum)$", "", n)
        for q in queries
        for n in re.findall(r"llmstash_\w+", q)
    }
    exported = {re.sub(r"_total$", "", n) for n in exported}
    assert not used - exported  # with either store: the memory store exports its health too


async def test_a_streamed_miss_is_logged_as_stored(
    team_proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    # its Cache-Status leaves before its end (`fwd=miss`), its access line after: stored
    proxy = await team_proxy_factory(access_log=True)
    client = proxy.team_client("alpha")
    body = {"model": CHAT_MODEL, "messages": [{"role": "user", "content": "stream me"}]}
    with caplog.at_level(logging.INFO, logger="llmstash.access"):
        stream = await client.chat.completions.with_raw_response.create(**body, stream=True)
        assert stream.headers["cache-status"] == "llmstash; fwd=miss"
        async for _ in stream.parse():
            pass
        hit = await client.chat.completions.with_raw_response.create(**body)
        assert hit.headers["cache-status"] == "llmstash; hit"
    records = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [(r["cache"], r["stored"]) for r in records] == [("miss", True), ("hit", False)]
