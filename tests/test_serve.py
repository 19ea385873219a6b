"""`llmstash serve` as an operator meets it: what it prints and logs (never a credential),
how it refuses bad input and bad flags (one line, no traceback), how it stops (drained,
within `server.shutdown_timeout`)."""

from __future__ import annotations

import asyncio
import gzip
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

from proxy import workers
from tests.processes import free_port, healthz, leave_mid_body, start_serve, worker_pids
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
    return _run_python("-m", *args, env=env, cwd=cwd)


def _run_python(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> Any:
    return subprocess.run(
        [sys.executable, *args],
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


async def test_a_client_leaving_mid_body_is_not_an_error(
    upstream: FakeUpstream,
) -> None:
    # aiohttp logged an ERROR with a traceback for every client that left mid-upload
    # (mobile networks, load balancers cutting idle uploads): operators page on ERROR
    process, port = await _start("--upstream", upstream.url, "--log-level", "info")
    try:
        for path in ("/v1/chat/completions", "/v1/embeddings"):
            await leave_mid_body(port, path)
        await asyncio.sleep(0.3)
        assert (await healthz(port))["status"] == "ok"  # still serving
    finally:
        logged = await _stop(process)
    assert "Traceback" not in logged and " ERROR " not in logged
    assert upstream.calls == []


async def test_bad_gzip_to_a_route_that_never_reads_it_is_an_openai_error(
    upstream: FakeUpstream,
) -> None:
    """aiohttp reads a body its route left (404, 405, /healthz) after the answer: one that
    does not decode must get the same 400 as on a route that reads it, not a traceback."""
    process, port = await _start("--upstream", upstream.url)
    garbage = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    try:
        async with aiohttp.ClientSession() as http:  # keeps connections: a refusal closes its own
            for method, path in (
                ("POST", "/healthz"),  # 405: GET only
                ("GET", "/healthz"),
                ("POST", "/nowhere"),  # 404
                ("PUT", "/metrics"),
            ):
                async with http.request(
                    method, f"http://127.0.0.1:{port}{path}", data=b"not gzip" * 50, headers=garbage
                ) as r:
                    assert r.status == 400, (method, path)
                    error = orjson.loads(await r.read())["error"]
                assert error["code"] == "invalid_body_encoding", path
                assert error["type"] == "invalid_request_error"
            async with http.post(  # a body that decodes: the route's own answer, as before
                f"http://127.0.0.1:{port}/nowhere",
                data=gzip.compress(b"{}"),
                headers={"Content-Encoding": "gzip"},
            ) as r:
                assert r.status == 404
            health = await healthz(port)  # still serving
            assert health["status"] == "ok"
    finally:
        logged = await _stop(process)
    assert "Traceback" not in logged and " ERROR " not in logged
    assert logged.count("refused a request body: Can not decode content-encoding: gzip") == 4
    assert upstream.calls == []


async def test_a_coded_body_too_large_is_refused_without_reading_the_rest(
    upstream: FakeUpstream,
) -> None:
    """A gzip body that decodes past the limit gets its 413 at once: the proxy does not sit
    reading (for up to 10 s) an upload it has already refused."""
    process, port = await _start("--upstream", upstream.url)
    zipped = gzip.compress(b" " * (64 * 1024 * 1024 + 1024), compresslevel=1)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % (len(zipped) + 10)
        )
        writer.write(zipped)  # all but the last 10 bytes announced: the client stalls
        await writer.drain()
        started = time.monotonic()
        status = await asyncio.wait_for(reader.readline(), 5)
        assert time.monotonic() - started < 3  # not after reading on for 10 s
        assert status.startswith(b"HTTP/1.1 413")
        writer.close()
        assert (await healthz(port))["status"] == "ok"
    finally:
        logged = await _stop(process)
    assert "Traceback" not in logged
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


async def _uncached_in_flight(port: int, upstream: FakeUpstream) -> asyncio.Task[int | str]:
    """A chat request that is not cached (no answer is left to store, which the app would
    wait for at shutdown, as long as the stop's deadline allows), once it has reached the
    upstream."""
    slow = asyncio.create_task(_slow_chat(port, {"Cache-Control": "no-store"}))
    await _in_flight(upstream)
    return slow


async def _draining(port: int) -> tuple[int, dict[str, Any], int, dict[str, Any]]:
    """/healthz and a new API request, on new connections, while the process drains."""
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
            health = (r.status, await r.json())
        async with http.post(f"http://127.0.0.1:{port}/v1/chat/completions", json=CHAT) as r:
            refused = (r.status, await r.json())
            assert r.headers["X-Request-Id"].startswith("req_llmstash_")  # an error of ours
    return (*health, *refused)


def _two_workers(upstream: FakeUpstream, redis_url: str, config: str) -> tuple[str, ...]:
    return (
        "--upstream",
        upstream.url,
        "--redis-url",
        redis_url,
        "--workers",
        "2",
        "--config",
        config,
    )


def _config(tmp_path: Path, timeout: str) -> str:
    path = tmp_path / "llmstash.yaml"
    path.write_text(f"server: {{shutdown_timeout: {timeout}}}\n")
    return str(path)


async def test_sigterm_drains_then_cuts_at_shutdown_timeout(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    upstream.latency = 20.0  # far beyond the shutdown timeout
    process, port = await _start("--upstream", upstream.url, "--config", _config(tmp_path, "2s"))
    slow = await _uncached_in_flight(port, upstream)
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


async def test_sigterm_drains_with_stderr_closed(upstream: FakeUpstream, tmp_path: Path) -> None:
    """Started with fd 2 closed (a daemon manager's choice), the shutdown watchdog cannot
    dump to stderr: faulthandler raised, the drain was skipped and the request in flight
    cut. It is only a watchdog: the drain must go on without it."""
    upstream.latency = 1.5
    process, port = await start_serve(
        "--upstream",
        upstream.url,
        "--config",
        _config(tmp_path, "10s"),
        env=_env(),
        stderr=None,
        preexec_fn=lambda: os.close(2),
    )
    try:
        slow = asyncio.create_task(_slow_chat(port))
        await _in_flight(upstream)
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 20) == 0
        assert await slow == 200  # drained, not cut
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


@pytest.mark.parametrize("module", ["proxy.workers", "proxy.telemetry", "proxy.admin.auth"])
def test_modules_import_first(module: str) -> None:
    """Each module imports on its own, first (no import cycle hidden by the CLI's order)."""
    result = _run_python("-c", f"import {module}")
    assert result.returncode == 0, result.stderr


async def test_a_second_signal_stops_at_once(upstream: FakeUpstream, tmp_path: Path) -> None:
    upstream.latency = 20.0
    process, port = await _start("--upstream", upstream.url, "--config", _config(tmp_path, "20s"))
    slow = await _uncached_in_flight(port, upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    await asyncio.sleep(0.8)  # (one sooner is the same stop: see the next test)
    process.send_signal(signal.SIGINT)  # Ctrl-C twice
    logged = await _stop(process, send=False)
    assert time.monotonic() - started < 4.0  # not the 20 s timeout
    assert process.returncode == 0
    assert await slow != 200
    assert "a second signal: stopping now" in logged and "0 request(s) finished, 1 cut" in logged


async def test_a_task_that_will_not_stop_does_not_keep_the_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """asyncio.run waits without a bound for the tasks it cancels at exit: one that
    swallows its cancellation (redis-py turns some into errors; a retry loop goes on) kept
    a stopped server alive for good. `_leftovers_end` cancels them, waits briefly and names
    the ones still there (the server then leaves with os._exit)."""
    monkeypatch.setattr(workers, "_LEFTOVER_WAIT", 0.2)
    released = asyncio.Event()

    async def stubborn() -> None:
        while not released.is_set():
            try:
                await asyncio.sleep(0.01)
            except asyncio.CancelledError:
                pass  # a retry loop that took the cancellation for a failure

    async def polite() -> None:
        await asyncio.sleep(60)

    bad = asyncio.create_task(stubborn(), name="stubborn-loop")
    good = asyncio.create_task(polite())
    await asyncio.sleep(0)
    with caplog.at_level("WARNING", "llmstash.tasks"):
        ended = await workers._leftovers_end()
    released.set()
    await bad
    assert ended is False
    assert good.cancelled()
    assert "task stubborn-loop would not stop" in caplog.text and "stubborn" in caplog.text
    assert await workers._leftovers_end() is True  # nothing left: a normal exit


async def test_one_stop_signalled_to_the_whole_group_still_drains(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """systemd (KillMode=control-group) and a terminal's Ctrl-C signal every process: each
    `--workers` worker got the stop twice at once (its own, and the supervisor's forward),
    took the second for "stop now", and cut the requests it was to drain."""
    upstream.latency = 1.5
    process, port = await start_serve(
        *_two_workers(upstream, redis_url, _config(tmp_path, "10s")),
        env=_env(),
        start_new_session=True,  # its own process group, as under systemd
    )
    try:
        workers = await worker_pids(port)
        assert len(workers) == 2
        slow = await _uncached_in_flight(port, upstream)
        for pid in workers:  # what systemd sends every process of the unit...
            os.kill(pid, signal.SIGTERM)
        await asyncio.sleep(0.1)  # (ordered so that each worker is sure to see both)
        process.send_signal(signal.SIGTERM)  # ...and the supervisor forwards
        logged = await _stop(process, send=False)
        assert await slow == 200, logged  # drained, not cut
        assert "a second signal" not in logged and process.returncode == 0
    finally:
        if process.returncode is None:
            os.killpg(process.pid, signal.SIGKILL)
            await process.wait()


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


async def test_drain_delay_serves_while_healthz_says_draining(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    """`server.drain_delay`: the load balancer sees /healthz 503 before the proxy refuses
    anything; what still comes meanwhile is served, each connection closed after it."""
    upstream.latency = 2.5
    config = tmp_path / "llmstash.yaml"
    config.write_text("server: {drain_delay: 1s, shutdown_timeout: 10s}\n")
    process, port = await _start("--upstream", upstream.url, "--config", str(config))
    base = f"http://127.0.0.1:{port}"
    slow = await _uncached_in_flight(port, upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    await asyncio.sleep(0.3)
    async with aiohttp.ClientSession() as http:
        async with http.get(base + "/healthz") as r:
            health = (r.status, (await r.json())["status"])
        async with http.get(base + "/v1/models") as r:
            served = (r.status, r.headers.get("Connection"), len((await r.json())["data"]) > 0)
        await asyncio.sleep(1.0)  # past the delay: refusing, the slow request still runs
        async with http.post(base + "/v1/chat/completions", json=CHAT) as r:
            refused = (r.status, (await r.json())["error"]["code"])
    logged = await _stop(process, send=False)
    took = time.monotonic() - started
    assert health == (503, "draining")
    assert served == (200, "close", True)
    assert refused == (503, "draining")
    assert await slow == 200
    assert len(upstream.calls_to("/v1/chat/completions")) == 1  # the refused one never left
    assert 2.0 < took < 4.5  # the slow answer (2.5 s after it started), not the timeout
    assert "/healthz says draining; serving 1s more" in logged
    assert "shutting down: 1 request(s) in flight" in logged
    assert "1 request(s) finished, 0 cut" in logged
    assert process.returncode == 0


async def test_workers_stop_within_shutdown_timeout(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    upstream.latency = 20.0
    process, port = await _start(*_two_workers(upstream, redis_url, _config(tmp_path, "1s")))
    assert len(await worker_pids(port)) == 2  # both up: a worker still starting just dies
    slow = asyncio.create_task(_slow_chat(port))
    await _in_flight(upstream)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    logged = await _stop(process, send=False)
    # 1 s of drain, then the cut and the answer being stored (cached request) get what is
    # left of the stop's deadline (about a second more: see tests/test_shutdown_bounds.py)
    assert time.monotonic() - started < 4.0
    assert process.returncode == 0
    assert await slow != 200
    assert logged.count("shutting down:") == 2  # each worker drains
    assert "1 cut" in logged


# -- the `--workers N` supervisor and signals --------------------------------------------

# `llmstash serve` whose supervisor gets `signal` at an exact moment: as it is about to fork
# its `fork`-th worker (the earlier ones are starting)
_SIGNAL_AT_FORK = """
import os, signal, sys
from proxy.cli import main
supervisor, forks = os.getpid(), []
def before_fork():
    forks.append(None)
    if os.getpid() == supervisor and len(forks) == {fork}:
        os.kill(supervisor, signal.{signal})
os.register_at_fork(before=before_fork)
sys.exit(main(sys.argv[1:]))
"""


async def _signalled_at_fork(signal_name: str, fork: int, *args: str) -> tuple[Any, int]:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _SIGNAL_AT_FORK.format(signal=signal_name, fork=fork),
        "serve",
        "--port",
        str(port),
        *args,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    return process, port


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


async def _lines_until(process: Any, text: str, count: int) -> str:
    """stderr read until `text` has appeared `count` times (for at most 15 s)."""
    read = ""
    async with asyncio.timeout(15):
        while read.count(text) < count:
            line = await process.stderr.readline()
            assert line, f"stderr ended with {read.count(text)} of {count} {text!r}:\n{read}"
            read += line.decode()
    return read


async def test_a_stop_while_workers_start_starts_no_more(
    upstream: FakeUpstream, redis_url: str
) -> None:
    """SIGTERM comes as the supervisor forks its second worker: that worker must be told to
    stop too (else it serves on, and the supervisor never exits)."""
    process, port = await _signalled_at_fork(
        "SIGTERM", 2, "--upstream", upstream.url, "--redis-url", redis_url, "--workers", "2"
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), 15)
    except TimeoutError:
        left = _children(process.pid)
        for pid in (*left, process.pid):
            os.kill(pid, signal.SIGKILL)
        await process.wait()
        raise AssertionError(f"the supervisor never stopped: worker(s) {left} still ran") from None
    logged = err.decode()
    assert process.returncode == 0, logged
    assert "starting another" not in logged and "Traceback" not in logged
    with pytest.raises(OSError):  # nothing listens any more
        socket.create_connection(("127.0.0.1", port), timeout=1).close()


async def test_sighup_while_the_modules_load_does_not_kill_the_server(
    upstream: FakeUpstream,
) -> None:
    """SIGHUP's default action kills; `llmstash serve` took it over only once its app was
    built, so a reload (e.g. systemd's ExecReload) sent during the first half second of a
    start killed the process."""
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "proxy", "serve", "--port", str(port), "--upstream", upstream.url,
        stderr=subprocess.PIPE, env=_env(),
    )  # fmt: skip
    try:
        # the interpreter's own start (before `run()`'s first line) can take longer than the
        # whole import on a loaded machine: send once the process ignores SIGHUP, i.e. while
        # it imports the modules
        assert await _hangup_ignored(process.pid), "SIGHUP not ignored as the process starts"
        process.send_signal(signal.SIGHUP)
        assert (await healthz(port))["status"] == "ok"
        assert process.returncode is None
    finally:
        logged = await _stop(process)
    assert process.returncode == 0, logged


async def _hangup_ignored(pid: int) -> bool:
    """Wait (bounded) until process ``pid`` ignores SIGHUP (Linux /proc), as `run()` makes it
    first of all (the server catches it only later); without /proc, after the 50 ms the
    interpreter takes on an idle machine."""
    for _ in range(1000):
        handled = _handles_hangup(pid)
        if handled is None:
            await asyncio.sleep(0.05)
            return True
        if handled:
            return True
        await asyncio.sleep(0.005)
    return False


def _handles_hangup(pid: int) -> bool | None:
    """Whether ``pid`` ignores SIGHUP, None where /proc does not say."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    ignored = next(line.split(":", 1)[1] for line in lines if line.startswith("SigIgn:"))
    return bool(int(ignored, 16) & 1 << (signal.SIGHUP - 1))


async def test_sighup_to_starting_workers_reloads_them_once_up(
    upstream: FakeUpstream, tmp_path: Path
) -> None:
    """SIGHUP (reload) while the workers start (slowly: their Redis never answers, so each
    start-up call waits out `op_timeout`): neither dies of it, each reloads once up."""
    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)
        config = tmp_path / "llmstash.yaml"
        config.write_text("key_salt: s\nstore: {op_timeout: 1s}\n")
        redis_url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
        port = free_port()
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "proxy", "serve", "--port", str(port), "--workers", "2"),
            *("--upstream", upstream.url, "--redis-url", redis_url, "--config", str(config)),
            stderr=subprocess.PIPE,
            env=_env(),
        )
        logged = ""
        try:
            logged += await _lines_until(process, "llmstash supervisor", 1)
            await asyncio.sleep(0.3)  # both workers are past their fork, not up
            process.send_signal(signal.SIGHUP)
            logged += await _lines_until(process, "config reloaded (SIGHUP)", 2)
            assert len(await worker_pids(port)) == 2  # both serve
        finally:
            logged += await _stop(process)
    assert process.returncode == 0, logged
    assert logged.count("config reloaded (SIGHUP)") == 2, logged
    assert "died" not in logged
