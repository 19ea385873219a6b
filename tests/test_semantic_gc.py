"""The index's per-row references (key maps, blocks' key and text lists) are frozen out of
the garbage collector's reach after growth, not only at start-up: unfrozen, every full
pass walked them (~40 ms of CPU at 1M rows in one partition, a lookup held ~120 ms)."""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Iterator

import numpy as np
import pytest

from proxy.semantic import log as semantic_log
from proxy.semantic.index import SemanticIndex
from proxy.semantic.log import IndexSync, MemorySemanticLog, Record


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def _record(i: int) -> Record:
    vector = np.ones(8, dtype="<f4")
    vector[i % 8] = 2.0
    return Record("p", f"key{i}", vector.tobytes(), f"text {i}", time.time() + 3600)


def _tracked(index: SemanticIndex) -> bool:
    """Whether any of the partition's blocks' key lists is still walked by the collector."""
    lists = {id(block.keys) for block in index._partitions["p"].blocks}
    return any(id(o) in lists for o in gc.get_objects())


def test_growth_freezes_the_heap_again(unfrozen: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A freeze after `FREEZE_MIN_ADDS` adds at least, and once the index has taken as many
    rows as it held at the last one: a handful of freezes as it grows, not one per add."""
    monkeypatch.setattr(semantic_log, "FREEZE_MIN_ADDS", 10)
    at: list[int] = []
    freeze = gc.freeze
    index = SemanticIndex()
    sync = IndexSync(index, MemorySemanticLog())

    def spy() -> None:
        at.append(index.entries)
        freeze()

    monkeypatch.setattr(semantic_log.gc, "freeze", spy)
    for i in range(9):
        sync._apply(_record(i))
    assert not at and _tracked(index)
    for i in range(9, 200):
        sync._apply(_record(i))
    assert at == [10, 20, 40, 80, 160]
    sync._apply(_record(0))  # a replaced row counts as an add (its block lists are new too)
    for i in range(200, 319):
        sync._apply(_record(i))
    assert at[-1] == 319 and not _tracked(index)


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
