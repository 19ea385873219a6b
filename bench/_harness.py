"""Bench plumbing: a canned OpenAI-compatible upstream, child processes, percentiles.

Run as a script it is the upstream: `python bench/_harness.py --port P [--chunk-delay S]`.
Every answer is precomputed bytes, so the direct baseline measures HTTP, not the fake. A
request header `X-Bench-Delay-Ms: N` makes a non-streamed answer wait N ms (a slow upstream;
the proxy forwards the header), `X-Bench-Chunk-Delay-Ms: N` sets a streamed answer's pause
between events (else `--chunk-delay`). `--text-embeddings`: each input gets its own vector (a bag of
hashed words: the same words in any case or punctuation give the same vector), for the
semantic rows. `--bare`: not an upstream but the limit, a bare aiohttp handler that reads the
body and returns the canned bytes a cache hit returns (`/v1/embeddings?n=N&fmt=F`).
`--relay URL`: not an upstream but a bare aiohttp relay of chat completions to URL (no cache,
no policy): the floor any aiohttp-based proxy stands on. `--poke URL [URL ...] --rate R`: GET
each URL R times a second until stopped (background traffic that keeps servers warm).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import math
import os
import re
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
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
             "embedding": base64.b64encode(v.tobytes()).decode() if fmt == "base64"
             else v.astype(np.float64)}  # each float32 as the double it is, as the proxy writes it
            for i, v in enumerate(vecs)]  # fmt: skip
    usage = {"prompt_tokens": 4 * n, "total_tokens": 4 * n}
    payload = {"object": "list", "data": data, "model": "text-embedding-3-small", "usage": usage}
    return orjson.dumps(payload, option=orjson.OPT_SERIALIZE_NUMPY)


_WORD = re.compile(r"\w+")


class TextEmbedder:
    """Bag-of-words vectors: each lower-cased word a fixed pseudo-random unit vector."""

    def __init__(self) -> None:
        self.words: dict[tuple[str, int], np.ndarray] = {}

    def vector(self, text: str, dims: int) -> np.ndarray:
        total = np.zeros(dims, dtype="<f4")
        for word in _WORD.findall(text.lower()):
            vec = self.words.get((word, dims))
            if vec is None:
                seed = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest())
                vec = np.random.default_rng(seed).standard_normal(dims).astype("<f4")
                self.words[(word, dims)] = vec
            total += vec
        norm = float(np.linalg.norm(total))
        return total / norm if norm else total

    def body(self, inputs: list[str], dims: int, fmt: str) -> bytes:
        vecs = [self.vector(text, dims) for text in inputs]
        data = [{"object": "embedding", "index": i,
                 "embedding": base64.b64encode(v.tobytes()).decode() if fmt == "base64"
                 else v.astype(np.float64)}  # as the proxy (and Python, vLLM) write floats
                for i, v in enumerate(vecs)]  # fmt: skip
        usage = {"prompt_tokens": 4 * len(inputs), "total_tokens": 4 * len(inputs)}
        payload = {"object": "list", "data": data, "model": "text-embedding-3-small",
                   "usage": usage}  # fmt: skip
        return orjson.dumps(payload, option=orjson.OPT_SERIALIZE_NUMPY)


async def _delay(request: web.Request) -> None:
    delay = request.headers.get("X-Bench-Delay-Ms")
    if delay:
        await asyncio.sleep(float(delay) / 1000)


def upstream_app(chunk_delay: float, text_embeddings: bool = False) -> web.Application:
    bodies: dict[tuple[int, str], bytes] = {}
    embedder = TextEmbedder()

    async def chat(request: web.Request) -> web.StreamResponse:
        req = orjson.loads(await request.read())
        if not req.get("stream"):
            await _delay(request)
            return web.Response(body=CHAT_BODY, content_type="application/json")
        usage = (req.get("stream_options") or {}).get("include_usage") is True
        pause = request.headers.get("X-Bench-Chunk-Delay-Ms")
        pause_s = chunk_delay if pause is None else float(pause) / 1000
        resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await resp.prepare(request)
        for i, event in enumerate(STREAM):
            if i and pause_s:
                await asyncio.sleep(pause_s)
            last = i == len(STREAM) - 1
            await resp.write(event + (USAGE_EVENT if last and usage else b""))
        await asyncio.sleep(pause_s)
        await resp.write(DONE)
        await resp.write_eof()
        return resp

    async def embeddings(request: web.Request) -> web.Response:
        req = orjson.loads(await request.read())
        await _delay(request)
        fmt = req.get("encoding_format") or "float"
        if text_embeddings:
            inputs = [req["input"]] if isinstance(req["input"], str) else req["input"]
            body = embedder.body(inputs, req.get("dimensions") or DIMS, fmt)
            return web.Response(body=body, content_type="application/json")
        key = (len(req["input"]), fmt)
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


def bare_app() -> web.Application:
    """The limit: read the request, answer the canned bytes of a hit, nothing else."""
    bodies: dict[str, bytes] = {}

    async def chat(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(body=CHAT_BODY, content_type="application/json")

    async def embeddings(request: web.Request) -> web.Response:
        await request.read()
        query = request.query_string
        if query not in bodies:
            n, fmt = int(request.query.get("n", "1")), request.query.get("fmt", "float")
            bodies[query] = _embeddings_body(n, fmt)
        return web.Response(body=bodies[query], content_type="application/json")

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


def spawn(
    args: list[str],
    quiet: bool = False,
    *,
    cpus: set[int] | None = None,
    cwd: Path | None = None,
) -> subprocess.Popen[bytes]:
    """A child on `cpus` (None: any) that gets SIGTERM if this process dies (Linux), so
    nothing outlives a bench that was killed."""

    def prepare() -> None:
        if cpus is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, cpus)
        _die_with_parent()

    out = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(
        args, cwd=cwd or ROOT, env=_env(), stdin=subprocess.DEVNULL, stdout=out,
        preexec_fn=prepare,
    )  # fmt: skip


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    except (OSError, AttributeError):
        pass


def place(pid: int, cpus: set[int] | None) -> None:
    """Move a running process to `cpus` (None: every CPU)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(pid, cpus or set(range(os.cpu_count() or 1)))


