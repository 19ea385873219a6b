"""proxy.sse: decoder, chunk assembly, replay (and replay read by the SDK through the real
proxy). Table-driven, no mocks.

The chunk sequences copy the shapes OpenAI (and a few compatible servers) put on the wire.
"""

from __future__ import annotations

import copy
import random
from typing import Any

import orjson
import pytest
from openai.lib.streaming.chat import ChatCompletionStreamState
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from proxy.sse import (
    DONE,
    ChunkAssembler,
    Event,
    SSEDecoder,
    completion_to_events,
    is_usage_only,
    without_null_usage,
)
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"

# --- decoder ---------------------------------------------------------------------------------

# Each event as its lines (no line ends; the blank line that ends it is implicit) and the
# `data` the decoder must report.
EVENTS: list[tuple[list[bytes], bytes | None]] = [
    ([b": keep-alive"], None),
    ([b"retry: 3000", b"id: 1"], None),
    ([b'data: {"id":"chatcmpl-1","choices":[]}'], b'{"id":"chatcmpl-1","choices":[]}'),
    (
        [b"event: message", b"id: 2", b"data: line1", b"data:line2", b"data"],
        b"line1\nline2\n",
    ),
    (
        [b": ping", b"data: x", b": between", b"data:  two spaces", b"data:", b"data: y"],
        b"x\n two spaces\n\ny",
    ),
    ([b"datum: no", b"data : no", b"dat", b"data: yes"], b"yes"),
    ([], None),  # a stray blank line is an event of its own (its bytes are forwarded too)
    (
        [b"data: caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80"],
        b"caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80",
    ),
    ([b"data: " + DONE], DONE),
]


def _build_stream(eols: list[bytes]) -> tuple[bytes, list[Event]]:
    """The stream and its expected events, line ends taken from `eols` in turn (never a LF
    right after a CR, which would read as one CRLF)."""
    out, expected, n, prev = bytearray(), [], 0, b""
    for lines, data in EVENTS:
        raw = bytearray()
        for line in [*lines, b""]:
            eol = eols[n % len(eols)]
            n += 1
            if prev == b"\r" and eol == b"\n" and not line:
                eol = b"\r\n"
            raw += line + eol
            prev = eol
        out += raw
        expected.append(Event(bytes(raw), data))
    return bytes(out), expected


STREAMS = {
    "lf": _build_stream([b"\n"]),
    "crlf": _build_stream([b"\r\n"]),
    "cr": _build_stream([b"\r"]),
    "mixed": _build_stream([b"\n", b"\r\n", b"\r", b"\r\n", b"\r"]),
}


def _decode(pieces: list[bytes]) -> list[Event]:
    decoder = SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)]
    return events + decoder.flush()


@pytest.mark.parametrize("name", STREAMS)
def test_decoder_whole_stream(name: str) -> None:
    stream, expected = STREAMS[name]
    events = _decode([stream])
    assert events == expected
    assert b"".join(event.raw for event in events) == stream


@pytest.mark.parametrize("name", STREAMS)
def test_decoder_split_at_every_offset(name: str) -> None:
    stream, expected = STREAMS[name]
    for cut in range(len(stream) + 1):
        assert _decode([stream[:cut], stream[cut:]]) == expected, cut


@pytest.mark.parametrize("name", STREAMS)
def test_decoder_byte_by_byte_and_random_pieces(name: str) -> None:
    stream, expected = STREAMS[name]
    assert _decode([stream[i : i + 1] for i in range(len(stream))]) == expected
    rng = random.Random(name)
    for _ in range(200):
        cuts = sorted(rng.sample(range(len(stream) + 1), 6))
        pieces = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
        assert _decode(pieces) == expected, cuts


