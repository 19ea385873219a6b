"""The semantic index stays out of the cyclic garbage collector's way. Rows cost it nothing:
key maps are plain dicts of strings and ints, a full block's keys and texts are tuples
(an OrderedDict and per-block lists were walked by every full pass: 268 ms of CPU at 1M
rows in one partition). What each partition costs it (a handful of objects) is frozen
again as partitions multiply, not only at start-up."""

from __future__ import annotations

import gc
import itertools
import time
import weakref
from collections.abc import Iterator

import numpy as np
import pytest

from proxy.semantic import log as semantic_log
from proxy.semantic.index import SemanticIndex
from proxy.semantic.log import IndexSync, MemorySemanticLog, Record
from proxy.semantic.partition import BLOCK_ROWS


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def _record(i: int, partition: str = "p") -> Record:
    vector = np.ones(8, dtype="<f4")
    vector[i % 8] = 2.0
    return Record(partition, f"key{i}", vector.tobytes(), f"text {i}", time.time() + 3600)


def test_rows_leave_nothing_for_the_collector_to_walk(unfrozen: None) -> None:
    """Three full blocks and a part-filled one in one partition, a replaced row, an evicted
    one: after a pass, no full block's keys or texts and none of the key maps are tracked."""
    index = SemanticIndex(max_entries=3 * BLOCK_ROWS + 100)
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(3 * BLOCK_ROWS + 101):
        sync._apply(_record(i))
    sync._apply(_record(5))  # replaced: now the newest
    gc.collect()
    blocks = index._partitions["p"].blocks
    assert len(blocks) == 4 and [b.count for b in blocks[:3]] == [BLOCK_ROWS] * 3
    assert index.entries == 3 * BLOCK_ROWS + 100 and index.partition_of("key0") is None
    for block in blocks[:3]:
        assert isinstance(block.keys, tuple) and not gc.is_tracked(block.keys)
        assert not gc.is_tracked(block.texts)
    assert isinstance(blocks[3].keys, list)  # still filling
    where = index._where
    maps = [*where._partitions, *where._stamps, *where._chunks.values()]
    assert len(maps) == 2 * 64 + where.chunks and not any(gc.is_tracked(m) for m in maps)
    assert index.partition_of("key5") == "p" == index.partition_of("key1")


def test_eviction_takes_the_oldest_first_after_removals_and_replacements() -> None:
    index = SemanticIndex(max_entries=4)
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(4):
        sync._apply(_record(i))
    index.remove_entry("key1")
    sync._apply(_record(0))  # key0 is now the newest
    sync._apply(_record(4))
    sync._apply(_record(5))  # five rows: the oldest, key2, goes
    assert [index.partition_of(f"key{i}") for i in range(6)] == ["p", None, None, "p", "p", "p"]
    sync._apply(_record(6))
    assert index.partition_of("key3") is None and index.entries == 4


def test_a_compacted_full_block_is_sealed_too(unfrozen: None) -> None:
    """Compaction writes new blocks: one that comes out full (all but a partition's last:
    they are made to the size of their live rows) holds tuples as well."""
    index = SemanticIndex()
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(3 * BLOCK_ROWS):
        sync._apply(_record(i))
    for i in range(0, 3 * BLOCK_ROWS, 3):  # a third of each block removed
        index.remove_entry(f"key{i}")
    index.compact(time.time())
    gc.collect()
    blocks = index._partitions["p"].blocks
    assert [b.count for b in blocks] == [1365, 1365, 1366]
    assert blocks[1].keys == tuple(f"key{i}" for i in range(BLOCK_ROWS, 2 * BLOCK_ROWS) if i % 3)
    for block in blocks[:2]:
        assert isinstance(block.keys, tuple) and not gc.is_tracked(block.texts)
    assert isinstance(blocks[2].keys, list)  # the last: room left to fill


def test_rows_gone_below_the_cap_leave_no_stamps_to_walk() -> None:
    """Rows that come and go while the index is below its cap leave nothing for the first
    eviction to step over but a chunk's stamps: an empty chunk of the age map leaves."""
    index = SemanticIndex(max_entries=1_000)
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(100_000):
        sync._apply(_record(i))
        if i >= 100:
            index.remove_entry(f"key{i - 100}")
    assert index.entries == 100 and index._where.chunks <= 2
    for i in range(100_000, 101_000):
        sync._apply(_record(i))  # the cap: the oldest (key99900 on) go first
    assert index.entries == 1_000
    assert index.partition_of("key99999") is None and index.partition_of("key100000") == "p"
    assert index._where.chunks <= 2


def _freezes(monkeypatch: pytest.MonkeyPatch, index: SemanticIndex) -> list[int]:
    """`index.made` at each heap freeze from now on, freezing again from 10 partitions.
    The full collection before each freeze is skipped: these tests count when freezes
    happen, and a full pass over the test run's heap (~100 ms with the verifier's tables
    loaded) a hundred times over was most of the suite's slowest test; that a freeze
    collects first is `test_a_cycle_frozen_while_in_use_is_freed_at_the_next_freeze`'s."""
    monkeypatch.setattr(semantic_log, "FREEZE_MIN_PARTITIONS", 10)
    at: list[int] = []
    freeze = gc.freeze

    def spy() -> None:
        at.append(index.made)
        freeze()

    monkeypatch.setattr(semantic_log.gc, "freeze", spy)
    monkeypatch.setattr(semantic_log.gc, "collect", lambda *args: 0)
    return at


def test_new_partitions_freeze_the_heap_again(
    unfrozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A freeze after `FREEZE_MIN_PARTITIONS` partitions made at least, and once as many
    more have been made as at the last one: a handful as partitions multiply, not one per
    add; rows added to partitions that exist never freeze."""
    index = SemanticIndex()
    at = _freezes(monkeypatch, index)  # (before the sync: it reads the minimum when made)
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(9):
        sync._apply(_record(i, f"p{i}"))
    for i in range(9, 5_000):
        sync._apply(_record(i, f"p{i % 9}"))
    assert not at and index.made == 9
    for i in range(9, 200):
        sync._apply(_record(i, f"p{i}"))
    assert at == [10, 20, 40, 80, 160]


def test_partitions_made_and_evicted_keep_freezing(
    unfrozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each record a partition of its own, the index capped at 30 rows: partitions are made
    and evicted at a steady rate, and the heap is frozen again every 30 or so, not at ever
    longer intervals (counted against the partitions held, not those ever made)."""
    index = SemanticIndex(max_entries=30)
    at = _freezes(monkeypatch, index)  # (before the sync: it reads the minimum when made)
    sync = IndexSync(index, MemorySemanticLog())
    for i in range(3_000):
        sync._apply(_record(i, f"p{i}"))
    assert index.live == len(index._partitions) == 30
    assert 3_000 / 31 <= len(at) <= 3_000 / 29 + 2
    assert max(b - a for a, b in itertools.pairwise(at)) <= 31


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_a_cycle_frozen_while_in_use_is_freed_at_the_next_freeze(unfrozen: None) -> None:
    """What a freeze catches in flight (a request's cycles) and dies later is not leaked:
    the next freeze unfreezes and collects first."""
    sync = IndexSync(SemanticIndex(), MemorySemanticLog())
    node = _Node()
    alive = weakref.ref(node)
    sync._grown()
    del node
    gc.collect()
    assert alive() is not None  # frozen: out of the collector's reach
    sync._grown()
    assert alive() is None
