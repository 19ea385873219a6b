"""Every stored answer of a semantic team ends up indexed, end to end (openai SDK -> proxy
-> fake upstream, memory store and real redis-server): through a pooled Redis connection
that went stale, after its prompt's embedding failed (the next exact hit indexes it), after
a refresh (with its new expiry); a slow embedder only costs a miss its `embed_timeout`; a
team purge takes the team's prompts and vectors out of the semantic log and every index."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
import redis.asyncio

from proxy import versions
from proxy.appkeys import FLIGHTS, SEMANTIC, STORE, TENANCY
from proxy.semantic.log import Record
from proxy.settings import ConfigError
from proxy.settings_load import load_settings
from tests.proxy_fixtures import Proxy
from tests.redis_server import RedisServer
from tests.team_files import config_dir, eventually, hashed
from tests.upstream import BOW_MODEL, FakeUpstream

CHAT = "/v1/chat/completions"
EMB = "/v1/embeddings"
SEMANTIC_ON = f"""
  semantic:
    enabled: true
    embedding_model: {BOW_MODEL}
    dimensions: 256
"""
CONFIG = "defaults:" + SEMANTIC_ON
HIT = "llmstash; hit; detail=semantic; similarity=1.000"


async def ask(
    client: openai.AsyncOpenAI, text: str, headers: dict[str, str] | None = None
) -> tuple[str, str]:
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}], extra_headers=headers
    )
    return raw.parse().choices[0].message.content or "", raw.headers["cache-status"]


async def semantic_proxy(proxy_factory: Callable[..., Any], tmp_path: Path, config: str) -> Proxy:
    path = tmp_path / "llmstash.yaml"
    path.write_text(config)
    return await proxy_factory(config=path)  # type: ignore[no-any-return]


async def landed(proxy: Proxy) -> None:
    """Until every answer's store write has landed: a hit meanwhile is served from the
    write in flight, reading nothing and indexing nothing (seen on a loaded machine)."""
    await eventually(lambda: not proxy.app[FLIGHTS].active)


async def records(proxy: Proxy) -> list[Record]:
    return [record async for record in proxy.app[SEMANTIC].log.replay()]


# --- an answer that missed its recording is indexed later -------------------------------


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_an_answer_is_indexed_through_a_connection_redis_closed(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    redis_server: RedisServer,
    tmp_path: Path,
) -> None:
    """Redis closes connections idle past its `timeout` (and all of them when it restarts):
    the semantic log's next XADD, on such a pooled connection, reconnects and goes on."""
    proxy = await semantic_proxy(proxy_factory, tmp_path, CONFIG)
    client = proxy.client()
    await ask(client, "Describe how bees make honey")
    async with redis.asyncio.from_url(redis_server.url) as admin:
        await admin.config_set("timeout", 1)
    try:
        await asyncio.sleep(2.5)  # the log's pooled connection is closed by Redis
        answer, status = await ask(client, "Describe how spiders spin webs")
        assert status == "llmstash; fwd=miss; stored"
        await asyncio.sleep(0.2)
        again, status = await ask(client, "describe how spiders spin webs?")
    finally:
        async with redis.asyncio.from_url(redis_server.url) as admin:
            await admin.config_set("timeout", 0)
    assert (again, status) == (answer, HIT)
    assert len(upstream.calls_to(CHAT)) == 2


