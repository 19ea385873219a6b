"""`llmstash serve` as an operator meets it: what it prints and logs (never a credential),
how it refuses bad input and bad flags (one line, no traceback), how it stops (drained,
within `server.shutdown_timeout`)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest

from tests.processes import healthz, start_serve
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent
SECRET = "SuperSecretPw"
CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "slow one"}]}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return env | {"PYTHONPATH": str(ROOT)} | extra


async def _start(*args: str, env: dict[str, str] | None = None) -> tuple[Any, int]:
    """`python -m proxy serve --port <free> *args` with `env` (default: no LLMSTASH_*)."""
    return await start_serve(*args, env=env or _env())


async def _stop(process: Any, *, send: bool = True) -> str:
    """SIGTERM (unless the test sent its own: a second one would hurry it), wait, and the
    process's whole stderr."""
    if send and process.returncode is None:
        process.terminate()
    _, err = await asyncio.wait_for(process.communicate(), 30)
    return str(err.decode())


def _run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Any:
    return subprocess.run(
        [sys.executable, "-m", *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env or _env(),
        cwd=cwd,
    )


# -- secrets ---------------------------------------------------------------------------


async def test_credentials_in_urls_are_never_printed(
    upstream: FakeUpstream, redis_url: str
) -> None:
    secret_url = redis_url.replace("redis://", f"redis://:{SECRET}@")
    process, port = await _start("--upstream", upstream.url, "--redis-url", secret_url)
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
                served = await r.text()
    finally:
        logged = await _stop(process)
    assert SECRET not in logged and SECRET not in served
    assert f"(store: {redis_url.replace('redis://', 'redis://***@')})" in logged
    # no key_salt: the scope hangs on a Redis key, which the operator is told
    assert "no key_salt configured" in logged and "'ls:salt'" in logged

    printed = _run("proxy", "check-config", env=_env(LLMSTASH_REDIS_URL=secret_url))
    assert printed.returncode == 0, printed.stderr
    assert SECRET not in printed.stdout + printed.stderr
    store = orjson.loads(printed.stdout)["store"]
    assert store["redis_url"] == redis_url.replace("redis://", "redis://***@")


async def test_no_salt_warning_once_a_salt_is_set(upstream: FakeUpstream, redis_url: str) -> None:
    env = _env(LLMSTASH_KEY_SALT="a-fixed-salt")
    process, _ = await _start("--upstream", upstream.url, "--redis-url", redis_url, env=env)
    logged = await _stop(process)
    assert "no key_salt configured" not in logged


# -- the upstream URL ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["serve", "check-config"])
def test_upstream_url_with_credentials_is_refused(command: str) -> None:
    result = _run("proxy", command, env=_env(LLMSTASH_UPSTREAM=f"http://user:{SECRET}@h/v1"))
    assert result.returncode == 2
    assert "'upstream.url' must not carry credentials (http://***@h/v1)" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


async def test_upstream_url_without_v1_is_a_warning(upstream: FakeUpstream) -> None:
    process, _ = await _start("--upstream", upstream.url.removesuffix("/v1") + "/openai")
    logged = await _stop(process)
    assert "does not end in /v1" in logged
    checked = _run("proxy", "check-config", env=_env(LLMSTASH_UPSTREAM="http://h/api"))
    assert checked.returncode == 0
    assert "warning: 'upstream.url' http://h/api does not end in /v1" in checked.stderr


# -- flags -----------------------------------------------------------------------------


def test_version() -> None:
    result = _run("proxy", "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("llmstash ")


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["--log-level", "foo"], {}, "argument --log-level: invalid choice: 'FOO'"),
        ([], {"LLMSTASH_LOG_LEVEL": "loud"}, "LLMSTASH_LOG_LEVEL='LOUD' is not one of DEBUG"),
    ],
)
def test_bad_log_level_is_one_line(args: list[str], env: dict[str, str], message: str) -> None:
    result = _run("proxy", "serve", *args, env=_env(**env))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


async def test_log_level_from_the_environment(upstream: FakeUpstream) -> None:
    process, _ = await _start("--upstream", upstream.url, env=_env(LLMSTASH_LOG_LEVEL="warning"))
    logged = await _stop(process)
    assert "llmstash on http://" not in logged  # an INFO line


