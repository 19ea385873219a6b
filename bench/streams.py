"""Concurrent streamed misses: what relaying live SSE costs, next to a bare relay.

    python bench/streams.py                    # 100 concurrent streams, 8 s per target
    python bench/streams.py --streams 200 --duration 5 --rounds 3

Starts on loopback, as separate processes: the canned upstream (bench/_harness.py, one SSE
event every 20 ms, 12 events and [DONE] per answer), the bare aiohttp relay, a private
redis-server, and `python -m proxy serve` with the memory store and with Redis. Servers run
on core 0, this process (the load: `--streams` clients, each sending distinct prompts
back to back, so every request is a streamed miss) on core 1. For each target it reports
streams and events per second, the server's CPU (and Redis's) per 1,000 events, and, for
Redis, the live-stream keys and memory left behind once the load stops. Rounds alternate
the targets, so a noisy neighbour hits them alike. The CPU a streamed token costs decides
how many concurrent streams one core carries; the Redis columns what streaming misses cost
a shared Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from dataclasses import dataclass

import aiohttp
import orjson
import redis.asyncio
from _harness import STREAM, free_port, place, spawn, start_redis, stop
from latency import HEADERS, wait_ready
from throughput import cpu_seconds

CORES = os.cpu_count() or 1
SERVER: set[int] | None = {0} if CORES > 1 else None
LOAD: set[int] | None = {1} if CORES > 1 else None
EVENTS = len(STREAM) + 2  # with the usage chunk the proxy asks for, and [DONE]


@dataclass
class Run:
    target: str
    streams: int
    seconds: float
    cpu: float  # server process seconds
    redis_cpu: float
    live_keys: int | None = None
    redis_bytes: int = 0

    @property
    def per_stream(self) -> int:
        return EVENTS - 1 if self.target == "bare relay" else EVENTS  # it asks for no usage

    def events(self) -> float:
        return self.streams * self.per_stream / self.seconds

    def cpu_per_k(self, cpu: float) -> float:
        """CPU ms per 1,000 events."""
        return cpu * 1e6 / (self.streams * self.per_stream)


async def load(url: str, clients: int, duration: float, tag: str) -> tuple[int, float]:
    """`clients` concurrent clients, each streaming distinct prompts back to back."""
    done = 0
    stop_at = time.monotonic() + duration

    async def client(session: aiohttp.ClientSession, n: int) -> None:
        nonlocal done
        i = 0
        while time.monotonic() < stop_at:
            i += 1
            body = orjson.dumps({
                "model": "gpt-4o-mini", "stream": True,
                "messages": [{"role": "user", "content": f"streams {tag} {n} {i}"}],
            })  # fmt: skip
            async with session.post(url, data=body, headers=HEADERS) as resp:
                if resp.status != 200:
                    raise RuntimeError(f"{url}: HTTP {resp.status}")
                data = await resp.read()
            if not data.endswith(b"data: [DONE]\n\n"):
                raise RuntimeError(f"{url}: a stream ended early")
            done += 1

    start = time.monotonic()
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(client(session, n) for n in range(clients)))
    return done, time.monotonic() - start


async def redis_left(port: int) -> tuple[int, int]:
    """Live-stream keys and used memory in the private Redis."""
    client = redis.asyncio.Redis(port=port)
    try:
        keys = [key async for key in client.scan_iter(match="*:live:*", count=10_000)]
        return len(keys), int((await client.info("memory"))["used_memory"])
    finally:
        await client.aclose()


async def ready(urls: list[str], procs: list[subprocess.Popen[bytes]]) -> None:
    async with aiohttp.ClientSession() as session:
        for url in urls:
            await wait_ready(session, url, procs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=100, help="concurrent clients")
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per target")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if LOAD is not None:
        place(os.getpid(), LOAD)
    py = sys.executable
    up, relay, memory, redis_proxy, redis_port = (free_port() for _ in range(5))
    procs = []
    try:
        procs.append(spawn([py, "bench/_harness.py", "--port", str(up), "--chunk-delay", "0.02"],
                           cpus=SERVER))  # fmt: skip
        redis = start_redis(redis_port, SERVER)
        procs.append(redis)
        upstream = f"http://127.0.0.1:{up}/v1"
        relay_proc = spawn([py, "bench/_harness.py", "--port", str(relay), "--relay", upstream],
                           cpus=SERVER)  # fmt: skip
        serve = [py, "-m", "proxy", "serve", "--host", "127.0.0.1", "--upstream", upstream,
                 "--log-level", "WARNING", "--port"]  # fmt: skip
        memory_proc = spawn([*serve, str(memory)], cpus=SERVER)
        redis_url = f"redis://127.0.0.1:{redis_port}/0"
        redis_proc = spawn([*serve, str(redis_proxy), "--redis-url", redis_url], cpus=SERVER)
        procs += [relay_proc, memory_proc, redis_proc]
        targets = {
            "bare relay": (relay, relay_proc),
            "proxy, memory store": (memory, memory_proc),
            "proxy, Redis store": (redis_proxy, redis_proc),
        }
        asyncio.run(ready([f"http://127.0.0.1:{p}/healthz" for p, _ in targets.values()], procs))
        runs: list[Run] = []
        for round_ in range(args.rounds):
            for name, (port, proc) in targets.items():
                url = f"http://127.0.0.1:{port}/v1/chat/completions"
                tag = f"{time.time_ns()} {round_}"
                asyncio.run(load(url, 10, 0.5, tag + " warm"))
                cpu0, rcpu0 = cpu_seconds(proc.pid), cpu_seconds(redis.pid)
                streams, seconds = asyncio.run(load(url, args.streams, args.duration, tag))
                run = Run(name, streams, seconds, cpu_seconds(proc.pid) - cpu0,
                          cpu_seconds(redis.pid) - rcpu0)  # fmt: skip
                if "Redis" in name:
                    run.live_keys, run.redis_bytes = asyncio.run(redis_left(redis_port))
                runs.append(run)
    finally:
        stop(procs)

    print(f"\n{args.streams} concurrent streamed misses, {EVENTS} events each ({EVENTS - 1} "
          f"through the relay), 20 ms apart; {args.duration:g} s per target, "
          f"{args.rounds} rounds\n")  # fmt: skip
    print("| target | streams/s | events/s | server CPU % | CPU ms / 1k events | vs relay "
          "| Redis CPU ms / 1k events | live streams left | Redis used MB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    relay_cost = [r.cpu_per_k(r.cpu) for r in runs if r.target == "bare relay"]
    base = sum(relay_cost) / len(relay_cost)
    for r in runs:
        cost = r.cpu_per_k(r.cpu)
        redis_cells = (
            [
                f"{r.cpu_per_k(r.redis_cpu):.1f}",
                str(r.live_keys),
                f"{(r.redis_bytes or 0) / 1e6:.1f}",
            ]
            if r.live_keys is not None
            else ["", "", ""]
        )
        print(f"| {r.target} | {r.streams / r.seconds:.0f} | {r.events():.0f} "
              f"| {100 * r.cpu / r.seconds:.0f} | {cost:.1f} | {cost / base:.2f} | "
              + " | ".join(redis_cells) + " |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
