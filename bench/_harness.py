"""Bench plumbing: a canned OpenAI-compatible upstream, child processes, percentiles.

Run as a script it is the upstream: `python bench/_harness.py --port P [--chunk-delay S]`.
Every answer is precomputed bytes, so the direct baseline measures HTTP, not the fake.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import math
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import numpy as np
import orjson
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
DIMS = 1536
WORDS = "The quick brown fox jumps over the lazy dog again".split()
_BASE = {"id": "chatcmpl-bench", "created": 1700000000, "model": "gpt-4o-mini"}
USAGE = {"prompt_tokens": 12, "completion_tokens": len(WORDS), "total_tokens": 12 + len(WORDS)}
CHAT_BODY = orjson.dumps({
    **_BASE, "object": "chat.completion", "system_fingerprint": "fp_bench",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": " ".join(WORDS),
                 "refusal": None}, "logprobs": None, "finish_reason": "stop"}],
    "usage": USAGE,
})  # fmt: skip


def _event(delta: dict, finish: str | None = None, usage: dict | None = None) -> bytes:
    choices = [] if usage else [{"index": 0, "delta": delta, "finish_reason": finish}]
    chunk = {**_BASE, "object": "chat.completion.chunk", "choices": choices}
    return b"data: " + orjson.dumps(chunk | ({"usage": usage} if usage else {})) + b"\n\n"


# role, one event per word, finish; each after `chunk_delay`. Usage rides with the finish.
STREAM = [_event({"role": "assistant", "content": ""})]
STREAM += [_event({"content": w + " "}) for w in WORDS] + [_event({}, "stop")]
USAGE_EVENT = _event({}, usage=USAGE)
DONE = b"data: [DONE]\n\n"


def _embeddings_body(n: int, fmt: str) -> bytes:
    vecs = np.random.default_rng(n).standard_normal((n, DIMS)).astype("<f4")
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    data = [{"object": "embedding", "index": i,
             "embedding": base64.b64encode(v.tobytes()).decode() if fmt == "base64" else v}
            for i, v in enumerate(vecs)]  # fmt: skip
    usage = {"prompt_tokens": 4 * n, "total_tokens": 4 * n}
    payload = {"object": "list", "data": data, "model": "text-embedding-3-small", "usage": usage}
    return orjson.dumps(payload, option=orjson.OPT_SERIALIZE_NUMPY)


def upstream_app(chunk_delay: float) -> web.Application:
    bodies: dict[tuple[int, str], bytes] = {}

    async def chat(request: web.Request) -> web.StreamResponse:
        req = orjson.loads(await request.read())
        if not req.get("stream"):
            return web.Response(body=CHAT_BODY, content_type="application/json")
        usage = (req.get("stream_options") or {}).get("include_usage") is True
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for i, event in enumerate(STREAM):
            if i and chunk_delay:
                await asyncio.sleep(chunk_delay)
            last = i == len(STREAM) - 1
            await resp.write(event + (USAGE_EVENT if last and usage else b""))
        await asyncio.sleep(chunk_delay)
        await resp.write(DONE)
        await resp.write_eof()
        return resp

    async def embeddings(request: web.Request) -> web.Response:
        req = orjson.loads(await request.read())
        key = (len(req["input"]), req.get("encoding_format") or "float")
        if key not in bodies:
            bodies[key] = _embeddings_body(*key)
        return web.Response(body=bodies[key], content_type="application/json")

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application(client_max_size=1 << 26)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_get("/healthz", healthz)
    return app


# -- processes ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _env() -> dict[str, str]:
    """This environment without LLMSTASH_* (so no stray config reaches the proxy)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}


def spawn(args: list[str], quiet: bool = False) -> subprocess.Popen[bytes]:
    out = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(args, cwd=ROOT, env=_env(), stdin=subprocess.DEVNULL, stdout=out)


def start_redis(port: int) -> subprocess.Popen[bytes]:
    exe = shutil.which("redis-server") or "/usr/bin/redis-server"
    proc = spawn([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                  "--appendonly", "no", "--loglevel", "warning"], quiet=True)  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return proc
        except OSError:
            time.sleep(0.02)
    stop([proc])
    raise RuntimeError(f"redis-server did not answer on port {port}")


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM each child; SIGKILL one still alive after 5 s."""
    for proc in procs:
        if proc.poll() is None:
            proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- statistics -----------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description="canned OpenAI-compatible upstream")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    web.run_app(upstream_app(args.chunk_delay), host="127.0.0.1", port=args.port,
                access_log=None, print=None)  # fmt: skip


if __name__ == "__main__":
    main()
