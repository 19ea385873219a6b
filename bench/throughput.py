"""Throughput and latency of the proxy under load, each figure next to a baseline measured
in the same run.

    python bench/throughput.py                       # every row (a)-(h), about 5 minutes
    python bench/throughput.py --rows ab --duration 3
    # --loader auto|wrk|python  --semantic-entries 10000  --proxy-src DIR (another checkout)

Starts on loopback, as separate processes, and stops on the way out: the canned upstream and
the bare limit server (bench/_harness.py), a private redis-server, `python -m proxy serve`
(memory store, Redis store, and for some rows `--workers 2` or semantic caching). The server
side runs on core 0, the load (wrk + bench/wrk_post.lua, else bench/_load.py) on core 1,
except in the `--workers` rows. Concurrency-1 latencies of misses and streams reuse
bench/latency.py's timing. Prints one markdown table (bench/README.md explains each row).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Sequence
from pathlib import Path

import aiohttp
import latency
import orjson
from _harness import CHAT_BODY, DIMS, ROOT, free_port, place, spawn, start_redis, stop
from _load import Result, loader, run
from latency import EMBED_INPUTS, HEADERS, chat

CORES = os.cpu_count() or 1
SERVER: set[int] | None = {0} if CORES > 1 else None
LOAD: set[int] | None = {1} if CORES > 1 else None
CHAT, EMB = "/v1/chat/completions", "/v1/embeddings"
MODEL = "text-embedding-3-small"
PARTIAL = "llmstash; fwd=partial"
Reply = Awaitable[tuple[latency.Sample, str]]
SYLLABLES = "ka lo mi ra ne tu vo si pe da gu lin mar tos ber fen quo zel wat pri".split()
COLUMNS = ("row", "conc", "req/s", "p50 ms", "p99 ms", "baseline", "base req/s", "base p50",
           "base p99", "ratio", "added p50 ms", "check")  # fmt: skip


def cpu_seconds(pid: int) -> float:
    """CPU time of a process and its children (the workers of a supervisor)."""
    total = 0.0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return 0.0
    return total + sum(cpu_seconds(int(child)) for child in children)


def body_file(path: Path, bodies: Sequence[bytes]) -> Path:
    path.write_bytes(b"\n".join(bodies) + b"\n")
    return path


def prompt(rng: random.Random) -> str:
    words = ["".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))) for _ in range(6)]
    return f"how do I {words[0]} the {words[1]} {words[2]} with {words[3]} {words[4]} {words[5]}"


def paraphrase(text: str) -> str:
    """Same words, other casing and punctuation (what the verifier accepts)."""
    head, _, tail = text.partition(" with ")
    return f"{head[:1].upper()}{head[1:]}, WITH {tail}?"


class Bench:
    def __init__(self, args: argparse.Namespace, tmp: Path) -> None:
        self.args = args
        self.tmp = tmp
        self.kind = loader(args.loader)
        self.procs: list[subprocess.Popen[bytes]] = []
        self.rows: list[list[str]] = []
        self.tag = f"{time.time_ns():x}"
        self.session: aiohttp.ClientSession

    # -- processes ------------------------------------------------------------------------
    def start(self, argv: list[str], cpus: set[int] | None, cwd: Path | None = None) -> int:
        proc = spawn(argv, cpus=cpus, cwd=cwd)
        self.procs.append(proc)
        return proc.pid

    def harness(self, *flags: str) -> tuple[str, int]:
        port = free_port()
        pid = self.start([sys.executable, "bench/_harness.py", "--port", str(port), *flags], SERVER)
        return f"http://127.0.0.1:{port}", pid

    def proxy(
        self, upstream: str, redis: str | None = None, workers: int = 1, config: Path | None = None
    ) -> tuple[str, int]:
        port = free_port()
        argv = [sys.executable, "-m", "proxy", "serve", "--host", "127.0.0.1", "--port", str(port),
                "--upstream", f"{upstream}/v1", "--log-level", "WARNING"]  # fmt: skip
        argv += ["--redis-url", redis] if redis else []
        argv += ["--workers", str(workers)] if workers != 1 else []
        argv += ["--config", str(config)] if config else []
        src = Path(self.args.proxy_src).resolve() if self.args.proxy_src else ROOT
        pid = self.start(argv, SERVER if workers == 1 else None, cwd=src)
        return f"http://127.0.0.1:{port}", pid

    async def ready(self, *urls: str) -> None:
        for url in urls:
            await latency.wait_ready(self.session, f"{url}/healthz", self.procs)

    # -- measuring ------------------------------------------------------------------------
    def load(
        self,
        url: str,
        bodies: Path,
        conc: int,
        pid: int,
        *,
        threads: int = 1,
        cpus: set[int] | None = LOAD,
        unique: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[Result, float]:
        """(result, CPU share the server process `pid` used meanwhile)."""
        cpu0, t0 = cpu_seconds(pid), time.monotonic()
        result = run(url, bodies, connections=conc, duration=self.args.duration, threads=threads,
                     cpus=cpus, unique=unique, headers=headers, kind=self.kind)  # fmt: skip
        return result, (cpu_seconds(pid) - cpu0) / (time.monotonic() - t0)

    async def outcomes(self, base: str) -> Counter[str]:
        """Answers by `cache` outcome so far, from the proxy's /metrics."""
        async with self.session.get(f"{base}/metrics") as resp:
            text = await resp.text()
        counts: Counter[str] = Counter()
        for line in text.splitlines():
            if line.startswith("llmstash_requests_total{"):
                found = re.search(r'cache="([^"]*)"', line)
                if found:
                    counts[found.group(1)] += int(float(line.rpartition(" ")[2]))
        return counts

    async def checked(
        self, base: str, want: str, url: str, bodies: Path, conc: int, pid: int, **kw: object
    ) -> tuple[Result, float, str]:
        before = await self.outcomes(base)
        result, cpu = self.load(url, bodies, conc, pid, **kw)  # type: ignore[arg-type]
        delta = await self.outcomes(base) - before
        share = delta[want] / max(1, sum(delta.values()))
        errors = f", {result.errors} errors" if result.errors else ""
        return result, cpu, f"{share:.0%} {want}{errors}, cpu {cpu:.0%}"

    async def send(self, url: str, bodies: Sequence[bytes], conc: int = 16) -> Counter[str]:
        """POST each body once, `conc` at a time; Cache-Status values counted."""
        statuses: Counter[str] = Counter()
        limit = asyncio.Semaphore(conc)

        async def one(body: bytes) -> None:
            async with limit, self.session.post(url, data=body, headers=HEADERS) as resp:
                await resp.read()
                parts = resp.headers.get("Cache-Status", "").split("; ")
                statuses[parts[1] if len(parts) > 1 else f"HTTP {resp.status}"] += 1

        await asyncio.gather(*(one(b) for b in bodies))
        return statuses

    # -- rows -----------------------------------------------------------------------------
    def row(self, name: str, conc: object, res: Result | None, base_name: str,
            base: Result | None, check: str = "") -> None:  # fmt: skip
        cells = [name, str(conc), *_result_cells(res), base_name, *_result_cells(base)]
        ratio = f"{res.rps / base.rps:.2f}" if res and base and base.rps else ""
        added = f"{res.p50_ms - base.p50_ms:+.2f}" if res and base else ""
        self.rows.append([*cells, ratio, added, check])
        print("  " + " | ".join(self.rows[-1]), file=sys.stderr, flush=True)

    def latency_row(self, row: latency.Row, conc: int, base_name: str, check: str = "") -> None:
        p = [latency.pct(row.proxy, q) for q in (50, 99)]
        d = [latency.pct(row.direct, q) for q in (50, 99)]
        wrong = f"{row.wrong_status} wrong Cache-Status" if row.wrong_status else "statuses ok"
        self.rows.append([row.name, str(conc), "", f"{p[0]:.2f}", f"{p[1]:.2f}", base_name, "",
                          f"{d[0]:.2f}", f"{d[1]:.2f}", f"{p[0] / d[0]:.2f}",
                          f"{p[0] - d[0]:+.2f}", check or wrong])  # fmt: skip
        print("  " + " | ".join(self.rows[-1]), file=sys.stderr, flush=True)

    def table(self) -> str:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in self.rows])


