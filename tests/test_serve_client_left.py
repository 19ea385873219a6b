"""`llmstash serve` (not aiohttp's TestServer): a request whose client left is logged and
counted as a 499, whether it left mid-body, waiting for a plain answer or mid-stream."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
from pathlib import Path

import aiohttp
import orjson
import pytest

from tests.processes import leave_mid_body, start_serve
from tests.test_observability import scrape, total
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
    """`serve` runs its handlers with `handler_cancellation=True`, as aiohttp's TestServer
    does (its default is False: the handler was never cancelled, and a request whose client
    left was observed as the 200 it started as). `stream=False`: a client that gives up
    waiting for a plain answer."""
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
    assert chat == [(499, "miss", True)]  # (without handler cancellation: a 200)


async def test_serve_logs_and_counts_a_request_its_client_left_mid_body_as_499(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    """The body stops coming and the connection closes: no answer to anyone, a 499 of the
    route in the access log and in llmstash_requests_total, nothing sent upstream."""
    config = tmp_path / "llmstash.yaml"
    config.write_text("server: {access_log: true}\n")
    process, port = await start_serve(
        "--upstream", upstream.url, "--config", str(config), "--workers", "1",
        env=_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        for path in (CHAT, "/v1/embeddings"):
            await leave_mid_body(port, path)
        await asyncio.sleep(0.3)
        requests = (await scrape(f"http://127.0.0.1:{port}"))["llmstash_requests_total"]
    finally:
        out = await _stop(process)
    lines = [orjson.loads(line) for line in out.splitlines() if line.startswith("{")]
    left = [(r.get("route"), r["status"], r.get("error")) for r in lines if r["status"] == 499]
    assert left == [
        ("chat", 499, "client_closed_request"),
        ("embeddings", 499, "client_closed_request"),
    ]
    for route in ("chat", "embeddings"):
        assert total(requests, route=route, status="4xx") == 1
    assert upstream.calls == []
