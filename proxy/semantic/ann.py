"""Optional approximate candidates for big partitions: a usearch HNSW graph over int8
copies of a partition's rows, kept up to date by one background thread per partition.

`usearch` is an optional dependency (`pip install usearch`); without it `make_accelerator`
returns None and every partition stays exact brute force. The graph only proposes
candidates: `PartitionIndex` rescores them against its float32 rows (so similarities are
exact) and brute-forces the rows the graph has not caught up with yet.

Threads: the graph is built and extended in a daemon thread, never on the event loop. A
first build (or a rebuild) fills a private graph without holding any lock; later rows are
inserted a few at a time under the lock that searches take, so a search waits for at most
one small batch. The graph is rebuilt from the live rows when it would more than double
(a replay, a burst of adds) and when most of its rows are gone (removed, or compacted away
after expiring). usearch releases the GIL while it works.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger("llmstash.semantic")

CONNECTIVITY = 32
EXPANSION_ADD = 64
EXPANSION_SEARCH = 64
"""HNSW parameters measured by bench/knn.py: recall@1 >= 0.99 at 100k x 1536. Past
`EXPANSION_ROWS` rows the search breadth grows as sqrt(rows) (~200 at 1M rows), which keeps
recall@1 near 0.99 at the cost of ~1 ms per search."""
EXPANSION_ROWS = 100_000
BATCH = 8
"""Rows inserted per lock hold once the graph exists (~1 ms each at 100k x 1536)."""
BUILD_CHUNK = 16_384
"""Rows from which catching up is a rebuild rather than batches of `BATCH`."""
BUILD_THREADS = max(1, (os.cpu_count() or 2) // 2)
"""Threads for a (re)build: half the cores, the event loop keeps the rest."""
REBUILD_SLACK = 1_024


@dataclass(slots=True, eq=False)
class Block:
    """Up to `len(ids)` consecutive rows of a partition, ids strictly increasing. Only a
    partition's last block takes new rows; rows below its published `count` never change,
    except `expires`, set to -inf on removal. Growing (a small last block doubling) and
    compacting build new blocks: the old ones stay intact for the searches reading them."""

    matrix: np.ndarray  # (capacity, dims) float32, unit rows
    ids: np.ndarray  # (capacity,) int64
    expires: np.ndarray  # (capacity,) float64 unix seconds; -inf once removed
    keys: list[str] | tuple[str, ...]  # a list while the block fills, a tuple once full
    texts: list[str] | tuple[str, ...]
    count: int = 0  # rows written and published (the partition's lock)
    dead: int = 0  # rows removed (-inf)

    @property
    def nbytes(self) -> int:
        return self.matrix.nbytes + self.ids.nbytes + self.expires.nbytes


@dataclass(frozen=True, slots=True)
class Rows:
    """A consistent view of a partition: its blocks in id order (ids increase across them),
    `count` rows in all. A row's flat position is `starts[b] + offset` in block b; row ids
    are stable for the life of a row, positions change when a partition compacts."""

    blocks: tuple[Block, ...]
    starts: np.ndarray  # (blocks,) int64: flat position of each block's first row
    firsts: np.ndarray  # (blocks,) int64: id of each block's first row
    count: int
    live: int  # rows not removed (expired ones count until compacted)

    def size(self, b: int) -> int:
        """Rows of block `b` in this view (the last block may have more by now)."""
        end = self.count if b + 1 == len(self.blocks) else int(self.starts[b + 1])
        return end - int(self.starts[b])

    def block_of(self, position: int) -> int:
        return int(np.searchsorted(self.starts, position, side="right")) - 1

    def seek(self, row_id: int) -> int:
        """Flat position of the first row whose id is >= `row_id` (`count` when none)."""
        b = int(np.searchsorted(self.firsts, row_id, side="right")) - 1
        if b < 0:
            return 0
        ids = self.blocks[b].ids[: self.size(b)]
        return int(self.starts[b]) + int(np.searchsorted(ids, row_id))

    def last_id(self) -> int:
        """Id of the last row in the view (-1 when empty)."""
        if not self.count:
            return -1
        b = len(self.blocks) - 1
        return int(self.blocks[b].ids[self.size(b) - 1])


def expansion(rows: int) -> int:
    return max(EXPANSION_SEARCH, int(EXPANSION_SEARCH * math.sqrt(rows / EXPANSION_ROWS)))


def _usearch() -> Any | None:
    try:
        return importlib.import_module("usearch.index")
    except ImportError:
        return None


def make_accelerator(dims: int, source: Callable[[], Rows]) -> Accelerator | None:
    """An accelerator reading rows from `source`, or None when usearch is not installed."""
    module = _usearch()
    if module is None:
        log.info("usearch is not installed: big partitions are searched by brute force")
        return None

    def new_graph() -> Any:
        return module.Index(
            ndim=dims,
            metric="ip",  # rows are unit vectors: inner product is the cosine
            dtype="i8",
            connectivity=CONNECTIVITY,
            expansion_add=EXPANSION_ADD,
            expansion_search=EXPANSION_SEARCH,
        )

    return Accelerator(source, new_graph)


class Accelerator:
    """Candidate ids for a query; a daemon thread follows the partition's rows."""

    def __init__(self, source: Callable[[], Rows], new_graph: Callable[[], Any]) -> None:
        self._source = source
        self._new_graph = new_graph
        self._lock = threading.Lock()  # the graph, `_covered`, `_size`
        self._graph: Any = None
        self._covered = 0  # first row id the graph has not considered
        self._size = 0  # vectors in the graph
        self._wake = threading.Condition()
        self._dirty = True
        self._closed = False
        self._idle = threading.Event()
        self._thread = threading.Thread(target=self._run, name="llmstash-ann", daemon=True)
        self._thread.start()

    @property
    def nbytes(self) -> int:
        with self._lock:
            return int(self._graph.memory_usage) if self._graph is not None else 0

    def candidates(self, vector: np.ndarray, count: int) -> tuple[np.ndarray, int] | None:
        """(row ids of up to `count` approximate neighbours, first id not in the graph), or
        None while the first build runs."""
        with self._lock:
            if self._graph is None:
                return None
            found = self._graph.search(vector, count, threads=1)
            return np.asarray(found.keys, dtype=np.int64), self._covered

    def notify(self) -> None:
        """Rows were added, removed or compacted: catch up in the background."""
        with self._wake:
            self._dirty = True
            self._idle.clear()
            self._wake.notify()

    def settle(self, timeout: float) -> bool:
        """Wait until the graph covers every row seen so far (tests and benchmarks)."""
        return self._idle.wait(timeout)

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()
        with self._lock:
            self._graph = None

    def _run(self) -> None:
        try:
            while True:
                with self._wake:
                    while not self._dirty and not self._closed:
                        self._wake.wait()
                    if self._closed:
                        return
                    self._dirty = False
                self._catch_up()
                with self._wake:
                    if not self._dirty:
                        self._idle.set()
        except Exception:  # never take the proxy down: fall back to brute force
            log.exception("ANN accelerator failed; the partition is searched by brute force")
            self.close()
            self._idle.set()

    def _catch_up(self) -> None:
        while not self._closed:
            rows = self._source()
            if self._graph is None or self._size > 2 * rows.live + REBUILD_SLACK:
                self._rebuild(rows)
                continue
            start = rows.seek(self._covered)
            if start >= rows.count:
                return
            if rows.count - start > max(BUILD_CHUNK, self._size):
                self._rebuild(rows)  # the graph would more than double: build it anew
                continue
            b = rows.block_of(start)
            block, offset = rows.blocks[b], start - int(rows.starts[b])
            stop = min(rows.size(b), offset + BATCH)
            ids = block.ids[offset:stop]
            alive = block.expires[offset:stop] > -np.inf
            with self._lock:
                if self._graph is None:  # closed meanwhile
                    return
                if alive.any():
                    self._graph.add(ids[alive], block.matrix[offset:stop][alive], threads=1)
                self._covered = int(ids[-1]) + 1
                self._size += int(alive.sum())
                self._graph.expansion_search = expansion(self._size)

    def _rebuild(self, rows: Rows) -> None:
        graph = self._new_graph()
        size = 0
        for b, block in enumerate(rows.blocks):  # one block (<= 8 MB of rows) per call
            if self._closed:
                return
            alive = np.flatnonzero(block.expires[: rows.size(b)] > -np.inf)
            if len(alive):
                graph.add(block.ids[alive], block.matrix[alive], threads=BUILD_THREADS)
            size += len(alive)
        graph.expansion_search = expansion(size)
        with self._lock:
            if self._closed:
                return
            self._graph, self._covered, self._size = graph, rows.last_id() + 1, size
