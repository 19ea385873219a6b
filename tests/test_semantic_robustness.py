"""The semantic cache is best effort and bounded, end to end (openai SDK -> proxy -> fake
upstream, real redis-server): whatever breaks the prompt's embedding makes a miss, never a
failed chat request; an answer gone from the store never hides a live one; each replica's
index holds at most `store.semantic_index_max_entries` rows."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import openai
import pytest
import redis.asyncio

from proxy.appkeys import SEMANTIC, STORE
from proxy.semantic.log import Record
from proxy.semantic.setup import STREAM_KEY
from tests.proxy_fixtures import Proxy
from tests.redis_server import RedisServer
from tests.team_files import config_dir, eventually, hashed
from tests.upstream import BOW_MODEL, FakeUpstream, expected_vector

CHAT = "/v1/chat/completions"
EMB = "/v1/embeddings"
DIMS = 256
CONFIG = f"""
defaults:
  semantic:
    enabled: true
    embedding_model: {BOW_MODEL}
    dimensions: {DIMS}
"""


@pytest.fixture
async def semantic_proxy(proxy_factory: Callable[..., Any], tmp_path: Path) -> Proxy:
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG)
    return await proxy_factory(config=config)  # type: ignore[no-any-return]


async def ask(client: openai.AsyncOpenAI, text: str, model: str = "gpt-4o-mini") -> tuple[str, str]:
    raw = await client.chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return raw.parse().choices[0].message.content or "", raw.headers["cache-status"]


# --- the verifier fails: a miss, never a failed request ---------------------------------


async def test_a_verifier_that_raises_is_a_miss(
    semantic_proxy: Proxy,
    upstream: FakeUpstream,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = semantic_proxy.client()
    await ask(client, "How do I reset my password?")
    await asyncio.sleep(0.05)

    def broken(*args: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("policies.semantic.choose", broken)
    answer, status = await ask(client, "how do I reset my password")  # same words: a candidate
    assert status == "llmstash; fwd=miss; stored"
    assert answer.endswith("how do I reset my password")
    assert len(upstream.calls_to(CHAT)) == 2
    assert "semantic verification failed" in caplog.text


# --- the prompt's embedding fails: a miss, never a failed request -----------------------


async def test_an_embedding_cut_off_mid_body_is_a_miss(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = semantic_proxy.client()
    upstream.cut_next_embeddings = True
    answer, status = await ask(client, "How do I reset my password?")
    assert status == "llmstash; fwd=miss; stored"
    assert answer.endswith("How do I reset my password?")
    assert (len(upstream.calls_to(EMB)), len(upstream.calls_to(CHAT))) == (1, 1)
    await asyncio.sleep(0.05)
    _, status = await ask(client, "How do I reset my password?")
    assert status == "llmstash; hit"  # the exact cache works as ever


async def test_a_vector_without_direction_is_a_miss_and_never_cached(
    semantic_proxy: Proxy, upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="llmstash.semantic")
    client = semantic_proxy.client()
    await ask(client, "Who wrote the novel Dune?")  # the partition now has rows to compare
    await asyncio.sleep(0.05)
    prompts = ["How do I reset my password?", "What is the capital of France?", "Why?"]
    upstream.broken_vectors.update(prompts)  # all NaN: an fp16 overflow upstream, say
    for prompt in prompts:
        answer, status = await ask(client, prompt)
        assert status == "llmstash; fwd=miss; stored"
        assert answer.endswith(prompt)
    assert (len(upstream.calls_to(EMB)), len(upstream.calls_to(CHAT))) == (4, 4)
    # one warning for the three requests, and no traceback in any of them
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "not finite" in warnings[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)

    # the upstream heals: the NaN vector was not kept in the embedding cache, so the same
    # text (in another partition: another model) is embedded again, and then indexed
    upstream.broken_vectors.clear()
    await ask(client, prompts[0], model="gpt-4o")
    assert len(upstream.calls_to(EMB)) == 5
    await asyncio.sleep(0.05)
    _, status = await ask(client, "how do I reset my password", model="gpt-4o")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert len(upstream.calls_to(CHAT)) == 5


async def test_a_vector_of_other_dimensions_is_a_miss_and_leaves_the_partition_usable(
    semantic_proxy: Proxy, upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    """An embedder that ignores `dimensions` once: that prompt is a miss, its vector is
    neither cached nor indexed, and it does not fix the partition's width, so the
    right-sized rows after it are still found."""
    caplog.set_level(logging.WARNING, logger="llmstash.semantic")
    client = semantic_proxy.client()
    upstream.ignore_dimensions = True  # 16 wide, not 256
    _, status = await ask(client, "Who wrote the novel Dune?")
    assert status == "llmstash; fwd=miss; stored"
    assert any("16 dimensions, not 256" in r.getMessage() for r in caplog.records)
    upstream.ignore_dimensions = False
    await ask(client, "How do I reset my password?")
    await asyncio.sleep(0.05)
    _, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_an_embedder_whose_vectors_change_length_keeps_each_length_usable(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """Without `dimensions` in the policy nothing says which length is right: an embedder
    that answers 8 wide once (a gateway misrouting to another model, say) and 16 wide after
    that leaves both lengths' rows usable, each searched by vectors of its own length (the
    old index fixed the partition at the first row's 8, and refused every 16-wide row until
    that one expired)."""
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG.replace(f"    dimensions: {DIMS}\n", ""))
    proxy = await proxy_factory(config=config)
    client = proxy.client()
    upstream.embedding_dims = 8
    assert (await ask(client, "Who wrote the novel Dune?"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    upstream.embedding_dims = 16
    assert (await ask(client, "How do I reset my password?"))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    _, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    _, status = await ask(client, "who wrote the novel dune")  # 16 wide now: no 16-wide Dune
    assert status == "llmstash; fwd=miss; stored"
    upstream.embedding_dims = 8  # and back
    _, status = await ask(client, "WHO wrote the novel Dune")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert len(upstream.calls_to(CHAT)) == 3
    stats = proxy.app[SEMANTIC].index.stats()
    assert (stats["partitions"], stats["entries"], stats["mixed"]) == (1, 3, 1)


# --- a candidate whose answer is gone ------------------------------------------------------


async def test_a_gone_best_candidate_gives_way_to_the_next(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
) -> None:
    config = config_dir(tmp_path, {"alpha": f"credentials: {hashed('sk-alpha')}\n"}, CONFIG)
    proxy = await proxy_factory(config=config)
    client = proxy.client("sk-alpha")
    upstream.latency = 0.2  # asked at once, neither answers the other: both are indexed
    phrasings = ("How do I reset my password?", "how do i reset my password")
    answers = await asyncio.gather(*(ask(client, text) for text in phrasings))
    assert [status for _, status in answers] == ["llmstash; fwd=miss; stored"] * 2
    upstream.latency = 0
    await asyncio.sleep(0.05)
    index = proxy.app[SEMANTIC].index
    (partition,) = index.partitions()
    query = "How do I reset my password"
    vector = expected_vector(BOW_MODEL, query, DIMS)
    best, other = index.search(partition, vector, 2, time.time())  # both at similarity 1

    # the best one's answer goes (as it would by eviction; an admin delete of its request
    # would take the other too, which a semantic lookup of it would serve next)
    assert await proxy.app[STORE].delete([best.entry_key]) == 1

    answer, status = await ask(client, query)
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert answer == answers[phrasings.index(other.text)][0]
    assert len(upstream.calls_to(CHAT)) == 2
    # and the dead row left this replica's index
    assert [m.entry_key for m in index.search(partition, vector, 2, time.time())] == [
        other.entry_key
    ]


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_rows_stay_while_redis_is_down(
    semantic_proxy: Proxy, upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    """A fail-open store reads None for everything while Redis is down: that says nothing
    about the entries, so no row may leave the index for it."""
    client = semantic_proxy.client()
    await ask(client, "How do I reset my password?")
    index = semantic_proxy.app[SEMANTIC].index
    await eventually(lambda: index.stats()["entries"] == 1)  # (the row is added after the answer)
    redis_server.kill()  # the lookup embeds through the upstream, finds the row, reads None
    _, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; fwd=miss"
    assert index.stats()["entries"] == 1


# --- the index is bounded -----------------------------------------------------------------

TOPICS = [
    "What is the capital of France?",
    "How do I bake sourdough bread?",
    "Who wrote the novel Dune?",
    "How tall is Mount Everest?",
    "How do I reset my password?",
]


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_the_shared_log_is_trimmed_to_what_a_rebuild_keeps(
    proxy_factory: Callable[..., Any], redis_server: RedisServer
) -> None:
    """The Redis stream every replica rebuilds from holds about twice the index cap, not a
    fixed million vectors (6 GB at 1,536 dimensions, beyond a cache's maxmemory)."""
    proxy = await proxy_factory(semantic_index_max_entries=3)
    log_ = proxy.app[SEMANTIC].log
    vector = np.ones(4, dtype=np.float32).tobytes()
    for i in range(500):
        await log_.append(Record("p", f"k{i}", vector, "text", time.time() + 60))
    client = redis.asyncio.from_url(redis_server.url)
    try:
        length = await client.xlen(STREAM_KEY)
    finally:
        await client.aclose()
    assert length <= 2 * 3 + 100  # MAXLEN ~ trims whole nodes (100 records each)


async def test_the_index_keeps_the_newest_rows_within_its_cap(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG)
    proxy = await proxy_factory(config=config, semantic_index_max_entries=3)
    client = proxy.client()
    for topic in TOPICS:
        assert (await ask(client, topic))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    stats = proxy.app[SEMANTIC].index.stats()
    assert (stats["entries"], stats["evicted"]) == (3, 2)
    _, status = await ask(client, TOPICS[-1].lower().rstrip("?"))  # among the newest
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    _, status = await ask(client, TOPICS[0].lower().rstrip("?"))  # the oldest went
    assert status == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == len(TOPICS) + 1
