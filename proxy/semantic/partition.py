"""One partition's KNN over blocks of unit float32 rows. Pure and in memory: no I/O.

Below `ANN_MIN_VALUES` (rows x dims) a search is one exact `block @ query` per block;
above it, and when the optional `usearch` package is installed, an HNSW graph
(`proxy.semantic.ann`) proposes candidates that are rescored exactly here. Either way
similarities are exact cosines, expired and removed rows are masked out, results come best
first.

Rows live in blocks of at most `BLOCK_VALUES` floats (4 MB: 682 rows at 1536 dims, 2,048
at 384), so that no mutation, which runs on the event loop, copies more than one block: a
partition's first block doubles from one row up to a full block (many partitions hold a
row or two), then a full last block is followed by a new one, never copied. Compaction
rewrites one run of blocks per step (`compact_steps`): its live rows, merged with the next
blocks' while they fit in one. Each row has an id, increasing and stable for its life,
which the ANN graph knows it by; positions move when blocks compact.

Threads: mutations (`add`, `remove`, compaction) come from one thread, the event loop;
`search` may run in worker threads at the same time. A search reads the block list under a
short lock and computes without it; rows below a block's published count are never
rewritten (growing and compacting build new blocks), so a concurrent add never corrupts a
search. Removal sets a row's expiry to -inf, which a running search may or may not see.
"""

from __future__ import annotations

import bisect
import math
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import numpy as np

from proxy.semantic.ann import Accelerator, Block, Rows, make_accelerator

ANN_MIN_VALUES = 4_000_000
"""rows x dims from which a partition is searched through an ANN graph: brute force over
4M float32 values (16 MB) takes ~0.3 ms here, the graph ~0.5 ms whatever the size."""
BLOCK_VALUES = (1 << 20) - 1
"""Floats in a full block, just under 4 MiB: the most one event-loop step copies (~1 ms).
From 4 MiB on numpy asks for transparent huge pages, and the first write to each 2 MB of
a block then costs the writing add 5-7 ms (the kernel zeroes or compacts a huge page)."""
BLOCK_ROWS = 2_048
"""Rows in a full block, at most: a compaction step forgets up to a block of expired
entries' keys, ~1 us each."""
_INITIAL_ROWS = 1
"""Row capacity of a new partition (it doubles as it fills, up to a block): many partitions
hold a row or two (one per system prompt, say), and at 1536 dims each row of capacity is
6 KB."""
_COMPACT_MIN_DEAD = 64
"""Removed rows a block keeps before it compacts itself (see `_changed`)."""
_RUN_BLOCKS = 256
"""Most blocks one compaction step looks at (it merges at most a block's rows)."""
_CANDIDATES = 16
"""Graph candidates rescored exactly per search (at least 2 k)."""
SHARDS = 32
_SPLIT_AT = 8_192
"""Keys from which a partition's key -> row map is `SHARDS` dicts (see `RowIds`)."""


class DimensionMismatch(ValueError):
    """A vector's length differs from the `PartitionIndex`'s (`SemanticIndex` keeps one per
    width of a partition, so its callers never see it)."""


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