@pytest.mark.parametrize(
    ("pieces", "from_feed", "from_flush"),
    [
        pytest.param([], [], [], id="nothing"),
        pytest.param(
            [b"data: a\n\ndata: b"],
            [Event(b"data: a\n\n", b"a")],
            [Event(b"data: b", b"b")],
            id="truncated-mid-line",
        ),
        pytest.param([b"data: a\n"], [], [Event(b"data: a\n", b"a")], id="no-blank-line"),
        pytest.param([b": hi\n"], [], [Event(b": hi\n", None)], id="comment-no-blank-line"),
        pytest.param([b"data: a\r"], [], [Event(b"data: a\r", b"a")], id="cr-at-end-waits"),
        pytest.param([b"data: a\r\r"], [], [Event(b"data: a\r\r", b"a")], id="cr-cr-at-end"),
        pytest.param(
            [b"data: a\r\r", b"\n"], [Event(b"data: a\r\r\n", b"a")], [], id="cr-then-crlf"
        ),
        pytest.param(
            [b"data: a\r", b"\n\r", b"\n"], [Event(b"data: a\r\n\r\n", b"a")], [], id="crlf-split"
        ),
        pytest.param(
            [b"data: a\r\r", b"data: b\n\n"],
            [Event(b"data: a\r\r", b"a"), Event(b"data: b\n\n", b"b")],
            [],
            id="cr-then-next-event",
        ),
    ],
)
def test_decoder_feed_then_flush(
    pieces: list[bytes], from_feed: list[Event], from_flush: list[Event]
) -> None:
    decoder = SSEDecoder()
    assert [event for piece in pieces for event in decoder.feed(piece)] == from_feed
    assert decoder.flush() == from_flush
    assert decoder.flush() == []
    assert decoder.feed(b"data: next\n\n") == [Event(b"data: next\n\n", b"next")]


def test_decoder_long_line_in_small_pieces() -> None:
    # A 1 MiB data line fed 256 bytes at a time (its speed is measured in bench/).
    payload = b"x" * (1 << 20)
    stream = b"data: " + payload + b"\r\n\r\n"
    decoder = SSEDecoder()
    events = [e for i in range(0, len(stream), 256) for e in decoder.feed(stream[i : i + 256])]
    assert events == [Event(stream, payload)]


# --- assembler -------------------------------------------------------------------------------

ID = "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"
TOP = {
    "id": ID,
    "created": 1741570283,
    "model": "gpt-4o-2024-08-06",
    "service_tier": "default",
    "system_fingerprint": "fp_eb9dce56a8",
}
USAGE = {
    "prompt_tokens": 19,
    "completion_tokens": 10,
    "total_tokens": 29,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 0,
        "audio_tokens": 0,
        "accepted_prediction_tokens": 0,
        "rejected_prediction_tokens": 0,
    },
}
_obfuscation = iter(f"pad{i}" for i in range(10**6))


def ck(*choices: dict[str, Any], usage: Any = None, **top: Any) -> dict[str, Any]:
    """One chat.completion.chunk as OpenAI sends it with include_usage."""
    return {
        "id": ID,
        "object": "chat.completion.chunk",
        "created": TOP["created"],
        "model": TOP["model"],
        "service_tier": "default",
        "system_fingerprint": TOP["system_fingerprint"],
        "choices": list(choices),
        "usage": usage,
        "obfuscation": next(_obfuscation),
        **top,
    }


def ch(index: int = 0, finish: str | None = None, logprobs: Any = None, **delta: Any) -> Any:
    return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}


def done(*choices: dict[str, Any], usage: Any = None, **top: Any) -> dict[str, Any]:
    """The expected chat.completion."""
    return {**TOP, "object": "chat.completion", "choices": list(choices), "usage": usage, **top}


def msg(index: int, finish: str | None, logprobs: Any = None, **message: Any) -> Any:
    message = {"role": "assistant", **message}
    if "refusal" in message:  # OpenAI's: its plain message always has the list
        message.setdefault("annotations", [])
    return {"index": index, "message": message, "logprobs": logprobs, "finish_reason": finish}


def lp(token: str, logprob: float) -> dict[str, Any]:
    return {"token": token, "logprob": logprob, "bytes": list(token.encode()), "top_logprobs": []}


def call(index: int, **fields: Any) -> dict[str, Any]:
    return {"index": index, **fields}


def fn(name: str | None = None, arguments: str | None = None) -> dict[str, Any]:
    return {k: v for k, v in (("name", name), ("arguments", arguments)) if v is not None}


