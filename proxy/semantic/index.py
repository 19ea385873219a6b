"""The semantic index: partition id -> `PartitionIndex` (KNN over one partition's rows).

A partition is a hash of everything that must match exactly (team, model, system prompt,
...); each has its own dimensions, fixed by its first vector until it empties. Pure and in
memory: `proxy.semantic.log.IndexSync` keeps it in step with the semantic log. Threads as
in `proxy.semantic.partition`: mutations on the event loop, searches from any thread.

Bounded: at most `max_entries` rows in all; adding one more removes the oldest (the one
added, or last replaced, longest ago), in O(1). Rows otherwise leave at their expiry, when
the log says so, or when a lookup finds their entry gone from the store (`remove_entry`).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TypedDict

import numpy as np

from proxy.semantic.partition import (
    ANN_MIN_VALUES,
    DimensionMismatch,
    Match,
    PartitionIndex,
)

__all__ = ["DimensionMismatch", "Match", "PartitionIndex", "SemanticIndex", "Stats"]

MAX_ENTRIES = 100_000
"""Default row cap of a whole index. A row costs its vector (4 bytes a dimension, up to
twice that in a partition whose capacity just doubled) plus ~0.4 KB of key, prompt text
and bookkeeping (~1.3 KB in a partition of one row); measured with tracemalloc, 20k rows
of 80-character prompts: 7.4-10.3 KB a row at 1536 dimensions, 2.9 KB at 384. So 100k
rows take ~0.7-1.3 GB at 1536 dimensions and ~0.3-0.4 GB at 384, per replica: the size
of the embedded store's default budget in answers (256 MB of ~2.5 KB entries)."""


class Stats(TypedDict):
    partitions: int
    entries: int
    bytes: int
    accelerated: int  # partitions searched through an ANN graph
    evicted: int  # rows removed to keep within `max_entries`, since the index was made


class SemanticIndex:
    """Partitions by id. An entry key lives in one partition: adding it to another moves it."""

    def __init__(
        self, *, ann_min_values: int | None = ANN_MIN_VALUES, max_entries: int = MAX_ENTRIES
    ) -> None:
        if max_entries <= 0:
            raise ValueError(f"max_entries must be > 0, got {max_entries}")
        self._ann_min_values = ann_min_values
        self.max_entries = max_entries
        self._partitions: dict[str, PartitionIndex] = {}
        # entry key -> partition, oldest first (an OrderedDict pops its head in O(1))
        self._where: OrderedDict[str, str] = OrderedDict()
        self._evicted = 0

    def add(
        self, partition: str, entry_key: str, vector: np.ndarray, text: str, expires_at: float
    ) -> None:
        """Add or replace (the row then counts as the newest); past `max_entries`, the
        oldest row goes. Raises DimensionMismatch when the partition has other dimensions,
        ValueError for a zero or non-finite vector."""
        index = self._partitions.get(partition)
        if index is None:
            index = PartitionIndex(np.size(vector), ann_min_values=self._ann_min_values)
        index.add(entry_key, vector, text, expires_at)
        self._partitions[partition] = index
        previous = self._where.pop(entry_key, None)
        if previous is not None and previous != partition:
            self._drop(previous, entry_key)
        self._where[entry_key] = partition
        while len(self._where) > self.max_entries:
            oldest, where = self._where.popitem(last=False)
            self._drop(where, oldest)
            self._evicted += 1

    def remove(self, partition: str, entry_key: str) -> bool:
        if self._where.get(entry_key) != partition:
            return False
        del self._where[entry_key]
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
        return None if index is None else index.expires_at(entry_key)

    def search(
        self,
        partition: str,
        vector: np.ndarray,
        k: int,
        now: float,
        min_similarity: float = -1.0,
    ) -> list[Match]:
        """Best first; [] for an unknown partition; DimensionMismatch for a vector of other
        dimensions than the partition's."""
        index = self._partitions.get(partition)
        return [] if index is None else index.search(vector, k, now, min_similarity)

    def partitions(self) -> list[str]:
        return list(self._partitions)

    def size(self, partition: str) -> int:
        index = self._partitions.get(partition)
        return 0 if index is None else len(index)

    def compact(self, now: float, *, min_fraction: float = 0.0) -> int:
        """Drop removed and expired rows of every partition where they are more than
        `min_fraction` of its rows; returns how many rows were dropped."""
        dropped = 0
        for partition, index in list(self._partitions.items()):
            dropped += index.compact(now, min_fraction=min_fraction)
            if not len(index):
                index.close()
                del self._partitions[partition]
        if dropped:
            self._where = OrderedDict(
                (key, partition)
                for key, partition in self._where.items()
                if partition in self._partitions and key in self._partitions[partition]
            )
        return dropped

    def stats(self) -> Stats:
        indexes = list(self._partitions.values())
        return Stats(
            partitions=len(indexes),
            entries=sum(len(index) for index in indexes),
            bytes=sum(index.nbytes for index in indexes),
            accelerated=sum(index.accelerated for index in indexes),
            evicted=self._evicted,
        )

    def settle(self, timeout: float = 600.0) -> bool:
        """Wait until every ANN graph has caught up (benchmarks and tests)."""
        return all(index.settle(timeout) for index in list(self._partitions.values()))

    def close(self) -> None:
        """Stop the ANN threads; the index stays usable by brute force."""
        for index in self._partitions.values():
            index.close()

    def _drop(self, partition: str, entry_key: str) -> bool:
        index = self._partitions.get(partition)
        if index is None or not index.remove(entry_key):
            return False
        if not len(index):
            index.close()
            del self._partitions[partition]
        return True