def _result_cells(r: Result | None) -> list[str]:
    if r is None:
        return ["", "", ""]
    return [f"{r.rps:,.0f}", f"{r.p50_ms:.2f}", f"{r.p99_ms:.2f}"]


# -- sections -------------------------------------------------------------------------------


async def hits(b: Bench, bare: tuple[str, int], proxies: dict[str, tuple[str, int]]) -> None:
    """(a) the bare limit, (b) exact hits on each store."""
    one = body_file(b.tmp / "one.jsonl", [chat("hit one")])
    many_bodies = [chat(f"hit {i} of many") for i in range(2000)]
    many = body_file(b.tmp / "many.jsonl", many_bodies)
    emb_body = orjson.dumps({"model": MODEL, "input": EMBED_INPUTS})  # float, 16 x 1536
    emb = body_file(b.tmp / "emb.jsonl", [emb_body])
    kinds = {"chat": (CHAT, CHAT), "emb": (EMB, f"{EMB}?n={len(EMBED_INPUTS)}&fmt=float")}
    limit: dict[tuple[str, int], Result] = {}
    limit_name = {"chat": "(a) bare chat", "emb": f"(a) bare emb {len(EMBED_INPUTS)}x{DIMS}"}
    for kind, bodies in (("chat", one), ("emb", emb)):
        for conc in (1, 32, 64):
            res, cpu = b.load(bare[0] + kinds[kind][1], bodies, conc, bare[1])
            limit[(kind, conc)] = res
            b.row(limit_name[kind], conc, res, "", None, f"cpu {cpu:.0%}")
    for store, (url, pid) in proxies.items():
        await b.send(url + CHAT, [chat("hit one"), *many_bodies])
        await b.send(url + EMB, [emb_body])
        for name, kind, bodies in (
            ("chat hit, one body", "chat", one),
            ("chat hit, 2,000 bodies", "chat", many),
            (f"emb hit {len(EMBED_INPUTS)}x{DIMS} float", "emb", emb),
        ):
            for conc in (1, 32, 64):
                res, _, check = await b.checked(url, "hit", url + kinds[kind][0], bodies, conc, pid)
                b.row(f"(b) {name} [{store}]", conc, res, limit_name[kind], limit[(kind, conc)],
                      check)  # fmt: skip


