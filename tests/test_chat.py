"""Chat completions through the proxy, with the openai SDK as the client."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest

from proxy.appkeys import STORE
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream, error_body

CHAT = "/v1/chat/completions"
MSG = [{"role": "user", "content": "hello there"}]


async def create(client: openai.AsyncOpenAI, **kwargs: Any) -> tuple[Any, Any]:
    """(parsed completion, headers)."""
    kwargs.setdefault("model", "gpt-4o-mini")
    kwargs.setdefault("messages", MSG)
    raw = await client.chat.completions.with_raw_response.create(**kwargs)
    return raw.parse(), raw.headers


async def stream(client: openai.AsyncOpenAI, **kwargs: Any) -> tuple[list[Any], Any, list[float]]:
    """(chunks, headers, arrival times) of a streamed request."""
    kwargs.setdefault("model", "gpt-4o-mini")
    kwargs.setdefault("messages", MSG)
    chunks, times = [], []
    async with client.chat.completions.with_streaming_response.create(
        stream=True, **kwargs
    ) as response:
        async for chunk in await response.parse():
            chunks.append(chunk)
            times.append(time.monotonic())
        return chunks, response.headers, times


def text(chunks: list[Any], index: int = 0) -> str:
    return "".join(
        c.choices[0].delta.content or ""
        for c in chunks
        if c.choices and c.choices[0].index == index
    )


async def test_repeat_is_served_from_cache(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    first, h1 = await create(client)
    second, h2 = await create(client)
    assert len(upstream.calls_to(CHAT)) == 1
    assert h1["cache-status"] == "llmstash; fwd=miss; stored"
    assert h2["cache-status"] == "llmstash; hit"
    assert int(h2["age"]) >= 0
    assert second.model_dump() == first.model_dump()
    assert first.choices[0].message.content == "echo 1: hello there"


async def test_stream_then_plain_then_stream_share_one_call(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = proxy.client()
    chunks, headers, _ = await stream(client)
    assert headers["cache-status"] == "llmstash; fwd=miss"
    assert text(chunks) == "echo 1: hello there"
    assert all(c.usage is None for c in chunks), "usage was not asked for"
    plain, h2 = await create(client)
    assert h2["cache-status"] == "llmstash; hit"
    assert plain.choices[0].message.content == "echo 1: hello there"
    assert plain.usage is not None and plain.usage.completion_tokens > 0
    again, h3, _ = await stream(client, stream_options={"include_usage": True})
    assert h3["cache-status"] == "llmstash; hit"
    assert text(again) == "echo 1: hello there"
    assert again[-1].usage is not None and again[-1].choices == []
    assert again[-1].usage.total_tokens == plain.usage.total_tokens
    assert len(upstream.calls_to(CHAT)) == 1


async def test_plain_then_stream(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    plain, _ = await create(client, messages=[{"role": "user", "content": "plain first"}])
    chunks, headers, _ = await stream(client, messages=[{"role": "user", "content": "plain first"}])
    assert headers["cache-status"] == "llmstash; hit"
    assert text(chunks) == plain.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert len(upstream.calls_to(CHAT)) == 1


async def test_streamed_miss_relays_chunks_as_they_arrive(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.chunk_delay = 0.15
    words = "one two three four five"
    chunks, _, times = await stream(proxy.client(), messages=[{"role": "user", "content": words}])
    content_times = [
        t for c, t in zip(chunks, times, strict=True) if c.choices and c.choices[0].delta.content
    ]
    assert len(content_times) >= 5
    gaps = [b - a for a, b in itertools.pairwise(content_times)]
    # buffered relays would deliver everything at once; live relay keeps the upstream's pacing
    assert min(gaps) > 0.08, gaps


async def test_malformed_stream_options_get_the_upstreams_answer(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        await proxy.client().chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "bad options"}],
            stream=True,
            stream_options="x",  # type: ignore[arg-type]
        )
    assert "stream_options" in caught.value.message
    (call,) = upstream.calls_to(CHAT)
    assert call.json["stream_options"] == "x"


async def test_streamed_miss_sends_headers_before_a_late_first_event(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    # the proxy holds the headers back to send them with the first event when that is
    # already in; when it is not, the client must still get them at once
    upstream.first_event_delay = 0.6
    start = time.monotonic()
    chunks = await proxy.client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "late first"}], stream=True
    )
    headers_after = time.monotonic() - start
    texts = [c.choices[0].delta.content async for c in chunks if c.choices]
    first_event_after = time.monotonic() - start
    assert headers_after < 0.4, headers_after
    assert first_event_after >= 0.6
    assert "".join(t for t in texts if t)
    assert len(upstream.calls_to(CHAT)) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": 3},
        {"logprobs": True, "top_logprobs": 2},
        {
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "get_weather",
                        "parameters": {
                            "type": "object",
                            "properties": {"city": {"type": "string"}},
                        },
                    },
                }
            ]
        },
        {"messages": [{"role": "user", "content": "think REASON"}]},
    ],
    ids=["n3", "logprobs", "tools", "vendor-fields"],
)
async def test_rich_answers_round_trip_both_shapes(
    proxy: Proxy, upstream: FakeUpstream, kwargs: dict[str, Any]
) -> None:
    """A streamed miss, assembled and stored, replays equal to a direct non-stream answer
    of the upstream, in both shapes."""
    client = proxy.client()
    direct = openai.AsyncOpenAI(base_url=upstream.url, api_key="sk-team-a", max_retries=0)
    try:
        reference = await direct.chat.completions.create(
            model="gpt-4o-mini", **{"messages": MSG, **kwargs}
        )
    finally:
        await direct.close()
    upstream.chat_count = 0  # the proxied call gets the same counter: identical answer
    await stream(client, **kwargs)  # miss: streamed and stored (upstream call 2)
    plain, headers = await create(client, **kwargs)
    assert headers["cache-status"] == "llmstash; hit"
    got = plain.model_dump()
    want = reference.model_dump()
    got.pop("created"), want.pop("created")
    assert got == want
    replay, h2, _ = await stream(client, **kwargs)
    assert h2["cache-status"] == "llmstash; hit"
    for i, choice in enumerate(plain.choices):
        assert text(replay, i) == (choice.message.content or "")
    assert len(upstream.calls_to(CHAT)) == 2


async def test_vendor_fields_survive(proxy: Proxy) -> None:
    client = proxy.client()
    messages = [{"role": "user", "content": "explain REASON"}]
    await stream(client, messages=messages)
    plain, headers = await create(client, messages=messages)
    assert headers["cache-status"] == "llmstash; hit"
    message = plain.choices[0].message.model_dump()
    assert message.get("reasoning_content"), message


@pytest.mark.parametrize("status_code", [429, 500])
async def test_upstream_errors_pass_through_and_are_not_cached(
    proxy: Proxy, upstream: FakeUpstream, status_code: int
) -> None:
    client = proxy.client()
    upstream.fail_next(
        status_code,
        {"error": {"message": "slow down", "type": "requests", "param": None, "code": "x"}},
        headers={"x-ratelimit-reset-requests": "1s"},
    )
    with pytest.raises(openai.APIStatusError) as caught:
        await create(client)
    assert caught.value.status_code == status_code
    assert caught.value.body == {
        "message": "slow down",
        "type": "requests",
        "param": None,
        "code": "x",
    }
    assert caught.value.response.headers["x-ratelimit-reset-requests"] == "1s"
    assert caught.value.response.headers["cache-status"] == "llmstash; fwd=miss"
    answer, headers = await create(client)
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    assert answer.choices[0].message.content.startswith("echo")
    assert len(upstream.calls_to(CHAT)) == 2


async def test_streamed_error_is_passed_through(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.fail_next(429)
    with pytest.raises(openai.RateLimitError):
        await stream(proxy.client())
    chunks, headers, _ = await stream(proxy.client())
    assert headers["cache-status"] == "llmstash; fwd=miss"
    assert text(chunks) == "echo 1: hello there"
    assert len(upstream.calls_to(CHAT)) == 2  # the error was not cached


async def test_truncated_stream_is_not_cached(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    upstream.truncate_next_stream(after_chunks=2)
    with pytest.raises(openai.APIConnectionError):
        await stream(client)
    upstream.error_mid_stream_next(after_chunks=2)
    with pytest.raises(openai.APIError):
        await stream(client)
    chunks, headers, _ = await stream(client)
    assert headers["cache-status"] == "llmstash; fwd=miss"
    assert text(chunks).endswith(": hello there")
    _, headers = await create(client)
    assert headers["cache-status"] == "llmstash; hit"
    assert len(upstream.calls_to(CHAT)) == 3


async def test_error_event_then_clean_end_is_relayed_as_such(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    # the upstream ends its stream properly after an error event: so does the proxy (a
    # truncated upstream, by contrast, gets the client's connection cut)
    upstream.error_mid_stream_next(after_chunks=2)
    body = {"model": "gpt-4o-mini", "stream": True, "messages": [{"role": "user", "content": "e"}]}
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/chat/completions", json=body, headers={"Authorization": "Bearer sk-a"}
        ) as r:
            data = await r.read()  # raises ClientPayloadError on a cut connection
    events = [e for e in data.split(b"\n\n") if e]
    assert len(events) == 3
    assert b'"error"' in events[-1] and b"[DONE]" not in data
    await stream(proxy.client())
    assert len(upstream.calls_to(CHAT)) == 2  # the errored stream was not cached


async def test_an_error_event_then_done_is_no_answer_for_a_plain_follower(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """vLLM ends a failed generation with an error event and then [DONE]. The streaming
    client gets that as sent; a plain client that joined the same flight gets a 502, not
    the partial text with a 200; nothing is stored."""
    upstream.error_mid_stream_next(after_chunks=2, then_done=True)
    upstream.latency = 0.2
    client = proxy.client()
    streamed = asyncio.create_task(stream(client))
    await asyncio.sleep(0.1)
    with pytest.raises(openai.APIStatusError) as joined:
        await create(client)
    assert joined.value.status_code == 502
    assert joined.value.response.headers["cache-status"] == "llmstash; fwd=miss; collapsed"
    with pytest.raises(openai.APIError):
        await streamed  # the SDK raises on the error event
    assert upstream.stream_outcomes == ["error_done"]
    upstream.latency = 0
    answer, headers = await create(client)
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    assert answer.choices[0].finish_reason == "stop"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_a_stream_without_a_finish_reason_is_not_stored(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    upstream.unfinished_next_stream()
    client = proxy.client()
    chunks, _, _ = await stream(client)
    assert text(chunks).endswith(": hello there")
    assert all(c.choices[0].finish_reason is None for c in chunks if c.choices)
    _, headers = await create(client)
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"  # not a hit of the cut one
    assert len(upstream.calls_to(CHAT)) == 2


@pytest.mark.parametrize(
    "reason", ["abort", "error", "insufficient_system_resource", "content_filter"]
)
@pytest.mark.parametrize("streamed", [False, True])
async def test_an_answer_the_server_cut_short_is_relayed_not_stored(
    proxy: Proxy, upstream: FakeUpstream, reason: str, streamed: bool
) -> None:
    """vLLM's `abort`, DeepSeek's `insufficient_system_resource`: a finish reason saying
    the server, not the model, ended the generation. The client gets it as sent."""
    upstream.finish_next = reason
    client = proxy.client()
    if streamed:
        chunks, headers, _ = await stream(client)
        assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == reason
    else:
        first, headers = await create(client)
        assert first.choices[0].finish_reason == reason
    assert headers["cache-status"] == "llmstash; fwd=miss"
    again, headers = await create(client)
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"
    assert again.choices[0].finish_reason == "stop"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_concurrent_identical_misses_make_one_call_per_shape(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """Ten plain and ten streamed misses: one call for the plain ones, and one beside it
    for the streams (a stream never waits for a stream=false call's whole answer)."""
    upstream.latency = 0.2
    upstream.chunk_delay = 0.02
    client = proxy.client()
    plain = [create(client) for _ in range(10)]
    streamed = [stream(client) for _ in range(10)]
    results = await asyncio.gather(*plain, *streamed)
    assert len(upstream.calls_to(CHAT)) == 2
    for answer, _ in results[:10]:
        assert answer.choices[0].message.content == "echo 1: hello there"
    for chunks, _, _ in results[10:]:
        assert text(chunks) == "echo 2: hello there"
    statuses = [r[1]["cache-status"] for r in results]
    assert sum("collapsed" in s for s in statuses) == 18


async def test_client_leaving_mid_stream_still_stores(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.chunk_delay = 0.05
    client = proxy.client()
    messages = [{"role": "user", "content": "a b c d e f g h"}]
    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=messages, stream=True
    ) as response:
        async for _chunk in await response.parse():
            break  # leave after the first chunk
    for _ in range(100):
        if upstream.stream_outcomes:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.1)
    answer, headers = await create(client, messages=messages)
    assert headers["cache-status"] == "llmstash; hit"
    assert answer.choices[0].message.content == "echo 1: a b c d e f g h"
    assert upstream.stream_outcomes == ["done"]


