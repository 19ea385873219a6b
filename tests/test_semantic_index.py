"""The semantic index (pure KNN) and the semantic log + IndexSync, against a real
redis-server and the in-process log. No mocks."""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import numpy as np
import pytest
import redis.asyncio

from proxy.semantic import (
    DimensionMismatch,
    IndexSync,
    MemorySemanticLog,
    PartitionIndex,
    Record,
    RedisSemanticLog,
    SemanticIndex,
    SemanticLog,
)
from proxy.store.base import StoreError
from tests.redis_server import RedisServer

NOW = 1_000_000.0
LATER = NOW + 3600


def angle(degrees: float) -> np.ndarray:
    """A 4-d vector at `degrees` from (1, 0, 0, 0) in the first plane: cosine = cos(angle)."""
    r = np.radians(degrees)
    return np.array([np.cos(r), np.sin(r), 0.0, 0.0], dtype=np.float32)


def fan(index: PartitionIndex | SemanticIndex, partition: str = "p") -> None:
    """Entries a0, a10, ..., a90 at those angles; texts are the keys upper-cased."""
    for deg in range(0, 100, 10):
        key = f"a{deg}"
        if isinstance(index, SemanticIndex):
            index.add(partition, key, angle(deg), key.upper(), LATER)
        else:
            index.add(key, angle(deg), key.upper(), LATER)


def keys(matches: list[Any]) -> list[str]:
    return [m.entry_key for m in matches]


# --- the index ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query_deg", "k", "min_similarity", "expected"),
    [
        (0, 3, -1.0, ["a0", "a10", "a20"]),
        (47, 4, -1.0, ["a50", "a40", "a60", "a30"]),
        (90, 1, -1.0, ["a90"]),
        (0, 50, -1.0, [f"a{d}" for d in range(0, 100, 10)]),  # k > size: all, in order
        (0, 10, 0.9, ["a0", "a10", "a20"]),  # cos 20 = 0.94, cos 30 = 0.87
        (0, 0, -1.0, []),
        (180, 2, 0.5, []),
    ],
)
def test_top_k_best_first(
    query_deg: float, k: int, min_similarity: float, expected: list[str]
) -> None:
    index = PartitionIndex(4)
    fan(index)
    matches = index.search(angle(query_deg) * 3.0, k, NOW, min_similarity)  # any norm
    assert keys(matches) == expected
    for m in matches:
        assert m.text == m.entry_key.upper()
        assert m.similarity == pytest.approx(np.cos(np.radians(query_deg - int(m.entry_key[1:]))))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (NOW - 1, ["fresh", "soon", "past"]),
        (NOW, ["fresh", "soon"]),  # expires_at == now: expired
        (NOW + 10, ["fresh"]),
        (LATER, []),
    ],
)
def test_expired_entries_are_masked(now: float, expected: list[str]) -> None:
    index = PartitionIndex(4)
    index.add("past", angle(20), "", NOW)
    index.add("soon", angle(10), "", NOW + 10)
    index.add("fresh", angle(0), "", LATER)
    assert keys(index.search(angle(0), 5, now)) == expected


def test_add_replaces_an_entry() -> None:
    index = PartitionIndex(4)
    fan(index)
    index.add("a0", angle(45), "moved", LATER)
    assert len(index) == 10
    first = index.search(angle(45), 1, NOW)[0]
    assert (first.entry_key, first.text) == ("a0", "moved")
    assert first.similarity == pytest.approx(1.0)
    assert "a0" not in keys(index.search(angle(0), 2, NOW))


def test_remove() -> None:
    index = PartitionIndex(4)
    fan(index)
    assert index.remove("a0") is True
    assert index.remove("a0") is False
    assert index.remove("missing") is False
    assert keys(index.search(angle(0), 2, NOW)) == ["a10", "a20"]
    assert len(index) == 9


def test_compaction_keeps_results() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((300, 16)).astype(np.float32)
    index = PartitionIndex(16)
    for i, v in enumerate(vectors):
        index.add(f"k{i}", v, f"t{i}", NOW + 5 if i % 3 == 0 else LATER)
    for i in range(1, 300, 3):
        index.remove(f"k{i}")
    queries = rng.standard_normal((20, 16)).astype(np.float32)
    before = [index.search(q, 5, NOW + 10) for q in queries]
    bytes_before = index.nbytes
    assert index.compact(NOW + 10) == 200  # 100 expired + 100 removed
    assert len(index) == 100
    assert [index.search(q, 5, NOW + 10) for q in queries] == before
    assert index.nbytes < bytes_before
    assert index.compact(NOW + 10) == 0


