"""Semantic response cache end to end: openai SDK -> proxy -> fake upstream, whose
"bow-embed" model is a deterministic bag of words (same words: cosine 1)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest

from policies.semantic import Candidate, SemanticPolicy
from proxy.appkeys import TENANCY
from proxy.semantic import cache as semantic_cache
from proxy.semantic.cache import SYNC_WAIT, THREAD_CHARS
from proxy.semantic.log import IndexSync
from tests.proxy_fixtures import Proxy
from tests.team_files import config_dir, eventually, hashed, write_atomically
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"
EMB = "/v1/embeddings"
CONFIG = """
defaults:
  semantic:
    enabled: true
    embedding_model: bow-embed
    dimensions: 256
"""


@pytest.fixture
async def semantic_proxy(proxy_factory: Callable[..., Any], tmp_path: Path) -> Proxy:
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG)
    return await proxy_factory(config=config)  # type: ignore[no-any-return]


async def ask(client: openai.AsyncOpenAI, text: str, **kwargs: Any) -> tuple[str, str]:
    messages = kwargs.pop("messages", None) or [{"role": "user", "content": text}]
    raw = await client.chat.completions.with_raw_response.create(
        model=kwargs.pop("model", "gpt-4o-mini"), messages=messages, **kwargs
    )
    return raw.parse().choices[0].message.content or "", raw.headers["cache-status"]


async def test_rephrased_prompt_is_a_semantic_hit(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = semantic_proxy.client()
    first, status = await ask(client, "How do I reset my password?")
    assert status == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)  # the index follows the semantic log
    again, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert again == first
    assert len(upstream.calls_to(CHAT)) == 1
    # the prompt embeddings went through the proxy's own embedding cache
    assert [c.json["model"] for c in upstream.calls_to(EMB)] == ["bow-embed", "bow-embed"]
    _, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"
    assert len(upstream.calls_to(EMB)) == 2  # the repeated text's embedding was cached


async def semantic_rows(proxy: Proxy) -> float | None:
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/metrics") as r:
            text = await r.text()
    for line in text.splitlines():
        if line.startswith('llmstash_index_entries{index="semantic"}'):
            return float(line.rsplit(" ", 1)[1])
    return None


async def test_the_semantic_index_size_is_exported(semantic_proxy: Proxy) -> None:
    # the rows cost memory beyond the store's budget: operators see how many there are
    assert await semantic_rows(semantic_proxy) == 0.0
    client = semantic_proxy.client()
    await ask(client, "How do I reset my password?")
    await ask(client, "What is the capital of France?")

    async def both() -> bool:
        return await semantic_rows(semantic_proxy) == 2.0

    await eventually(both, 2.0)


@pytest.mark.parametrize("store_kind", ["memory"])  # Redis evicts on its own: rows of gone
async def test_rows_of_answers_the_memory_store_dropped_go_with_them(  # answers go on lookup
    proxy_factory: Callable[..., Any], tmp_path: Path
) -> None:
    # the index would otherwise keep rows (KBs each) of answers evicted long ago, far past
    # the store's budget; only a lookup landing on one would drop it
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG + "store:\n  memory_max_bytes: 4000\n")
    proxy: Proxy = await proxy_factory(config=config)
    client = proxy.client()
    for n in range(8):
        await ask(client, f"Question number {n} about the {n}th planet of the solar system?")

    async def few() -> bool:
        rows = await semantic_rows(proxy)
        return rows is not None and 0 < rows <= 4

    await eventually(few, 2.0)


async def test_streamed_semantic_hit_is_replayed(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = semantic_proxy.client()
    first, _ = await ask(client, "What is the capital of France?")
    await asyncio.sleep(0.05)
    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "what is the capital of france"}],
        stream=True,
    ) as response:
        chunks = [c async for c in await response.parse()]
        status = response.headers["cache-status"]
    assert status.startswith("llmstash; hit; detail=semantic")
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == first


@pytest.mark.parametrize(
    "cached, incoming",
    [
        (
            "How do I enable two factor authentication on my account?",
            "How do I disable two factor authentication on my account?",
        ),
        ("Convert 32 F to C", "Convert 32 C to F"),
        ("Translate hello to French", "Translate hello to German"),
    ],
    ids=["negation", "direction", "target-language"],
)
async def test_near_misses_are_not_served(
    semantic_proxy: Proxy, upstream: FakeUpstream, cached: str, incoming: str
) -> None:
    client = semantic_proxy.client()
    await ask(client, cached)
    await asyncio.sleep(0.05)
    answer, status = await ask(client, incoming)
    assert status == "llmstash; fwd=miss; stored"
    assert answer.endswith(incoming)
    assert len(upstream.calls_to(CHAT)) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"model": "gpt-4o"},
        {
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "how do I reset my password"},
            ]
        },
        {"temperature": 0.5},
        {"api_key": "sk-other-team"},
        {"namespace": "other"},
        {"extra_query": {"api-version": "2024-10-21"}},
        {"extra_headers": {"OpenAI-Project": "proj_other"}},
    ],
    ids=["model", "system-prompt", "sampling", "team", "namespace", "query", "project"],
)
async def test_partitions_never_match(
    semantic_proxy: Proxy, upstream: FakeUpstream, change: dict[str, Any]
) -> None:
    await ask(semantic_proxy.client(), "How do I reset my password?")
    await asyncio.sleep(0.05)
    change = dict(change)
    client = semantic_proxy.client(change.pop("api_key", "sk-team-a"))
    namespace = change.pop("namespace", None)
    if namespace:
        change["extra_headers"] = {"X-Llmstash-Namespace": namespace}
    _, status = await ask(client, "how do I reset my password", **change)
    assert status == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_tool_results_are_not_semantically_cached(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = semantic_proxy.client()
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "weather?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "w", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
    ]
    await ask(client, "", messages=messages)
    assert upstream.calls_to(EMB) == []  # nothing embedded: exact cache only


async def test_semantic_entries_expire_with_their_ttl(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = semantic_proxy.client()
    await ask(client, "How do I reset my password?", extra_headers={"X-Llmstash-TTL": "1s"})
    await asyncio.sleep(1.3)
    _, status = await ask(client, "how do I reset my password")
    assert status == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_concurrent_identical_prompts_embed_once(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.latency = 0.2  # every upstream call, embeddings included, overlaps the others
    client = semantic_proxy.client()
    answers = await asyncio.gather(*(ask(client, "How do I reset my password?") for _ in range(5)))
    assert len({text for text, _ in answers}) == 1
    assert len(upstream.calls_to(EMB)) == 1  # one embedding of the prompt for all five
    assert len(upstream.calls_to(CHAT)) == 1


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_index_syncs_between_replicas(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    config = tmp_path / "llmstash.yaml"
    config.write_text(CONFIG)
    a = await proxy_factory(config=config)
    b = await proxy_factory(config=config)
    first, _ = await ask(a.client(), "How do I reset my password?")
    status = ""
    for i in range(20):  # b's index follows the shared stream: well within a second
        await asyncio.sleep(0.05)
        # a new spelling each time, so a miss here never becomes an exact hit later
        answer, status = await ask(b.client(), "how do I reset my password" + "!" * i)
        if "semantic" in status:
            break
    assert status.startswith("llmstash; hit; detail=semantic")
    assert answer == first
    # and a third replica started later rebuilds its index from the stream
    c = await proxy_factory(config=config)
    answer, status = await ask(c.client(), "HOW do I reset my password?")
    assert status.startswith("llmstash; hit; detail=semantic")


async def test_admin_removes_answers_near_a_prompt(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLMSTASH_ADMIN_TOKEN", "admin-secret")
    config = config_dir(
        tmp_path,
        {
            "alpha": f"credentials: {hashed('sk-alpha')}\n",
            "beta": f"credentials: {hashed('sk-beta')}\n",
        },
        CONFIG,
    )
    proxy = await proxy_factory(config=config)
    alpha, beta = proxy.client("sk-alpha"), proxy.client("sk-beta")
    for client in (alpha, beta):
        await ask(client, "How do I reset my password?")
        await ask(client, "How do I reset my password on the mobile app?")
        await ask(client, "What is the capital of France?")
    await asyncio.sleep(0.05)
    base = proxy.url[: -len("/v1")]
    async with aiohttp.ClientSession() as http:
        async with http.post(
            base + "/admin/teams/alpha/semantic-invalidate",
            json={"prompt": "how do I reset my password", "radius": 0.7},
            headers={
                "Authorization": "Bearer admin-secret",
                "X-Upstream-Authorization": "Bearer sk-alpha",
            },
        ) as r:
            assert r.status == 200, await r.text()
            result = await r.json()
    assert result["deleted"] == 2  # both password answers of alpha, not France, not beta's
    _, status = await ask(alpha, "How do I reset my password?")
    assert status == "llmstash; fwd=miss; stored"
    _, status = await ask(alpha, "What is the capital of France?")
    assert status == "llmstash; hit"
    _, status = await ask(beta, "How do I reset my password?")
    assert status == "llmstash; hit"


JUDGE_CONFIG = (
    CONFIG
    + """    verify:
      min_score: 0.999   # the classifier turns every paraphrase down: each is borderline
    judge:
      enabled: true
      model: judge-model
      min_score: 0.0
