"""`llmstash serve --workers N` when processes die: a worker killed by a signal (OOM killer,
a crash) is restarted, also in its first seconds, with a backoff; the workers of a
supervisor that was SIGKILLed drain and exit instead of serving on unsupervised."""

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

import pytest

from proxy import supervisor
from tests.processes import start_serve, stop, worker_pids
from tests.team_files import eventually
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return env | {"PYTHONPATH": str(ROOT)}


def _alive(pid: int) -> bool:
    """Running (not gone, not a zombie nobody has reaped yet)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


async def _serve_workers(upstream: FakeUpstream, redis_url: str, log: Path) -> tuple[Any, int]:
    with log.open("wb") as err:  # (a file, not a pipe: the workers may outlive the supervisor)
        return await start_serve(
            "--upstream", upstream.url, "--redis-url", redis_url, "--workers", "2",
            env=_env(), stderr=err,
        )  # fmt: skip


async def _replaced(port: int, gone: int, within: float = 15.0) -> set[int]:
    """The two workers answering once `gone` is no longer one of them."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        pids = await worker_pids(port)
        if len(pids) == 2 and gone not in pids:
            return pids
        await asyncio.sleep(0.1)
    raise AssertionError(f"worker {gone} was not replaced within {within}s")


async def test_a_worker_killed_soon_after_its_start_is_restarted(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """SIGKILL to a worker in its first 10 s: the guard against a worker that cannot start
    (which would fail again) took it for one, and left the supervisor one worker short
    for good. A death by a signal is restarted, after a backoff that grows while the new
    workers die as soon."""
    log = tmp_path / "serve.log"
    process, port = await _serve_workers(upstream, redis_url, log)
    try:
        first = await worker_pids(port)
        assert len(first) == 2
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        second = await _replaced(port, victim)
        victim = min(second - first)  # the new one, killed as soon
        os.kill(victim, signal.SIGKILL)
        await _replaced(port, victim)
        assert process.returncode is None
    finally:
        await stop(process, log)
    logged = log.read_text()
    assert process.returncode == 0, logged
    assert "not restarting" not in logged
    assert "died (SIGKILL)" in logged
    assert "starting another in 0.1s" in logged and "starting another in 0.2s" in logged


async def test_workers_drain_and_exit_when_their_supervisor_is_killed(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """SIGKILL to the supervisor (OOM killer, `kill -9`): its workers served on, holding the
    port, with no one to restart or stop them. Now each is told SIGTERM and drains."""
    log = tmp_path / "serve.log"
    process, port = await _serve_workers(upstream, redis_url, log)
    pids: set[int] = set()
    try:
        pids = await worker_pids(port)
        assert len(pids) == 2
        process.kill()
        await process.wait()
        try:
            await eventually(lambda: not any(_alive(pid) for pid in pids), within=10)
        except AssertionError:
            left = [pid for pid in pids if _alive(pid)]
            raise AssertionError(f"workers {left} serve on without their supervisor") from None
    finally:
        for pid in pids:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        await stop(process)
    logged = log.read_text()
    assert logged.count("shutting down") == 2, logged  # a drain, as on SIGTERM
    assert logged.count("stopped after") == 2, logged


def test_without_prctl_a_worker_watches_its_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback where PR_SET_PDEATHSIG is not available: a parent that is no longer the
    supervisor (the worker was adopted) means SIGTERM to itself."""
    parents = iter([41, 41, 1])
    sent: list[tuple[int, int]] = []
    monkeypatch.setattr(supervisor.os, "getppid", lambda: next(parents))
    monkeypatch.setattr(supervisor.os, "kill", lambda pid, sig: sent.append((pid, sig)))
    supervisor._watch_parent(41, poll=0.001)
    assert sent == [(os.getpid(), signal.SIGTERM)]


async def test_workers_that_cannot_start_are_not_restarted(
    upstream: FakeUpstream, redis_url: str
) -> None:
    """The give-up guard still holds for a worker that fails to start (exit code 1: its
    port is taken): starting it again would fail again."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "proxy", "serve", "--port", str(taken.getsockname()[1]),
            "--upstream", upstream.url, "--redis-url", redis_url, "--workers", "2",
            stderr=subprocess.PIPE, env=_env(),
        )  # fmt: skip
        _, err = await asyncio.wait_for(process.communicate(), 30)
    logged = err.decode()
    assert process.returncode == 1, logged
    assert logged.count("not restarting") == 2, logged
    assert "starting another" not in logged