def test_compacts_by_itself_when_most_rows_are_removed() -> None:
    index = PartitionIndex(8)
    rng = np.random.default_rng(1)
    for i in range(1000):
        index.add(f"k{i}", rng.standard_normal(8), "", LATER)
    full = index.nbytes
    for i in range(900):
        index.remove(f"k{i}")
    assert len(index) == 100
    assert index.nbytes < full / 2
    assert len(index.search(rng.standard_normal(8), 200, NOW)) == 100


@pytest.mark.parametrize(
    "vector",
    [np.zeros(4), np.array([np.nan, 1, 0, 0]), np.array([np.inf, 0, 0, 0])],
)
def test_rejects_vectors_without_a_direction(vector: np.ndarray) -> None:
    with pytest.raises(ValueError):
        PartitionIndex(4).add("k", vector, "", LATER)


def test_a_partition_index_has_one_width() -> None:
    index = PartitionIndex(4)
    index.add("k1", np.ones(4), "", LATER)
    with pytest.raises(DimensionMismatch):
        index.add("k2", np.ones(8), "", LATER)
    with pytest.raises(DimensionMismatch):
        index.search(np.ones(8), 1, NOW)


def wide(n: int, first: float = 1.0) -> np.ndarray:
    """An n-d vector near (first, 1, 1, ...)."""
    vector = np.ones(n, dtype=np.float32)
    vector[0] = first
    return vector


def test_a_search_during_a_width_promotion_finds_the_promoted_width() -> None:
    """A search in a thread reads `_partitions`, then `_others`; the loop may detach the
    first width and promote the other in between: the search must still find its rows."""
    index = SemanticIndex(ann_min_values=None)
    index.add("p", "ka", wide(4), "A", LATER)
    index.add("p", "kb", wide(8), "B", LATER)
    first = index._partitions["p"]

    class Between(dict[str, Any]):  # the loop runs between the thread's two reads
        fired = False

        def get(self, key: str, default: Any = None) -> Any:
            if not Between.fired:
                Between.fired = True
                first.remove("ka")
                index._detach("p", first)
            return dict.get(self, key, default)

    index._others = Between(index._others)
    assert keys(index.search("p", wide(8), 5, NOW)) == ["kb"]


def test_rows_of_a_partition_share_one_id_string() -> None:
    """Each log record decodes its own copy of the partition id: the index keeps one per
    partition (~110 bytes a row otherwise)."""
    index = SemanticIndex()
    for i in range(3):
        index.add("".join(["part", "ition"]), f"k{i}", wide(4, 1.0 + i), "T", LATER)
    first, *rest = (index.partition_of(f"k{i}") for i in range(3))
    assert first == "partition" and all(other is first for other in rest)


def test_a_wrong_sized_first_vector_does_not_fix_the_partitions_width() -> None:
    """An embedder that once answered 3 wide: the partition still takes and finds its
    4-wide rows, and each search compares rows of its own width only."""
    index = SemanticIndex()
    index.add("p", "odd", wide(3), "ODD", LATER)
    index.add("p", "k1", wide(4), "K1", LATER)
    index.add("p", "k2", wide(4, 2.0), "K2", LATER)
    assert keys(index.search("p", wide(4), 5, NOW)) == ["k1", "k2"]
    assert keys(index.search("p", wide(3), 5, NOW)) == ["odd"]
    assert index.search("p", wide(5), 5, NOW) == []
    assert index.partitions() == ["p"]
    assert (index.size("p"), index.size("p", 4), index.size("p", 3), index.size("p", 5)) == (
        3, 2, 1, 0,
    )  # fmt: skip
    assert index.partition_of("k1") == index.partition_of("odd") == "p"
    assert index.expires_at("k1") == index.expires_at("odd") == LATER
    stats = index.stats()
    assert (stats["partitions"], stats["entries"], stats["mixed"]) == (1, 3, 1)

    # the first width empties: the other one takes its place, and the partition goes on
    assert index.remove("p", "odd") is True
    assert index.search("p", wide(3), 5, NOW) == []
    assert keys(index.search("p", wide(4), 5, NOW)) == ["k1", "k2"]
    assert (index.stats()["partitions"], index.stats()["mixed"]) == (1, 0)
    index.add("p", "odd", wide(3), "ODD", LATER)  # a third width comes and goes
    index.add("p", "odd8", wide(8), "", LATER)
    assert keys(index.search("p", wide(8), 5, NOW)) == ["odd8"]
    assert index.remove_entry("odd8") and index.remove_entry("odd")
    assert index.remove_entry("odd") is False
    assert (index.size("p"), index.stats()["mixed"]) == (2, 0)
    index.remove("p", "k1")
    index.remove("p", "k2")
    assert index.partitions() == [] and index.stats()["entries"] == 0


