"""A stopping `llmstash serve` is gone within `server.drain_delay` + `server.shutdown_timeout`
and a small fixed margin, whatever still runs after the drain (a stream's upstream call
whose client was cut, its store write, tasks that take their time to end); a second
signal ends it within about a second. Real processes: the bound is the operator's (an
orchestrator kills what outlasts its grace period)."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path
from typing import Any

import aiohttp

from tests.processes import start_serve
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent
MARGIN = 1.5  # seconds a stop may take past drain_delay + shutdown_timeout
STREAM = {
    "model": "gpt-4o-mini",
    "messages": [{"role": "user", "content": "a long story"}],
    "stream": True,
}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return env | {"PYTHONPATH": str(ROOT)}


async def _serve(upstream: FakeUpstream, tmp_path: Path, server: str, *args: str) -> Any:
    config = tmp_path / "llmstash.yaml"
    config.write_text(f"server: {{{server}}}\n")
    process, port = await start_serve(
        "--upstream", upstream.url, "--config", str(config), *args, env=_env()
    )
    return process, port


async def _stream(port: int) -> str:
    """A streamed chat request (cached: its answer is stored once the upstream ends it),
    read to its end: "done", or the error that cut it."""
    try:
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            async with http.post(url, json=STREAM) as r:
                body = await r.read()
                return "done" if b"[DONE]" in body else f"{r.status} without [DONE]"
    except aiohttp.ClientError as exc:
        return type(exc).__name__


async def _streaming(port: int, upstream: FakeUpstream) -> asyncio.Task[str]:
    """A stream the upstream holds open (its headers sent, no event for 60 s), once it has
    reached the upstream."""
    upstream.first_event_delay = 60.0
    held = asyncio.create_task(_stream(port))
    for _ in range(200):
        if upstream.calls_to("/v1/chat/completions"):
            await asyncio.sleep(0.1)  # the stream's headers on their way
            return held
        await asyncio.sleep(0.02)
    raise AssertionError("the stream never reached the upstream")


async def _exit(process: Any) -> str:
    """Wait for the process (bounded), and its whole stderr."""
    try:
        _, err = await asyncio.wait_for(process.communicate(), 40)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return str(err.decode())


async def test_a_stop_ends_within_the_timeout_while_a_stream_is_held_open(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    """After the drain, the upstream call of the cut stream (it would be stored once it
    ends) was waited for 5 s more, then the leftover tasks 2 s: a stop with a 1 s timeout
    took 7 s."""
    process, port = await _serve(upstream, tmp_path, "shutdown_timeout: 1s")
    held = await _streaming(port, upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _exit(process)
    took = time.monotonic() - started
    assert took < 1.0 + MARGIN, f"stopped after {took:.1f}s:\n{logged[-3000:]}"
    assert took >= 1.0  # the stream had its shutdown_timeout
    assert process.returncode == 0
    assert await held != "done"  # cut
    assert "0 request(s) finished, 1 cut" in logged
    assert "Traceback" not in logged


async def test_a_stop_with_a_drain_delay_ends_within_both(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    process, port = await _serve(upstream, tmp_path, "drain_delay: 1s, shutdown_timeout: 1s")
    held = await _streaming(port, upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _exit(process)
    took = time.monotonic() - started
    assert 2.0 <= took < 2.0 + MARGIN, f"stopped after {took:.1f}s:\n{logged[-3000:]}"
    assert process.returncode == 0
    assert await held != "done"
    assert "0 request(s) finished, 1 cut" in logged


async def test_a_second_signal_ends_the_process_within_a_second_or_so(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    """ "A second signal stops at once": it cut the drain, but the waits after it (the cut
    stream's upstream call, the leftover tasks) still took 7 s."""
    process, port = await _serve(upstream, tmp_path, "shutdown_timeout: 20s")
    held = await _streaming(port, upstream)
    process.send_signal(signal.SIGTERM)
    await asyncio.sleep(0.7)  # past the half second in which it would be the same stop
    second = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _exit(process)
    took = time.monotonic() - second
    assert took < MARGIN, f"stopped {took:.1f}s after the second signal:\n{logged[-3000:]}"
    assert process.returncode == 0
    assert await held != "done"
    assert "a second signal: stopping now" in logged
    assert "0 request(s) finished, 1 cut" in logged


async def test_a_stream_that_ends_during_the_stop_is_still_stored(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """The bound does not drop the work the waits are for: a stream whose client left
    before the stop, and whose upstream answer ends within the time the stop has, is
    stored (the next process serves it from the cache)."""
    config = tmp_path / "llmstash.yaml"
    config.write_text("key_salt: s\nserver: {shutdown_timeout: 3s}\n")
    args = ("--upstream", upstream.url, "--redis-url", redis_url, "--config", str(config))
    process, port = await start_serve(*args, env=_env())
    upstream.chunk_delay = 0.1
    upstream.first_event_delay = 1.0
    try:
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            async with http.post(url, json=STREAM) as r:
                assert r.status == 200
                await r.content.readany()  # (its headers came), then the client leaves
        process.send_signal(signal.SIGTERM)  # nothing in flight: the drain ends at once
        logged = await _exit(process)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, logged
    assert upstream.stream_outcomes == ["done"], logged  # the upstream call went on
    upstream.reset()
    process, port = await start_serve(*args, env=_env())
    try:
        assert await _stream(port) == "done"
        assert upstream.calls_to("/v1/chat/completions") == []  # a hit: it was stored
    finally:
        process.terminate()
        await _exit(process)