def start_redis(port: int, cpus: set[int] | None = None) -> subprocess.Popen[bytes]:
    exe = shutil.which("redis-server") or "/usr/bin/redis-server"
    args = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--loglevel", "warning"]  # fmt: skip
    proc = spawn(args, quiet=True, cpus=cpus)
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


class _Live(web.StreamResponse):
    _send_headers_immediately = False  # headers leave with the first event, as the proxy's


_SESSION = web.AppKey("session", aiohttp.ClientSession)


def relay_app(upstream: str) -> web.Application:
    """`POST /v1/chat/completions` relayed to `upstream` through one pooled ClientSession,
    streamed answers event by event as they arrive; nothing else."""

    async def chat(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        headers = {"Content-Type": "application/json"}
        for name in ("Authorization", "X-Bench-Chunk-Delay-Ms"):  # (as the proxy forwards them)
            if value := request.headers.get(name):
                headers[name] = value
        status = {"Cache-Status": "llmstash; fwd=miss"}  # what latency.py checks for
        url = f"{upstream}/chat/completions"
        async with request.app[_SESSION].post(url, data=body, headers=headers) as answer:
            if answer.content_type != "text/event-stream":
                data = await answer.read()
                return web.Response(body=data, status=answer.status, headers=status,
                                    content_type=answer.content_type)  # fmt: skip
            response = _Live(status=answer.status, headers=status)
            response.content_type = "text/event-stream"
            await response.prepare(request)
            async for data in answer.content.iter_any():
                await response.write(data)
            await response.write_eof()
            return response

    async def session(app: web.Application) -> AsyncIterator[None]:
        app[_SESSION] = aiohttp.ClientSession(auto_decompress=False)
        yield
        await app[_SESSION].close()

    app = web.Application()
    app.cleanup_ctx.append(session)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_get("/healthz", _ok)
    return app


async def _ok(_: web.Request) -> web.Response:
    return web.Response(text="ok")


async def poke(urls: list[str], rate: float) -> None:
    async with aiohttp.ClientSession() as session:
        while True:
            for url in urls:
                try:
                    async with session.get(url) as answer:
                        await answer.read()
                except aiohttp.ClientError:
                    pass  # not up yet
            await asyncio.sleep(1 / rate)


def main() -> None:
    parser = argparse.ArgumentParser(description="canned OpenAI-compatible upstream")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--chunk-delay", type=float, default=0.0)
    parser.add_argument("--text-embeddings", action="store_true", help="a vector per text")
    parser.add_argument("--bare", action="store_true", help="the limit, not an upstream")
    parser.add_argument("--relay", metavar="URL", help="a bare relay to URL, not an upstream")
    parser.add_argument("--poke", nargs="+", metavar="URL", help="GET these, not a server")
    parser.add_argument("--rate", type=float, default=200.0, help="--poke rounds a second")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    if args.poke:
        asyncio.run(poke(args.poke, args.rate))
        return
    if args.relay:
        app = relay_app(args.relay.rstrip("/"))
    elif args.bare:
        app = bare_app()
    else:
        app = upstream_app(args.chunk_delay, args.text_embeddings)
    web.run_app(app, host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