def test_a_row_added_again_at_another_width_moves() -> None:
    index = SemanticIndex()
    index.add("p", "k", wide(4), "four", LATER)
    index.add("p", "other", wide(4, 2.0), "", LATER)
    index.add("p", "k", wide(3), "three", LATER)  # the 4-wide row goes
    assert keys(index.search("p", wide(4), 5, NOW)) == ["other"]
    assert [m.text for m in index.search("p", wide(3), 5, NOW)] == ["three"]
    assert (index.size("p", 4), index.size("p", 3)) == (1, 1)
    index.add("p", "k", wide(4), "four again", LATER)  # and back: the 3-wide width empties
    assert index.search("p", wide(3), 5, NOW) == []
    assert [m.text for m in index.search("p", wide(4), 1, NOW)] == ["four again"]
    assert (index.size("p"), index.stats()["mixed"]) == (2, 0)
    index.add("q", "k", wide(3), "q", LATER)  # another partition, another width
    assert keys(index.search("p", wide(4), 5, NOW)) == ["other"]
    assert index.partition_of("k") == "q"
    assert index.remove("p", "k") is False and index.remove("q", "k") is True
    assert index.partitions() == ["p"]


def test_widths_are_evicted_expired_and_compacted_like_partitions() -> None:
    index = SemanticIndex(max_entries=3)
    index.add("p", "a3", wide(3), "", LATER)
    index.add("p", "a4", wide(4), "", NOW + 10)
    index.add("p", "b3", wide(3, 2.0), "", LATER)
    index.add("p", "b4", wide(4, 2.0), "", LATER)  # past the cap: a3, the oldest, goes
    assert keys(index.search("p", wide(3), 5, NOW)) == ["b3"]
    assert index.stats()["evicted"] == 1
    assert index.compact(NOW + 20) == 2  # a3 removed, a4 expired
    assert index.expires_at("a4") is None and index.partition_of("a4") is None
    index.remove("p", "b3")  # the first width (3) empties, and leaves: 4 takes its place
    assert index.compact(NOW + 20) == 0
    assert keys(index.search("p", wide(4), 5, NOW + 20)) == ["b4"]
    assert index.stats() == {
        "partitions": 1, "entries": 1, "bytes": index.stats()["bytes"], "accelerated": 0,
        "mixed": 0, "evicted": 1,
    }  # fmt: skip
    assert index.compact(LATER + 1) == 1 and index.partitions() == []


def test_empty_and_unknown_partitions() -> None:
    index = SemanticIndex()
    assert index.search("nowhere", np.ones(4), 3, NOW) == []
    assert PartitionIndex(4).search(np.ones(4), 3, NOW) == []
    assert index.size("nowhere") == 0
    assert index.stats() == {
        "partitions": 0, "entries": 0, "bytes": 0, "accelerated": 0, "mixed": 0, "evicted": 0,
    }  # fmt: skip


def test_partitions_are_separate_and_entries_removable_anywhere() -> None:
    index = SemanticIndex()
    fan(index, "p")
    index.add("q", "q1", angle(0), "Q1", LATER)
    assert keys(index.search("q", angle(0), 5, NOW)) == ["q1"]
    assert index.remove_entry("a0") is True
    assert index.remove_entry("a0") is False
    assert index.remove("q", "a10") is False  # not in that partition
    assert keys(index.search("p", angle(0), 1, NOW)) == ["a10"]
    index.add("q", "a10", angle(0), "moved", LATER)  # an entry key lives in one partition
    assert keys(index.search("p", angle(0), 1, NOW)) == ["a20"]
    stats = index.stats()
    assert (stats["partitions"], stats["entries"]) == (2, 10)
    assert stats["bytes"] > 0
    assert index.compact(LATER) == 12  # 10 expired rows + 2 removed ones
    assert index.stats()["partitions"] == 0