@pytest.mark.parametrize("workers", [[], ["--workers", "2"]])
def test_port_in_use_is_one_line_and_exit_1(redis_url: str, workers: list[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("proxy", "serve", "--port", str(port), "--redis-url", redis_url, *workers)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}: address already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_schema_help_writes_nothing(tmp_path: Path) -> None:
    result = _run("proxy.schema", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "usage:" in result.stdout
    assert list(tmp_path.iterdir()) == []


# -- request bodies aiohttp refuses before any route -------------------------------------


@pytest.mark.parametrize("coding", ["br", "zstd"])
async def test_undecodable_content_encoding_is_an_openai_error(
    upstream: FakeUpstream, coding: str
) -> None:
    process, port = await _start("--upstream", upstream.url)
    try:
        async with aiohttp.ClientSession() as http:
            for path in ("/v1/chat/completions", "/v1/embeddings", "/v1/files"):
                async with http.post(
                    f"http://127.0.0.1:{port}{path}",
                    data=b"\x0b\x02\x80hello",
                    headers={"Content-Encoding": coding, "Content-Type": "application/json"},
                ) as r:
                    assert r.status == 415, path
                    error = orjson.loads(await r.read())["error"]
                assert set(error) == {"message", "type", "param", "code"}
                assert error["code"] == "unsupported_content_encoding"
                assert error["type"] == "invalid_request_error"
            health = await healthz(port)  # still serving
            assert health["status"] == "ok"
    finally:
        logged = await _stop(process)
    assert "Traceback" not in logged and " ERROR " not in logged
    assert upstream.calls == []


# -- shutdown --------------------------------------------------------------------------


async def _slow_chat(port: int, headers: dict[str, str] | None = None) -> int | str:
    try:
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/v1/chat/completions"
            async with http.post(url, json=CHAT, headers=headers) as r:
                await r.read()
                return r.status
    except aiohttp.ClientError as exc:
        return type(exc).__name__


async def _in_flight(upstream: FakeUpstream) -> None:
    for _ in range(200):
        if upstream.calls_to("/v1/chat/completions"):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the request never reached the upstream")


async def _draining(port: int) -> tuple[int, dict[str, Any], int, dict[str, Any]]:
    """/healthz and a new API request, on new connections, while the process drains."""
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
            health = (r.status, await r.json())
        async with http.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=CHAT) as r:
            refused = (r.status, await r.json())
    return (*health, *refused)


def _config(tmp_path: Path, timeout: str) -> str:
    path = tmp_path / "llmstash.yaml"
    path.write_text(f"server: {{shutdown_timeout: {timeout}}}\n")
    return str(path)


async def test_sigterm_drains_then_cuts_at_shutdown_timeout(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    upstream.latency = 20.0  # far beyond the shutdown timeout
    process, port = await _start("--upstream", upstream.url, "--config", _config(tmp_path, "2s"))
    # uncached: no answer is left to store (the app waits a few seconds for such stores)
    slow = asyncio.create_task(_slow_chat(port, {"Cache-Control": "no-store"}))
    await _in_flight(upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    await asyncio.sleep(0.2)
    health_status, health, refused_status, refused = await _draining(port)
    logged = await _stop(process, send=False)
    took = time.monotonic() - started
    assert (health_status, health["status"]) == (503, "draining")
    assert refused_status == 503 and refused["error"]["code"] == "draining"
    assert 2.0 <= took < 4.0
    assert process.returncode == 0
    assert await slow != 200  # cut
    assert "shutting down: 1 request(s) in flight, waiting up to 2s" in logged
    assert "0 request(s) finished, 1 cut" in logged
    assert "Traceback" not in logged


async def test_a_second_signal_stops_at_once(upstream: FakeUpstream, tmp_path: Path) -> None:
    upstream.latency = 20.0
    process, port = await _start("--upstream", upstream.url, "--config", _config(tmp_path, "20s"))
    slow = asyncio.create_task(_slow_chat(port, {"Cache-Control": "no-store"}))
    await _in_flight(upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    await asyncio.sleep(0.3)
    process.send_signal(signal.SIGINT)  # Ctrl-C twice
    logged = await _stop(process, send=False)
    assert time.monotonic() - started < 4.0  # not the 20 s timeout
    assert process.returncode == 0
    assert await slow != 200
    assert "a second signal: stopping now" in logged and "0 request(s) finished, 1 cut" in logged


async def test_sigterm_lets_requests_in_flight_finish(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    upstream.latency = 1.0
    process, port = await _start("--upstream", upstream.url, "--config", _config(tmp_path, "10s"))
    slow = asyncio.create_task(_slow_chat(port))
    await _in_flight(upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _stop(process, send=False)
    assert await slow == 200
    assert time.monotonic() - started < 3.0  # as soon as it finished, not the timeout
    assert "1 request(s) finished, 0 cut" in logged


async def test_workers_stop_within_shutdown_timeout(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    upstream.latency = 20.0
    process, port = await _start(
        "--upstream",
        upstream.url,
        "--redis-url",
        redis_url,
        "--workers",
        "2",
        "--config",
        _config(tmp_path, "1s"),
    )
    slow = asyncio.create_task(_slow_chat(port))
    await _in_flight(upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _stop(process, send=False)
    # 1 s of drain, then the answer being stored (cached request) gets a few seconds more
    assert time.monotonic() - started < 9.0
    assert process.returncode == 0
    assert await slow != 200
    assert logged.count("shutting down:") == 2  # each worker drains
    assert "1 cut" in logged
