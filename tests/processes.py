"""`llmstash serve` as a real process, for tests of what only processes show (signals,
workers, replicas on one Redis)."""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import aiohttp

from tests.ports import free_port


async def start_serve(
    *args: str,
    env: dict[str, str] | None = None,
    stdout: int | None = None,
    stderr: Any = subprocess.PIPE,
    **spawn: Any,
) -> tuple[asyncio.subprocess.Process, int]:
    """`python -m proxy serve --port <free> *args` (`stderr`: piped unless given, then read
    it: a full pipe blocks the server; `env`: the environment, default this one; `stdout`:
    e.g. subprocess.PIPE; `spawn`: more options of the process, e.g. start_new_session);
    returns once /healthz answers."""
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "proxy",
        "serve",
        "--port",
        str(port),
        *args,
        stdout=stdout,
        stderr=stderr,
        env=env,
        **spawn,
    )
    await healthz(port)
    return process, port


async def healthz(port: int, *, fresh_connection: bool = False) -> dict[str, Any]:
    """The health document, waiting (bounded) for the server to come up."""
    async with aiohttp.ClientSession() as http:
        for _ in range(150):
            try:
                async with http.get(
                    f"http://127.0.0.1:{port}/healthz",
                    headers={"Connection": "close"} if fresh_connection else None,
                ) as r:
                    if r.status == 200:
                        return await r.json()  # type: ignore[no-any-return]
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError(f"no llmstash answering on port {port}")


async def worker_pids(port: int, count: int = 2) -> set[int]:
    """The pids of the `--workers` processes answering on `port`, once `count` of them have
    (new connections: the kernel spreads them over the workers), or as many as answered
    200 health checks."""
    pids: set[int] = set()
    for _ in range(200):
        pids.add((await healthz(port, fresh_connection=True))["pid"])
        if len(pids) == count:
            break
    return pids


async def stop(process: asyncio.subprocess.Process, log: Path | None = None) -> None:
    """SIGTERM, then wait (bounded: the server's own watchdog ends it within its drain plus
    30 s); one that is still there is killed. A server that did not exit cleanly is
    reported as a warning with the end of its stderr (`log`), so the run shows it. Not after
    the test's own terminate(): a signal to a process that has exited lets Popen reap it
    behind asyncio's child watcher, which then reports exit code 255."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.terminate()
    killed = False
    try:
        code = await asyncio.wait_for(process.wait(), 60)
    except TimeoutError:
        process.kill()
        code, killed = await process.wait(), True
    if killed or code not in (0, -9):  # -9 otherwise: killed by the test itself
        tail = await asyncio.to_thread(log.read_text, errors="replace") if log else ""
        tail = tail[-4000:]
        warnings.warn(f"llmstash exited with {code}:\n{tail}", stacklevel=2)


async def leave_mid_body(port: int, path: str) -> None:
    """POST to `path` with a body declared 1,000 bytes long, send a few, then close."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        'Content-Length: 1000\r\n\r\n{"model":'.encode()
    )
    await writer.drain()
    await asyncio.sleep(0.2)
    writer.close()
