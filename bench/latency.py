"""Latency the proxy adds (or saves) at concurrency 1, next to the upstream called directly.

    python bench/latency.py [--runs 300] [--stream-runs 100] [--redis] [--warm 200]

Starts, on loopback, a canned upstream (bench/_harness.py), `python -m proxy serve` and a
bare aiohttp relay (`_harness.py --relay`: no cache, the floor of any aiohttp proxy) as
separate processes (plus a private redis-server with --redis), then times the same
requests through the proxy (and, for misses, through the bare relay) and straight to the
upstream, alternating which goes first, with one keep-alive aiohttp ClientSession.
`--warm R`: another process GETs the proxy's and the relay's /healthz R times a second
meanwhile (a server with some traffic, not one waking from idle). Prints one markdown table;
every process it started is stopped on the way out.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import aiohttp
import orjson
from _harness import free_port as port
from _harness import pct, spawn, start_redis, stop

HEADERS = {"Content-Type": "application/json", "Authorization": "Bearer sk-bench"}
HIT, MISS = "llmstash; hit", "llmstash; fwd=miss"
CHUNK_DELAY = 0.020  # upstream pause between SSE events, for the streamed rows
EMBED_INPUTS = [f"bench sentence number {i} about caching proxies" for i in range(16)]
Sample = dict[str, list[float]]  # metric name -> values from one request
Call = Callable[[int, str], Awaitable[tuple[Sample, str]]]


@dataclass
class Row:
    name: str
    proxy: list[float] = field(default_factory=list)
    direct: list[float] = field(default_factory=list)
    wrong_status: int = 0

    def cells(self) -> str:
        p50, d50 = statistics.median(self.proxy), statistics.median(self.direct)
        spread = lambda v: " / ".join(f"{pct(v, p):.2f}" for p in (50, 90, 99))  # noqa: E731
        note = f" ({self.wrong_status} wrong Cache-Status)" if self.wrong_status else ""
        return (f"| {self.name}{note} | {spread(self.proxy)} | {spread(self.direct)} "
                f"| {p50 - d50:+.2f} | {p50 / d50:.2f} |")  # fmt: skip


def chat(prompt: str, stream: bool = False) -> bytes:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}
    return orjson.dumps(body | ({"stream": True} if stream else {}))


async def post(
    session: aiohttp.ClientSession, url: str, payload: bytes, headers: dict[str, str] = HEADERS
) -> tuple[Sample, str]:
    start = time.perf_counter()
    async with session.post(url, data=payload, headers=headers) as resp:
        await resp.read()
        ms = (time.perf_counter() - start) * 1000
        if resp.status != 200:
            raise RuntimeError(f"{url}: HTTP {resp.status}")
        return {"": [ms]}, resp.headers.get("Cache-Status", "")


async def post_stream(
    session: aiohttp.ClientSession, url: str, payload: bytes, pause: float | None = None
) -> tuple[Sample, str]:
    """Time to the first complete SSE event ("ttfb"), and with the upstream's own pauses
    (`pause` None: CHUNK_DELAY) as "paused", with the gaps between event arrivals."""
    headers = HEADERS if pause is None else HEADERS | {"X-Bench-Chunk-Delay-Ms": f"{pause:g}"}
    start = time.perf_counter()
    arrivals: list[float] = []
    buf = b""
    async with session.post(url, data=payload, headers=headers) as resp:
        if resp.status != 200:
            raise RuntimeError(f"{url}: HTTP {resp.status}")
        async for data in resp.content.iter_any():
            now = time.perf_counter()
            buf += data
            while b"\n\n" in buf:
                _, buf = buf.split(b"\n\n", 1)
                arrivals.append(now)
        status = resp.headers.get("Cache-Status", "")
    first = [(arrivals[0] - start) * 1000]
    if pause is not None:
        return {"ttfb": first}, status
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(arrivals)]
    return {"paused": first, "gap": gaps}, status


async def compare(rows: dict[str, Row], call: Call, runs: int, warmup: int, expect: str) -> None:
    """`runs` timed pairs after `warmup`; proxy first on even runs, direct first on odd."""
    for i in range(warmup + runs):
        for target in ("proxy", "direct") if i % 2 == 0 else ("direct", "proxy"):
            sample, status = await call(i, target)
            if i < warmup:
                continue
            for metric, values in sample.items():
                getattr(rows[metric], target).extend(values)
            if target == "proxy" and not status.startswith(expect):
                for metric in sample:
                    rows[metric].wrong_status += 1


async def wait_ready(session: aiohttp.ClientSession, url: str, procs: list) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            raise RuntimeError("a bench process exited during start-up (its stderr is above)")
        try:
            async with session.get(url) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} not ready after 20 s")


async def bench(args: argparse.Namespace, up: str, px: str, relay: str, procs: list) -> list[Row]:
    base = {"proxy": f"{px}/v1", "direct": f"{up}/v1"}
    relay_base = {"proxy": f"{relay}/v1", "direct": f"{up}/v1"}
    warm, runs = args.warmup, args.runs
    rows: list[Row] = []
    tag = f"{time.time_ns()}"  # prompts unique to this run: a miss is a miss even on reuse
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
        for url in (f"{up}/healthz", f"{px}/healthz", f"{relay}/healthz"):
            await wait_ready(session, url, procs)

        hit = {"": Row("chat hit (non-stream)")}
        payload = chat(f"hit {tag}")
        await post(session, base["proxy"] + "/chat/completions", payload)  # store it
        await compare(
            hit,
            lambda i, t: post(session, base[t] + "/chat/completions", payload),
            runs,
            warm,
            HIT,
        )
        miss = {"": Row("chat miss (non-stream)")}
        await compare(
            miss,
            lambda i, t: post(session, base[t] + "/chat/completions", chat(f"miss {tag} {i}")),
            runs,
            warm,
            MISS,
        )
        gap = f"stream miss: inter-event gap (upstream {CHUNK_DELAY * 1000:.0f} ms)"
        paused = f"after {CHUNK_DELAY * 1000:.0f} ms pauses"
        streams = {}
        for name, url in (("", base), ("bare relay: ", relay_base)):
            streams[name] = {
                "ttfb": Row(f"{name}stream miss: time to first event, back to back"),
                "paused": Row(f"{name}stream miss: time to first event, {paused}"),
                "gap": Row(f"{name}{gap}"),
            }
            await compare(  # events sent at once, each request right after the last
                streams[name],
                lambda i, t, u=url, n=name: post_stream(
                    session, u[t] + "/chat/completions", chat(f"{n}b2b {tag} {i}", True), pause=0
                ),
                args.stream_runs,
                min(warm, 10),
                MISS,
            )
            await compare(  # events CHUNK_DELAY apart: the machine idles between them
                streams[name],
                lambda i, t, u=url, n=name: post_stream(
                    session, u[t] + "/chat/completions", chat(f"{n}paused {tag} {i}", True)
                ),
                args.stream_runs,
                min(warm, 10),
                MISS,
            )
        rows.extend([*hit.values(), *miss.values(), *streams[""].values()])
        relay_miss = {"": Row("bare relay: chat miss (non-stream)")}
        await compare(
            relay_miss,
            lambda i, t: post(
                session, relay_base[t] + "/chat/completions", chat(f"relay {tag} {i}")
            ),
            runs,
            warm,
            MISS,
        )
        relayed = streams["bare relay: "]
        rows.extend([*relay_miss.values(), relayed["ttfb"], relayed["paused"]])
        for fmt in ("float", "base64"):  # the openai SDK asks for base64 by default
            emb = {"": Row(f"embeddings hit ({len(EMBED_INPUTS)}x1536, {fmt})")}
            req = {"model": "text-embedding-3-small", "input": EMBED_INPUTS}
            body = orjson.dumps(req | {"encoding_format": fmt})
            await post(session, base["proxy"] + "/embeddings", body)  # store them
            await compare(
                emb, lambda i, t, b=body: post(session, base[t] + "/embeddings", b), runs, warm, HIT
            )
            rows.extend(emb.values())
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300, help="timed pairs per row")
    parser.add_argument("--stream-runs", type=int, default=100, help="timed pairs, streams")
    parser.add_argument("--warmup", type=int, default=30, help="untimed pairs per row")
    parser.add_argument("--redis", action="store_true", help="Redis store, not memory")
    parser.add_argument("--warm", type=float, default=0.0, metavar="R",
                        help="background GETs per second to the proxy and the relay")  # fmt: skip
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()  # the proxy runs on uvloop too
    except ImportError:
        pass

    up_port, px_port, relay_port = port(), port(), port()
    procs = []
    try:
        procs.append(spawn([sys.executable, "bench/_harness.py", "--port", str(up_port),
                            "--chunk-delay", str(CHUNK_DELAY)]))  # fmt: skip
        serve = [sys.executable, "-m", "proxy", "serve", "--host", "127.0.0.1",
                 "--port", str(px_port), "--upstream", f"http://127.0.0.1:{up_port}/v1",
                 "--log-level", "WARNING"]  # fmt: skip
        if args.redis:
            redis_port = port()
            procs.append(start_redis(redis_port))
            serve += ["--redis-url", f"redis://127.0.0.1:{redis_port}/0"]
        procs.append(spawn(serve))
        procs.append(spawn([sys.executable, "bench/_harness.py", "--port", str(relay_port),
                            "--relay", f"http://127.0.0.1:{up_port}/v1"]))  # fmt: skip
        up, px, relay = (f"http://127.0.0.1:{p}" for p in (up_port, px_port, relay_port))
        if args.warm:
            poke = [f"{px}/healthz", f"{relay}/healthz", "--rate", str(args.warm)]
            procs.append(
                spawn([sys.executable, "bench/_harness.py", "--port", "0", "--poke", *poke])
            )
        rows = asyncio.run(bench(args, up, px, relay, procs))
    finally:
        stop(procs)

    store = "redis" if args.redis else "memory"
    warmth = f"warm: {args.warm:g} GET/s" if args.warm else "cold: no other traffic"
    print(f"\nstore={store} runs={args.runs} stream-runs={args.stream_runs} "
          f"warmup={args.warmup} concurrency=1, upstream +0 ms, {warmth}\n")  # fmt: skip
    print("| row | through p50 / p90 / p99 (ms) | direct p50 / p90 / p99 (ms) "
          "| added p50 (ms) | ratio p50 |")  # fmt: skip
    print("|---|---|---|---|---|")
    for row in rows:
        print(row.cells())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
