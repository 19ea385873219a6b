"""KNN lookup latency, memory and recall of the semantic index, next to raw numpy baselines;
and the time to rebuild an index from the Redis semantic log.

    python bench/knn.py            # 10k, 100k, 1M entries x 384 / 1536 dims (~15 min)
    python bench/knn.py --quick    # 10k and 100k only (~4 min)
    python bench/knn.py --quick --dims 1536   # the 1 ms target row and its neighbour
    python bench/knn.py --gc       # what the index costs Python's garbage collector (~10 s)

Data: clustered vectors shaped like real sentence embeddings, not uniform noise. Each
partition has n/100 topics; a row is 0.7 x its topic's centre + 0.71 x its own noise + a
shared offset (norm 0.2), in an anisotropic space whose variance falls as (i+1)^-0.3, then
normalised. That spectrum and offset were fitted to all-MiniLM-L6-v2 embeddings of QQP
questions (bench/results/qqp_*.npy: 25% / 54% / 75% of the variance in the top 16 / 64 /
128 components; here 25% / 55% / 74%). Queries: 500 near-duplicates of stored rows (noise
added, cosine 0.86-0.98 to the nearest: cache hits) and 500 fresh rows (nearest ~0.57:
misses). recall@1 = share of queries whose top match is brute force's top match.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from proxy.semantic import IndexSync, PartitionIndex, Record, RedisSemanticLog, SemanticIndex
from proxy.semantic import ann as ann_module
from tests.redis_server import RedisServer

QUERIES = 500  # of each kind
K = 5
NOW = time.time()
LATER = NOW + 86_400


class Corpus:
    """Reproducible clustered unit vectors (see the module docstring)."""

    def __init__(self, n: int, dims: int, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        scale = (np.arange(dims) + 1.0) ** -0.3
        self.scale = (scale / np.linalg.norm(scale)).astype(np.float32)
        self.topics = max(10, n // 100)
        self.centres = self.rng.standard_normal((self.topics, dims), dtype=np.float32) * self.scale
        offset = self.rng.standard_normal(dims).astype(np.float32)
        self.offset = offset * (0.2 / np.linalg.norm(offset))

    def sample(self, m: int) -> np.ndarray:
        topic = self.rng.integers(0, self.topics, m)
        rows = 0.7 * self.centres[topic]
        rows += 0.71 * self.rng.standard_normal(rows.shape, dtype=np.float32) * self.scale
        rows += self.offset
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        return rows

    def near(self, rows: np.ndarray) -> np.ndarray:
        noise = self.rng.uniform(0.2, 0.6, (len(rows), 1)).astype(np.float32)
        out = rows + noise * self.rng.standard_normal(rows.shape, dtype=np.float32) * self.scale
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def matrix(self, n: int) -> np.ndarray:
        out = np.empty((n, len(self.scale)), dtype=np.float32)
        for start in range(0, n, 50_000):
            out[start : start + 50_000] = self.sample(min(50_000, n - start))
        return out


def pct(samples: list[float], q: float) -> float:
    return float(np.percentile(samples, q)) * 1000


def timed(fn: Any, queries: np.ndarray) -> tuple[list[float], list[Any]]:
    for q in queries[:50]:  # warm up
        fn(q)
    times, results = [], []
    for q in queries:
        start = time.perf_counter()
        results.append(fn(q))
        times.append(time.perf_counter() - start)
    return times, results


def exact_best(data: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Brute force's top similarity for each query (the data rows are unit vectors)."""
    best = np.full(len(queries), -np.inf, dtype=np.float32)
    for start in range(0, len(data), 100_000):
        scores = queries @ data[start : start + 100_000].T
        np.maximum(best, scores.max(axis=1), out=best)
    return best


def recall(results: list[Any], best: np.ndarray) -> float:
    """Share of queries whose top match is as similar as brute force's (ties count)."""
    top = np.array([r[0].similarity if r else -2.0 for r in results])
    return float(np.mean(top >= best - 1e-5))