async def misses(b: Bench, upstream: tuple[str, int], proxies: dict[str, tuple[str, int]]) -> None:
    """(c) misses next to the upstream called directly, +0 and +50 ms."""
    template = body_file(b.tmp / "miss.jsonl", [chat("miss @@")])
    for delay in (0, 50):
        headers = {"X-Bench-Delay-Ms": str(delay)} if delay else {}
        for store, (url, _) in proxies.items():  # concurrency 1: latency.py's paired timing
            row = latency.Row(f"(c) miss +{delay} ms [{store}]")
            base = {"proxy": url + CHAT, "direct": upstream[0] + CHAT}
            tag = f"{b.tag} {store} {delay}"

            def call(
                i: int, target: str, tag: str = tag, base: dict = base, h: dict = headers
            ) -> Reply:
                payload = chat(f"miss {tag} {i}")
                return latency.post(b.session, base[target], payload, HEADERS | h)

            runs = b.args.miss_runs if delay == 0 else b.args.miss_runs // 5
            await latency.compare({"": row}, call, runs, 10, latency.MISS)
            b.latency_row(row, 1, f"direct +{delay} ms")
        direct, _ = b.load(upstream[0] + CHAT, template, 32, upstream[1], unique=f"d{delay}{b.tag}",
                           headers=headers)  # fmt: skip
        b.row(f"direct upstream +{delay} ms", 32, direct, "", None)
        for store, (url, pid) in proxies.items():
            unique = f"{store}{delay}{b.tag}"
            res, _, check = await b.checked(
                url, "miss", url + CHAT, template, 32, pid, unique=unique, headers=headers
            )
            b.row(f"(c) miss +{delay} ms [{store}]", 32, res, f"direct +{delay} ms", direct, check)


async def streams(b: Bench, upstream: str, proxies: dict[str, tuple[str, int]]) -> None:
    """(d) streamed misses: latency.py's time to first event and inter-event gaps."""
    for store, (url, _) in proxies.items():
        rows = {"ttfb": latency.Row(f"(d) stream miss: first event [{store}]"),
                "gap": latency.Row(f"(d) stream miss: gap, upstream 20 ms [{store}]")}  # fmt: skip
        base = {"proxy": url + CHAT, "direct": upstream + CHAT}

        def call(i: int, target: str, store: str = store, base: dict = base) -> Reply:
            payload = chat(f"stream {b.tag} {store} {i}", stream=True)
            return latency.post_stream(b.session, base[target], payload)

        await latency.compare(rows, call, b.args.stream_runs, 3, latency.MISS)
        b.latency_row(rows["ttfb"], 1, "direct")
        b.latency_row(rows["gap"], 1, "direct")


