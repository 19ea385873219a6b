"""The semantic index: partition id -> `PartitionIndex` (KNN over one partition's rows).

A partition is a hash of everything that must match exactly (team, model, system prompt,
...). Its rows live in one `PartitionIndex` per width (vector length): a search compares a
vector with the rows of its own length only, so an embedder that answers with vectors of
another length now and then (a misconfigured gateway, a model swapped upstream behind the
same name) leaves the rows of the usual length usable. A partition with rows of two widths
is rare: the first width's `PartitionIndex` is found by partition alone, any other by
partition then width (`_others`), so the usual partition costs nothing more. Pure and in
memory: `proxy.semantic.log.IndexSync` keeps it in step with the semantic log. Threads as
in `proxy.semantic.partition`: mutations on the event loop, searches from any thread.

Bounded: at most `max_entries` rows in all; adding one more removes the oldest (the one
added, or last replaced, longest ago), in amortised O(1). Rows otherwise leave at their expiry, when
the log says so, or when a lookup finds their entry gone from the store (`remove_entry`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypedDict

import numpy as np

from proxy.semantic.partition import (
    ANN_MIN_VALUES,
    DimensionMismatch,
    Match,
    PartitionIndex,
)

__all__ = ["DimensionMismatch", "Match", "PartitionIndex", "SemanticIndex", "Stats"]

_SHARDS = 64
_CHUNK_BITS = 12
_CHUNK = 1 << _CHUNK_BITS
"""Stamps per chunk of the age map (`_Where`)."""
_PARTITIONS_PER_STEP = 256
"""Partitions one compaction step looks at, at most."""
MAX_ENTRIES = 100_000
"""Default row cap of a whole index. A row costs its vector (4 bytes a dimension; a
partition allocates rows a block at a time, so up to a block's worth of spare rows, and up
to twice its rows while it fits in one block) plus ~0.5 KB of key, prompt text and
bookkeeping (~1.3 KB in a partition of one row); measured with tracemalloc, 20k and 100k
rows of 80-character prompts: 6.7 KB a row at 1536 dimensions, 2.0 KB at 384. So 100k rows
take ~0.7 GB at 1536 dimensions and ~0.2 GB at 384, per replica: the size of the embedded
store's default budget in answers (256 MB of ~2.5 KB entries)."""


class Stats(TypedDict):
    partitions: int  # partitions with rows, each counted once whatever its widths
    entries: int
    bytes: int
    accelerated: int  # partitions (at one width) searched through an ANN graph
    mixed: int  # partitions with rows of more than one width (an embedder that changed)
    evicted: int  # rows removed to keep within `max_entries`, since the index was made


