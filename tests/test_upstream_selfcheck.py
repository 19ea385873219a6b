"""The fake upstream speaks the OpenAI wire format: the official SDK talks to it directly."""

from __future__ import annotations

import asyncio
import base64
import io
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import numpy as np
import openai
import orjson
import pytest

from tests.upstream import FakeUpstream, expected_vector, running_upstream

USER: Any = [{"role": "user", "content": "hello big world"}]
TOOLS: list[Any] = [
    {
        "type": "function",
        "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
    },
    {"type": "function", "function": {"name": "other", "parameters": {"type": "object"}}},
]


@pytest.fixture
async def up() -> AsyncIterator[FakeUpstream]:
    async with running_upstream() as server:
        yield server


@pytest.fixture
async def client(up: FakeUpstream) -> AsyncIterator[openai.AsyncOpenAI]:
    async with openai.AsyncOpenAI(base_url=up.url, api_key="sk-x", max_retries=0) as c:
        yield c


async def test_chat_non_stream(up: FakeUpstream, client: openai.AsyncOpenAI) -> None:
    raw = await client.chat.completions.with_raw_response.create(model="m", messages=USER)
    done = raw.parse()
    assert raw.headers["x-request-id"].startswith("req_")
    assert raw.headers["x-ratelimit-remaining-requests"] == "99"
    assert "openai-processing-ms" in raw.headers
    assert done.id == "chatcmpl-1" and done.object == "chat.completion"
    assert done.system_fingerprint == "fp_fake" and done.created > 0
    assert done.choices[0].message.content == "echo 1: hello big world"
    assert done.choices[0].finish_reason == "stop"
    assert done.usage is not None
    assert (done.usage.prompt_tokens, done.usage.completion_tokens) == (3, 5)
    assert done.usage.total_tokens == 8
    [call] = up.calls_to("/v1/chat/completions")
    assert call.method == "POST" and call.json["messages"] == USER
    assert call.headers["authorization"] == "Bearer sk-x"


async def test_counter_distinguishes_repeated_calls(
    up: FakeUpstream, client: openai.AsyncOpenAI
) -> None:
    first = await client.chat.completions.create(model="m", messages=USER)
    up.reset()
    second = await client.chat.completions.create(model="m", messages=USER)
    assert first.choices[0].message.content == "echo 1: hello big world"
    assert second.choices[0].message.content == "echo 2: hello big world"
    assert len(up.calls) == 1 and up.chat_count == 2


async def test_n_choices_and_text_parts(client: openai.AsyncOpenAI) -> None:
    parts: Any = [{"type": "text", "text": "part one"}, {"type": "text", "text": "two"}]
    done = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": parts}], n=2
    )
    assert [c.message.content for c in done.choices] == [
        "echo 1: part one two #0",
        "echo 1: part one two #1",
    ]
    assert [c.index for c in done.choices] == [0, 1]


async def test_stream_with_usage(client: openai.AsyncOpenAI) -> None:
    stream = await client.chat.completions.create(
        model="m", messages=USER, stream=True, stream_options={"include_usage": True}
    )
    chunks = [c async for c in stream]
    assert all(c.object == "chat.completion.chunk" and c.id == "chatcmpl-1" for c in chunks)
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo 1: hello big world"
    assert len(chunks) == 1 + 5 + 1 + 1  # role, one per word, finish, usage
    assert all(c.usage is None for c in chunks[:-1])
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.total_tokens == 8


async def test_stream_wire_is_live_and_ends_with_done(up: FakeUpstream) -> None:
    up.chunk_delay = 0.05
    body = {"model": "m", "messages": USER, "stream": True}
    arrivals: list[float] = []
    async with aiohttp.ClientSession() as s, s.post(f"{up.url}/chat/completions", json=body) as r:
        assert r.headers["content-type"] == "text/event-stream"
        raw = b""
        async for data in r.content.iter_any():
            arrivals.append(time.monotonic())
            raw += data
    events = raw.split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    assert b'"usage"' not in raw  # no include_usage: no usage key at all
    assert len(arrivals) >= 5 and arrivals[-1] - arrivals[0] >= 0.2
    assert up.stream_outcomes == ["done"]