def test_the_oldest_rows_go_past_the_cap() -> None:
    index = SemanticIndex(max_entries=4)
    fan(index, "p")  # ten rows, a0 first: the four newest stay
    assert keys(index.search("p", angle(0), 10, NOW)) == ["a60", "a70", "a80", "a90"]
    index.add("q", "q1", angle(0), "", LATER)  # the cap is for the whole index: a60 goes
    index.add("p", "a70", angle(70), "again", LATER)  # replaced: the newest row now
    index.add("q", "q2", angle(0), "", LATER)  # a80 goes
    assert keys(index.search("p", angle(0), 10, NOW)) == ["a70", "a90"]
    assert sorted(keys(index.search("q", angle(0), 10, NOW))) == ["q1", "q2"]
    stats = index.stats()
    assert (stats["partitions"], stats["entries"], stats["evicted"]) == (2, 4, 8)
    with pytest.raises(ValueError):
        SemanticIndex(max_entries=0)


def test_a_partition_of_one_row_holds_about_one_row() -> None:
    """Many partitions hold a row or two (one per system prompt, say): their capacity
    starts at one row and doubles as they fill."""
    row = 1536 * 4 + 8 + 8  # the vector, its id and its expiry
    index = PartitionIndex(1536)
    index.add("k0", np.ones(1536), "", LATER)
    assert index.nbytes == row
    for i in range(1, 5):
        index.add(f"k{i}", np.ones(1536), "", LATER)
    assert index.nbytes == 8 * row
    assert len(index.search(np.ones(1536), 10, NOW)) == 5


def test_searches_in_threads_while_adding() -> None:
    """Searches run in worker threads while the loop adds (growing the matrix, compacting):
    every match must carry its own key's similarity."""
    dims = 32
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((4000, dims)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = PartitionIndex(dims, ann_min_values=None)
    index.add("k0", vectors[0], "", LATER)
    errors: list[BaseException] = []
    done = threading.Event()

    def search() -> None:
        try:
            while not done.is_set():
                q = vectors[rng.integers(0, 4000)]
                for m in index.search(q, 5, NOW):
                    expected = float(vectors[int(m.entry_key[1:])] @ q)
                    assert m.similarity == pytest.approx(expected, abs=1e-5)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=search) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(1, 4000):
        index.add(f"k{i}", vectors[i], "", LATER)
        if i % 7 == 0:
            index.remove(f"k{i - 3}")
    done.set()
    for w in workers:
        w.join()
    assert errors == []


def test_ann_graph_for_big_partitions() -> None:
    pytest.importorskip("usearch")
    dims, n = 64, 3000
    rng = np.random.default_rng(5)
    centers = rng.standard_normal((30, dims))
    vectors = (centers[rng.integers(0, 30, n)] + 0.5 * rng.standard_normal((n, dims))).astype(
        np.float32
    )
    index = PartitionIndex(dims, ann_min_values=dims * 1000)
    exact = PartitionIndex(dims, ann_min_values=None)
    for i, v in enumerate(vectors):
        index.add(f"k{i}", v, "", LATER)
        exact.add(f"k{i}", v, "", LATER)
    assert index.accelerated and not exact.accelerated
    assert index.settle(60)
    queries = vectors[:200] + 0.05 * rng.standard_normal((200, dims)).astype(np.float32)
    same = sum(
        index.search(q, 1, NOW)[0].entry_key == exact.search(q, 1, NOW)[0].entry_key
        for q in queries
    )
    assert same >= 198
    first = index.search(queries[0], 1, NOW)[0]
    assert first.similarity == pytest.approx(exact.search(queries[0], 1, NOW)[0].similarity)
    index.add("fresh", -vectors[0], "", LATER)  # found at once, graph caught up or not
    assert keys(index.search(-vectors[0], 1, NOW)) == ["fresh"]
    index.remove("fresh")
    index.remove(first.entry_key)
    assert first.entry_key not in keys(index.search(queries[0], 5, NOW))
    index.close()


# --- blocks: bounded event-loop steps ----------------------------------------------------