START: dict[str, Any] = {"role": "assistant", "content": "", "refusal": None}
AZURE_FILTER = {
    "hate": {"filtered": False, "severity": "safe"},
    "violence": {"filtered": False, "severity": "safe"},
}
ASSEMBLY: dict[str, tuple[list[dict[str, Any]], dict[str, Any]]] = {
    "text": (
        [
            ck(ch(**START)),
            ck(ch(content="Hello")),
            ck(ch(content=", world")),
            ck(ch(content="!")),
            ck(ch(finish="stop")),
            ck(usage=USAGE),
        ],
        done(msg(0, "stop", content="Hello, world!", refusal=None), usage=USAGE),
    ),
    "n=2 interleaved": (
        [
            ck(ch(1, **START)),
            ck(ch(0, **START)),
            ck(ch(0, content="Red")),
            ck(ch(1, content="Blue")),
            ck(ch(0, content=" rose"), ch(1, content=" sky")),
            ck(ch(1, finish="length")),
            ck(ch(0, finish="stop")),
            ck(usage=USAGE),
        ],
        done(
            msg(0, "stop", content="Red rose", refusal=None),
            msg(1, "length", content="Blue sky", refusal=None),
            usage=USAGE,
        ),
    ),
    "parallel tool calls": (
        [
            ck(
                ch(
                    role="assistant",
                    content=None,
                    refusal=None,
                    tool_calls=[call(0, id="call_a", type="function", function=fn("weather", ""))],
                )
            ),
            ck(ch(tool_calls=[call(0, function=fn(arguments='{"loc'))])),
            ck(ch(tool_calls=[call(0, function=fn(arguments='ation": "Paris"}'))])),
            ck(ch(tool_calls=[call(1, id="call_b", type="function", function=fn("time", ""))])),
            # two fragments for the same call in one delta
            ck(
                ch(
                    tool_calls=[
                        call(1, function=fn(arguments='{"tz":')),
                        call(1, function=fn(arguments=' "CET"}')),
                    ]
                )
            ),
            ck(ch(finish="tool_calls")),
        ],
        done(
            msg(
                0,
                "tool_calls",
                content=None,
                refusal=None,
                tool_calls=[
                    {
                        "id": "call_a",
                        "type": "function",
                        "function": fn("weather", '{"location": "Paris"}'),
                    },
                    {"id": "call_b", "type": "function", "function": fn("time", '{"tz": "CET"}')},
                ],
            )
        ),
    ),
    "logprobs": (
        [
            ck(ch(**START, logprobs={"content": [], "refusal": None})),
            ck(ch(content="Hi", logprobs={"content": [lp("Hi", -0.1)], "refusal": None})),
            ck(ch(content=" there", logprobs={"content": [lp(" there", -0.25)], "refusal": None})),
            ck(ch(finish="stop")),
        ],
        done(
            msg(
                0,
                "stop",
                logprobs={"content": [lp("Hi", -0.1), lp(" there", -0.25)], "refusal": None},
                content="Hi there",
                refusal=None,
            )
        ),
    ),
    "refusal": (
        [
            ck(ch(role="assistant", content=None, refusal="")),
            ck(ch(refusal="I'm sorry", logprobs={"content": None, "refusal": [lp("I'm", -0.5)]})),
            ck(ch(refusal=", I can't help with that.")),
            ck(ch(finish="stop")),
        ],
        done(
            msg(
                0,
                "stop",
                logprobs={"content": None, "refusal": [lp("I'm", -0.5)]},
                content=None,
                refusal="I'm sorry, I can't help with that.",
            )
        ),
    ),
    "reasoning_content": (
        [
            ck(ch(role="assistant", content=None, reasoning_content="")),
            ck(ch(reasoning_content="The user asks")),
            ck(ch(reasoning_content=" for 6*7.")),
            ck(ch(content="42", reasoning_content=None)),
            ck(ch(content=".")),
            ck(ch(finish="stop")),
        ],
        done(
            msg(0, "stop", content="42.", reasoning_content="The user asks for 6*7."),
        ),
    ),
    "vendor fields": (
        [
            ck(ch(**START, x_meta={"trace": "ab"}, citations=["https://a"]), provider="Acme"),
            ck(ch(content="Yes", x_meta={"trace": "cd", "hops": 2}), provider="Acme"),
            ck(ch(content=".", citations=["https://b"]), provider="Acme"),
            {
                **ck(ch(finish="stop"), provider="Acme"),
                "choices": [
                    {**ch(finish="stop"), "stop_reason": 128009, "native_finish_reason": "stop"}
                ],
            },
        ],
        done(
            {
                **msg(
                    0,
                    "stop",
                    content="Yes.",
                    refusal=None,
                    x_meta={"trace": "abcd", "hops": 2},
                    citations=["https://a", "https://b"],
                ),
                "stop_reason": 128009,
                "native_finish_reason": "stop",
            },
            provider="Acme",
        ),
    ),
    "repeated role, ids and names": (
        [
            ck(
                ch(
                    role="assistant",
                    content="",
                    tool_calls=[call(0, id="c1", type="function", function=fn("f", ""))],
                )
            ),
            ck(
                ch(
                    role="assistant",
                    tool_calls=[call(0, id="c1", type="function", function=fn("f", "{}"))],
                )
            ),
            ck(ch(role="assistant", content="", finish="tool_calls"), model="", id=""),
            # blanks never erase a value
            ck(
                ch(role="", finish="", tool_calls=[call(0, id="", type="", function=fn(""))]),
                model="",
                id="",
            ),
        ],
        done(
            msg(
                0,
                "tool_calls",
                content="",
                tool_calls=[{"id": "c1", "type": "function", "function": fn("f", "{}")}],
            )
        ),
    ),
    "azure prompt filter first": (
        [
            {
                "choices": [],
                "created": 0,
                "id": "",
                "model": "",
                "object": "",
                "prompt_filter_results": [
                    {"prompt_index": 0, "content_filter_results": AZURE_FILTER}
                ],
            },
            *(
                {**ck(), "choices": [{**c, "content_filter_results": AZURE_FILTER}]}
                for c in (ch(**START), ch(content="Hi"), ch(content="!"), ch(finish="stop"))
            ),
        ],
        {
            **done(
                {
                    **msg(0, "stop", content="Hi!", refusal=None),
                    "content_filter_results": AZURE_FILTER,
                },
            ),
            "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": AZURE_FILTER}],
        },
    ),
    # Azure: `{}` on the role and the finish chunk, the categories with the content (a
    # protected-material check only on the last of it): the answer has them all, as
    # Azure's own non-streamed one
    "azure content filter, empty on the finish chunk": (
        [
            ck(ch(**START) | {"content_filter_results": {}}),
            ck(ch(content="Hi") | {"content_filter_results": AZURE_FILTER}),
            ck(
                ch(content="!")
                | {
                    "content_filter_results": {
                        **AZURE_FILTER,
                        "hate": {"filtered": False, "severity": "low"},
                        "protected_material_text": {"filtered": False, "detected": False},
                    }
                }
            ),
            ck(ch(finish="stop") | {"content_filter_results": {}}),
        ],
        done(
            {
                **msg(0, "stop", content="Hi!", refusal=None),
                "content_filter_results": {
                    **AZURE_FILTER,
                    "hate": {"filtered": False, "severity": "low"},
                    "protected_material_text": {"filtered": False, "detected": False},
                },
            },
        ),
    ),
    "audio": (
        [
            ck(ch(role="assistant", content=None, audio={"id": "audio_1", "transcript": "Hel"})),
            ck(ch(audio={"transcript": "lo", "data": "UklG"})),
            ck(ch(audio={"data": "Rg=="})),
            ck(ch(audio={"expires_at": 1729018505})),
            ck(ch(finish="stop")),
        ],
        done(
            msg(
                0,
                "stop",
                content=None,
                audio={
                    "id": "audio_1",
                    "transcript": "Hello",
                    "data": "UklGRg==",
                    "expires_at": 1729018505,
                },
            )
        ),
    ),
    "content never sent": (
        [ck(ch(role="assistant")), ck(ch(finish="length"))],
        done(msg(0, "length", content=None)),
    ),
    "role never sent, null never overwrites": (
        [
            ck(ch(content="a")),
            ck(ch(content=None, refusal=None)),
            ck(ch(content="b", finish="stop")),
        ],
        done(msg(0, "stop", content="ab", refusal=None)),
    ),
    "tool_calls sent empty first": (
        [
            ck(ch(role="assistant", content=None, tool_calls=[])),
            ck(ch(tool_calls=[call(0, id="c9", type="function", function=fn("g", "{}"))])),
            ck(ch(finish="tool_calls")),
        ],
        done(
            msg(
                0,
                "tool_calls",
                content=None,
                tool_calls=[{"id": "c9", "type": "function", "function": fn("g", "{}")}],
            )
        ),
    ),
}