async def test_cache_control(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    _, h = await create(client, extra_headers={"Cache-Control": "no-store"})
    assert h["cache-status"] == 'llmstash; fwd=bypass; detail="no-store"'
    _, h = await create(client)
    assert h["cache-status"] == "llmstash; fwd=miss; stored"  # no-store stored nothing
    fresh, h = await create(client, extra_headers={"Cache-Control": "no-cache"})
    assert h["cache-status"] == "llmstash; fwd=request; stored"
    cached, h = await create(client)
    assert h["cache-status"] == "llmstash; hit"
    assert (
        cached.choices[0].message.content
        == fresh.choices[0].message.content
        == "echo 3: hello there"
    )
    await asyncio.sleep(1.1)
    _, h = await create(client, extra_headers={"Cache-Control": "max-age=0"})
    assert h["cache-status"] == "llmstash; fwd=stale; stored"
    _, h = await create(client, extra_headers={"Cache-Control": "max-age=60"})
    assert h["cache-status"] == "llmstash; hit"
    assert len(upstream.calls_to(CHAT)) == 4
    with pytest.raises(openai.APIStatusError) as caught:
        await create(
            client,
            messages=[{"role": "user", "content": "never asked"}],
            extra_headers={"Cache-Control": "only-if-cached"},
        )
    assert caught.value.status_code == 504
    assert len(upstream.calls_to(CHAT)) == 4


async def test_keys_do_not_share_entries(proxy: Proxy, upstream: FakeUpstream) -> None:
    a, b = proxy.client("sk-team-a"), proxy.client("sk-team-b")
    first, _ = await create(a)
    other, h = await create(b)
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert other.choices[0].message.content != first.choices[0].message.content
    # a forged namespace header narrows the caller's own space, never reaches another's
    _, h = await create(b, extra_headers={"X-Llmstash-Namespace": "x"})
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 3


async def test_sync_sdk_client(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.sync_client()

    def run() -> list[str]:
        out = []
        for _ in range(2):
            answer = client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
            out.append(answer.choices[0].message.content or "")
        chunks = client.chat.completions.create(model="gpt-4o-mini", messages=MSG, stream=True)
        out.append("".join(c.choices[0].delta.content or "" for c in chunks if c.choices))
        return out

    assert await asyncio.to_thread(run) == ["echo 1: hello there"] * 3
    assert len(upstream.calls_to(CHAT)) == 1


async def test_key_ignores_field_order_and_user(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    await create(client, temperature=0, user="alice")
    _, h = await create(client, user="bob", temperature=0)
    assert h["cache-status"] == "llmstash; hit"
    _, h = await create(client, temperature=0.5)
    assert h["cache-status"] == "llmstash; fwd=miss; stored"
    assert len(upstream.calls_to(CHAT)) == 2


async def test_a_streamed_miss_has_no_usage_fields_the_client_did_not_ask_for(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """The proxy asks the upstream for usage (to store it); the upstream then puts
    `"usage": null` in every chunk. A client that did not ask gets the chunks without it,
    as it would from the upstream directly; one that asked gets them as sent."""
    url = proxy.url + "/chat/completions"
    headers = {"Authorization": "Bearer sk-team-a"}
    async with aiohttp.ClientSession() as http:
        for n, options in enumerate([None, {"include_usage": True}]):
            body: dict[str, Any] = {
                "model": "gpt-4o-mini",
                "messages": [{"role": "user", "content": f"usage? {n}"}],
                "stream": True,
            }
            if options is not None:
                body["stream_options"] = options
            async with http.post(url, json=body, headers=headers) as r:
                raw = await r.read()
            assert r.headers["Cache-Status"] == "llmstash; fwd=miss"  # streamed: not yet stored
            sent = upstream.calls_to(CHAT)[-1].json
            assert sent["stream_options"] == {"include_usage": True}
            events = [e for e in raw.split(b"\n\n") if e.startswith(b"data: {")]
            if options is None:
                assert not any(b'"usage"' in e for e in events)
            else:
                assert all(b'"usage"' in e for e in events)
                assert b'"prompt_tokens"' in events[-1]


async def test_valid_json_no_encoder_writes_back_is_forwarded_uncached(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """orjson reads nesting 1,024 deep but writes only 254; such a body cannot be keyed:
    it goes upstream as sent (the upstream judges it), never a 500."""
    deep: Any = "x"
    for _ in range(300):
        deep = [deep]
    cases = [
        ({"metadata_x": deep}, 'llmstash; fwd=bypass; detail="unkeyable"'),
        ({"max_tokens": 1e20}, "llmstash; fwd=miss; stored"),  # a float too big for an int
    ]
    for extra, cache_status in cases:
        body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], **extra}
        async with aiohttp.ClientSession() as http:
            async with http.post(
                proxy.url + "/chat/completions",
                json=body,
                headers={"Authorization": "Bearer sk-a"},
            ) as r:
                assert r.status == 200, await r.text()
                assert r.headers["Cache-Status"] == cache_status
        assert upstream.calls_to(CHAT)[-1].json == body


async def test_followers_wait_for_a_long_answer_that_keeps_coming(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """`stampede.wait` is how long a follower bears silence, not how long the answer may
    take: a ~2.5 s stream with events every 0.2 s keeps its followers at wait 1 s."""
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults:\n  stampede: {wait: 1s}\n")
    proxy = await proxy_factory(config=config)
    client = proxy.client()
    upstream.chunk_delay = 0.2
    words = " ".join("abcdefghijkl")
    leader = asyncio.create_task(stream(client, messages=[{"role": "user", "content": words}]))
    await asyncio.sleep(0.1)
    plain = await asyncio.gather(
        *(create(client, messages=[{"role": "user", "content": words}]) for _ in range(5))
    )
    chunks, _, _ = await leader
    assert len(upstream.calls_to(CHAT)) == 1
    for answer, headers in plain:
        assert answer.choices[0].message.content == text(chunks)
        assert headers["cache-status"] == "llmstash; fwd=miss; stored; collapsed"


async def test_followers_wait_for_a_local_leader_however_long_it_is_silent(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream, tmp_path: Path
) -> None:
    """A plain answer says nothing until it is done; the local leader's call always ends
    (upstream timeouts), so its followers wait it out, past any `stampede.wait`."""
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults:\n  stampede: {wait: 300ms}\n")
    proxy = await proxy_factory(config=config)
    client = proxy.client()
    upstream.latency = 1.0  # a healthy, slow, plain generation: > 3x wait
    leader = asyncio.create_task(create(client))
    await asyncio.sleep(0.1)
    followers = await asyncio.gather(*(create(client) for _ in range(6)))
    first, _ = await leader
    assert len(upstream.calls_to(CHAT)) == 1
    for answer, headers in followers:
        assert answer.choices[0].message.content == first.choices[0].message.content
        assert headers["cache-status"] == "llmstash; fwd=miss; stored; collapsed"


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)  # Redis: B follows A's lock
async def test_a_read_whose_lookup_straddles_the_answer_gets_it(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B's store read misses before A's answer arrives and returns after it, while A still
    stores it: B gets A's answer, not a second upstream call."""
    client = proxy.client()
    store = proxy.app[STORE]
    real_get, real_set = store.get, store.set
    gets = 0

    async def slow_get(key: str) -> bytes | None:
        nonlocal gets
        gets += 1
        value = await real_get(key)
        if gets == 2:  # B's read
            await asyncio.sleep(0.3)
        return value

    async def slow_set(key: str, value: bytes, ttl: float) -> None:
        await asyncio.sleep(0.3)
        await real_set(key, value, ttl)

    monkeypatch.setattr(store, "get", slow_get)
    monkeypatch.setattr(store, "set", slow_set)
    upstream.latency = 0.3
    a = asyncio.create_task(create(client))
    await asyncio.sleep(0.15)
    b, hb = await create(client)
    first, ha = await a
    assert ha["cache-status"] == "llmstash; fwd=miss; stored"
    assert hb["cache-status"] == "llmstash; hit"
    assert b.choices[0].message.content == first.choices[0].message.content
    assert len(upstream.calls_to(CHAT)) == 1


TOOLS = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]


@pytest.mark.parametrize(
    "extra",
    [
        {"n": 3, "logprobs": True, "top_logprobs": 2},
        {"n": 2, "tools": TOOLS},
        {"n": 2, "messages": [{"role": "user", "content": "REASON now"}], "logprobs": True},
    ],
)
async def test_a_replayed_stream_accumulates_like_the_original(
    proxy: Proxy, upstream: FakeUpstream, extra: dict[str, Any]
) -> None:
    client = proxy.client()
    kwargs: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "hi"}],
    } | extra
    original = await client.chat.completions.create(**kwargs)
    async with client.chat.completions.stream(**kwargs) as replay:
        async for _ in replay:
            pass
        replayed = await replay.get_final_completion()

    def calls(message: Any) -> list[tuple[str, str, str]]:
        return [(t.id, t.function.name, t.function.arguments) for t in message.tool_calls or []]

    for a, b in zip(original.choices, replayed.choices, strict=True):
        assert (b.index, b.finish_reason, b.message.content) == (
            a.index,
            a.finish_reason,
            a.message.content,
        )
        assert calls(b.message) == calls(a.message)
        assert (b.logprobs.model_dump() if b.logprobs else None) == (
            a.logprobs.model_dump() if a.logprobs else None
        )
    assert len(upstream.calls_to(CHAT)) == 1


