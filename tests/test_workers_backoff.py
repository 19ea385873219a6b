"""The restart backoff of `llmstash serve --workers N` is per worker slot: workers killed
together right after their start all come back after the first step (a shared count made
each death double the next one's wait: eight killed at once took ~16 s to come back), and
a slot whose workers keep dying still backs off, without holding up the others."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time
from pathlib import Path
from typing import Any

from tests.processes import start_serve, stop
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return env | {"PYTHONPATH": str(ROOT)}


def _children(parent: int) -> set[int]:
    """The live (not zombie) children of `parent`, from /proc."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rpartition(")")[2].split()[:2]
        if int(ppid) == parent and state != "Z":
            pids.add(int(entry.name))
    return pids


async def _workers(parent: int, count: int, without: set[int], within: float) -> set[int]:
    """`count` children of `parent`, none of them in `without`, waiting up to `within` s."""
    deadline = time.monotonic() + within
    while True:
        pids = _children(parent)
        if len(pids) == count and not pids & without:
            return pids
        if time.monotonic() > deadline:
            raise AssertionError(f"{count} new workers not there within {within}s: {pids}")
        await asyncio.sleep(0.01)


async def _serve(upstream: FakeUpstream, redis_url: str, log: Path, workers: int) -> Any:
    with log.open("wb") as err:
        process, _ = await start_serve(
            "--upstream", upstream.url, "--redis-url", redis_url, "--workers", str(workers),
            env=_env(), stderr=err,
        )  # fmt: skip
    return process


def _delays(logged: str) -> dict[int, str]:
    """pid: the backoff logged when that worker died soon after its start."""
    found = re.findall(r"worker (\d+) died \(SIGKILL\) [\d.]+s after its start; "
                       r"starting another in ([\d.]+)s", logged)  # fmt: skip
    return {int(pid): delay for pid, delay in found}


async def test_workers_killed_together_all_come_back_after_one_step(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """Six workers SIGKILLed at once, right after their start: each slot waits 0.1 s, so
    all six are back well within a second (with one count for all: 0.1 + 0.2 + ... +
    3.2 = 6.3 s, and the last slot waited for the five before it)."""
    count = 6
    log = tmp_path / "serve.log"
    process = await _serve(upstream, redis_url, log, count)
    try:
        first = await _workers(process.pid, count, set(), within=10)
        for pid in first:
            os.kill(pid, signal.SIGKILL)
        killed = time.monotonic()
        await _workers(process.pid, count, first, within=5)
        back = time.monotonic() - killed
    finally:
        await stop(process, log)
    logged = log.read_text()
    assert process.returncode == 0, logged
    assert _delays(logged) == dict.fromkeys(first, "0.1"), logged
    assert back < 3.0, f"all {count} back after {back:.2f}s"  # (one count for all: 6.3 s)


async def test_a_slot_that_keeps_dying_backs_off_alone(
    upstream: FakeUpstream, redis_url: str, tmp_path: Path
) -> None:
    """One slot's worker killed as soon as it is back, three times: its waits double (0.1,
    0.2, 0.4 s); the other slot's worker, killed then for the first time, waits 0.1 s."""
    log = tmp_path / "serve.log"
    process = await _serve(upstream, redis_url, log, 2)
    victims: list[int] = []
    waited: list[float] = []
    try:
        workers = await _workers(process.pid, 2, set(), within=10)
        other, victim = sorted(workers)
        for _ in range(3):
            os.kill(victim, signal.SIGKILL)
            killed = time.monotonic()
            victims.append(victim)
            workers = await _workers(process.pid, 2, {victim}, within=5)
            waited.append(time.monotonic() - killed)
            (victim,) = workers - {other}
        os.kill(other, signal.SIGKILL)
        await _workers(process.pid, 2, {other}, within=5)
    finally:
        await stop(process, log)
    logged = log.read_text()
    assert process.returncode == 0, logged
    delays = _delays(logged)
    assert [delays[pid] for pid in victims] == ["0.1", "0.2", "0.4"], logged
    assert delays[other] == "0.1", logged
    assert waited[2] >= 0.4, waited