def _assemble(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    assembler = ChunkAssembler()
    for chunk in chunks:
        assembler.add(chunk)
    return assembler.completion()


@pytest.mark.parametrize("name", ASSEMBLY)
def test_assembler(name: str) -> None:
    chunks, expected = ASSEMBLY[name]
    before = copy.deepcopy(chunks)
    assembler = ChunkAssembler()
    for chunk in chunks:
        assembler.add(chunk)
    assert assembler.completion() == expected
    assert assembler.completion() == expected  # calling it again changes nothing
    assert chunks == before  # the input is not modified
    ChatCompletion.model_validate(expected)


@pytest.mark.parametrize(
    "name",
    ["text", "parallel tool calls", "logprobs", "refusal", "reasoning_content", "audio"],
)
def test_assembler_agrees_with_the_sdk_accumulator(name: str) -> None:
    chunks, _ = ASSEMBLY[name]
    ours = ChatCompletion.model_validate(_assemble(chunks))
    state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
    for chunk in chunks:
        state.handle_chunk(ChatCompletionChunk.model_validate(chunk))
    assert _essentials(state.current_completion_snapshot) == _essentials(ours)


def _essentials(completion: Any) -> Any:
    """What any client reads from a completion (the SDK's snapshot adds its own fields)."""
    return (
        completion.id,
        completion.model,
        completion.usage,
        [
            (
                choice.index,
                choice.finish_reason,
                choice.message.role,
                choice.message.content,
                choice.message.refusal,
                choice.message.audio,
                [
                    (tc.id, tc.type, tc.function.name, tc.function.arguments)
                    for tc in choice.message.tool_calls or []
                    if tc.type == "function"
                ],
                choice.logprobs,
                (choice.message.model_extra or {}).get("reasoning_content"),
            )
            for choice in completion.choices
        ],
    )


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        pytest.param({"choices": [], "usage": USAGE}, True, id="usage-trailer"),
        pytest.param({"usage": USAGE}, True, id="choices-missing"),
        pytest.param({"choices": None, "usage": USAGE}, True, id="choices-null"),
        pytest.param({"choices": [], "usage": None}, False, id="usage-null"),
        pytest.param({"choices": []}, False, id="azure-prompt-filter"),
        pytest.param({"choices": [ch(content="x")], "usage": USAGE}, False, id="usage-every-chunk"),
        pytest.param(ck(ch(content="x")), False, id="content"),
    ],
)
def test_is_usage_only(chunk: dict[str, Any], expected: bool) -> None:
    assert is_usage_only(chunk) is expected