async def batch(b: Bench, upstream: str, proxies: dict[str, tuple[str, int]]) -> None:
    """(e) one request of 2,048 inputs, half of them cached."""
    cached = [f"batch cached item {i} {b.tag}" for i in range(1024)]
    for store, (url, _) in proxies.items():
        await b.send(url + EMB, [orjson.dumps({"model": MODEL, "input": cached})])
        for fmt in ("base64", "float"):
            row = latency.Row(f"(e) emb 2,048 inputs, half cached, {fmt} [{store}]")
            base = {"proxy": url + EMB, "direct": upstream + EMB}

            def call(
                i: int, target: str, fmt: str = fmt, store: str = store, base: dict = base
            ) -> Reply:
                fresh = [f"batch fresh {b.tag} {store} {fmt} {i} {j}" for j in range(1024)]
                inputs = list(itertools.chain.from_iterable(zip(cached, fresh, strict=True)))
                body = {"model": MODEL, "input": inputs, "encoding_format": fmt}
                return latency.post(b.session, base[target], orjson.dumps(body))

            await latency.compare({"": row}, call, b.args.batch_runs, 1, PARTIAL)
            b.latency_row(row, 1, "direct, 2,048 inputs")


async def memory(b: Bench, redis_url: str, proxy: str) -> None:
    """(g) Redis memory per entry next to the raw payload."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        await b.send(proxy + CHAT, [chat("memory probe")])
        await b.send(proxy + EMB, [orjson.dumps({"model": MODEL, "input": "memory probe"})])
        await asyncio.sleep(0.3)  # embeddings are stored after the answer
        for pattern, raw, name in (("ls:*:e:*", DIMS * 4, f"1536-d embedding ({DIMS * 4:,} B f32)"),
                                   ("ls:*:c:*", len(CHAT_BODY), "chat completion")):  # fmt: skip
            key = await anext(aiter(client.scan_iter(match=pattern, count=1000)))
            used = int(await client.memory_usage(key, samples=0))
            b.rows.append([f"(g) Redis MEMORY USAGE, {name}", "", f"{used:,} B", "", "",
                           "raw payload", f"{raw:,} B", "", "", f"{used / raw:.2f}", "",
                           f"value {await client.strlen(key):,} B, key {len(key)} B"])  # fmt: skip
        # the whole cost per entry, dict and expiry slots included
        n = 500
        before = (await client.info("memory"))["used_memory"]
        inputs = [f"memory item {b.tag} {i}" for i in range(n)]
        await b.send(proxy + EMB, [orjson.dumps({"model": MODEL, "input": inputs})])
        await asyncio.sleep(0.5)
        per = ((await client.info("memory"))["used_memory"] - before) / n
        b.rows.append([f"(g) Redis used_memory growth per embedding ({n} new)", "",
                       f"{per:,.0f} B", "", "", "raw payload", f"{DIMS * 4:,} B", "", "",
                       f"{per / (DIMS * 4):.2f}", "", "INFO used_memory delta / n"])  # fmt: skip
    finally:
        await client.aclose()


async def workers(b: Bench, one_worker: tuple[str, int], two: tuple[str, int],
                  everywhere: list[int]) -> None:  # fmt: skip
    """(f) --workers 2 next to 1 worker; nothing pinned, so the load generator competes."""
    one = b.tmp / "one.jsonl"
    body_file(one, [chat("hit one")])
    for pid in everywhere:
        place(pid, None)
    for url, _ in (one_worker, two):
        await b.send(url + CHAT, [chat("hit one")] * 4, conc=1)
    for threads in (1, 2):
        for conc in (32, 64):
            base, cpu1 = b.load(one_worker[0] + CHAT, one, conc, one_worker[1], threads=threads,
                                cpus=None)  # fmt: skip
            per1 = base.rps / max(cpu1, 0.01)
            b.row(f"(f) 1 worker [redis], wrk -t{threads}", conc, base, "", None,
                  f"cpu {cpu1:.0%}, {per1:,.0f} req/s per busy core")  # fmt: skip
            res, cpu2 = b.load(two[0] + CHAT, one, conc, two[1], threads=threads, cpus=None)
            per2 = res.rps / max(cpu2, 0.01)
            b.row(f"(f) --workers 2 [redis], wrk -t{threads}", conc, res, "1 worker", base,
                  f"cpu {cpu2:.0%} (both workers), {per2:,.0f} req/s per busy core")  # fmt: skip
    for pid in everywhere:
        place(pid, SERVER)


async def semantic(b: Bench) -> None:
    """(h) semantic hits (the paraphrase's embedding cached) at N entries in one partition."""
    upstream, _ = b.harness("--text-embeddings")
    config = b.tmp / "semantic.yaml"
    config.write_text(f"defaults:\n  semantic:\n    enabled: true\n    embedding_model: {MODEL}\n"
                      f"    dimensions: {DIMS}\n")  # fmt: skip
    url, pid = b.proxy(upstream, config=config)
    await b.ready(upstream, url)
    rng = random.Random(7)
    prompts = list(dict.fromkeys(prompt(rng) for _ in range(int(b.args.semantic_entries * 1.01))))
    prompts = prompts[: b.args.semantic_entries]
    started, done = time.monotonic(), 0
    for first in range(0, len(prompts), 500):  # bounded: stop at the time budget
        if time.monotonic() - started > b.args.semantic_budget:
            break
        chunk = prompts[first : first + 500]
        await b.send(url + CHAT, [chat(p) for p in chunk], conc=32)
        done += len(chunk)
    took = time.monotonic() - started
    await asyncio.sleep(1.0)  # the index follows the semantic log
    sample = prompts[: min(done, 2000)]
    originals = body_file(b.tmp / "sem_exact.jsonl", [chat(p) for p in sample])
    para_bodies = [chat(paraphrase(p)) for p in sample]
    paras = body_file(b.tmp / "sem_para.jsonl", para_bodies)
    warm = await b.send(url + CHAT, para_bodies, conc=8)  # caches each paraphrase's embedding
    note = f"{done:,} entries in {took:.0f} s; warm-up {warm.get('hit', 0)}/{len(sample)} hits"
    print(f"  (h) {note}", file=sys.stderr, flush=True)
    for conc in (1, 32, 64):
        base, _, check0 = await b.checked(url, "hit", url + CHAT, originals, conc, pid)
        b.row(f"(h) exact hit, same proxy ({done:,} entries)", conc, base, "", None, check0)
        res, _, check = await b.checked(url, "semantic_hit", url + CHAT, paras, conc, pid)
        b.row(f"(h) semantic hit, paraphrase ({done:,} entries)", conc, res, "exact hit", base,
              f"{check}; {note}")  # fmt: skip


async def main_async(b: Bench) -> None:
    rows = set(b.args.rows)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as b.session:
        upstream = b.harness("--chunk-delay", str(latency.CHUNK_DELAY))
        bare = b.harness("--bare") if rows & set("ab") else None
        redis_proc = None
        redis_url = ""
        proxies: dict[str, tuple[str, int]] = {}
        if rows & set("abcdeg"):
            proxies["memory"] = b.proxy(upstream[0])
        if rows & set("bcdefg"):
            port = free_port()
            redis_proc = start_redis(port, cpus=SERVER)
            b.procs.append(redis_proc)
            redis_url = f"redis://127.0.0.1:{port}/0"
            proxies["redis"] = b.proxy(upstream[0], redis=redis_url)
        await b.ready(upstream[0], *(u for u, _ in proxies.values()), *([bare[0]] if bare else []))
        both = {k: v for k, v in proxies.items()}
        if bare is not None:
            await hits(b, bare, {k: v for k, v in both.items() if "b" in rows})
        if "c" in rows:
            await misses(b, upstream, both)
        if "d" in rows:
            await streams(b, upstream[0], both)
        if "e" in rows:
            await batch(b, upstream[0], both)
        if "g" in rows:
            await memory(b, redis_url, proxies["redis"][0])
        if "f" in rows and redis_proc is not None:
            two = b.proxy(upstream[0], redis=redis_url, workers=2)
            await b.ready(two[0])
            await workers(b, proxies["redis"], two, [redis_proc.pid, proxies["redis"][1]])
        if "h" in rows:
            await semantic(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="abcdefgh", help="which rows, e.g. ab or cdh")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per load run")
    parser.add_argument("--loader", default="auto", choices=("auto", "wrk", "python"))
    parser.add_argument("--miss-runs", type=int, default=200, help="paired misses, +0 ms")
    parser.add_argument("--stream-runs", type=int, default=20, help="paired streamed misses")
    parser.add_argument("--batch-runs", type=int, default=6, help="paired 2,048-input batches")
    parser.add_argument("--semantic-entries", type=int, default=10_000)
    parser.add_argument("--semantic-budget", type=float, default=120.0, help="seconds to fill")
    parser.add_argument("--proxy-src", help="run the proxy package from this directory")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    if LOAD is not None:
        os.sched_setaffinity(0, LOAD)  # this process times the concurrency-1 rows
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="llmstash-bench-") as tmp:
        bench = Bench(args, Path(tmp))
        try:
            asyncio.run(main_async(bench))
        finally:
            for proc in reversed(bench.procs):  # proxies before the redis-server they flush to
                stop([proc])
    src = args.proxy_src or "this checkout"
    print(f"\nthroughput.py rows={args.rows} duration={args.duration:g}s loader={bench.kind} "
          f"proxy={src} cores={CORES} (server on {SERVER}, load on {LOAD}) "
          f"took {time.monotonic() - started:.0f}s\n")  # fmt: skip
    print(bench.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