def brute_force(
    rows: dict[str, tuple[np.ndarray, float]], query: np.ndarray, k: int, now: float
) -> list[str]:
    """The k best live keys of `rows` (key -> (unit vector, expiry)) by exact cosine."""
    live = [(key, vector) for key, (vector, expires) in rows.items() if expires > now]
    if not live:
        return []
    scores = np.stack([vector for _, vector in live]) @ (query / np.linalg.norm(query))
    order = np.argsort(-scores, kind="stable")[:k]
    return [live[i][0] for i in order.tolist()]


def unit_rows(rng: np.random.Generator, n: int, dims: int) -> np.ndarray:
    rows = rng.standard_normal((n, dims)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_growth_never_copies_a_full_block() -> None:
    """Past its first block, a partition grows by new blocks: the rows it holds stay where
    they are (the old code copied the whole matrix at each doubling, on the event loop:
    ~1 s at 65k x 1536)."""
    dims = 256
    index = PartitionIndex(dims, ann_min_values=None)
    assert index.block_rows * dims * 4 < 4 << 20  # under numpy's huge-page threshold
    rows = unit_rows(np.random.default_rng(11), 3 * index.block_rows + 5, dims)
    for i in range(index.block_rows):
        index.add(f"k{i}", rows[i], "", LATER)
    (first,) = index.blocks
    buffer = first.matrix
    for i in range(index.block_rows, len(rows)):
        index.add(f"k{i}", rows[i], "", LATER)
    assert len(index.blocks) == 4
    assert index.blocks[0] is first and index.blocks[0].matrix is buffer
    assert [len(block.ids) for block in index.blocks] == [index.block_rows] * 4
    for q in rows[:: index.block_rows // 3]:
        assert keys(index.search(q, 3, NOW)) == brute_force(
            {f"k{i}": (r, LATER) for i, r in enumerate(rows)}, q, 3, NOW
        )


def test_compaction_runs_in_bounded_steps_and_keeps_results() -> None:
    """`compact_steps` rewrites at most one block's rows per step, and searches between
    steps (as the event loop serves requests between them) agree with brute force."""
    dims, rng = 128, np.random.default_rng(12)
    index = PartitionIndex(dims, ann_min_values=None)
    n = 6 * index.block_rows
    rows = unit_rows(rng, n, dims)
    model: dict[str, tuple[np.ndarray, float]] = {}
    for i in range(n):
        expires = NOW + 5 if i % 3 else LATER  # two thirds expire
        index.add(f"k{i}", rows[i], "", expires)
        model[f"k{i}"] = (rows[i], expires)
    queries = unit_rows(rng, 10, dims)
    before = set(map(id, index.blocks))
    steps = 0
    for step in index.compact_steps(NOW + 10, min_fraction=0.25):
        after = index.blocks
        written = [block for block in after if id(block) not in before]
        assert sum(len(block.ids) for block in written) <= index.block_rows
        before = set(map(id, after))
        steps += 1
        assert set(step.expired_keys) <= {k for k, (_, e) in model.items() if e <= NOW + 10}
        for q in queries[:2]:
            assert keys(index.search(q, 5, NOW + 10)) == brute_force(model, q, 5, NOW + 10)
    assert steps >= 6
    assert len(index) == n // 3
    assert sum(block.count for block in index.blocks) == n // 3
    assert len(index.blocks) <= 3  # the thirds left of six blocks, merged
    for q in queries:
        assert keys(index.search(q, 5, NOW + 10)) == brute_force(model, q, 5, NOW + 10)


def test_random_operations_match_brute_force() -> None:
    """Adds, replacements, removals, expiries and compaction steps in any order, over many
    blocks: every search equals brute force over a model of the live rows."""
    dims, rng = 512, np.random.default_rng(13)
    index = SemanticIndex(ann_min_values=None)
    model: dict[str, tuple[np.ndarray, float]] = {}
    pool = unit_rows(rng, 512, dims)
    steps, compacted_at = None, -np.inf
    for op in range(12_000):
        key = f"k{rng.integers(0, 6_000)}"
        roll = rng.random()
        if roll < 0.7:
            vector = pool[rng.integers(0, len(pool))] + 0.1 * rng.standard_normal(dims)
            vector = (vector / np.linalg.norm(vector)).astype(np.float32)
            expires = NOW + float(rng.integers(1, 100))
            index.add("p", key, vector, "", expires)
            model[key] = (vector, expires)
        elif roll < 0.9:
            removed = index.remove("p", key)  # False once compaction dropped it expired
            assert removed <= (key in model)
            assert removed or key not in model or model[key][1] <= compacted_at
            model.pop(key, None)
        elif steps is None or next(steps, None) is None:
            compacted_at = NOW + op / 200
            steps = index.compact_steps(compacted_at, min_fraction=0.1)
        if op % 500 == 0:
            now = NOW + op / 150
            q = pool[rng.integers(0, len(pool))]
            assert keys(index.search("p", q, 8, now)) == brute_force(model, q, 8, now)
    for _ in index.compact_steps(NOW + 80):
        pass
    alive = {key for key, (_, expires) in model.items() if expires > NOW + 80}
    assert index.size("p") == len(alive)
    assert {key for key in model if index.partition_of(key) == "p"} == alive
    q = pool[0]
    assert keys(index.search("p", q, 20, NOW + 80)) == brute_force(model, q, 20, NOW + 80)


def test_random_operations_over_partitions_and_widths_match_brute_force() -> None:
    """Adds (moving keys between partitions and widths), removals, expiries and compaction
    steps: every search equals brute force over the live rows of its partition and width,
    never another's."""
    rng = np.random.default_rng(17)
    index = SemanticIndex(ann_min_values=None)
    model: dict[str, tuple[str, np.ndarray, float]] = {}  # key -> (partition, vector, expiry)
    steps, compacted_at = None, -np.inf
    for op in range(6_000):
        key, partition = f"k{rng.integers(0, 16)}", str(rng.choice(["p", "q"]))
        roll = rng.random()
        if roll < 0.6:
            vector = unit_rows(rng, 1, int(rng.choice([8, 16, 24])))[0]
            expires = NOW + float(rng.integers(1, 60))
            index.add(partition, key, vector, "", expires)
            model[key] = (partition, vector, expires)
        elif roll < 0.85:
            removed = index.remove(partition, key)
            held = key in model and model[key][0] == partition
            assert removed <= held
            assert removed or not held or model[key][2] <= compacted_at
            if held:
                del model[key]
        elif steps is None or next(steps, None) is None:
            compacted_at = NOW + op / 200
            steps = index.compact_steps(compacted_at, min_fraction=0.1)
        if op % 100 == 0:
            now = NOW + op / 150
            for where, dims in itertools.product("pq", (8, 16, 24, 32)):
                rows = {
                    k: (v, e) for k, (p, v, e) in model.items() if p == where and len(v) == dims
                }
                q = unit_rows(rng, 1, dims)[0]
                assert keys(index.search(where, q, 6, now)) == brute_force(rows, q, 6, now)
    for _ in index.compact_steps(NOW + 40):
        pass
    alive = {key for key, (_, _, expires) in model.items() if expires > NOW + 40}
    assert index.stats()["entries"] == len(alive)
    assert {key for key in model if index.partition_of(key) is not None} == alive
    assert sum(index.size(p) for p in index.partitions()) == len(alive)
    assert all(index.expires_at(key) == model[key][2] for key in alive)


def test_ann_row_ids_survive_compaction() -> None:
    """The graph knows rows by id: after expired rows are compacted away (positions
    move), its candidates still map to the right rows."""
    pytest.importorskip("usearch")
    dims, rng = 32, np.random.default_rng(14)
    index = PartitionIndex(dims, ann_min_values=1)
    rows = unit_rows(rng, 5_000, dims)
    for i, row in enumerate(rows):
        index.add(f"k{i}", row, "", NOW + 5 if i % 2 else LATER)
    assert index.settle(60)
    assert index.compact(NOW + 10) == 2_500
    assert index.settle(60)
    model = {f"k{i}": (row, LATER) for i, row in enumerate(rows) if i % 2 == 0}
    same = 0
    for i in range(0, 5_000, 50):
        query = rows[i] + 0.05 * rng.standard_normal(dims).astype(np.float32)
        found = index.search(query, 1, NOW + 10)
        same += keys(found) == brute_force(model, query, 1, NOW + 10)
        assert found[0].similarity == pytest.approx(
            float(model[found[0].entry_key][0] @ (query / np.linalg.norm(query))), abs=1e-5
        )
    assert same >= 98
    index.close()


def test_key_maps_past_their_split_and_the_eviction_order() -> None:
    """The key maps are sharded (no single dict rehashes a big partition's keys in one
    step); the oldest entry still goes first across shards, replaced ones count as new."""
    index = SemanticIndex(max_entries=9_000, ann_min_values=None)
    order: OrderedDict[str, None] = OrderedDict()
    for i in range(12_000):
        key = f"k{i % 10_000}" if i % 5 else f"k{(i * 7) % 10_000}"
        index.add("p", key, angle(i % 90), "", LATER)
        order.pop(key, None)
        order[key] = None
        while len(order) > 9_000:
            order.popitem(last=False)
    assert index.size("p") == len(order) == 9_000
    assert all(index.partition_of(key) == "p" for key in order)
    assert sum(index.partition_of(f"k{i}") is not None for i in range(10_000)) == 9_000


# --- the log and IndexSync ---------------------------------------------------------------

STREAM = "ls:test:v1:semantic"
Factory = Callable[[], SemanticLog]


@pytest.fixture(params=["memory", "redis"])
async def new_log(request: pytest.FixtureRequest) -> AsyncIterator[Factory]:
    """A factory of log handles on one shared log, as separate replicas would hold them."""
    if request.param == "memory":
        shared = MemorySemanticLog()
        yield lambda: shared
        await shared.close()
        return
    url = request.getfixturevalue("redis_url")
    clients: list[Any] = []
    logs: list[RedisSemanticLog] = []

    def make() -> SemanticLog:
        client = redis.asyncio.from_url(url, socket_timeout=5, socket_connect_timeout=1)
        clients.append(client)
        logs.append(RedisSemanticLog(client, STREAM, block_ms=200))
        return logs[-1]

    yield make
    for log_ in logs:
        await log_.close()
    for client in clients:
        await client.aclose()


def record(
    key: str, deg: float, *, partition: str = "p", expires_at: float | None = None
) -> Record:
    return Record(
        partition=partition,
        entry_key=key,
        vector=angle(deg).astype("<f4").tobytes(),
        text=key.upper(),
        expires_at=time.time() + 3600 if expires_at is None else expires_at,
        op="add",
    )


def deletion(key: str, partition: str = "p") -> Record:
    return Record(partition, key, b"", "", 0.0, "del")


async def eventually(check: Callable[[], bool], within: float = 1.0) -> None:
    deadline = time.monotonic() + within
    while not check():
        assert time.monotonic() < deadline, "not synced in time"
        await asyncio.sleep(0.01)


def found(index: SemanticIndex, deg: float, partition: str = "p") -> list[str]:
    return keys(index.search(partition, angle(deg), 10, time.time()))


async def test_two_replicas_converge(new_log: Factory) -> None:
    logs = [new_log(), new_log()]
    indexes = [SemanticIndex(), SemanticIndex()]
    syncs = [IndexSync(index, log_) for index, log_ in zip(indexes, logs, strict=True)]
    for sync in syncs:
        await sync.start()
    try:
        await logs[0].append(record("a", 0))
        await logs[1].append(record("b", 30, partition="q"))
        for index in indexes:
            await eventually(lambda i=index: found(i, 0) == ["a"] and found(i, 30, "q") == ["b"])
        await logs[1].append(deletion("a"))
        for index in indexes:
            await eventually(lambda i=index: found(i, 0) == [])
        assert found(indexes[0], 30, "q") == ["b"]
    finally:
        for sync in syncs:
            await sync.stop()


async def test_replay_rebuilds_an_index(new_log: Factory) -> None:
    writer = new_log()
    for deg in range(0, 90, 10):
        await writer.append(record(f"a{deg}", deg))
    await writer.append(record("a0", 45))  # replaced
    await writer.append(deletion("a10"))
    await writer.append(record("old", 0, expires_at=time.time() - 1))  # expired: skipped
    await writer.append(Record("p", "bad", b"\x00\x00\x80", "", time.time() + 60, "add"))
    await writer.append(Record("p", "odd", b"\x00\x00\x80?", "", time.time() + 60, "add"))
    index = SemanticIndex()
    sync = IndexSync(index, new_log())
    await sync.start()  # the replay is done when start returns
    try:
        assert index.size("p", 4) == 8
        assert index.size("p") == 9  # one width apart: "odd", 1 wide; "bad" skipped, torn
        assert index.partition_of("bad") is None
        assert found(index, 0)[:3] == ["a20", "a30", "a40"]
        assert found(index, 45)[0] == "a0"
        await writer.append(record("late", 5))  # and the tail follows on
        await eventually(lambda: found(index, 5)[0] == "late")
    finally:
        await sync.stop()


async def test_periodic_compaction_lets_the_loop_run_between_steps() -> None:
    """IndexSync compacts a step (a block) per loop turn, not the whole index in one go."""
    clock = [NOW]
    index = SemanticIndex(ann_min_values=None)
    rng = np.random.default_rng(15)
    rows = unit_rows(rng, 8_000, 256)  # blocks of 2,048 rows: four of them
    for i, row in enumerate(rows):
        index.add("p", f"k{i}", row, "", NOW + 5 if i % 2 else LATER)
    turns, seen = [0], []
    steps = index.compact_steps

    def spied(now: float, *, min_fraction: float = 0.0) -> Iterator[int]:
        for dropped in steps(now, min_fraction=min_fraction):
            seen.append(turns[0])
            yield dropped

    index.compact_steps = spied  # type: ignore[method-assign]

    async def ticker() -> None:
        while True:
            turns[0] += 1
            await asyncio.sleep(0)

    ticking = asyncio.create_task(ticker())
    sync = IndexSync(index, MemorySemanticLog(), clock=lambda: clock[0], compact_every=0.01)
    await sync.start()
    try:
        clock[0] = NOW + 10
        await eventually(lambda: index.size("p") == 4_000)
        assert len(seen) >= 4
        assert all(a < b for a, b in itertools.pairwise(seen))  # the loop ran between steps
    finally:
        await sync.stop()
        ticking.cancel()


async def test_memory_log_tail_ends_on_close() -> None:
    log_ = MemorySemanticLog()
    await log_.append(record("a", 0))
    replayed = [r.entry_key async for r in log_.replay()]
    seen: list[str] = []

    async def follow() -> None:
        async for r in log_.tail():
            seen.append(r.entry_key)

    task = asyncio.create_task(follow())
    await log_.append(record("b", 0))
    await eventually(lambda: seen == ["b"])
    await log_.close()
    await asyncio.wait_for(task, 1)
    assert replayed == ["a"]


async def test_memory_log_keeps_the_newest_records() -> None:
    log_ = MemorySemanticLog(maxlen=5)
    for i in range(20):
        await log_.append(record(f"k{i}", 0))
    assert [r.entry_key async for r in log_.replay()] == [f"k{i}" for i in range(15, 20)]


async def test_tail_survives_a_redis_restart(redis_url: str, redis_server: RedisServer) -> None:
    clients = [redis.asyncio.from_url(redis_url, socket_timeout=5) for _ in range(2)]
    writer = RedisSemanticLog(clients[0], STREAM, block_ms=200)
    reader = RedisSemanticLog(clients[1], STREAM, block_ms=200)
    index = SemanticIndex()
    sync = IndexSync(index, reader)
    await sync.start()
    try:
        await writer.append(record("before", 0))
        await eventually(lambda: found(index, 0) == ["before"])
        redis_server.kill()
        with pytest.raises(StoreError):
            await writer.append(record("lost", 20))
        await asyncio.sleep(0.5)  # the tail fails and backs off meanwhile
        redis_server.start()  # back, empty: the stream is gone
        deadline = time.monotonic() + 5
        while True:
            try:
                await writer.append(record("after", 40))
                break
            except StoreError:
                assert time.monotonic() < deadline
                await asyncio.sleep(0.05)
        await eventually(lambda: "after" in found(index, 40), within=4.0)
        await writer.append(record("again", 60))
        await eventually(lambda: "again" in found(index, 60))
        assert "lost" not in found(index, 20)
    finally:
        await sync.stop()
        for client in clients:
            await client.aclose()


def _threads_after_numpy(env: dict[str, str]) -> int:
    code = "import proxy, numpy, os; print(len(os.listdir('/proc/self/task')))"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS starts no threads anyway")
def test_numpy_gets_one_blas_thread_unless_the_operator_says_otherwise() -> None:
    """OpenBLAS spreads a product of a few hundred 1,536-d rows over its own threads, which
    then busy-wait: a whole core burnt per process at tens of lookups a second."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    assert _threads_after_numpy(env) == 1  # the interpreter's own thread only
    assert _threads_after_numpy({**env, "OPENBLAS_NUM_THREADS": "2"}) == 2