async def test_tool_calls(client: openai.AsyncOpenAI) -> None:
    done = await client.chat.completions.create(model="m", messages=USER, tools=TOOLS)
    msg = done.choices[0].message
    assert done.choices[0].finish_reason == "tool_calls" and msg.content is None
    assert msg.tool_calls is not None
    assert [t.id for t in msg.tool_calls] == ["call_1_0", "call_1_1"]
    assert {t.function.name for t in msg.tool_calls} == {"lookup"}  # type: ignore[union-attr]
    args = [orjson.loads(t.function.arguments) for t in msg.tool_calls]  # type: ignore[union-attr]
    assert args == [
        {"query": "hello big world", "part": 0},
        {"query": "hello big world", "part": 1},
    ]

    stream = await client.chat.completions.create(
        model="m", messages=USER, tools=TOOLS, stream=True
    )
    ids: dict[int, str] = {}
    frags: dict[int, str] = {}
    finish = None
    async for chunk in stream:
        choice = chunk.choices[0]
        finish = choice.finish_reason or finish
        for tc in choice.delta.tool_calls or []:
            ids[tc.index] = tc.id or ids.get(tc.index, "")
            frags[tc.index] = frags.get(tc.index, "") + (
                (tc.function and tc.function.arguments) or ""
            )
    assert ids == {0: "call_2_0", 1: "call_2_1"} and finish == "tool_calls"
    assert [orjson.loads(frags[i]) for i in (0, 1)] == args

    plain = await client.chat.completions.create(
        model="m", messages=USER, tools=TOOLS, tool_choice="none"
    )
    assert plain.choices[0].message.content == "echo 3: hello big world"


async def test_logprobs(client: openai.AsyncOpenAI) -> None:
    done = await client.chat.completions.create(
        model="m", messages=USER, logprobs=True, top_logprobs=3
    )
    lp = done.choices[0].logprobs
    assert lp is not None and lp.content is not None
    assert "".join(t.token for t in lp.content) == done.choices[0].message.content
    assert all(len(t.top_logprobs) == 3 and t.logprob < 0 for t in lp.content)
    assert lp.content[0].bytes == list(lp.content[0].token.encode())


async def test_vendor_fields_survive(client: openai.AsyncOpenAI) -> None:
    msgs: Any = [{"role": "user", "content": "REASON now"}]
    done = await client.chat.completions.create(model="m", messages=msgs)
    extra = done.choices[0].message.model_extra or {}
    assert extra == {"reasoning_content": "thinking about REASON now", "x_vendor_field": "vendor-1"}
    stream = await client.chat.completions.create(model="m", messages=msgs, stream=True)
    deltas = [c.choices[0].delta.model_extra or {} async for c in stream]
    assert "".join(d.get("reasoning_content", "") for d in deltas) == "thinking about REASON now"
    assert deltas[0]["x_vendor_field"] == "vendor-2"


async def test_embeddings(up: FakeUpstream, client: openai.AsyncOpenAI) -> None:
    res = await client.embeddings.create(model="e", input=["a b", "c"], encoding_format="float")
    assert [d.index for d in res.data] == [0, 1] and res.model == "e"
    for d, item in zip(res.data, ["a b", "c"], strict=True):
        got = np.array(d.embedding, dtype=np.float32)
        assert got.shape == (16,) and np.array_equal(got, expected_vector("e", item, 16))
    assert res.usage.prompt_tokens == 3 and res.usage.total_tokens == 3

    b64 = await client.embeddings.create(
        model="e", input="a b", dimensions=8, encoding_format="base64"
    )
    vec = np.frombuffer(base64.b64decode(str(b64.data[0].embedding)), dtype="<f4")
    assert np.array_equal(vec, expected_vector("e", "a b", 8))

    default = await client.embeddings.create(model="e", input=[[1, 2, 3], [4]])  # SDK asks b64
    assert up.calls[-1].json["encoding_format"] == "base64"
    assert np.array_equal(
        np.array(default.data[1].embedding, np.float32), expected_vector("e", [4], 16)
    )
    single = await client.embeddings.create(model="e", input=[7, 8], encoding_format="float")
    assert len(single.data) == 1 and single.usage.total_tokens == 2
    assert up.embedded == ["a b", "c", "a b", [1, 2, 3], [4], [7, 8]]


async def test_bow_embeddings_are_semantic() -> None:
    a = expected_vector("bow-embed", "The cat sat", 64)
    b = expected_vector("bow-embed", "sat, the CAT!", 64)
    c = expected_vector("bow-embed", "dogs run fast", 64)
    assert float(a @ b) == pytest.approx(1.0) and float(a @ c) < 0.9


