"""Cache hits are what the upstream would have answered, as the openai SDK sees them; and
requests whose answer must come from the upstream never get one from the cache.

The fake upstream speaks today's api.openai.com stream (`openai_extras`): `service_tier`,
usage details, an `obfuscation` on every chunk, `n > 1` choices interleaved.
"""

from __future__ import annotations

import base64
import re
from typing import Any

import numpy as np
import openai
import orjson
import pytest
from openai.lib.streaming.chat import ChatCompletionStreamState
from pydantic import BaseModel

from policies.cacheability import CacheControl, CachePolicy, decide
from policies.semantic import SemanticPolicy, SemanticQuery
from policies.semantic import query as semantic_query
from proxy.keys import chat_key
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream, expected_vector

CHAT = "/v1/chat/completions"
EMBED = "/v1/embeddings"
MODEL = "gpt-4o-mini"
FIXED = "gpt-4o"  # answered with a fixed text, whichever call it is (see `fixed`)


@pytest.fixture
def modern(upstream: FakeUpstream) -> FakeUpstream:
    upstream.openai_extras = True
    upstream.replies[FIXED] = "the same answer every time"
    return upstream


def messages(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


async def plain(client: openai.AsyncOpenAI, **kwargs: Any) -> tuple[dict[str, Any], Any]:
    """(the JSON body the client got, its headers)."""
    raw = await client.chat.completions.with_raw_response.create(**kwargs)
    return orjson.loads(raw.content), raw.headers


async def chunks(client: openai.AsyncOpenAI, **kwargs: Any) -> tuple[list[Any], Any]:
    """(the SDK's chunks of a streamed answer, its headers)."""
    async with client.chat.completions.with_streaming_response.create(
        stream=True, **kwargs
    ) as response:
        return [chunk async for chunk in await response.parse()], response.headers


def accumulated(stream: list[Any], **state: Any) -> dict[str, Any]:
    """The completion the SDK's own accumulator makes of a stream's chunks (nulls left
    out: the SDK's models fill in every field they know)."""
    acc: ChatCompletionStreamState[Any] = ChatCompletionStreamState(**state)
    for chunk in stream:
        acc.handle_chunk(chunk)
    return without_nulls(acc.get_final_completion().model_dump())


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def unnumbered(value: Any) -> Any:
    """`value` without what differs between two upstream calls (id, created, call ids)."""
    text = orjson.dumps(value).decode()
    text = re.sub(r"chatcmpl-\d+", "chatcmpl-K", text)
    text = re.sub(r"call_\d+_", "call_K_", text)
    out = orjson.loads(text)
    if isinstance(out, dict):
        out.pop("created", None)
    return out


# --- streamed answers, stored and replayed --------------------------------------------------


async def test_streamed_answer_is_stored_as_the_upstream_answers_it_plain(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    """n=2 interleaved choices with logprobs, usage details, service_tier: the stored
    completion of a stream equals the upstream's own non-streamed answer, and carries no
    `obfuscation` (random padding of chunks, meaningless in a completion)."""
    client = proxy.client()
    ask = {"model": FIXED, "messages": messages("stream first"), "n": 2, "logprobs": True}
    ask["top_logprobs"] = 2
    live, h1 = await chunks(client, **ask)
    assert h1["cache-status"] == "llmstash; fwd=miss"
    assert all(c.obfuscation for c in live)
    assert [c.choices[0].index for c in live[:2]] == [0, 1], "interleaved"
    stored, h2 = await plain(client, **ask)
    assert h2["cache-status"] == "llmstash; hit"
    native, h3 = await plain(client, **ask, extra_headers={"Cache-Control": "no-store"})
    assert h3["cache-status"].startswith("llmstash; fwd=bypass")
    assert unnumbered(stored) == unnumbered(native)
    assert "obfuscation" not in orjson.dumps(stored).decode()
    assert stored["usage"]["completion_tokens_details"]["reasoning_tokens"] == 0
    assert stored["service_tier"] == "default"
    replay, h4 = await chunks(client, **ask)
    assert h4["cache-status"] == "llmstash; hit"
    assert accumulated(replay) == accumulated(live)
    assert len(modern.calls_to(CHAT)) == 2


async def test_plain_answer_replayed_as_a_stream_accumulates_to_it(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    """The SDK's accumulator makes of a replayed stream what the upstream answered plain,
    and what it makes of the upstream's own stream."""
    client = proxy.client()
    ask = {"model": FIXED, "messages": messages("plain first"), "n": 2, "logprobs": True}
    first, _ = await plain(client, **ask)
    replay, headers = await chunks(client, **ask, stream_options={"include_usage": True})
    assert headers["cache-status"] == "llmstash; hit"
    assert headers["content-type"] == "text/event-stream; charset=utf-8"  # as OpenAI's
    assert all(c.service_tier == "default" and c.system_fingerprint for c in replay)
    replayed = accumulated(replay)
    assert replayed["usage"] == first["usage"]
    for choice in first["choices"]:  # an empty list a stream never carries: as streamed
        assert choice["message"].pop("annotations") == []
    assert unnumbered(replayed["choices"]) == without_nulls(unnumbered(first["choices"]))
    upstream_stream, _ = await chunks(
        client,
        **ask,
        stream_options={"include_usage": True},
        extra_headers={"Cache-Control": "no-store"},
    )
    assert unnumbered(accumulated(upstream_stream)) == unnumbered(replayed)


async def test_streamed_tool_calls_replay_through_the_stream_helper(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    """Parallel tool calls streamed as index/id/type/name then argument fragments: the
    `.stream()` helper gets the same calls and parsed arguments from a hit."""

    class Lookup(BaseModel):
        query: str
        part: int

    client = proxy.client()
    ask: dict[str, Any] = {
        "model": MODEL,
        "messages": messages("weather in Paris"),
        "tools": [openai.pydantic_function_tool(Lookup)],
        "parallel_tool_calls": True,
    }
    outcomes = []
    for _ in range(2):
        async with client.chat.completions.stream(**ask) as stream:
            done = [e async for e in stream if e.type == "tool_calls.function.arguments.done"]
            final = await stream.get_final_completion()
        outcomes.append((done, final))
    (done1, final1), (done2, final2) = outcomes
    assert len(modern.calls_to(CHAT)) == 1
    calls = final2.choices[0].message.tool_calls
    assert [c.function.parsed_arguments for c in calls] == [
        Lookup(query="weather in Paris", part=0),
        Lookup(query="weather in Paris", part=1),
    ]
    assert final2.model_dump() == final1.model_dump()
    assert [e.parsed_arguments for e in done2] == [e.parsed_arguments for e in done1]
    plain_hit, _ = await plain(client, **ask)
    assert plain_hit["choices"][0]["message"]["tool_calls"] == [
        {"id": c.id, "type": "function", "function": c.function.model_dump(
            include={"name", "arguments"})} for c in calls
    ]  # fmt: skip
    assert plain_hit["choices"][0]["finish_reason"] == "tool_calls"


async def test_structured_output_parses_alike_from_miss_and_hits(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    class Answer(BaseModel):
        city: str
        rank: int

    client = proxy.client()
    ask: dict[str, Any] = {"model": MODEL, "messages": messages("best city")}
    ask["response_format"] = Answer
    miss = await client.chat.completions.parse(**ask)
    hit = await client.chat.completions.parse(**ask)
    assert miss.choices[0].message.parsed == Answer(city="echo 1: best city", rank=1)
    assert hit.model_dump(warnings=False) == miss.model_dump(warnings=False)
    async with client.chat.completions.stream(**ask) as stream:
        done = [e async for e in stream if e.type == "content.done"]
        final = await stream.get_final_completion()
    assert [e.parsed for e in done] == [Answer(city="echo 1: best city", rank=1)]
    assert final.choices[0].message.parsed == miss.choices[0].message.parsed
    assert len(modern.calls_to(CHAT)) == 1


async def test_streamed_refusal_is_kept(proxy: Proxy, modern: FakeUpstream) -> None:
    client = proxy.client()
    ask = {"model": MODEL, "messages": messages("REFUSE this"), "logprobs": True}
    live, _ = await chunks(client, **ask)
    assert "".join(c.choices[0].delta.refusal or "" for c in live if c.choices)
    stored, headers = await plain(client, **ask)
    assert headers["cache-status"] == "llmstash; hit"
    message = stored["choices"][0]["message"]
    assert message["content"] is None
    assert message["refusal"] == "I cannot help with REFUSE this (1)"
    assert [t["token"] for t in stored["choices"][0]["logprobs"]["refusal"]] == [
        "I ", "cannot ", "help ", "with ", "REFUSE ", "this ", "(1)"
    ]  # fmt: skip
    async with client.chat.completions.stream(**ask) as stream:
        refusals = [e.refusal async for e in stream if e.type == "refusal.done"]
    assert refusals == ["I cannot help with REFUSE this (1)"]
    assert len(modern.calls_to(CHAT)) == 1


async def test_azure_content_filter_results_of_a_stream_are_stored_as_azure_answers_plain(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    """Azure sends `content_filter_results` per chunk, `{}` on the finish chunk: the hit
    a plain client gets from a streamed miss has the categories, as Azure's own answer."""
    modern.content_filters = True
    client = proxy.client()
    ask = {"model": FIXED, "messages": messages("filtered")}
    await chunks(client, **ask)
    stored, headers = await plain(client, **ask)
    assert headers["cache-status"] == "llmstash; hit"
    native, _ = await plain(client, **ask, extra_headers={"Cache-Control": "no-store"})
    assert native["choices"][0]["content_filter_results"]["hate"]["severity"] == "safe"
    assert unnumbered(stored) == unnumbered(native)


async def test_obfuscation_follows_the_clients_stream_options(
    proxy: Proxy, modern: FakeUpstream
) -> None:
    """The usage the proxy adds to the upstream request keeps the client's other stream
    options: `include_obfuscation: false` reaches the upstream."""
    client = proxy.client()
    live, _ = await chunks(
        client,
        model=MODEL,
        messages=messages("no padding"),
        stream_options={"include_obfuscation": False},
    )
    sent = modern.calls_to(CHAT)[0].json["stream_options"]
    assert sent == {"include_obfuscation": False, "include_usage": True}
    assert not any(c.obfuscation for c in live)
    assert all(c.usage is None for c in live) and live[-1].choices


# --- what is keyed, and what never comes from the cache -------------------------------------

SHARED = [  # fields that cannot change the answer: one entry serves both
    ({"user": "alice"}, {"user": "bob"}),
    ({"metadata": {"run": "1"}}, {"metadata": {"run": "2"}}),
    ({"store": False}, {}),
    ({"safety_identifier": "u-1"}, {"safety_identifier": "u-2"}),  # what replaces `user`
    ({"prompt_cache_key": "a"}, {"prompt_cache_key": "b"}),  # a routing hint for the upstream
    ({"stream_options": {"include_obfuscation": False}, "stream": True}, {"stream": True}),
]
KEYED = [  # fields that can: each value its own entry
    ({"seed": 1}, {"seed": 2}),
    ({"logit_bias": {"1234": -100}}, {"logit_bias": {"1234": 100}}),
    ({"parallel_tool_calls": True, "tools": [{"type": "function", "function": {"name": "f"}}]},
     {"parallel_tool_calls": False, "tools": [{"type": "function", "function": {"name": "f"}}]}),
    ({"prediction": {"type": "content", "content": "a"}},
     {"prediction": {"type": "content", "content": "b"}}),
    ({"web_search_options": {"search_context_size": "low"}},
     {"web_search_options": {"search_context_size": "high"}}),
    ({"reasoning_effort": "low"}, {"reasoning_effort": "high"}),
]  # fmt: skip


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
@pytest.mark.parametrize(("first", "second", "shared"), [
    *((a, b, True) for a, b in SHARED), *((a, b, False) for a, b in KEYED)
])  # fmt: skip
async def test_which_fields_key_the_entry(
    proxy: Proxy, upstream: FakeUpstream, first: Any, second: Any, shared: bool
) -> None:
    client = proxy.client()
    ask = {"model": MODEL, "messages": messages(f"keyed {sorted(first)}")}
    for extra in (first, second):
        body = {**ask, **extra}
        if body.pop("stream", False):
            await chunks(client, **body)
        else:
            await plain(client, **body)
    assert len(upstream.calls_to(CHAT)) == (1 if shared else 2)


CHAT_BODY = {"model": MODEL, "messages": messages("x")}
EMBED_BODY = {"model": "text-embedding-3-small", "input": ["x"]}


@pytest.mark.parametrize(("endpoint", "body", "reasons"), [
    ("chat", {**CHAT_BODY, "store": True, "metadata": {"a": "b"}}, ("store",)),
    ("chat", {**CHAT_BODY, "store": False, "metadata": {"a": "b"}}, ()),
    ("chat", {**CHAT_BODY, "modalities": ["text", "audio"]}, ("audio",)),
    ("chat", {**CHAT_BODY, "modalities": ["text"]}, ()),
    ("chat", {**CHAT_BODY, "audio": {"voice": "alloy", "format": "mp3"}}, ("audio",)),
    ("chat", {**CHAT_BODY, "stream_options": {"include_usage": True}}, ()),  # keyed apart
    ("chat", {**CHAT_BODY, "stream": False, "stream_options": {}}, ()),
    ("chat", {**CHAT_BODY, "stream": True, "stream_options": {"include_usage": True}}, ()),
    ("chat", {**CHAT_BODY, "stream_options": None}, ()),
    ("chat", {**CHAT_BODY, "x_vendor": 1}, ()),  # keyed: it is part of the body
    ("embeddings", {**EMBED_BODY, "user": "u", "dimensions": 8, "encoding_format": "base64"}, ()),
    ("embeddings", {**EMBED_BODY, "input_type": "query"}, ("fields",)),
    ("embeddings", {**EMBED_BODY, "truncate_prompt_tokens": 8}, ("fields",)),
])  # fmt: skip
def test_upstream_only_requests(
    endpoint: Any, body: dict[str, Any], reasons: tuple[str, ...]
) -> None:
    decision = decide(endpoint, body, 100, CacheControl(), CachePolicy())
    assert decision.reasons == reasons
    assert decision.bypass == bool(reasons)


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
@pytest.mark.parametrize(("extra", "reason"), [
    ({"store": True, "metadata": {"run": "1"}}, "store"),
    ({"modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "wav"}}, "audio"),
])  # fmt: skip
async def test_requests_the_upstream_must_see_bypass_the_cache(
    proxy: Proxy, upstream: FakeUpstream, extra: dict[str, Any], reason: str
) -> None:
    """`store: true` asks the upstream to record this completion (retrievable by its id,
    tagged with `metadata`); a hit would hand out the id of a completion that was never
    stored. Audio output names server-side audio (`audio.id`) that expires (`expires_at`)."""
    client = proxy.client()
    ask = {"model": MODEL, "messages": messages(f"must reach upstream {reason}")}
    await plain(client, **ask)  # an entry the bypassing requests must not be served
    for _ in range(2):
        _, headers = await plain(client, **ask, **extra)
        assert headers["cache-status"] == f'llmstash; fwd=bypass; detail="{reason}"'
    assert len(upstream.calls_to(CHAT)) == 3
    assert all(c.json.get(k) == v for c in upstream.calls_to(CHAT)[1:] for k, v in extra.items())
    _, headers = await plain(client, **ask)
    assert headers["cache-status"] == "llmstash; hit"


@pytest.mark.parametrize(("extra", "shared"), [
    ({"stream": True}, True),
    ({"stream": True, "stream_options": {"include_usage": True}}, True),
    ({"stream": False}, True),
    ({"stream_options": None}, True),
    ({"stream_options": {"include_usage": True}}, False),
    ({"stream": False, "stream_options": {}}, False),
])  # fmt: skip
def test_stream_options_key_only_requests_that_do_not_stream(
    extra: dict[str, Any], shared: bool
) -> None:
    """The exact key and the semantic partition alike."""
    body = {**CHAT_BODY, "messages": messages("a question long enough")}
    other = {**body, **extra}
    assert (chat_key("p", other) == chat_key("p", body)) is shared
    partitions = [semantic_query(b, "p", (), SemanticPolicy(enabled=True)) for b in (body, other)]
    assert all(isinstance(p, SemanticQuery) for p in partitions)
    assert (partitions[0] == partitions[1]) is shared


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_stream_options_without_stream_get_the_upstreams_answer(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """api.openai.com refuses `stream_options` on a request that does not stream; a hit
    must not answer such a request with a 200 the upstream would never give."""
    upstream.openai_extras = True
    client = proxy.client()
    ask = {"model": MODEL, "messages": messages("options, no stream")}
    await plain(client, **ask)
    for _ in range(2):
        with pytest.raises(openai.BadRequestError) as caught:
            await client.chat.completions.create(**ask, stream_options={"include_usage": True})
        assert caught.value.response.headers["cache-status"] == "llmstash; fwd=miss"
    assert len(upstream.calls_to(CHAT)) == 3


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_stream_options_without_stream_are_cached_where_the_upstream_takes_them(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """Ollama, llama.cpp and LM Studio ignore `stream_options` on a request that does not
    stream: a client that always sends them is cached (its own entries, keyed by them), not
    bypassed on every request."""
    client = proxy.client()
    ask = {"model": MODEL, "messages": messages("always options")}
    options = {"stream_options": {"include_usage": True}}
    first, headers = await plain(client, **ask, **options)
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    again, headers = await plain(client, **ask, **options)
    assert headers["cache-status"] == "llmstash; hit"
    assert again["choices"] == first["choices"]
    _, headers = await plain(client, **ask)  # not an answer to a request with them
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    _, headers = await plain(client, **ask, stream_options=None)
    assert headers["cache-status"] == "llmstash; hit"
    assert [c.json.get("stream_options") for c in upstream.calls_to(CHAT)] == [
        {"include_usage": True},
        None,
    ]


# --- embeddings ------------------------------------------------------------------------------


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_sdk_default_base64_embeddings_are_bit_identical(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """The SDK asks for base64 when the caller names no format and decodes it itself;
    `user` does not key the entry; `dimensions` and token arrays do."""
    client = proxy.client()
    miss = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["a b", "c"], user="alice"
    )
    assert upstream.calls_to(EMBED)[0].json["encoding_format"] == "base64"
    hit = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["a b", "c"], user="bob"
    )
    assert hit.headers["cache-status"] == "llmstash; hit"
    for raw in (miss, hit):
        got = raw.parse()
        for item, row in zip(["a b", "c"], got.data, strict=True):
            want = expected_vector("text-embedding-3-small", item, 16)
            assert np.asarray(row.embedding, dtype=np.float32).tobytes() == want.tobytes()
        body = orjson.loads(raw.content)
        assert (
            base64.b64decode(body["data"][0]["embedding"])
            == expected_vector("text-embedding-3-small", "a b", 16).tobytes()
        )
    short = await client.embeddings.create(
        model="text-embedding-3-small", input=["a b"], dimensions=8
    )
    assert len(short.data[0].embedding) == 8
    tokens = await client.embeddings.create(model="text-embedding-3-small", input=[[1, 2, 3]])
    want = expected_vector("text-embedding-3-small", [1, 2, 3], 16)
    assert np.asarray(tokens.data[0].embedding, dtype=np.float32).tobytes() == want.tobytes()
    assert len(upstream.calls_to(EMBED)) == 3


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_embedding_fields_the_key_does_not_know_bypass_the_cache(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """OpenAI-compatible servers take more than OpenAI's fields, and some change the
    vectors (`input_type: query|passage` on NVIDIA NIM, Cohere-style gateways; vLLM's
    `truncate_prompt_tokens`). The key holds model, dimensions and input only, so such a
    request must not be answered with another variant's vectors."""
    client = proxy.client()
    await client.embeddings.create(model="text-embedding-3-small", input=["same text"])
    raw = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["same text"], extra_body={"input_type": "query"}
    )
    assert raw.headers["cache-status"] == 'llmstash; fwd=bypass; detail="fields"'
    assert upstream.calls_to(EMBED)[-1].json["input_type"] == "query"
    assert len(upstream.calls_to(EMBED)) == 2