async def test_a_refresh_is_read_back_while_its_entry_is_being_written(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client gets its answer before the store write ends; asking again at once must
    get that answer, not the entry it replaces (still in the store)."""
    client = proxy.client()
    old, _ = await create(client)
    await asyncio.sleep(0.05)  # stored
    store = proxy.app[STORE]
    real_set = store.set

    async def slow_set(key: str, value: bytes, ttl: float) -> None:
        await asyncio.sleep(0.3)
        await real_set(key, value, ttl)

    monkeypatch.setattr(store, "set", slow_set)
    fresh, h = await create(client, extra_headers={"Cache-Control": "no-cache"})
    assert h["cache-status"] == "llmstash; fwd=request; stored"
    again, h = await create(client)
    assert h["cache-status"] == "llmstash; hit"
    assert again.choices[0].message.content == fresh.choices[0].message.content
    assert fresh.choices[0].message.content != old.choices[0].message.content
    chunks, h, _ = await stream(client)
    assert h["cache-status"] == "llmstash; hit" and text(chunks) == fresh.choices[0].message.content
    assert len(upstream.calls_to(CHAT)) == 2


async def test_the_query_string_is_part_of_the_key(proxy: Proxy, upstream: FakeUpstream) -> None:
    # e.g. Azure's `?api-version=`: the same body under another query is another request
    v1 = proxy.client(default_query={"api-version": "2024-06-01"})
    v2 = proxy.client(default_query={"api-version": "2024-10-21"})
    plain = proxy.client()
    assert (await create(v1))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(v1))[1]["cache-status"] == "llmstash; hit"
    assert (await create(v2))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    chunks, headers, _ = await stream(v2)
    assert headers["cache-status"] == "llmstash; hit" and text(chunks) == "echo 2: hello there"
    assert (await create(plain))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(plain))[1]["cache-status"] == "llmstash; hit"
    calls = upstream.calls_to(CHAT)
    assert [c.query for c in calls] == ["api-version=2024-06-01", "api-version=2024-10-21", ""]


async def test_projects_of_one_key_never_share_entries(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    # one user key serves several OpenAI projects, each with its own model access: a
    # project the upstream would refuse must not get another project's answer
    a = proxy.client(project="proj_a")
    b = proxy.client(project="proj_b")
    org = proxy.client(organization="org_x")
    assert (await create(a))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(b))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(org))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(proxy.client()))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(b))[1]["cache-status"] == "llmstash; hit"
    sent = [c.headers.get("OpenAI-Project") for c in upstream.calls_to(CHAT)]
    assert sent == ["proj_a", "proj_b", None, None]
    assert upstream.calls_to(CHAT)[2].headers["OpenAI-Organization"] == "org_x"


async def test_a_project_header_listed_in_connection_still_goes_upstream(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """The key is made with `OpenAI-Project`: a caller listing it in `Connection` (so that
    a proxy drops it) must not get an answer made without the project stored as the
    project's, for the next caller of that project."""
    sly = proxy.client(project="proj_x", default_headers={"Connection": "OpenAI-Project"})
    assert (await create(sly))[1]["cache-status"] == "llmstash; fwd=miss; stored"
    assert (await create(proxy.client(project="proj_x")))[1]["cache-status"] == "llmstash; hit"
    (call,) = upstream.calls_to(CHAT)
    assert call.headers.get("OpenAI-Project") == "proj_x"


@pytest.mark.parametrize("store_kind", ["memory"])
async def test_an_answer_larger_than_the_memory_budget_is_not_called_stored(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    proxy = await proxy_factory(memory_max_bytes=300)
    client = proxy.client()
    for stream_first in (False, True):
        messages = [{"role": "user", "content": f"a long answer please {stream_first}"}]
        if stream_first:
            _, headers, _ = await stream(client, messages=messages)
            assert headers["cache-status"] == "llmstash; fwd=miss"
        else:
            _, headers = await create(client, messages=messages)
            assert headers["cache-status"] == "llmstash; fwd=miss"  # not "stored"
        _, headers = await create(client, messages=messages)
        assert headers["cache-status"] == "llmstash; fwd=miss"  # and it was not
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url.removesuffix("/v1") + "/metrics") as response:
            metrics = await response.text()
    assert 'llmstash_store_too_large_total{store="memory"} 4.0' in metrics, [
        line for line in metrics.splitlines() if "too_large" in line
    ]


async def test_a_stream_whose_upstream_refuses_stream_options_is_asked_as_the_client_sent_it(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """Azure OpenAI on older api-versions (and some gateways) answer 400 to the
    `stream_options` the proxy adds to store usage. The proxy asks again with the client's
    own body, remembers the refusal (the next streams go out as sent, in one call), and
    stores the answer without usage, for both shapes."""
    upstream.refuses_stream_options = True
    client = proxy.client()
    chunks, headers, _ = await stream(client)
    assert text(chunks) == "echo 1: hello there"
    assert headers["cache-status"] == "llmstash; fwd=miss"
    refused, asked = upstream.calls_to(CHAT)
    assert refused.json["stream_options"] == {"include_usage": True}
    assert asked.json == {k: v for k, v in refused.json.items() if k != "stream_options"}

    chunks, _, _ = await stream(client, messages=[{"role": "user", "content": "next one"}])
    assert text(chunks) == "echo 2: next one"
    assert len(upstream.calls_to(CHAT)) == 3
    assert "stream_options" not in upstream.calls_to(CHAT)[-1].json

    answer, headers = await create(client)
    assert headers["cache-status"] == "llmstash; hit"
    assert answer.choices[0].message.content == "echo 1: hello there"
    assert answer.usage is None
    chunks, headers, _ = await stream(client)
    assert headers["cache-status"] == "llmstash; hit"
    assert text(chunks) == "echo 1: hello there"
    assert len(upstream.calls_to(CHAT)) == 3


@pytest.mark.parametrize(
    "options", [None, {"include_usage": False}], ids=["another-error", "clients-own-options"]
)
async def test_a_refusal_of_anything_but_added_stream_options_is_passed_through_once(
    proxy: Proxy, upstream: FakeUpstream, options: dict[str, Any] | None
) -> None:
    """Only a refusal of the options the proxy added is asked again: another 400, or one
    of the client's own `stream_options`, reaches the client unchanged after one call."""
    if options is None:
        upstream.fail_next(400)
        extra: dict[str, Any] = {}
    else:
        upstream.refuses_stream_options = True
        extra = {"stream_options": options}
    with pytest.raises(openai.BadRequestError) as caught:
        await stream(proxy.client(), **extra)
    (call,) = upstream.calls_to(CHAT)
    assert call.json["stream_options"] == {"include_usage": True}
    refusal = "Unrecognized request argument supplied: stream_options"
    assert caught.value.body == error_body(400, refusal if options else None)["error"]
