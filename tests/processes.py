"""`llmstash serve` as a real process, for tests of what only processes show (signals,
workers, replicas on one Redis)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from typing import Any

import aiohttp


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_serve(
    *args: str, env: dict[str, str] | None = None, stdout: int | None = None
) -> tuple[asyncio.subprocess.Process, int]:
    """`python -m proxy serve --port <free> *args` (stderr piped; `env`: the environment,
    default this one; `stdout`: e.g. subprocess.PIPE); returns once /healthz answers."""
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
        stderr=subprocess.PIPE,
        env=env,
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