class RowIds:
    """Entry key -> row id. One dict while small; from `_SPLIT_AT` keys on, `SHARDS` dicts
    by key hash: a dict doubling rehashes all its keys in one step (35 ms at 700k keys), so
    no dict may hold more than a fraction of a big partition's keys. (Hash bits 12-16:
    `SemanticIndex` shards its own maps by the lower ones.)"""

    __slots__ = ("_len", "_shards")

    def __init__(self) -> None:
        self._shards: list[dict[str, int]] = [{}]
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def __contains__(self, key: object) -> bool:
        return key in self._shard(key)

    def get(self, key: str) -> int | None:
        return self._shard(key).get(key)

    def pop(self, key: str) -> int | None:
        value = self._shard(key).pop(key, None)
        self._len -= value is not None
        return value

    def __setitem__(self, key: str, value: int) -> None:
        shard = self._shard(key)
        self._len += key not in shard
        shard[key] = value
        if len(self._shards) == 1 and self._len >= _SPLIT_AT:
            self._shards = [{} for _ in range(SHARDS)]
            for k, v in shard.items():  # once, 8k keys: ~1 ms
                self._shards[hash(k) // 4096 % SHARDS][k] = v

    def _shard(self, key: object) -> dict[str, int]:
        shards = self._shards
        return shards[0] if len(shards) == 1 else shards[hash(key) // 4096 % SHARDS]


class PartitionIndex:
    """One partition: blocks of unit rows with their entry keys, prompt texts and expiry
    times (unix seconds). `len()` counts entries added and not removed or compacted."""

    __slots__ = (
        "_ann", "_ann_rows", "_base", "_blocks", "_first_ids", "_firsts", "_lock",
        "_next_id", "_row", "_starts", "block_rows", "dims", "name",
    )  # fmt: skip

    def __init__(self, dims: int, *, ann_min_values: int | None = ANN_MIN_VALUES) -> None:
        if dims <= 0:
            raise ValueError(f"dims must be > 0, got {dims}")
        self.dims = dims
        # the partition id it is filed under (`SemanticIndex`): its rows' entries in the
        # key -> partition map share this one string instead of one decoded per log record
        self.name = ""
        self.block_rows = max(1, min(BLOCK_ROWS, BLOCK_VALUES // dims))
        self._ann_rows = None if ann_min_values is None else max(1, ann_min_values // dims)
        self._ann: Accelerator | None = None
        self._lock = threading.Lock()
        # published together under the lock: the blocks, where each starts (flat position,
        # the last block's excluded) and its first row id
        self._blocks: tuple[Block, ...] = ()
        self._starts = np.zeros(0, dtype=np.int64)
        self._firsts = np.zeros(0, dtype=np.int64)
        self._first_ids: tuple[int, ...] = ()  # the same as a tuple, for bisect
        self._base = 0  # rows before the last block
        self._row = RowIds()  # entry key -> its live row's id
        self._next_id = 0

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, entry_key: object) -> bool:
        return entry_key in self._row

    def expires_at(self, entry_key: str) -> float | None:
        """When `entry_key`'s row expires (unix seconds), None when it has none."""
        row_id = self._row.get(entry_key)
        if row_id is None:
            return None
        block, offset = self._locate(row_id)
        return float(block.expires[offset])

    @property
    def nbytes(self) -> int:
        """Bytes of the blocks (allocated capacity) and of the ANN graph, if any; the keys'
        and texts' Python strings are not counted."""
        return sum(block.nbytes for block in self._blocks) + self.graph_nbytes

    @property
    def graph_nbytes(self) -> int:
        """Bytes of the ANN graph alone (0 without one)."""
        return self._ann.nbytes if self._ann is not None else 0

    @property
    def accelerated(self) -> bool:
        return self._ann is not None

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The current blocks (tests and benchmarks)."""
        return self._blocks

    def add(self, entry_key: str, vector: np.ndarray, text: str, expires_at: float) -> None:
        """Add (or replace) `entry_key`; the vector is normalised. Copies less than a block
        (a partition's only block doubling); past one block, a full last block is followed
        by a new one."""
        row_vector = unit(vector, self.dims)
        blocks = self._blocks
        last = blocks[-1] if blocks else None
        if last is None or last.count == len(last.ids):
            capacity = len(last.ids) if last is not None else 0
            if len(blocks) == 1 and capacity < self.block_rows:  # double, copying it
                last = _new_block(min(2 * capacity, self.block_rows), self.dims, last)
                blocks = (*blocks[:-1], last)
            else:  # a new block: nothing copied
                rows = self.block_rows if blocks else _INITIAL_ROWS
                last = _new_block(rows, self.dims)
                blocks = (*blocks, last)
        row, row_id = last.count, self._next_id
        last.matrix[row] = row_vector
        last.ids[row] = row_id
        last.expires[row] = expires_at
        cast(list[str], last.keys).append(entry_key)  # not full: still a list (`_seal`)
        cast(list[str], last.texts).append(text)
        self._next_id += 1
        old = self._row.get(entry_key)
        old_at = self._locate(old, blocks) if old is not None else None
        with self._lock:
            if blocks is not self._blocks:
                self._publish(blocks)
            last.count = row + 1
            if old_at is not None:
                old_at[0].expires[old_at[1]] = -np.inf
        if last.count == len(last.ids):
            _seal(last)
        self._row[entry_key] = row_id
        if old_at is not None:
            old_at[0].dead += 1
        self._changed(old_at[0] if old_at is not None else None)

    def remove(self, entry_key: str) -> bool:
        row_id = self._row.pop(entry_key)
        if row_id is None:
            return False
        block, offset = self._locate(row_id)
        with self._lock:
            block.expires[offset] = -np.inf
        block.dead += 1
        self._changed(block)
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
            scores = _scan(rows, query, now, 0)
        else:
            positions, scores = _rescored(rows, query, now, *found)
        scores[scores < min_similarity] = -np.inf
        best = _top(scores, k)
        picked = best if positions is None else positions[best]
        matches = []
        for i, p in zip(best.tolist(), picked.tolist(), strict=True):
            b = rows.block_of(p) if len(rows.blocks) > 1 else 0
            block, offset = rows.blocks[b], p - int(rows.starts[b])
            matches.append(
                Match(block.keys[offset], min(1.0, float(scores[i])), block.texts[offset])
            )
        return matches

    def compact(self, now: float, *, min_fraction: float = 0.0) -> int:
        """Drop removed and expired rows, if they are more than `min_fraction` of the rows;
        returns how many rows were dropped. All at once: the event loop uses `compact_steps`."""
        return sum(step.rows for step in self.compact_steps(now, min_fraction=min_fraction))

    def compact_steps(self, now: float, *, min_fraction: float = 0.0) -> Iterator[Compacted]:
        """`compact` one run of blocks at a time (at most one block's rows copied, at most
        `_RUN_BLOCKS` blocks looked at): a step per item, with the rows it dropped and the
        keys of the expired entries among them (now gone from the partition). Adds, removals
        and searches may come between steps; rows added meanwhile are looked at too."""
        dead = rows = 0
        for i, block in enumerate(self._blocks):  # ~5 us a block: a step per 256
            dead += int(np.count_nonzero(~(block.expires[: block.count] > now)))
            rows += block.count
            if i % _RUN_BLOCKS == _RUN_BLOCKS - 1:
                yield Compacted(0, [], 0, False)
        if not dead or dead <= min_fraction * rows:
            return
        cursor = 0  # the first row id not looked at yet
        while self._blocks:
            b = max(0, bisect.bisect_right(self._first_ids, cursor) - 1)
            if (
                b >= len(self._blocks)
                or int(self._blocks[b].ids[self._blocks[b].count - 1]) < cursor
            ):
                b += 1
            if b >= len(self._blocks):
                return
            step = self._compact_run(b, now, look=_RUN_BLOCKS)
            if step is None:
                return
            cursor = step.next_id
            if step.rows or step.copied:
                yield step

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
        count = self._base + (self._blocks[-1].count if self._blocks else 0)
        return Rows(self._blocks, self._starts, self._firsts, count, len(self._row))

    def _snapshot(self) -> Rows:
        with self._lock:
            return self._view()

    def _publish(self, blocks: tuple[Block, ...]) -> None:
        """Make `blocks` the partition's (under the lock). Every block but the last is full
        for good (its count never changes), so the starts hold until the next publish."""
        counts = [block.count for block in blocks[:-1]]
        self._starts = np.concatenate(([0], np.cumsum(counts, dtype=np.int64))).astype(np.int64)
        self._firsts = np.array([int(block.ids[0]) for block in blocks], dtype=np.int64)
        self._first_ids = tuple(self._firsts.tolist())
        self._base = int(self._starts[-1]) if blocks else 0
        self._blocks = blocks
        if not blocks:
            self._starts = np.zeros(0, dtype=np.int64)

    def _locate(self, row_id: int, blocks: tuple[Block, ...] | None = None) -> tuple[Block, int]:
        """The block holding live row `row_id` and its offset there; in `blocks`, the
        partition's own but for a last block grown or appended, not yet published."""
        b = bisect.bisect_right(self._first_ids, row_id) - 1
        block = (self._blocks if blocks is None else blocks)[b]
        offset = row_id - self._first_ids[b]  # right unless the block was compacted
        if offset >= block.count or int(block.ids[offset]) != row_id:
            offset = int(np.searchsorted(block.ids[: block.count], row_id))
        return block, offset

    def _compact_run(self, b: int, now: float, *, look: int) -> Compacted | None:
        """Look at blocks from `b` on (at most `look`) for one to compact: the first with
        rows expired at `now` or removed, or that fits in one block with the next one.
        Compact it, merged with the following blocks while their rows fit in one block, and
        with the block before if the live rows fit in one. None when there is nothing from
        `b` on."""
        blocks = self._blocks
        stop = min(len(blocks), b + look)
        keeps: list[np.ndarray] = []
        scanned = 0  # rows of the run: at most a block's, but for a first block bigger
        for j in range(b, stop):
            block = blocks[j]
            if keeps and scanned + block.count > self.block_rows:
                break
            keep = np.flatnonzero(block.expires[: block.count] > now)
            if not keeps and len(keep) == block.count:
                # nothing to drop here: worth copying only to merge with the next block
                nxt = blocks[j + 1] if j + 1 < len(blocks) else None
                if nxt is None or block.count + nxt.count > self.block_rows:
                    b = j + 1
                    continue
            keeps.append(keep)
            scanned += block.count
        if not keeps:
            if b >= len(blocks):
                return None
            return Compacted(0, [], int(blocks[b - 1].ids[blocks[b - 1].count - 1]) + 1, False)
        live = sum(len(keep) for keep in keeps)
        if b and blocks[b - 1].count + live <= self.block_rows:  # join the block before
            b -= 1
            keeps.insert(0, np.flatnonzero(blocks[b].expires[: blocks[b].count] > now))
            live += len(keeps[0])
        run = blocks[b : b + len(keeps)]
        is_last = b + len(keeps) == len(blocks)
        capacity = min(self.block_rows, max(_INITIAL_ROWS, 2 * live)) if is_last else live
        expired: list[str] = []
        dropped = 0
        fresh = _new_block(capacity, self.dims) if live else None
        at = 0
        for block, keep in zip(run, keeps, strict=True):
            dropped += block.count - len(keep)
            if len(keep) < block.count:
                gone = np.ones(block.count, dtype=bool)
                gone[keep] = False
                gone &= block.expires[: block.count] > -np.inf  # expired, not removed
                ids, keys = block.ids[: block.count].tolist(), block.keys
                for i in np.flatnonzero(gone).tolist():
                    if self._row.get(keys[i]) == ids[i]:
                        self._row.pop(keys[i])
                        expired.append(keys[i])
            if fresh is not None and len(keep):
                n = len(keep)
                np.take(block.matrix, keep, axis=0, out=fresh.matrix[at : at + n], mode="clip")
                np.take(block.ids, keep, out=fresh.ids[at : at + n], mode="clip")
                np.take(block.expires, keep, out=fresh.expires[at : at + n], mode="clip")
                rows = keep.tolist()
                cast(list[str], fresh.keys).extend([block.keys[i] for i in rows])
                cast(list[str], fresh.texts).extend([block.texts[i] for i in rows])
                at += n
        next_id = int(run[-1].ids[run[-1].count - 1]) + 1
        if fresh is not None:
            fresh.count = live
            if live == capacity:
                _seal(fresh)
        replaced = (*blocks[:b], *((fresh,) if fresh is not None else ()), *blocks[b + len(run) :])
        with self._lock:
            self._publish(replaced)
        if self._ann is not None:
            self._ann.notify()
        return Compacted(dropped, expired, next_id, True)

    def _changed(self, block: Block | None) -> None:
        if (
            block is not None and block.dead > _COMPACT_MIN_DEAD and 2 * block.dead > block.count
        ):  # removed rows only: expiry needs a clock
            b = next((i for i, x in enumerate(self._blocks) if x is block), None)
            if b is not None:
                self._compact_run(b, -np.inf, look=1)
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


@dataclass(frozen=True, slots=True)
class Compacted:
    """One compaction step: rows dropped, keys of the expired entries among them (their
    entries are gone from the partition), the first row id after the blocks it covered,
    whether it rewrote blocks."""

    rows: int
    expired_keys: list[str]
    next_id: int
    copied: bool


def _new_block(capacity: int, dims: int, grown: Block | None = None) -> Block:
    """An empty block, or one holding `grown`'s rows (a full block doubling: its keys and
    texts copied, less than a block's references)."""
    block = Block(
        np.empty((capacity, dims), dtype=np.float32),
        np.empty(capacity, dtype=np.int64),
        np.empty(capacity, dtype=np.float64),
        [] if grown is None else list(grown.keys),
        [] if grown is None else list(grown.texts),
    )
    if grown is not None:
        n = grown.count
        block.matrix[:n], block.ids[:n], block.expires[:n] = (
            grown.matrix[:n], grown.ids[:n], grown.expires[:n],
        )  # fmt: skip
        block.count, block.dead = n, grown.dead
    return block


def _seal(block: Block) -> None:
    """A full block's keys and texts as tuples: rows below a published count never change,
    and a tuple of strings drops out of the cyclic collector's sight at its next pass, where
    a list is walked, a reference at a time, by every full pass for as long as the block
    lives (268 ms of CPU per pass at 1M rows in one partition, `bench/knn.py --gc`). A
    search still reading the list sees the same rows."""
    block.keys = tuple(block.keys)
    block.texts = tuple(block.texts)


def _scan(rows: Rows, query: np.ndarray, now: float, start: int) -> np.ndarray:
    """Scores of the rows from flat position `start` on (brute force, one product per
    block), -inf where expired or removed."""
    scores = np.empty(rows.count - start, dtype=np.float32)
    b = rows.block_of(start) if start else 0
    at = 0
    for j in range(b, len(rows.blocks)):
        block = rows.blocks[j]
        lo = start - int(rows.starts[j]) if j == b else 0
        hi = rows.size(j)
        part = scores[at : at + hi - lo]
        np.matmul(block.matrix[lo:hi], query, out=part)
        part[~(block.expires[lo:hi] > now)] = -np.inf
        at += hi - lo
    return scores


def _rescored(
    rows: Rows, query: np.ndarray, now: float, candidate_ids: np.ndarray, covered: int
) -> tuple[np.ndarray, np.ndarray]:
    """Flat positions and exact scores (-inf where expired or removed): the graph's
    candidates still present, plus every row the graph has not seen yet (brute force)."""
    where = np.searchsorted(rows.firsts, candidate_ids, side="right") - 1
    positions: list[int] = []
    vectors: list[np.ndarray] = []
    expires: list[float] = []
    for row_id, b in zip(candidate_ids.tolist(), where.tolist(), strict=True):
        if b < 0:
            continue
        block, size = rows.blocks[b], rows.size(b)
        offset = row_id - int(rows.firsts[b])  # right unless the block was compacted
        if offset >= size or int(block.ids[offset]) != row_id:
            offset = int(np.searchsorted(block.ids[:size], row_id))
            if offset >= size or int(block.ids[offset]) != row_id:
                continue  # compacted away
        positions.append(int(rows.starts[b]) + offset)
        vectors.append(block.matrix[offset])
        expires.append(float(block.expires[offset]))
    at = np.array(positions, dtype=np.int64)
    if vectors:
        scores = np.stack(vectors) @ query
        scores[~(np.array(expires) > now)] = -np.inf
    else:
        scores = np.empty(0, dtype=np.float32)
    tail = rows.seek(covered)
    if tail >= rows.count:
        return at, scores
    positions_all = np.concatenate([at, np.arange(tail, rows.count)])
    return positions_all, np.concatenate([scores, _scan(rows, query, now, tail)])


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the (up to) k highest finite scores, best first, without a full sort."""
    if k < len(scores):
        picked = np.argpartition(scores, len(scores) - k)[len(scores) - k :]
    else:
        picked = np.arange(len(scores))
    picked = picked[np.argsort(scores[picked], kind="stable")[::-1]]
    return picked[scores[picked] > -np.inf]
