"""One partition's KNN over a numpy matrix of unit float32 rows. Pure and in memory: no I/O.

Below `ANN_MIN_VALUES` (rows x dims) a search is one exact `matrix @ query`; above it, and
when the optional `usearch` package is installed, an HNSW graph (`proxy.semantic.ann`)
proposes candidates that are rescored exactly here. Either way similarities are exact
cosines, expired and removed rows are masked out, results come best first.

Threads: mutations (`add`, `remove`, `compact`) come from one thread, the event loop;
`search` may run in worker threads at the same time. A search reads the arrays under a
short lock and computes without it; rows below the published count are never rewritten
(growing and compacting build new arrays: copy-on-grow), so a concurrent add never corrupts
a search. Removal sets a row's expiry to -inf, which a running search may or may not see.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from proxy.semantic.ann import Accelerator, Rows, make_accelerator

ANN_MIN_VALUES = 4_000_000
"""rows x dims from which a partition is searched through an ANN graph: brute force over
4M float32 values (16 MB) takes ~0.3 ms here, the graph ~0.5 ms whatever the size."""
_INITIAL_ROWS = 1
"""Row capacity of a new partition (it doubles as it fills): many partitions hold a row or
two (one per system prompt, say), and at 1536 dims each row of capacity is 6 KB."""
_COMPACT_MIN_DEAD = 64
"""Removed rows a partition keeps before it compacts itself (see `_changed`)."""
_CANDIDATES = 16
"""Graph candidates rescored exactly per search (at least 2 k)."""


class DimensionMismatch(ValueError):
    """A vector's length differs from the partition's."""


@dataclass(frozen=True, slots=True)
class Match:
    entry_key: str
    similarity: float
    text: str


def unit(vector: np.ndarray, dims: int) -> np.ndarray:
    """`vector` as a new float32 row of length 1; ValueError if it cannot be one."""
    row = np.array(vector, dtype=np.float32).reshape(-1)
    if row.shape[0] != dims:
        raise DimensionMismatch(f"vector has {row.shape[0]} dimensions, the partition {dims}")
    norm = math.sqrt(float(row @ row))
    if not math.isfinite(norm) or norm == 0.0:
        raise ValueError("a vector must be finite and non-zero")
    row /= norm
    return row


class PartitionIndex:
    """One partition: unit rows (capacity doubling) and parallel entry keys, prompt texts,
    expiry times (unix seconds). `len()` counts entries added and not removed or compacted."""

    def __init__(self, dims: int, *, ann_min_values: int | None = ANN_MIN_VALUES) -> None:
        if dims <= 0:
            raise ValueError(f"dims must be > 0, got {dims}")
        self.dims = dims
        self._ann_rows = None if ann_min_values is None else max(1, ann_min_values // dims)
        self._ann: Accelerator | None = None
        self._lock = threading.Lock()
        self._matrix = np.empty((_INITIAL_ROWS, dims), dtype=np.float32)
        self._ids = np.empty(_INITIAL_ROWS, dtype=np.int64)
        self._expires = np.empty(_INITIAL_ROWS, dtype=np.float64)
        self._keys: list[str] = []
        self._texts: list[str] = []
        self._count = 0  # rows used, dead ones included
        self._row: dict[str, int] = {}  # entry key -> its live row
        self._next_id = 0

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, entry_key: object) -> bool:
        return entry_key in self._row

    def expires_at(self, entry_key: str) -> float | None:
        """When `entry_key`'s row expires (unix seconds), None when it has none."""
        row = self._row.get(entry_key)
        return None if row is None else float(self._expires[row])

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays (allocated capacity) and of the ANN graph, if any; the keys'
        and texts' Python strings are not counted."""
        arrays = self._matrix.nbytes + self._ids.nbytes + self._expires.nbytes
        return arrays + self.graph_nbytes

    @property
    def graph_nbytes(self) -> int:
        """Bytes of the ANN graph alone (0 without one)."""
        return self._ann.nbytes if self._ann is not None else 0

    @property
    def accelerated(self) -> bool:
        return self._ann is not None

    def add(self, entry_key: str, vector: np.ndarray, text: str, expires_at: float) -> None:
        """Add (or replace) `entry_key`; the vector is normalised."""
        row_vector = unit(vector, self.dims)
        if self._count == len(self._ids):
            self._grow()
        row = self._count
        self._matrix[row] = row_vector
        self._ids[row] = self._next_id
        self._expires[row] = expires_at
        self._keys.append(entry_key)
        self._texts.append(text)
        self._next_id += 1
        old = self._row.get(entry_key)
        with self._lock:
            self._count = row + 1
            if old is not None:
                self._expires[old] = -np.inf
        self._row[entry_key] = row
        self._changed()

    def remove(self, entry_key: str) -> bool:
        row = self._row.pop(entry_key, None)
        if row is None:
            return False
        with self._lock:
            self._expires[row] = -np.inf
        self._changed()
        return True

    def search(
        self, vector: np.ndarray, k: int, now: float, min_similarity: float = -1.0
    ) -> list[Match]:
        """Up to `k` live entries with similarity >= `min_similarity`, best first."""
        query = unit(vector, self.dims)
        with self._lock:
            rows, ann = self._view(), self._ann
        if k <= 0 or rows.count == 0:
            return []
        found = ann.candidates(query, max(_CANDIDATES, 2 * k)) if ann is not None else None
        if found is None:
            positions = None
            scores = rows.matrix[: rows.count] @ query
            expires = rows.expires[: rows.count]
        else:
            positions, scores = _rescored(rows, query, *found)
            expires = rows.expires[positions]
        scores[~(expires > now) | (scores < min_similarity)] = -np.inf
        best = _top(scores, k)
        picked = best if positions is None else positions[best]
        return [
            Match(rows.keys[p], min(1.0, float(scores[i])), rows.texts[p])
            for i, p in zip(best.tolist(), picked.tolist(), strict=True)
        ]

    def compact(self, now: float, *, min_fraction: float = 0.0) -> int:
        """Drop removed and expired rows, if they are more than `min_fraction` of the rows
        (copying the live ones costs O(rows)); returns how many rows were dropped."""
        keep = np.flatnonzero(self._expires[: self._count] > now)
        dropped = self._count - len(keep)
        if dropped and dropped > min_fraction * self._count:
            self._resize(keep, max(_INITIAL_ROWS, 2 * len(keep)))
            if self._ann is not None:
                self._ann.notify()
            return dropped
        return 0

    def settle(self, timeout: float = 600.0) -> bool:
        """Wait until the ANN graph (if any) has caught up with every row: for benchmarks
        and tests; searches never need it."""
        return self._ann.settle(timeout) if self._ann is not None else True

    def close(self) -> None:
        """Stop the ANN graph's thread; searches go on by brute force."""
        ann, self._ann, self._ann_rows = self._ann, None, None
        if ann is not None:
            ann.close()

    def _view(self) -> Rows:
        return Rows(
            self._matrix, self._ids, self._expires, self._keys, self._texts, self._count,
            len(self._row),
        )  # fmt: skip

    def _snapshot(self) -> Rows:
        with self._lock:
            return self._view()

    def _grow(self) -> None:
        """Double the capacity into new arrays (searches keep reading the old ones); rows
        keep their positions, so keys, texts and the row map stay as they are."""
        n, capacity = self._count, 2 * len(self._ids)
        matrix = np.empty((capacity, self.dims), dtype=np.float32)
        ids = np.empty(capacity, dtype=np.int64)
        expires = np.empty(capacity, dtype=np.float64)
        matrix[:n], ids[:n], expires[:n] = self._matrix[:n], self._ids[:n], self._expires[:n]
        with self._lock:
            self._matrix, self._ids, self._expires = matrix, ids, expires

    def _resize(self, keep: np.ndarray, capacity: int) -> None:
        """New arrays holding rows `keep` (in order): the old ones stay intact for searches."""
        matrix = np.empty((capacity, self.dims), dtype=np.float32)
        ids = np.empty(capacity, dtype=np.int64)
        expires = np.empty(capacity, dtype=np.float64)
        n = len(keep)
        np.take(self._matrix, keep, axis=0, out=matrix[:n])
        np.take(self._ids, keep, out=ids[:n])
        np.take(self._expires, keep, out=expires[:n])
        keys = [self._keys[i] for i in keep.tolist()]
        texts = [self._texts[i] for i in keep.tolist()]
        with self._lock:
            self._matrix, self._ids, self._expires = matrix, ids, expires
            self._keys, self._texts, self._count = keys, texts, n
        self._row = {key: row for row, key in enumerate(keys) if expires[row] > -np.inf}

    def _changed(self) -> None:
        dead = self._count - len(self._row)
        if dead > _COMPACT_MIN_DEAD and 2 * dead > self._count:
            self.compact(-np.inf)  # removed rows only: expiry needs a clock
        if self._ann_rows is None:
            return
        if self._ann is None and len(self._row) >= self._ann_rows:
            self._ann = make_accelerator(self.dims, self._snapshot)
            if self._ann is None:
                self._ann_rows = None  # usearch missing: brute force for good
        elif self._ann is not None and len(self._row) < self._ann_rows // 2:
            self._ann.close()
            self._ann = None
        if self._ann is not None:
            self._ann.notify()


def _rescored(
    rows: Rows, query: np.ndarray, candidate_ids: np.ndarray, covered: int
) -> tuple[np.ndarray, np.ndarray]:
    """Row positions and exact scores: the graph's candidates still present, plus every
    row the graph has not seen yet (brute force over that tail)."""
    ids = rows.ids[: rows.count]
    at = np.minimum(np.searchsorted(ids, candidate_ids), rows.count - 1)
    at = at[ids[at] == candidate_ids]
    scores = rows.matrix[at] @ query
    tail = int(np.searchsorted(ids, covered))
    if tail == rows.count:
        return at, scores
    positions = np.concatenate([at, np.arange(tail, rows.count)])
    return positions, np.concatenate([scores, rows.matrix[tail : rows.count] @ query])


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the (up to) k highest finite scores, best first, without a full sort."""
    if k < len(scores):
        picked = np.argpartition(scores, len(scores) - k)[len(scores) - k :]
    else:
        picked = np.arange(len(scores))
    picked = picked[np.argsort(scores[picked], kind="stable")[::-1]]
    return picked[scores[picked] > -np.inf]