async def test_error_injection(up: FakeUpstream, client: openai.AsyncOpenAI) -> None:
    up.fail_next(429, headers={"retry-after": "1"})
    with pytest.raises(openai.RateLimitError) as rate:
        await client.chat.completions.create(model="m", messages=USER)
    assert rate.value.status_code == 429 and rate.value.code == "rate_limit_exceeded"
    assert rate.value.response.headers["retry-after"] == "1"
    assert rate.value.request_id is not None and rate.value.request_id.startswith("req_")

    up.fail_next(500, body={"error": {"message": "boom", "type": "server_error"}}, times=2)
    for _ in range(2):
        with pytest.raises(openai.InternalServerError) as err:
            await client.embeddings.create(model="e", input="x")
        assert err.value.body == {"message": "boom", "type": "server_error"}
    assert (await client.embeddings.create(model="e", input="x")).data
    assert len(up.calls_to("/v1/embeddings")) == 3 and up.embedded == ["x"]


async def test_truncated_stream_raises_connection_error(
    up: FakeUpstream, client: openai.AsyncOpenAI
) -> None:
    up.truncate_next_stream(after_chunks=2)
    stream = await client.chat.completions.create(model="m", messages=USER, stream=True)
    got = []
    with pytest.raises(openai.APIConnectionError):
        async for chunk in stream:
            got.append(chunk)
    assert len(got) == 2 and up.stream_outcomes == ["truncated"]
    again = await client.chat.completions.create(model="m", messages=USER, stream=True)
    assert len([c async for c in again]) == 7  # the fault was one-shot


async def test_error_mid_stream_raises_api_error(
    up: FakeUpstream, client: openai.AsyncOpenAI
) -> None:
    up.error_mid_stream_next(after_chunks=3)
    stream = await client.chat.completions.create(model="m", messages=USER, stream=True)
    got = []
    with pytest.raises(openai.APIError, match="Stream failed"):
        async for chunk in stream:
            got.append(chunk)
    assert len(got) == 3 and up.stream_outcomes == ["error"]


async def test_client_disconnect_is_recorded(up: FakeUpstream) -> None:
    up.chunk_delay = 0.05
    body = {"model": "m", "messages": USER, "stream": True}
    async with aiohttp.ClientSession() as s:
        r = await s.post(f"{up.url}/chat/completions", json=body)
        assert (await r.content.readline()).startswith(b"data: ")
        r.close()  # hang up mid-stream
    for _ in range(40):
        if up.stream_outcomes:
            break
        await asyncio.sleep(0.025)
    assert up.stream_outcomes == ["client_gone"]


async def test_latency(up: FakeUpstream, client: openai.AsyncOpenAI) -> None:
    up.latency = 0.2
    start = time.monotonic()
    await client.chat.completions.create(model="m", messages=USER)
    assert time.monotonic() - start >= 0.2


async def test_models_echo_and_byte_stream(up: FakeUpstream, client: openai.AsyncOpenAI) -> None:
    models = [m.id async for m in client.models.list()]
    assert "gpt-4o-mini" in models and "bow-embed" in models

    big = bytes(range(256)) * 8192  # 2 MiB, not UTF-8
    form = aiohttp.FormData()
    form.add_field("purpose", "batch")
    form.add_field("file", io.BytesIO(big), filename="x.bin")
    async with aiohttp.ClientSession() as s:
        async with s.post(f"{up.url}/files?status=201", data=form) as r:
            echo = await r.json()
            assert r.status == 201 and r.headers["x-upstream-echo"] == "1"
            assert r.headers["x-ratelimit-limit-requests"] == "100"
        assert echo["method"] == "POST" and echo["path"] == "/v1/files"
        assert echo["query"] == "status=201" and echo["body_len"] > len(big)
        assert echo["headers"]["Content-Type"].startswith("multipart/form-data")
        assert up.calls[-1].body.find(big) > 0

        arrivals = []
        async with s.get(f"{up.url}/stream-bytes?n=4&delay=0.05") as r:
            async for data in r.content.iter_any():
                arrivals.append((time.monotonic(), data))
    assert b"".join(d for _, d in arrivals) == b"chunk 0\nchunk 1\nchunk 2\nchunk 3\n"
    assert len(arrivals) == 4 and arrivals[-1][0] - arrivals[0][0] >= 0.12