async def test_an_answer_whose_embedding_failed_is_indexed_by_its_next_exact_hit(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    proxy = await semantic_proxy(proxy_factory, tmp_path, CONFIG)
    client = proxy.client()
    upstream.fail_next(503)  # the prompt's embedding (asked before the chat call)
    answer, status = await ask(client, "How far away is the Moon")
    assert status == "llmstash; fwd=miss; stored"
    assert [c.path for c in upstream.calls] == [EMB, CHAT]
    await landed(proxy)
    assert (await ask(client, "How far away is the Moon"))[1] == "llmstash; hit"
    # indexed in the background, through the embedding path (a loaded machine may take a
    # while: a fixed sleep failed once beside four busy processes)
    await eventually(lambda: len(upstream.calls_to(EMB)) == 2)
    await asyncio.sleep(0.1)
    for _ in range(3):  # indexed now: further exact hits cost nothing more
        assert (await ask(client, "How far away is the Moon"))[1] == "llmstash; hit"
    await asyncio.sleep(0.1)
    assert len(upstream.calls_to(EMB)) == 2
    again, status = await ask(client, "how far away is the moon?")
    assert (again, status) == (answer, HIT)
    assert len(upstream.calls_to(CHAT)) == 1


async def test_a_refresh_indexes_its_answer_with_its_new_expiry(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    proxy = await semantic_proxy(proxy_factory, tmp_path, CONFIG + "  ttl: {chat: 1.5s}\n")
    client = proxy.client()
    await ask(client, "Name three famous painters")  # its row expires 1.5 s from now
    await asyncio.sleep(0.8)
    refreshed, status = await ask(
        client, "Name three famous painters", headers={"Cache-Control": "no-cache"}
    )
    assert status == "llmstash; fwd=request; stored"  # stored for 1.5 s more
    await asyncio.sleep(0.9)  # the first row has expired; the refreshed entry has not
    again, status = await ask(client, "name three famous painters?")
    assert (again, status) == (refreshed, HIT)
    assert len(upstream.calls_to(CHAT)) == 2


# --- a slow embedder ------------------------------------------------------------------------


async def test_a_slow_embedding_costs_a_miss_only_its_embed_timeout(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="llmstash.access")
    config = "server: {access_log: true}\ndefaults:" + SEMANTIC_ON + "    embed_timeout: 200ms\n"
    proxy = await semantic_proxy(proxy_factory, tmp_path, config)
    client = proxy.client()
    upstream.latency = 1.0  # every answer, the embedding's and the chat's
    started = time.monotonic()
    answer, status = await ask(client, "What is the tallest mountain in Africa")
    took = time.monotonic() - started
    assert status == "llmstash; fwd=miss; stored"
    assert 1.0 <= took < 1.6  # not 2 s: the chat call did not wait for the embedding
    assert [c.path for c in upstream.calls] == [EMB, CHAT]
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "llmstash.access"]
    assert [line.get("semantic") for line in lines if line.get("route") == "chat"] == [
        "embedding-timeout"
    ]
    # the embedding came late, but it came: the answer is indexed with it
    upstream.latency = 0
    await asyncio.sleep(0.2)
    again, status = await ask(client, "what is the tallest mountain in Africa?")
    assert (again, status) == (answer, HIT)


def test_embed_timeout_is_checked_with_the_other_bounds(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("defaults:\n  semantic: {embed_timeout: 0s}\n")
    with pytest.raises(ConfigError, match=r"semantic\.embed_timeout"):
        load_settings(path, env={})
    path.write_text("defaults:\n  semantic: {embed_timeout: 750ms}\n")
    assert load_settings(path, env={}).defaults.semantic.embed_timeout == 0.75


# --- a team purge ---------------------------------------------------------------------------


async def test_a_purge_takes_the_teams_prompts_out_of_the_log_and_every_index(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
    store_kind: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLMSTASH_ADMIN_TOKEN", "admin-secret")
    teams = {
        "alpha": f"credentials: {hashed('sk-alpha')}\n",
        "beta": f"credentials: {hashed('sk-beta')}\n",
    }
    config = config_dir(tmp_path, teams, CONFIG)
    replicas = [await proxy_factory(config=config)]
    if store_kind == "redis":  # a second replica, whose index follows the shared log
        replicas.append(await proxy_factory(config=config))
    first = replicas[0]
    await ask(first.client("sk-alpha"), "What is my secret project codename?")
    await ask(first.client("sk-beta"), "How do I bake sourdough bread?")
    await asyncio.sleep(0.2)
    for replica in replicas:
        assert replica.app[SEMANTIC].index.stats()["entries"] == 2

    async with aiohttp.ClientSession(headers={"Authorization": "Bearer admin-secret"}) as http:
        url = first.url.removesuffix("/v1") + "/admin/teams/alpha/purge"
        async with http.post(url) as response:
            assert response.status == 200
            assert (await response.json())["semantic_records"] == 1

    await asyncio.sleep(0.2)
    texts = [r.text for r in await records(first) if r.text]  # (alpha's purge record has none)
    assert texts == ["How do I bake sourdough bread?"]
    assert not [r for r in await records(first) if r.vector and r.entry_key.startswith("ls:alpha:")]
    if store_kind == "redis":  # a replica started now rebuilds without them too
        replicas.append(await proxy_factory(config=config))
    for replica in replicas:
        index = replica.app[SEMANTIC].index
        assert index.stats()["entries"] == 1
        (partition,) = index.partitions()
        assert index.size(partition) == 1
    # beta's answer still serves its paraphrases
    _, status = await ask(replicas[-1].client("sk-beta"), "how do I bake sourdough bread")
    assert status == HIT


# --- admin lookup and delete see what a semantic lookup would serve ---------------------------


async def test_admin_lookup_and_delete_reach_the_entry_a_paraphrase_is_served(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLMSTASH_ADMIN_TOKEN", "admin-secret")
    config = config_dir(tmp_path, {"alpha": f"credentials: {hashed('sk-alpha')}\n"}, CONFIG)
    proxy = await proxy_factory(config=config)
    client = proxy.client("sk-alpha")
    answer, _ = await ask(client, "How do I reset my password?")
    await asyncio.sleep(0.1)
    paraphrase = "how do I reset my password"
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": paraphrase}]}
    original = {**chat, "messages": [{"role": "user", "content": "How do I reset my password?"}]}
    base = proxy.url.removesuffix("/v1") + "/admin/teams/alpha/"
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer admin-secret"}) as http:
        async with http.post(base + "lookup", json={"chat": original}) as r:
            (stored,) = (await r.json())["entries"]
        async with http.post(base + "lookup", json={"chat": chat}) as r:
            found = await r.json()
        assert found["exists"] is False  # no exact entry ...
        semantic = found["semantic"]  # ... but this one would be served
        assert (semantic["entry"], semantic["similarity"]) == (stored["entry"], 1.0)
        assert semantic["completion"]["choices"][0]["message"]["content"] == answer
        async with http.post(base + "delete", json={"chat": chat}) as r:
            deleted = await r.json()
        assert (deleted["deleted"], deleted["entries"][-1]) == (1, stored["entry"])
        async with http.post(base + "lookup", json={"chat": chat}) as r:
            assert "semantic" not in await r.json()
    assert (await ask(client, paraphrase))[1] == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 2


@pytest.mark.parametrize("store_kind", ["memory", "redis"], indirect=True)
async def test_a_bump_during_an_exact_hit_does_not_file_the_old_answer_under_the_new_version(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """The hit's key carries the old version; an invalidation applied while it reads the
    store must not let its background indexing file that entry in the new version's
    partition (the same prompt would then be a semantic hit on the invalidated answer)."""
    proxy = await semantic_proxy(proxy_factory, tmp_path, CONFIG)
    client = proxy.client()
    upstream.fail_next(503)  # the first embedding fails: stored, not indexed
    _, status = await ask(client, "How far away is the Moon")
    assert status == "llmstash; fwd=miss; stored"
    await landed(proxy)  # else no store read for the invalidation below to race
    store, counters = proxy.app[STORE], proxy.app[TENANCY].counters
    real_get = store.get
    armed = [True]

    async def get(key: str) -> Any:
        value = await real_get(key)
        if armed and ":c:" in key:  # the poller applies an admin invalidate right now
            armed.clear()
            counters["defaults"] = await versions.bump(store, "defaults")
        return value

    store.get = get  # type: ignore[method-assign]
    assert (await ask(client, "How far away is the Moon"))[1] == "llmstash; hit"
    assert not armed  # the hit read the store, and the bump came during that read
    store.get = real_get  # type: ignore[method-assign]
    await asyncio.sleep(0.3)  # the hit's background indexing, and the log's tail
    after, status = await ask(client, "How far away is the Moon")
    assert status == "llmstash; fwd=miss; stored", (after, status)
    assert len(upstream.calls_to(CHAT)) == 2