"""
)
PARAPHRASE = (
    "What are good tips for learning to swim as an adult?",
    "What are some good tips for an adult learning to swim?",
)


@pytest.fixture
async def judged_proxy(proxy_factory: Callable[..., Any], tmp_path: Path) -> Proxy:
    config = tmp_path / "llmstash.yaml"
    config.write_text(JUDGE_CONFIG)
    return await proxy_factory(config=config)  # type: ignore[no-any-return]


def judge_calls(upstream: FakeUpstream) -> list[Any]:
    return [c for c in upstream.calls_to(CHAT) if c.json["model"] == "judge-model"]


async def judge_metric(proxy: Proxy, verdict: str, source: str) -> float:
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/metrics") as r:
            text = await r.text()
    labels = f'source="{source}",team="default",verdict="{verdict}"'
    for line in text.splitlines():
        if line.startswith("llmstash_semantic_judge_total{") and labels in line:
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_judge_accepts_a_borderline_paraphrase_once(
    judged_proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.replies["judge-model"] = "Yes."
    client = judged_proxy.client()
    first, _ = await ask(client, PARAPHRASE[0])
    await asyncio.sleep(0.05)
    again, status = await ask(client, PARAPHRASE[1])
    assert status.startswith("llmstash; hit; detail=semantic; similarity=")
    assert status.endswith("; judged")
    assert again == first
    (call,) = judge_calls(upstream)
    asked = call.json["messages"][1]["content"]
    assert PARAPHRASE[0] in asked and PARAPHRASE[1] in asked
    assert asked.index(PARAPHRASE[0]) < asked.index(PARAPHRASE[1])  # A is the cached prompt
    assert call.headers["Authorization"] == "Bearer sk-team-a"
    # the verdict is cached: the same pair again asks no one
    _, status = await ask(client, PARAPHRASE[1])
    assert status.endswith("; judged")
    assert len(judge_calls(upstream)) == 1
    assert len(upstream.calls_to(CHAT)) == 2  # one answer, one judge call
    assert await judge_metric(judged_proxy, "yes", "upstream") == 1
    assert await judge_metric(judged_proxy, "yes", "cache") == 1


@pytest.fixture
def admin_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LLMSTASH_ADMIN_TOKEN", "admin-secret")
    return "admin-secret"


async def test_an_invalidation_asks_the_judge_again(
    admin_token: str, judged_proxy: Proxy, upstream: FakeUpstream
) -> None:
    """A wrong "yes" may be why an operator invalidated: its cached verdict must not come
    back once both prompts are cached again."""
    upstream.replies["judge-model"] = "Yes."
    client = judged_proxy.client()
    await ask(client, PARAPHRASE[0])
    await asyncio.sleep(0.05)
    assert (await ask(client, PARAPHRASE[1]))[1].endswith("; judged")
    admin = judged_proxy.url.removesuffix("/v1") + "/admin/teams/default/invalidate"
    async with aiohttp.ClientSession() as http:
        async with http.post(admin, headers={"Authorization": f"Bearer {admin_token}"}) as r:
            assert r.status == 200, await r.text()
    upstream.replies["judge-model"] = "No."  # the judge is fixed meanwhile
    assert (await ask(client, PARAPHRASE[0]))[1] == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    assert (await ask(client, PARAPHRASE[1]))[1] == "llmstash; fwd=miss; stored"
    assert len(judge_calls(upstream)) == 2


@pytest.mark.parametrize("reply", ["No.", "maybe", None], ids=["no", "unreadable", "error"])
async def test_judge_no_or_failure_is_a_miss(
    judged_proxy: Proxy, upstream: FakeUpstream, reply: str | None
) -> None:
    client = judged_proxy.client()
    await ask(client, PARAPHRASE[0])
    await asyncio.sleep(0.05)
    if reply is not None:
        upstream.replies["judge-model"] = reply
    # the incoming prompt's embedding is cached first, so a scripted fault hits the judge
    await client.embeddings.create(model="bow-embed", input=PARAPHRASE[1], dimensions=256)
    if reply is None:
        upstream.fail_next(500)
    answer, status = await ask(client, PARAPHRASE[1])
    assert status == "llmstash; fwd=miss; stored"
    assert answer.startswith("echo ")
    assert len(judge_calls(upstream)) == 1
    verdict, source = ("no", "upstream") if reply == "No." else ("no", "error")
    assert await judge_metric(judged_proxy, verdict, source) == 1


async def test_rule_rejections_never_reach_the_judge(
    judged_proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.replies["judge-model"] = "yes"
    client = judged_proxy.client()
    await ask(client, "How do I enable two factor authentication on my account?")
    await asyncio.sleep(0.05)
    _, status = await ask(client, "How do I disable two factor authentication on my account?")
    assert status == "llmstash; fwd=miss; stored"
    assert judge_calls(upstream) == []


def semantic_tails() -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks() if t.get_name() == "llmstash-semantic-tail"]


async def test_the_log_is_followed_only_once_a_team_uses_the_cache(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    # a proxy none of whose teams uses the semantic cache never reads the semantic log
    # (with Redis down, its tail warned every 2 s); enabled by a reload, the first lookup
    # starts following it
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults: {}\n")
    proxy: Proxy = await proxy_factory(config=config)
    client = proxy.client()
    assert (await ask(client, "How do I reset my password?"))[1] == "llmstash; fwd=miss; stored"
    assert semantic_tails() == []
    write_atomically(config, CONFIG)
    await eventually(lambda: proxy.app[TENANCY].settings.defaults.semantic.enabled)
    assert (await ask(client, "How do I reset my password?"))[1] == "llmstash; hit"
    assert (await ask(client, "how do I change my password"))[1] == "llmstash; fwd=miss; stored"
    assert len(semantic_tails()) == 1
    await asyncio.sleep(0.05)  # the index follows the log
    _, status = await ask(client, "How do I change my password?")
    assert status == "llmstash; hit; detail=semantic; similarity=1.000"


async def test_a_lookup_waits_for_a_slow_replay_only_briefly(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a replay that hangs (a frozen Redis, a huge log) must not hold requests up: they
    # search what the index has so far (here nothing: a miss)
    replaying = asyncio.Event()

    async def hanging_start(self: IndexSync) -> None:
        replaying.set()
        await asyncio.sleep(60)

    monkeypatch.setattr(IndexSync, "start", hanging_start)
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults: {}\n")
    proxy: Proxy = await proxy_factory(config=config)
    write_atomically(config, CONFIG)
    await eventually(lambda: proxy.app[TENANCY].settings.defaults.semantic.enabled)
    client = proxy.client()
    started = asyncio.get_running_loop().time()
    assert (await ask(client, "a first question"))[1] == "llmstash; fwd=miss; stored"
    assert replaying.is_set()
    waited = asyncio.get_running_loop().time() - started
    assert SYNC_WAIT - 0.2 < waited < SYNC_WAIT + 5, waited
    started = asyncio.get_running_loop().time()
    assert (await ask(client, "a second question"))[1] == "llmstash; fwd=miss; stored"
    assert asyncio.get_running_loop().time() - started < SYNC_WAIT / 2  # no second wait


async def test_a_prompt_is_embedded_per_project(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    # the prompt's embedding is asked for with the request's project headers: one project's
    # vector is not another's (its access to the embedding model may differ)
    a = semantic_proxy.client(project="proj_a")
    b = semantic_proxy.client(project="proj_b")
    assert (await ask(a, "How do I reset my password?"))[1] == "llmstash; fwd=miss; stored"
    assert (await ask(b, "How do I reset my password?"))[1] == "llmstash; fwd=miss; stored"
    embedded = upstream.calls_to(EMB)
    assert [c.headers.get("OpenAI-Project") for c in embedded] == ["proj_a", "proj_b"]
    assert len(upstream.calls_to(CHAT)) == 2


LONG = (
    "We run a payment service behind a queue. When the card processor has an outage, "
    "webhooks fail and our workers retry them. Describe how to configure the retry policy "
    "so that failed webhooks are delivered again after the outage, which limits to set for "
    "the number of attempts and the backoff between them in production, and how to alert "
    "on a growing backlog without paging anyone for a single slow delivery. "
)


async def test_long_prompts_are_verified_off_the_event_loop(
    semantic_proxy: Proxy, upstream: FakeUpstream
) -> None:
    # past THREAD_CHARS the verifier runs in a worker thread (it costs ~1 ms per 400
    # characters' pair): the same verdicts, a hit for the reworded prompt, a miss for a changed one
    assert 2 * len(LONG) > THREAD_CHARS  # the prompt and one candidate like it
    client = semantic_proxy.client()
    first, status = await ask(client, LONG)
    assert status == "llmstash; fwd=miss; stored"
    await asyncio.sleep(0.05)
    again, status = await ask(client, LONG.lower())
    assert status.startswith("llmstash; hit; detail=semantic")
    assert again == first
    changed = LONG.replace("number of attempts", "number of workers")
    answer, status = await ask(client, changed)
    assert status == "llmstash; fwd=miss; stored"
    assert answer.endswith(changed.strip()) or changed.strip() in answer
    assert len(upstream.calls_to(CHAT)) == 2


@pytest.mark.parametrize(
    ("prompt", "candidates", "threaded"),
    [
        ("short prompt", 4, False),  # the usual lookup: stays on the loop
        ("x" * 150, 4, True),  # short prompts, but four of them to refuse: ~1.5 ms
        ("x" * 150, 1, False),
        (LONG, 1, True),
    ],
)
async def test_verification_leaves_the_loop_by_the_work_of_all_candidates(
    prompt: str, candidates: int, threaded: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran_in: list[bool] = []
    real = semantic_cache.decide.choose

    def choose(*args: Any) -> Any:
        ran_in.append(threading.current_thread() is not threading.main_thread())
        return real(*args)

    monkeypatch.setattr(semantic_cache.decide, "choose", choose)
    rows = [Candidate(f"k{i}", prompt + f" {i}", 0.9) for i in range(candidates)]
    await semantic_cache._choose(prompt, rows, SemanticPolicy())
    assert ran_in == [threaded]
