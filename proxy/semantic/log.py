"""The semantic log: every add to (and removal from) the semantic index, in order. It is the
source of truth; each replica's in-memory index is a cache of it, kept by `IndexSync`.

Two implementations of one small protocol: `MemorySemanticLog` (in process, for the embedded
store) and `RedisSemanticLog` (a Redis Stream shared by the replicas). `replay()` yields what
the log holds, from the beginning; `tail()` then yields what is appended after the replay
point (or after the moment it starts, without a replay), forever. `purge(prefix)` takes a
scope's records out of the log (their prompt texts and vectors with them) and appends a
"purge" record that takes its rows out of every replica's index.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import numpy as np
from redis.exceptions import RedisError, ResponseError

from proxy.semantic.index import SemanticIndex
from proxy.store.base import StoreError
from proxy.tasks import stop as stop_tasks
from proxy.tasks import stopping

log = logging.getLogger("llmstash.semantic")

Op = Literal["add", "del", "purge"]  # purge: `entry_key` is a key prefix (a team's scope)
PURGE_PAGE = 1_000  # records read per XRANGE while purging (~6 MB at 1,536 dimensions)
_ERRORS = (RedisError, OSError, TimeoutError)


@dataclass(frozen=True, slots=True)
class Record:
    partition: str
    entry_key: str
    vector: bytes  # float32 little-endian; b"" for "del" and "purge"
    text: str
    expires_at: float  # unix seconds
    op: Op = "add"


class SemanticLog(Protocol):
    async def append(self, record: Record) -> None:
        """Raises StoreError when the record could not be written."""
        ...

    def replay(self) -> AsyncIterator[Record]:
        """Every record held, oldest first; the tail starts after the last one yielded."""
        ...

    def tail(self) -> AsyncIterator[Record]:
        """New records as they come, forever (failures are logged and retried)."""
        ...

    async def purge(self, prefix: str) -> int:
        """Remove the records of entry keys starting with `prefix` and append a "purge"
        record for it (which takes their rows out of every index that follows the log);
        returns how many were removed. Raises StoreError."""
        ...

    async def close(self) -> None:
        """End the tails; the log is unusable afterwards."""
        ...


class MemorySemanticLog:
    """Records in a list, at most `maxlen` of them (the oldest are dropped). In one process
    the tail keeps up at once and nothing is left to replay at start, so a short log does:
    each record holds a copy of its vector (6 KB at 1536 dims)."""

    def __init__(self, maxlen: int = 10_000) -> None:
        self._records: list[Record] = []
        self._base = 0  # position of _records[0] since the log began
        self._maxlen = maxlen
        self._replayed: int | None = None
        self._changed = asyncio.Condition()
        self._closed = False

    async def append(self, record: Record) -> None:
        async with self._changed:
            self._records.append(record)
            excess = len(self._records) - self._maxlen
            if excess > self._maxlen // 10:
                del self._records[:excess]
                self._base += excess
            self._changed.notify_all()

    async def purge(self, prefix: str) -> int:
        """Records keep their place (tails count positions): each of `prefix` becomes a
        bare "del" of its key, without text or vector."""
        removed = 0
        async with self._changed:
            for i, record in enumerate(self._records):
                if record.op == "add" and record.entry_key.startswith(prefix):
                    self._records[i] = Record(
                        record.partition, record.entry_key, b"", "", 0.0, "del"
                    )
                    removed += 1
        await self.append(Record("", prefix, b"", "", 0.0, "purge"))
        return removed

    async def replay(self) -> AsyncIterator[Record]:
        position = self._base
        self._replayed = position
        while position - self._base < len(self._records):
            record = self._records[max(0, position - self._base)]
            position = max(position, self._base) + 1
            self._replayed = position
            yield record

    async def tail(self) -> AsyncIterator[Record]:
        position = self._replayed if self._replayed is not None else self._end()
        while not self._closed:
            async with self._changed:
                while not self._closed and self._end() <= position:
                    await self._changed.wait()
            while not self._closed and position < self._end():
                position = max(position, self._base)
                record = self._records[position - self._base]
                position += 1
                yield record

    async def close(self) -> None:
        async with self._changed:
            self._closed = True
            self._changed.notify_all()

    def _end(self) -> int:
        return self._base + len(self._records)


class RedisSemanticLog:
    """A Redis Stream: XADD MAXLEN ~ `maxlen`; replay by XRANGE pages; tail by XREAD BLOCK.

    `client` (redis.asyncio, `decode_responses=False`) needs a socket timeout above
    `block_ms`: give the log its own client, not the store's tight one. The log does not
    close it. The tail never dies: on a Redis error it logs, waits (backoff up to 2 s) and
    resumes from the last id it saw; if the stream was trimmed past that id it continues
    from what is left, and if it was lost (Redis restarted empty) it starts over from the
    new stream's beginning.
    """

    def __init__(
        self,
        client: Any,
        stream_key: str,
        maxlen: int = 1_000_000,
        *,
        block_ms: int = 1_000,
        page: int = 10_000,
    ) -> None:
        self._client = client
        self._key = stream_key
        self._maxlen = maxlen
        self._block_ms = block_ms
        self._page = page
        self._replayed: bytes | None = None  # last id replayed
        self._closed = False

    async def append(self, record: Record) -> None:
        try:
            await self._client.xadd(
                self._key, _fields(record), maxlen=self._maxlen, approximate=True
            )
        except _ERRORS as exc:
            raise StoreError(f"semantic log XADD failed: {type(exc).__name__}: {exc}") from exc

    async def purge(self, prefix: str) -> int:
        """The "purge" record first: records of `prefix` appended after it (answers stored
        meanwhile) stay; then XRANGE pages up to it, XDEL of the ones of `prefix`. Records
        written before it that a replica reads later are undone by it, in stream order."""
        try:
            marker = await self._client.xadd(
                self._key,
                _fields(Record("", prefix, b"", "", 0.0, "purge")),
                maxlen=self._maxlen,
                approximate=True,
            )
            removed, low, wanted = 0, b"-", prefix.encode()
            while True:
                page = await self._client.xrange(self._key, min=low, max=marker, count=PURGE_PAGE)
                doomed = [
                    record_id
                    for record_id, fields in page
                    if fields.get(b"o") != b"purge" and fields.get(b"k", b"").startswith(wanted)
                ]
                if doomed:
                    removed += await self._client.xdel(self._key, *doomed)
                if len(page) < PURGE_PAGE:
                    return removed
                low = b"(" + page[-1][0]
        except _ERRORS as exc:
            raise StoreError(f"semantic log purge failed: {type(exc).__name__}: {exc}") from exc

    async def replay(self) -> AsyncIterator[Record]:
        """Raises StoreError if Redis fails; the tail then resumes where the replay stopped."""
        self._replayed = low = b"0-0"
        while True:
            try:
                page = await self._client.xrange(
                    self._key, min=b"(" + low, max=b"+", count=self._page
                )
            except _ERRORS as exc:
                raise StoreError(f"semantic log XRANGE failed: {exc!r}") from exc
            for record_id, fields in page:
                self._replayed = low = record_id
                record = _record(record_id, fields)
                if record is not None:
                    yield record
            if len(page) < self._page:
                return

    async def tail(self) -> AsyncIterator[Record]:
        last = self._replayed
        check = False  # after an error or an idle read: is the stream still the one we read?
        backoff = 0.05
        while not self._closed:
            if stopping():  # a cancellation redis-py lost mid-command (see proxy.tasks)
                raise asyncio.CancelledError
            try:
                if last is None:
                    last = await self._end_id()
                elif check:
                    last = await self._rewound(last)
                answer = await self._client.xread(
                    {self._key: last}, count=1_000, block=self._block_ms
                )
                backoff = 0.05
            except _ERRORS as exc:
                log.warning("semantic log tail failed (%r); retrying in %.2f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff, check = min(2.0, backoff * 2), True
                continue
            check = not answer
            for record_id, fields in answer[0][1] if answer else ():
                last = record_id
                record = _record(record_id, fields)
                if record is not None:
                    yield record

    async def close(self) -> None:
        self._closed = True

    async def _end_id(self) -> bytes:
        newest = await self._client.xrevrange(self._key, max=b"+", min=b"-", count=1)
        return newest[0][0] if newest else b"0-0"

    async def _rewound(self, last: bytes) -> bytes:
        """`last`, or 0-0 when the stream is gone or now ends before it (recreated)."""
        try:
            info = await self._client.xinfo_stream(self._key)
        except ResponseError:  # no such key
            return b"0-0"
        newest = info.get("last-generated-id") or info.get(b"last-generated-id") or b"0-0"
        if _id(newest) < _id(last):
            log.warning("semantic log %s was recreated; reading it from the start", self._key)
            return b"0-0"
        return last


FREEZE_MIN_PARTITIONS = 10_000
"""Partitions made before the heap is frozen again, at least (see `IndexSync._grown`)."""


class IndexSync:
    """Keeps `index` in step with `log`. `start()` replays the log into the index (records
    already expired are skipped), then follows its tail in a background task until
    `stop()`. Every `compact_every` seconds, partitions with over a quarter of their rows
    expired or removed are compacted."""

    def __init__(
        self,
        index: SemanticIndex,
        log_: SemanticLog,
        *,
        clock: Callable[[], float] = time.time,
        compact_every: float = 60.0,
    ) -> None:
        self._index = index
        self._log = log_
        self._clock = clock
        self._compact_every = compact_every
        self._tasks: list[asyncio.Task[None]] = []
        self._freeze_at = FREEZE_MIN_PARTITIONS  # `index.made` that freezes the heap again

    async def start(self) -> None:
        """Returns once the replay is done (or failed: the tail then catches up)."""
        try:
            applied = 0
            async for record in self._log.replay():
                self._apply(record)
                applied += 1
                if applied % 1_000 == 0:
                    await asyncio.sleep(0)  # let the loop breathe during a long replay
        except Exception as exc:
            log.warning("semantic log replay failed (%r); the tail catches up", exc)
        self._tasks = [
            asyncio.create_task(self._follow(), name="llmstash-semantic-tail"),
            asyncio.create_task(self._compact(), name="llmstash-semantic-compact"),
        ]

    async def stop(self) -> None:
        """Cancel both tasks and wait for them, briefly: a cancellation redis-py swallows
        mid-read is honoured once that read ends (`tail`), within one XREAD block."""
        await stop_tasks(self._tasks)
        self._tasks = []

    def _apply(self, record: Record) -> None:
        if record.op == "del":
            self._index.remove(record.partition, record.entry_key)
            return
        if record.op == "purge":
            self._index.remove_prefix(record.entry_key)
            return
        if record.expires_at <= self._clock():
            return
        try:
            vector = np.frombuffer(record.vector, dtype="<f4")
            self._index.add(
                record.partition, record.entry_key, vector, record.text, record.expires_at
            )
        except ValueError as exc:  # a torn vector (not whole floats), empty, zero, not finite
            log.warning("skipping semantic log record for %s: %s", record.entry_key, exc)
            return
        if self._index.made >= self._freeze_at:
            self._grown()

    def _grown(self) -> None:
        """The index has made as many partitions (and widths of them) since the heap was
        last frozen (start-up: `proxy.cli`) as it holds, and at least
        `FREEZE_MIN_PARTITIONS`. Rows cost the cyclic collector nothing (plain dicts of
        strings and ints, a full block's keys and texts in tuples), but each partition holds
        six to eight objects it tracks: frozen in turn, else every full pass walks them (67
        ms of CPU at 100k partitions of one row, `bench/knn.py --gc`). Counted against the
        partitions held, not made in all: under churn (partitions made and evicted at a
        steady rate) the live ones are frozen again every so often, not ever more rarely.
        Unfrozen and collected in full first, so that what was frozen last time and has died
        since (a request's cycles then in flight) is freed, not leaked: one full pass over the
        heap per doubling of the partitions, or per turnover of them, amortised O(1) per
        partition made."""
        self._freeze_at = self._index.made + max(FREEZE_MIN_PARTITIONS, self._index.live)
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    async def _follow(self) -> None:
        while True:
            try:
                async for record in self._log.tail():
                    self._apply(record)
                return  # the log was closed
            except Exception:  # tails retry on their own; this is a bug, keep syncing
                log.exception("semantic log tail broke; restarting it")
                await asyncio.sleep(1.0)

    async def _compact(self) -> None:
        while not stopping():
            await asyncio.sleep(self._compact_every)
            try:
                for _ in self._index.compact_steps(self._clock(), min_fraction=0.25):
                    await asyncio.sleep(0)  # a block at a time: requests are served between
            except Exception:
                log.exception("semantic index compaction failed")


def _id(value: bytes | str) -> tuple[int, int]:
    text = value.decode() if isinstance(value, bytes) else value
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)


def _fields(record: Record) -> dict[bytes, bytes]:
    return {
        b"o": record.op.encode(),
        b"p": record.partition.encode(),
        b"k": record.entry_key.encode(),
        b"v": record.vector,
        b"t": record.text.encode(),
        b"x": repr(float(record.expires_at)).encode(),
    }


def _record(record_id: bytes, fields: dict[bytes, bytes]) -> Record | None:
    try:
        op = fields[b"o"].decode()
        if op not in ("add", "del", "purge"):
            raise ValueError(f"unknown op {op!r}")
        return Record(
            partition=fields[b"p"].decode(),
            entry_key=fields[b"k"].decode(),
            vector=fields.get(b"v", b""),
            text=fields.get(b"t", b"").decode(),
            expires_at=float(fields[b"x"]),
            op="add" if op == "add" else "del" if op == "del" else "purge",
        )
    except (KeyError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        log.warning("skipping malformed semantic log record %r: %r", record_id, exc)
        return None
