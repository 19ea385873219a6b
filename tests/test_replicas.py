"""Several proxy processes sharing one real Redis behave like one cache."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import openai
import pytest

from tests.processes import start_serve, stop
from tests.team_files import eventually
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"


class Replica:
    def __init__(self, process: asyncio.subprocess.Process, port: int, log: Path) -> None:
        self.process = process
        self.url = f"http://127.0.0.1:{port}/v1"
        self.log = log  # its stderr (a file: a pipe nobody reads could fill and block it)

    def client(self) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(base_url=self.url, api_key="sk-shared", max_retries=0, timeout=60)


@pytest.fixture
async def replicas(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> AsyncIterator[Callable[[int], Any]]:
    config = tmp_path / "llmstash.yaml"
    config.write_text("defaults:\n  stampede: {lock_ttl: 1s, wait: 30s}\n")
    started: list[Replica] = []

    async def start(n: int) -> list[Replica]:
        out = []
        for _ in range(n):
            log = tmp_path / f"replica-{len(started) + len(out)}.log"
            with log.open("wb") as stderr:
                process, port = await start_serve(
                    "--upstream",
                    upstream.url,
                    "--redis-url",
                    redis_url,
                    "--config",
                    str(config),
                    stderr=stderr,
                )
            out.append(Replica(process, port, log))
        started.extend(out)
        return out

    yield start
    await asyncio.gather(*(stop(replica.process, replica.log) for replica in started))


async def test_fifty_identical_requests_over_two_replicas_make_one_call_per_shape(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    a, b = await replicas(2)
    upstream.latency = 0.3
    upstream.chunk_delay = 0.05
    clients = [a.client(), b.client()]
    messages = [{"role": "user", "content": "one two three four five six"}]

    async def plain(i: int) -> tuple[str, str]:
        raw = await clients[i % 2].chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=messages
        )
        answer = raw.parse()
        return answer.choices[0].message.content or "", raw.headers["cache-status"]

    async def streamed(i: int) -> tuple[str, float]:
        first = 0.0
        parts = []
        stream = await clients[i % 2].chat.completions.create(
            model="gpt-4o-mini", messages=messages, stream=True
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                first = first or time.monotonic()
                parts.append(chunk.choices[0].delta.content)
        return "".join(parts), first

    results = await asyncio.gather(
        *(plain(i) for i in range(25)), *(streamed(i) for i in range(25))
    )
    for client in clients:
        await client.close()
    # one call for the plain requests, one for the streams (beside it: a stream never
    # waits for a stream=false call's whole answer), each shared by both replicas
    assert len(upstream.calls_to(CHAT)) == 2
    # one plain request made the plain call and stored its answer; the others shared that
    # call, or on a loaded machine read the entry either call stored (the last write wins):
    # a late hit, or a follower on the other replica that read the entry after the stream's
    # answer had replaced it ("collapsed", with the stream's text)
    echoes = {f"echo {k}: one two three four five six" for k in (1, 2)}
    plain = results[:25]
    leader = "llmstash; fwd=miss; stored"
    stored = [text for text, status in plain if status == leader]
    stream_texts = {text for text, _ in results[25:]}
    assert len(stored) == len(stream_texts) == 1
    assert set(stored) | stream_texts == echoes
    assert {text for text, _ in plain} <= echoes
    followers = {status for _, status in plain if status != leader}
    assert followers <= {"llmstash; hit", "llmstash; fwd=miss; stored; collapsed"}
    firsts = [first for _, first in results[25:]]
    spread = max(firsts) - min(firsts)
    # chunks reach every replica's streaming clients live: all first chunks arrive well
    # before the 6-chunk stream (>= 0.3 s) is over, not when it ends
    assert spread < 0.2, spread


async def test_followers_answer_when_the_leader_replica_dies(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    a, b = await replicas(2)
    upstream.latency = 1.5
    messages = [{"role": "user", "content": "who survives"}]
    ca, cb = a.client(), b.client()
    leader = asyncio.create_task(ca.chat.completions.create(model="gpt-4o-mini", messages=messages))
    # a holds the lock and waits on the upstream
    await eventually(lambda: len(upstream.calls_to(CHAT)) == 1)
    follower = asyncio.create_task(
        cb.chat.completions.create(model="gpt-4o-mini", messages=messages)
    )
    streamed_follower = asyncio.create_task(
        cb.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True)
    )
    await asyncio.sleep(0.3)
    a.process.send_signal(signal.SIGKILL)
    with pytest.raises(openai.APIConnectionError):
        await leader
    answer = await asyncio.wait_for(follower, 20)
    stream = await asyncio.wait_for(streamed_follower, 20)
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    await ca.close()
    await cb.close()
    # the dead leader's call, the stream's own call beside the plain flight it came upon
    # (a stream never waits for a stream=false call's whole answer), and the plain
    # follower's takeover, unless that takeover found the stream's call already running
    # on its replica and joined it (which of the two depends on timing; both are right)
    calls = len(upstream.calls_to(CHAT))
    assert calls in (2, 3)
    texts = {answer.choices[0].message.content, text}
    assert texts == {f"echo {n}: who survives" for n in range(2, calls + 1)}


async def _streamed(client: openai.AsyncOpenAI, delay: float, **ask: Any) -> tuple[str, str]:
    """(the text of a streamed answer, its Cache-Status), asked after `delay` seconds."""
    await asyncio.sleep(delay)
    async with client.chat.completions.with_streaming_response.create(
        stream=True, **ask
    ) as response:
        parts = [
            chunk.choices[0].delta.content or ""
            async for chunk in await response.parse()
            if chunk.choices
        ]
        return "".join(parts), response.headers["cache-status"]


ONE_TWO_THREE: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "one two three"}],
}


async def _two_replicas_ending_without_done(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> tuple[Any, Any]:
    """Clients of two replicas, with the upstream's next stream (0.3 s, then an event every
    0.1 s) ended cleanly without [DONE]."""
    a, b = await replicas(2)
    upstream.latency = 0.3
    upstream.chunk_delay = 0.1
    upstream.end_next_stream_without_done()
    return a.client(), b.client()


async def test_a_follower_ends_a_stream_ended_without_done_as_the_leader_does(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    """The upstream ends its stream cleanly without [DONE]: the leader's clients get it
    ended as such, and so do the followers on another replica (not a cut connection)."""
    ca, cb = await _two_replicas_ending_without_done(replicas, upstream)
    ask = ONE_TWO_THREE
    try:
        led, followed = await asyncio.gather(_streamed(ca, 0, **ask), _streamed(cb, 0.5, **ask))
    finally:
        await ca.close()
        await cb.close()
    assert led == ("echo 1: one two three", "llmstash; fwd=miss")
    assert followed == ("echo 1: one two three", "llmstash; fwd=miss; collapsed")
    assert upstream.stream_outcomes == ["no_done"]
    assert len(upstream.calls_to(CHAT)) == 1


async def test_plain_followers_on_every_replica_get_the_leaders_error_alike(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    """A streamed miss breaks off: a plain request that joined it on the leader's replica
    and one on another replica get the same 502, `Cache-Status` included."""
    a, b = await replicas(2)
    upstream.latency = 0.3
    upstream.chunk_delay = 0.1
    upstream.truncate_next_stream(after_chunks=4)
    ask: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "a b c d e f"}],
    }
    ca, cb = a.client(), b.client()

    async def plain(client: openai.AsyncOpenAI) -> openai.APIStatusError:
        # once the leader's stream reached the upstream (it holds the lock), not after a
        # fixed sleep: on a loaded machine the leader can be later than any guess
        await eventually(lambda: len(upstream.calls_to(CHAT)) == 1)
        with pytest.raises(openai.APIStatusError) as caught:
            await client.chat.completions.create(**ask)
        return caught.value

    try:
        leader = asyncio.create_task(_streamed(ca, 0, **ask))
        here, there = await asyncio.gather(plain(ca), plain(cb))
        with pytest.raises(openai.APIConnectionError):
            await leader
    finally:
        await ca.close()
        await cb.close()
    for error in (here, there):
        assert error.status_code == 502
        assert error.response.headers["cache-status"] == (
            'llmstash; fwd=miss; detail="upstream-incomplete"'
        )
    assert here.body == there.body
    assert upstream.stream_outcomes == ["truncated"]
    assert len(upstream.calls_to(CHAT)) == 1


async def test_a_stream_does_not_wait_for_a_plain_call_on_another_replica(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    """A stream on a replica with no flight of its own finds the lock of a stream=false
    call another replica leads: it makes a streamed call beside it (its first bytes come
    now, not with that whole answer), and a second stream follows that one."""
    a, b = await replicas(2)
    upstream.latency = 3.0  # the plain call's answer
    ask: dict[str, Any] = {
        "model": "gpt-4o-mini",
        "messages": [{"role": "user", "content": "one two three"}],
    }
    ca, cb = a.client(), b.client()
    plain = asyncio.create_task(ca.chat.completions.create(**ask))
    # a holds the lock and waits on the upstream
    await eventually(lambda: len(upstream.calls_to(CHAT)) == 1)
    upstream.latency = 0.1  # (the streamed calls')
    upstream.chunk_delay = 0.1

    async def first_byte(client: openai.AsyncOpenAI, calls: int) -> tuple[float, str, str]:
        # start once the upstream has seen `calls` chat calls (the order this test is
        # about), not after a fixed sleep a loaded machine can outrun
        await eventually(lambda: len(upstream.calls_to(CHAT)) >= calls)
        started = time.monotonic()
        text = ""
        first = 0.0
        async with client.chat.completions.with_streaming_response.create(
            stream=True, **ask
        ) as response:
            async for chunk in await response.parse():
                if not first:
                    first = time.monotonic() - started
                if chunk.choices:
                    text += chunk.choices[0].delta.content or ""
            return first, text, response.headers["cache-status"]

    try:
        (first, text, status), (_, text2, status2) = await asyncio.gather(
            first_byte(cb, 1), first_byte(ca, 2)
        )
        answer = await plain
    finally:
        await ca.close()
        await cb.close()
    assert first < 1.5, first  # was ~2.6 s: when a's whole answer came
    assert status == "llmstash; fwd=miss"
    # a's own stream follows b's streamed call (under the same lock beside the entry's)
    assert (text2, status2) == (text, "llmstash; fwd=miss; collapsed")
    # (the stream's call counts first: the plain call's answer is made after its latency)
    assert (text, answer.choices[0].message.content) == (
        "echo 1: one two three",
        "echo 2: one two three",
    )
    assert len(upstream.calls_to(CHAT)) == 2


async def test_a_plain_follower_of_a_stream_ended_without_done_gets_a_502(
    replicas: Callable[[int], Any], upstream: FakeUpstream
) -> None:
    """A streamed miss the upstream ends cleanly but without [DONE]: a plain request that
    followed it on another replica gets a 502 `upstream-incomplete`, never the text with a
    200 (its stream=true leader's client gets the stream ended as such)."""
    ca, cb = await _two_replicas_ending_without_done(replicas, upstream)
    ask = ONE_TWO_THREE

    async def plain() -> openai.APIStatusError:
        await eventually(lambda: len(upstream.calls_to(CHAT)) == 1)  # the leader's stream
        with pytest.raises(openai.APIStatusError) as caught:
            await cb.chat.completions.create(**ask)
        return caught.value

    try:
        led, error = await asyncio.gather(_streamed(ca, 0, **ask), plain())
    finally:
        await ca.close()
        await cb.close()
    assert led == ("echo 1: one two three", "llmstash; fwd=miss")
    assert error.status_code == 502
    # (an error is the leader's answer, `Cache-Status` and all)
    cache_status = error.response.headers["cache-status"]
    assert cache_status == 'llmstash; fwd=miss; detail="upstream-incomplete"'
    assert len(upstream.calls_to(CHAT)) == 1