# --- replay ----------------------------------------------------------------------------------


def completion(*choices: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-AbC",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "gpt-4.1-2025-04-14",
        "choices": list(choices),
        "usage": USAGE,
        "service_tier": "default",
        "system_fingerprint": "fp_9",
        **top,
    }


def answer(index: int, finish: str, logprobs: Any = None, **message: Any) -> dict[str, Any]:
    message = {"role": "assistant", "refusal": None, "annotations": [], **message}
    return {"index": index, "message": message, "logprobs": logprobs, "finish_reason": finish}


TOOL_CALLS = [
    {
        "id": "call_1",
        "type": "function",
        "function": {"name": "weather", "arguments": '{"c":"Paris"}'},
    },
    {"id": "call_2", "type": "function", "function": {"name": "time", "arguments": '{"tz":"CET"}'}},
]
COMPLETIONS: dict[str, dict[str, Any]] = {
    "plain": completion(answer(0, "stop", content="Hello there, how may I assist you today?")),
    "n=3": completion(
        answer(0, "stop", content="One"),
        answer(1, "length", content="Two is"),
        answer(2, "stop", content="Three\nlines\n"),
    ),
    "parallel tool calls": completion(answer(0, "tool_calls", content=None, tool_calls=TOOL_CALLS)),
    "logprobs": completion(
        answer(
            0,
            "stop",
            logprobs={"content": [lp("Hi", -0.01), lp("!", -1.5)], "refusal": None},
            content="Hi!",
        )
    ),
    "n=2 logprobs": completion(
        answer(0, "stop", logprobs={"content": [lp("Hi", -0.1)], "refusal": None}, content="Hi"),
        answer(
            1,
            "stop",
            logprobs={"content": [lp("Hey", -0.2), lp("!", -0.9)], "refusal": None},
            content="Hey!",
        ),
    ),
    "refusal": completion(answer(0, "stop", content=None, refusal="I can't help with that.")),
    "reasoning_content": {
        "id": "0193c6f2",
        "object": "chat.completion",
        "created": 1741569952,
        "model": "deepseek-reasoner",
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": "42",
                    "reasoning_content": "6 times 7 is 42.",
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {**USAGE, "prompt_cache_hit_tokens": 0, "prompt_cache_miss_tokens": 19},
        "system_fingerprint": "fp_7e73fd9a08",
    },
    "unknown fields": completion(
        {
            **answer(
                0,
                "stop",
                content="See [1].",
                annotations=[
                    {
                        "type": "url_citation",
                        "url_citation": {
                            "start_index": 4,
                            "end_index": 7,
                            "url": "https://e.x",
                            "title": "E",
                        },
                    }
                ],
                x_vendor={"tags": ["a", "b"], "score": 0.5, "note": "n"},
            ),
            "stop_reason": 128009,
        },
        provider="Together",
    ),
    "empty content": completion(answer(0, "stop", content="")),
    "audio": completion(
        answer(
            0,
            "stop",
            content=None,
            audio={
                "id": "audio_abc",
                "data": "UklGRg==",
                "expires_at": 1729018505,
                "transcript": "Hi",
            },
        )
    ),
    "no usage": {
        k: v for k, v in completion(answer(0, "stop", content="x")).items() if k != "usage"
    },
}