class _Where:
    """Entry key -> partition, oldest (added or replaced longest ago) first. Each add takes
    a stamp (a counter). Key -> partition and key -> stamp are `_SHARDS` plain dicts each,
    sharded by different bits of the key's hash (so that they, and the partition's
    `RowIds` shard, do not all double on the same add: one dict of 700k keys rehashes in one
    step, 35-85 ms); stamp -> key is filed by chunk of `_CHUNK` stamps, and a chunk leaves
    once empty. The oldest is the lowest stamp present: a cursor that only moves forward,
    over at most one chunk's stamps plus one lookup per chunk gone, however many rows came
    and went since the last eviction (amortised O(1)). Strings and ints inside, but for
    the small map of chunks: plain dicts of those are not tracked by the cyclic collector
    (an OrderedDict is, and every full pass walked its 1M keys)."""

    __slots__ = ("_chunks", "_head", "_len", "_partitions", "_stamp", "_stamps")

    def __init__(self) -> None:
        self._partitions: tuple[dict[str, str], ...] = tuple({} for _ in range(_SHARDS))
        self._stamps: tuple[dict[str, int], ...] = tuple({} for _ in range(_SHARDS))
        self._chunks: dict[int, dict[int, str]] = {}  # stamp >> _CHUNK_BITS -> stamp -> key
        self._len = 0
        self._stamp = 0  # the last stamp given
        self._head = 1  # no live stamp is lower

    def __len__(self) -> int:
        return self._len

    @property
    def chunks(self) -> int:
        """Chunks of stamps held (tests): live rows / `_CHUNK`, give or take their spread."""
        return len(self._chunks)

    def get(self, key: str) -> str | None:
        return self._partitions[hash(key) % _SHARDS].get(key)

    def pop(self, key: str) -> str | None:
        code = hash(key)
        partition = self._partitions[code % _SHARDS].pop(key, None)
        if partition is not None:
            stamp = self._stamps[code // _SHARDS % _SHARDS].pop(key)
            chunk = self._chunks[stamp >> _CHUNK_BITS]
            del chunk[stamp]
            if not chunk:
                del self._chunks[stamp >> _CHUNK_BITS]
            self._len -= 1
        return partition

    def add(self, key: str, partition: str) -> None:
        """`key` in `partition`, as the newest (`pop` it first if it may be there)."""
        code = hash(key)
        self._stamp = stamp = self._stamp + 1
        self._stamps[code // _SHARDS % _SHARDS][key] = stamp
        chunk = self._chunks.get(stamp >> _CHUNK_BITS)
        if chunk is None:
            chunk = self._chunks[stamp >> _CHUNK_BITS] = {}
        chunk[stamp] = key
        self._partitions[code % _SHARDS][key] = partition
        self._len += 1

    def pop_oldest(self) -> tuple[str, str]:
        """The oldest key and its partition, removed (there must be one)."""
        chunks, head = self._chunks, self._head
        while True:
            chunk = chunks.get(head >> _CHUNK_BITS)
            if chunk is None:  # every stamp of it gone: on to the next chunk
                head = ((head >> _CHUNK_BITS) + 1) << _CHUNK_BITS
                continue
            key = chunk.get(head)
            if key is not None:
                break
            head += 1
        self._head = head
        return key, self.pop(key) or ""

    def items(self) -> Iterator[tuple[str, str]]:
        for shard in self._partitions:
            yield from shard.items()


class SemanticIndex:
    """Partitions by id, each with one `PartitionIndex` per width. An entry key lives in
    one partition at one width: adding it to another partition, or with a vector of another
    length, moves it (the old row goes)."""

    def __init__(
        self, *, ann_min_values: int | None = ANN_MIN_VALUES, max_entries: int = MAX_ENTRIES
    ) -> None:
        if max_entries <= 0:
            raise ValueError(f"max_entries must be > 0, got {max_entries}")
        self._ann_min_values = ann_min_values
        self.max_entries = max_entries
        # partition -> its rows of one width: the first added, while it has any
        self._partitions: dict[str, PartitionIndex] = {}
        # partition -> width -> its rows of the other widths (rare: only partitions whose
        # embedder answered with vectors of more than one length have an entry here)
        self._others: dict[str, dict[int, PartitionIndex]] = {}
        self._where = _Where()  # entry key -> partition, oldest first
        self._evicted = 0
        self.made = 0  # `PartitionIndex`es made (partitions, and widths of them), ever
        self.live = 0  # ...and of those, the ones not emptied and gone

    def add(
        self, partition: str, entry_key: str, vector: np.ndarray, text: str, expires_at: float
    ) -> None:
        """Add or replace (the row then counts as the newest), among the partition's rows
        of the vector's width; past `max_entries`, the oldest row goes. Raises ValueError
        for an empty, zero or non-finite vector."""
        dims = int(np.size(vector))
        index = self._index(partition, dims)
        fresh = index is None
        if index is None:
            index = PartitionIndex(dims, ann_min_values=self._ann_min_values)
            index.name = partition
        else:
            partition = index.name or partition  # (the same id, one string object per partition)
        index.add(entry_key, vector, text, expires_at)
        if fresh:
            self._attach(partition, index)
        previous = self._where.pop(entry_key)
        if previous is not None and (previous != partition or partition in self._others):
            self._drop(previous, entry_key, keep=index)  # moved: another partition or width
        self._where.add(entry_key, partition)
        while len(self._where) > self.max_entries:
            oldest, where = self._where.pop_oldest()
            self._drop(where, oldest)
            self._evicted += 1

    @property
    def entries(self) -> int:
        """Rows in all partitions, O(1)."""
        return len(self._where)

    def remove(self, partition: str, entry_key: str) -> bool:
        if self._where.get(entry_key) != partition:
            return False
        self._where.pop(entry_key)
        return self._drop(partition, entry_key)

    def remove_entry(self, entry_key: str) -> bool:
        """Remove `entry_key` from whichever partition holds it."""
        partition = self._where.get(entry_key)
        return partition is not None and self.remove(partition, entry_key)

    def remove_prefix(self, prefix: str) -> int:
        """Remove every row whose entry key starts with `prefix` (a team's scope, say);
        returns how many went. O(rows): for admin operations, not requests."""
        doomed = [(key, where) for key, where in self._where.items() if key.startswith(prefix)]
        for key, where in doomed:
            self.remove(where, key)
        return len(doomed)

    def partition_of(self, entry_key: str) -> str | None:
        return self._where.get(entry_key)

    def expires_at(self, entry_key: str) -> float | None:
        """When `entry_key`'s row expires (unix seconds), None when the index has none: a
        few dict lookups, cheap enough for every exact hit."""
        partition = self._where.get(entry_key)
        if partition is None:
            return None
        index = self._partitions.get(partition)
        expires = None if index is None else index.expires_at(entry_key)
        others = self._others.get(partition) if expires is None else None
        for other in () if others is None else others.values():
            expires = other.expires_at(entry_key)
            if expires is not None:
                break
        return expires

    def search(
        self,
        partition: str,
        vector: np.ndarray,
        k: int,
        now: float,
        min_similarity: float = -1.0,
    ) -> list[Match]:
        """Best first, among the partition's rows of the vector's width only; [] for an
        unknown partition or one without rows of that width."""
        index = self._index(partition, vector.size)
        return [] if index is None else index.search(vector, k, now, min_similarity)

    def partitions(self) -> list[str]:
        """The partitions with rows, each once whatever its widths."""
        return list(self._partitions)

    def size(self, partition: str, dims: int | None = None) -> int:
        """The partition's rows of width `dims`, or of every width."""
        if dims is not None:
            index = self._index(partition, dims)
            return 0 if index is None else len(index)
        return sum(len(index) for index in self._indexes_of(partition))

    def compact(self, now: float, *, min_fraction: float = 0.0) -> int:
        """Drop removed and expired rows of every partition where they are more than
        `min_fraction` of its rows (at one width); returns how many rows were dropped. All
        at once: the event loop uses `compact_steps`."""
        return sum(self.compact_steps(now, min_fraction=min_fraction))

    def compact_steps(self, now: float, *, min_fraction: float = 0.0) -> Iterator[int]:
        """`compact` in steps of at most one block copied (see
        `PartitionIndex.compact_steps`) or `_PARTITIONS_PER_STEP` partitions looked at;
        yields the rows each step dropped. Anything may happen to the index between steps."""
        looked = 0
        for partition, index in self._all():
            for step in index.compact_steps(now, min_fraction=min_fraction):
                for key in step.expired_keys:
                    if self._where.get(key) == partition:
                        self._where.pop(key)
                yield step.rows
                if not self._holds(partition, index):
                    break  # emptied and dropped, or replaced, meanwhile
            if not len(index) and self._holds(partition, index):
                self._detach(partition, index)
            looked += 1
            if looked % _PARTITIONS_PER_STEP == 0:
                yield 0

    def stats(self) -> Stats:
        indexes = [index for _, index in self._all()]
        return Stats(
            partitions=len(self._partitions),
            entries=sum(len(index) for index in indexes),
            bytes=sum(index.nbytes for index in indexes),
            accelerated=sum(index.accelerated for index in indexes),
            mixed=len(self._others),
            evicted=self._evicted,
        )

    def settle(self, timeout: float = 600.0) -> bool:
        """Wait until every ANN graph has caught up (benchmarks and tests)."""
        return all(index.settle(timeout) for _, index in self._all())

    def close(self) -> None:
        """Stop the ANN threads; the index stays usable by brute force."""
        for _, index in self._all():
            index.close()

    def _index(self, partition: str, dims: int) -> PartitionIndex | None:
        """The partition's rows of width `dims`: one dict lookup unless it has several."""
        index = self._partitions.get(partition)
        if index is None or index.dims == dims:
            return index
        others = self._others.get(partition)
        found = None if others is None else others.get(dims)
        if found is None:
            # a search in a thread may have read `_partitions` just before the loop promoted
            # the width it wants from `_others` (`_detach`): read it once more
            again = self._partitions.get(partition)
            if again is not None and again.dims == dims:
                return again
        return found

    def _indexes_of(self, partition: str) -> list[PartitionIndex]:
        index = self._partitions.get(partition)
        if index is None:
            return []
        others = self._others.get(partition)
        return [index] if others is None else [index, *others.values()]

    def _all(self) -> list[tuple[str, PartitionIndex]]:
        pairs = list(self._partitions.items())
        for partition, others in self._others.items():
            pairs += [(partition, index) for index in others.values()]
        return pairs

    def _holds(self, partition: str, index: PartitionIndex) -> bool:
        return self._index(partition, index.dims) is index

    def _attach(self, partition: str, index: PartitionIndex) -> None:
        """A new width of `partition` (the partition's first, or another)."""
        self.made += 1
        self.live += 1
        if partition not in self._partitions:
            self._partitions[partition] = index
        else:
            self._others.setdefault(partition, {})[index.dims] = index

    def _detach(self, partition: str, index: PartitionIndex) -> None:
        """`index`, emptied, leaves; another width of its partition, if any, takes its
        place in `_partitions` (set before it leaves `_others`: a search in a thread always
        finds it)."""
        index.close()
        others = self._others.get(partition)
        if self._partitions.get(partition) is index:
            self.live -= 1
            if others is None:
                del self._partitions[partition]
                return
            successor = next(iter(others.values()))
            self._partitions[partition] = successor
            del others[successor.dims]
        elif others is not None and others.get(index.dims) is index:
            self.live -= 1
            del others[index.dims]
        else:
            return
        if not others:
            del self._others[partition]

    def _drop(self, partition: str, entry_key: str, keep: PartitionIndex | None = None) -> bool:
        """Remove `entry_key`'s row from whichever width of `partition` holds it (but
        `keep`)."""
        index = self._partitions.get(partition)
        if index is None:
            return False
        if index is not keep and index.remove(entry_key):
            if not len(index):
                self._detach(partition, index)
            return True
        others = self._others.get(partition)
        for other in () if others is None else list(others.values()):
            if other is not keep and other.remove(entry_key):
                if not len(other):
                    self._detach(partition, other)
                return True
        return False