def lookup_row(n: int, dims: int, build_index: bool = True) -> str:
    corpus = Corpus(n, dims)
    data = corpus.matrix(n)
    picks = corpus.rng.integers(0, n, QUERIES)
    queries = np.concatenate([corpus.near(data[picks]), corpus.sample(QUERIES)])
    few = queries[:: max(1, n // 100_000)]  # brute force at 1M x 1536 is ~0.4 s a query
    base_times, _ = timed(lambda q: data @ q, few)
    best = exact_best(data, queries)
    baseline = f"{pct(base_times, 50):.3f} / {pct(base_times, 99):.3f}"
    if not build_index:
        skipped = "not built (see notes)"
        return f"| {n:,} | {dims} | {skipped} | | | {baseline} | | {4 * dims:,} | | |"
    index = PartitionIndex(dims)
    start = time.perf_counter()
    for i in range(n):
        index.add(str(i), data[i], "", LATER)
    inserted = time.perf_counter() - start
    index.settle(3600)
    ready = time.perf_counter() - start
    times, results = timed(lambda q: index.search(q, K, NOW), queries)
    near, fresh = (
        recall(results[:QUERIES], best[:QUERIES]),
        recall(results[QUERIES:], best[QUERIES:]),
    )
    mode = "hnsw i8 + exact rescoring" if index.accelerated else "exact (brute force)"
    graph = index.graph_nbytes
    row = (
        f"| {n:,} | {dims} | {mode} | {pct(times, 50):.3f} / {pct(times, 99):.3f} "
        f"| {near:.3f} / {fresh:.3f} | {baseline} | {index.nbytes / n:,.0f} ({graph / n:,.0f}) "
        f"| {4 * dims:,} | {inserted:.1f} | {ready:.1f} |"
    )
    index.close()
    return row


def loop_steps_row(n: int, dims: int) -> str:
    """The longest single call the event loop makes into the index (CPU time of the calling
    thread, so other processes' load does not count) while it adds `n` rows to one
    partition (every other one expiring soon), compacts them (`compact_steps`, one step per
    loop turn, as `IndexSync` does; one `compact` call on versions without it), then
    removes the rest one by one (a partition compacts itself when most rows are gone)."""
    index = SemanticIndex(ann_min_values=None, max_entries=10 * n)
    vectors = Corpus(1024, dims).sample(1024)
    now = time.time()

    def worst(calls: Any) -> tuple[float, int, int]:
        longest, at, count = 0.0, -1, 0
        for i, call in enumerate(calls):
            start = time.thread_time()
            call()
            spent = time.thread_time() - start
            if spent > longest:
                longest, at = spent, i
            count += 1
        return longest * 1000, at, count

    def add(i: int) -> Any:
        return lambda: index.add("p", f"k{i}", vectors[i % 1024], "", now + (1 if i % 2 else 1e6))

    added = worst(add(i) for i in range(n))
    steps = getattr(index, "compact_steps", None)
    if steps is None:
        compacted = worst([lambda: index.compact(now + 2, min_fraction=0.25)])
    else:
        iterator, done = steps(now + 2, min_fraction=0.25), []

        def step() -> None:
            if next(iterator, None) is None:
                done.append(True)

        compacted = worst(iter(lambda: None if done else step, None))  # counts the last, empty
    assert index.size("p") == n // 2

    def remove(i: int) -> Any:
        return lambda: index.remove("p", f"k{i}")

    removed = worst(remove(i) for i in range(0, n, 2))  # compacts itself past half
    return (
        f"| {n:,} | {dims} | {added[0]:.1f} (row {added[1]:,}) | {compacted[0]:.1f} "
        f"| {compacted[2]:,} | {removed[0]:.1f} |"
    )


def real_rows() -> list[str]:
    """recall@1 on real embeddings: all-MiniLM-L6-v2 vectors of QQP questions, cached by
    bench/semantic_quality.py (skipped when that cache is absent), graph forced on."""
    cached = sorted(Path(__file__).parent.glob("results/qqp_*.minilm.*.npy"))
    if not cached:
        return ["| (bench/results/qqp_*.minilm.*.npy absent: run bench/semantic_quality.py) |"]
    vectors = np.load(cached[0]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    order = np.random.default_rng(0).permutation(len(vectors))
    stored, queries = vectors[order[: len(order) * 3 // 4]], vectors[order[len(order) * 3 // 4 :]]
    index = PartitionIndex(vectors.shape[1], ann_min_values=1)
    for i, v in enumerate(stored):
        index.add(str(i), v, "", LATER)
    index.settle(600)
    best = exact_best(stored, queries)
    times, results = timed(lambda q: index.search(q, K, NOW), queries)
    close = best >= 0.8
    index.close()
    return [
        f"| {len(stored):,} stored / {len(queries):,} queries | {recall(results, best):.4f} "
        f"| {recall([r for r, c in zip(results, close, strict=True) if c], best[close]):.4f} "
        f"({int(close.sum()):,} queries) | {pct(times, 50):.3f} / {pct(times, 99):.3f} |"
    ]


def gc_rows(rows: int, partitions: int) -> list[str]:
    """One full `gc.collect()` (best of three) and the objects the collector tracks, with
    `rows` entries in one partition and with `partitions` partitions of one row, next to
    the same pass over the heap with an empty index (the baseline). Also an add at the
    index's row cap (each add evicts the oldest row), vs an add below it."""
    gc.disable()
    vectors = np.random.default_rng(0).standard_normal((1024, 32)).astype(np.float32)

    def measure(label: str, parts: int, per: int) -> str:
        index = SemanticIndex(max_entries=10**8, ann_min_values=None)
        tracked = len(gc.get_objects())
        t0, n = time.perf_counter(), 0
        for p in range(parts):
            for _ in range(per):
                index.add(
                    f"partition-{p:08d}", f"entry-{n:09d}", vectors[n % 1024], f"prompt {n}", LATER
                )
                n += 1
        add_us = (time.perf_counter() - t0) / max(1, n) * 1e6
        gc.collect()  # a tuple of strings is untracked at its first pass
        tracked = len(gc.get_objects()) - tracked
        passes = []
        for _ in range(3):
            t0 = time.perf_counter()
            gc.collect()
            passes.append(time.perf_counter() - t0)
        index.max_entries = max(1, n)
        t0 = time.perf_counter()
        for i in range(20_000 if n else 0):
            index.add("partition-00000000", f"more-{i}", vectors[i % 1024], "x", LATER)
        evict_us = (time.perf_counter() - t0) / 20_000 * 1e6 if n else 0.0
        adds = f"{add_us:.1f} | {evict_us:.1f}" if n else "| "
        return f"| {label} | {n:,} | {max(0, tracked):,} | {min(passes) * 1e3:.1f} | {adds} |"

    out = [measure("baseline: empty index", 0, 0)]
    out.append(measure("one partition", 1, rows))
    gc.collect()
    out.append(measure("partitions of one row", partitions, 1))
    gc.enable()
    return out


async def rebuild_rows(n: int, dims: int) -> list[str]:
    import redis.asyncio

    corpus = Corpus(n, dims, seed=1)
    data = corpus.matrix(n)
    with RedisServer() as server:
        client = redis.asyncio.from_url(server.url, socket_timeout=10)
        key = "ls:bench:v1:semantic"
        writer = RedisSemanticLog(client, key)
        start = time.perf_counter()
        for first in range(0, n, 64):
            await asyncio.gather(*(
                writer.append(Record("p", f"ls:bench:v1:c:{i:064x}", data[i].tobytes(),
                                     f"question number {i}?", LATER))
                for i in range(first, min(n, first + 64))
            ))  # fmt: skip
        written = time.perf_counter() - start
        stream_bytes = await client.memory_usage(key, samples=0)
        start = time.perf_counter()
        low, read = b"-", 0
        while page := await client.xrange(key, min=low, max="+", count=10_000):
            read += len(page)
            low = b"(" + page[-1][0]
        raw = time.perf_counter() - start
        index = SemanticIndex()
        sync = IndexSync(index, RedisSemanticLog(client, key))
        start = time.perf_counter()
        await sync.start()
        replayed = time.perf_counter() - start
        index.settle(3600)
        ready = time.perf_counter() - start
        assert index.size("p") == n == read
        await sync.stop()
        index.close()
        await client.aclose()
    return [
        f"| write {n:,} records (XADD, 64 in flight) | {written:.2f} s "
        f"| {stream_bytes / n:,.0f} B/record in Redis |",
        f"| baseline: XRANGE the whole stream, no decoding | {raw:.2f} s | |",
        f"| RedisSemanticLog.replay + IndexSync.start (searchable) | {replayed:.2f} s | |",
        f"| ... and HNSW graph built (`settle`) | {ready:.2f} s | background thread |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k entries only")
    parser.add_argument("--dims", type=int, nargs="+", default=[384, 1536], help="384 1536")
    parser.add_argument("--steps", action="store_true", help="only the event-loop steps table")
    parser.add_argument("--gc", action="store_true", help="only the garbage-collector table")
    args = parser.parse_args()
    if args.gc:
        print("# The index and Python's cyclic garbage collector (32 dims)\n")
        print(
            "| index | rows | objects tracked | full gc pass ms | add us (below the cap) "
            "| add us (at the cap: evicts) |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for line in gc_rows(1_000_000, 100_000):
            print(line, flush=True)
        return
    sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    print("# Longest event-loop step, one partition: growth 0 -> n, compaction, removals\n")
    print(
        "| entries | dims | worst add ms (CPU) | worst compaction step ms | compaction "
        "steps | worst remove ms |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for n, dims in [(100_000, 1536), (100_000, 384), (1_000_000, 384)]:
        if args.quick and n > 100_000:
            continue
        print(loop_steps_row(n, dims), flush=True)
        gc.collect()
    if args.steps:
        return
    print()
    print(f"# KNN, one partition ({os.cpu_count()} cores, numpy {np.__version__}, "
          f"ANN graph threads {ann_module.BUILD_THREADS})\n")  # fmt: skip
    print(
        "| entries | dims | mode | lookup p50 / p99 ms | recall@1 near-dup / fresh "
        "| baseline `matrix @ q` p50 / p99 ms | bytes/entry (graph) | baseline float32 "
        "bytes | insert s | ready s |"
    )
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for dims in args.dims:
        for n in sizes:
            print(lookup_row(n, dims, build_index=(n, dims) != (1_000_000, 1536)), flush=True)
            gc.collect()
    print("\n# Real embeddings (QQP questions, all-MiniLM-L6-v2, 384 dims), HNSW forced on\n")
    print("| data | recall@1 | recall@1 where nearest >= 0.8 | lookup p50 / p99 ms |")
    print("|---|---:|---:|---:|")
    for line in real_rows():
        print(line, flush=True)
    print("\n# Rebuild from the Redis semantic log (100k entries, 384 dims)\n")
    print("| step | time | |\n|---|---:|---|")
    for line in asyncio.run(rebuild_rows(100_000, 384)):
        print(line, flush=True)


if __name__ == "__main__":
    main()