def _replay(c: dict[str, Any], include_usage: bool) -> tuple[list[bytes], list[dict[str, Any]]]:
    events = completion_to_events(c, include_usage=include_usage)
    data = [event.data for event in _decode([b"".join(events)])]
    assert data[-1] == DONE and DONE not in data[:-1]
    return events, [orjson.loads(d) for d in data[:-1] if d is not None]


@pytest.mark.parametrize("include_usage", [True, False], ids=["usage", "no-usage"])
@pytest.mark.parametrize("name", COMPLETIONS)
def test_replay_round_trip(name: str, include_usage: bool) -> None:
    c = COMPLETIONS[name]
    before = copy.deepcopy(c)
    events, chunks = _replay(c, include_usage)
    assert events[-1] == b"data: [DONE]\n\n"
    for event in events:
        assert event.startswith(b"data: ") and event.endswith(b"\n\n")
        assert event.count(b"\n") == 2  # one event each, one line each
    expected = {k: v for k, v in c.items() if k != "usage"}
    if include_usage:
        expected["usage"] = c.get("usage")
    assert _assemble(chunks) == expected
    assert c == before


@pytest.mark.parametrize("include_usage", [True, False], ids=["usage", "no-usage"])
@pytest.mark.parametrize("name", COMPLETIONS)
def test_replay_shape(name: str, include_usage: bool) -> None:
    c = COMPLETIONS[name]
    _, chunks = _replay(c, include_usage)
    for chunk in chunks:
        ChatCompletionChunk.model_validate(chunk)
        assert chunk["object"] == "chat.completion.chunk"
        for key in ("id", "created", "model", "system_fingerprint", "service_tier"):
            assert chunk.get(key) == c.get(key)
        assert ("usage" in chunk) is include_usage
        assert "obfuscation" not in chunk
    trailer = [chunk for chunk in chunks if is_usage_only(chunk)]
    if include_usage and c.get("usage") is not None:
        assert trailer == [chunks[-1]] and chunks[-1]["usage"] == c["usage"]
        assert all(chunk["usage"] is None for chunk in chunks[:-1])
    else:
        assert trailer == []
    per_choice = [chunk["choices"] for chunk in chunks if chunk["choices"]]
    assert all(len(choices) == 1 for choices in per_choice)
    assert len(per_choice) == 3 * len(c["choices"])
    # as upstreams stream: role alone (never logprobs), then the message, then finish_reason
    for [role], [body], [last] in zip(*[iter(per_choice)] * 3, strict=True):
        assert role["delta"] == {"role": "assistant"} and role["finish_reason"] is None
        assert role.get("logprobs") is None
        assert "role" not in body["delta"] and body["finish_reason"] is None
        assert last["delta"] == {} and last["finish_reason"] is not None
        for tc_index, tc in enumerate(body["delta"].get("tool_calls") or []):
            assert tc["index"] == tc_index


