"""`llmstash serve` (not aiohttp's TestServer, which cancels a handler whose client left):
a chat request whose client left is logged and counted as a 499."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
from pathlib import Path

import aiohttp
import orjson
import pytest

from tests.processes import start_serve
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent
WORDS = "a b c d e f g h i j k l"
CHAT = "/v1/chat/completions"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return env | {"PYTHONPATH": str(ROOT)}


async def _stop(process: asyncio.subprocess.Process) -> str:
    if process.returncode is None:
        process.terminate()
    out, _ = await asyncio.wait_for(process.communicate(), 30)
    return out.decode()


@pytest.mark.parametrize("stream", [True, False])
async def test_serve_logs_and_counts_a_chat_request_its_client_left_as_499(
    upstream: FakeUpstream, tmp_path: Path, stream: bool
) -> None:
    """README (805db8b) and 031c019: "a chat request whose client left before its answer
    ended is logged and counted as a 499". That only holds under aiohttp's TestServer, which
    runs with `handler_cancellation=True`; `llmstash serve` builds its `AppRunner` without it
    (aiohttp's default: False), so the handler is never cancelled: `respond.live` swallows
    the ConnectionResetError of its next write and returns, and the request is observed as
    the 200 it started as. The suite's own test of the feature passes only because of the
    TestServer. (`stream=False`: a client that gives up waiting for a plain answer.)"""
    upstream.chunk_delay = 0.05
    upstream.latency = 0.0 if stream else 0.6
    config = tmp_path / "llmstash.yaml"
    config.write_text("server: {access_log: true}\n")
    process, port = await start_serve(
        "--upstream",
        upstream.url,
        "--config",
        str(config),
        "--workers",
        "1",
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        body = {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": WORDS}],
            "stream": stream,
        }
        async with aiohttp.ClientSession() as http:
            post = http.post(
                f"http://127.0.0.1:{port}/v1/chat/completions",
                json=body,
                headers={"Authorization": "Bearer sk-review"},
            )
            if stream:
                response = await post
                assert response.status == 200
                await response.content.readany()  # the first event, then leave
                response.close()  # drops the connection
            else:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(0.2):  # gives up before the answer
                        await post
        for _ in range(200):
            if upstream.stream_outcomes or (not stream and upstream.calls_to(CHAT)):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # the call ends (a stream: drained) and is stored
    finally:
        out = await _stop(process)
    assert upstream.stream_outcomes == (["done"] if stream else [])
    lines = [orjson.loads(line) for line in out.splitlines() if line.startswith("{")]
    chat = [(r["status"], r["cache"], r["stored"]) for r in lines if r.get("route") == "chat"]
    assert chat == [(499, "miss", True)]  # under `serve`: [(200, "miss", True)]