@pytest.mark.parametrize("name", [n for n in COMPLETIONS if n != "no usage"])
def test_replay_read_by_the_sdk_accumulator(name: str) -> None:
    c = COMPLETIONS[name]
    _, chunks = _replay(c, include_usage=True)
    state: ChatCompletionStreamState[None] = ChatCompletionStreamState()
    for chunk in chunks:
        state.handle_chunk(ChatCompletionChunk.model_validate(chunk))
    assert _essentials(state.current_completion_snapshot) == _essentials(
        ChatCompletion.model_validate(c)
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'data: {"id":"c","choices":[],"usage":null}\n\n', b'data: {"id":"c","choices":[]}\n\n'),
        (b'data: {"usage": null, "id": "c"}\n\n', b'data: {"id": "c"}\n\n'),
        (b'data: {"id":"c", "usage" : null }\n\n', b'data: {"id":"c" }\n\n'),
        # inside a string the quotes are escaped: never touched
        (b'data: {"c":"say ,\\"usage\\":null"}\n\n', b'data: {"c":"say ,\\"usage\\":null"}\n\n'),
        (b'data: {"usage":{"total_tokens":3}}\n\n', b'data: {"usage":{"total_tokens":3}}\n\n'),
        (b": keep-alive\n\n", b": keep-alive\n\n"),
    ],
)
def test_without_null_usage(raw: bytes, expected: bytes) -> None:
    out = without_null_usage(raw)
    assert out == expected
    if out.startswith(b"data: {"):
        assert orjson.loads(out[6:]) == {
            k: v for k, v in orjson.loads(raw[6:]).items() if not (k == "usage" and v is None)
        }


# --- replay through the proxy ----------------------------------------------------------------


async def test_replayed_logprobs_of_every_choice_read_once_by_the_sdk_stream(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """`client.chat.completions.stream()` accumulates a replayed hit exactly as it does the
    upstream's own stream: logprobs of choices after the first are not counted twice."""
    client = proxy.client()
    request: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "one two three"}],
        "n": 2,
        "logprobs": True,
    }

    async def final() -> Any:
        async with client.chat.completions.stream(**request) as events:
            return await events.get_final_completion()

    live, replayed = await final(), await final()  # a miss, then a hit
    assert len(upstream.calls_to(CHAT)) == 1
    assert [c.message.content for c in replayed.choices] == [
        c.message.content for c in live.choices
    ]
    counts = [[len(c.logprobs.content) for c in x.choices] for x in (live, replayed)]
    assert counts[0] == counts[1] and all(counts[0])
    assert [c.logprobs for c in replayed.choices] == [c.logprobs for c in live.choices]
