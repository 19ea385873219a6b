"""Per-team counters shared by every replica.

Each replica adds observations up in memory and, about once a second, flushes them with
HINCRBY into one hash per minute: `ls:stats@<unix minute>`, fields `<team>|<counter>`,
money as integer nano-USD (a one-token hit of a cheap embedding model saves 20 of them),
kept `TTL` seconds. Readers (`/admin/stats`, the dashboard, the CLI) sum the buckets of the
minutes they ask for, and get money as `usd_saved` (USD) and, for readers written before
nano-USD, `usd_micro_saved` (no longer a whole number); buckets an older version wrote in
micro-USD are read as such. (`@`, not `:`, so purging a team called "stats" can never match
these keys.)

Stats must neither vanish silently nor be invented: they bypass a GuardedStore's fail-open
(`raw_store`), so a failed flush is retried on the next one and a failed read is an error.
Nor counted twice: a write with no answer in time may still run (a frozen Redis runs it
when it thaws), so each minute's counts go out as numbered batches (`Store.hincrby`'s
`once`: this replica's id and a sequence number), one at a time, and a batch without an
answer is sent again, numbered the same: Redis adds it once. Counts that come meanwhile
go in the next batch. A failing store is warned about at most once per `WARN_EVERY`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from proxy.errors import NotCached
from proxy.observe import PASSTHROUGH, Observation
from proxy.prices import PriceTable
from proxy.store.base import Store, StoreError
from proxy.store.guard import GuardedStore
from proxy.tasks import STOP_WAIT, stopping
from proxy.tasks import wait as wait_tasks
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.stats")

PREFIX = "ls:stats@"
TTL = 3 * 86_400  # seconds a minute bucket is kept
MAX_MINUTES = TTL // 60
READ_CONCURRENCY = 16
OP_TIMEOUT = 2.0  # seconds per flush write
READ_TIMEOUT = 10.0  # seconds for a whole read
WARN_EVERY = 60.0  # seconds between warnings of failed flushes
COUNTERS = (
    "requests",
    "hits",  # exact + semantic
    "semantic_hits",
    "partial_hits",  # embeddings: some items cached
    "misses",  # forwarded: miss, refresh, stale
    "coalesced",
    "bypassed",
    "errors",  # status >= 400, but for an `only-if-cached` 504 (a miss, as in the metrics)
    "prompt_tokens_saved",
    "completion_tokens_saved",
    "usd_nano_saved",
    "embedding_items",
    "embedding_cached_items",
)
_MAX_ADDS = 4096  # observations' kinds remembered (`StatsRecorder._adds`)
LEGACY_MICRO = "usd_micro_saved"  # what versions before nano-USD wrote
_OUTCOME = {
    "hit": ("hits",),
    "semantic_hit": ("hits", "semantic_hits"),
    "partial": ("partial_hits",),
    "miss": ("misses",),
    "refresh": ("misses",),
    "stale": ("misses",),
    "collapsed": ("coalesced",),
    "bypass": ("bypassed",),
}


def bucket_key(minute: int) -> str:
    return f"{PREFIX}{minute}"


class StatsRecorder:
    """Observer that aggregates per (minute, team) and flushes to the store."""

    def __init__(self, prices: PriceTable, clock: Callable[[], float] = time.time) -> None:
        self.prices = prices
        self._clock = clock
        self._pending: defaultdict[int, Counter[str]] = defaultdict(Counter)
        self._lock = asyncio.Lock()
        self._fields: dict[str, dict[str, str]] = {}  # team -> counter -> "<team>|<counter>"
        # what an observation adds (`_adds_of`), by what it depends on: most are like many
        # before them (a hit of the same entry, of the same team); under `_priced`'s prices
        self._adds: dict[tuple[Any, ...], tuple[tuple[str, int], ...]] = {}
        self._priced: PriceTable | None = None
        self._closing = self._flushing = False
        self._writer = secrets.token_hex(8)  # this replica, in `once`
        self._batches = itertools.count(1)
        # minute -> (number, amounts): a batch sent without an answer, to send again as is
        self._unanswered: dict[int, tuple[int, dict[str, int]]] = {}
        self._warnings = ThrottledLog(log, WARN_EVERY)
        self._last_failure: BaseException | None = None  # of the flush at exit

    def observe(self, o: Observation) -> None:
        if o.route == PASSTHROUGH:  # the intercepted routes only
            return
        counts = self._pending[int(self._clock() // 60)]
        memo = (
            o.team,
            o.cache,
            _failed(o),
            o.model,
            o.prompt_tokens_saved,
            o.completion_tokens_saved,
            o.items,
            o.cached_items,
        )
        adds = self._adds.get(memo)
        if adds is None or self._priced is not self.prices:
            adds = self._adds_of(o)
            if self._priced is not self.prices or len(self._adds) >= _MAX_ADDS:
                self._adds.clear()
                self._priced = self.prices
            if len(o.model) <= 64:  # (callers choose model names: not a key to hold)
                self._adds[memo] = adds
        for name, amount in adds:
            counts[name] += amount

    def _adds_of(self, o: Observation) -> tuple[tuple[str, int], ...]:
        """What an observation adds to which counter, in order (amounts of 0 included: the
        counter is there, as it would be had it been added to)."""
        adds: list[tuple[str, int]] = []
        team = o.team or "default"
        field = self._fields.get(team)
        if field is None:  # teams are few: their field names are built once
            if len(self._fields) >= 10_000:
                self._fields.clear()
            field = self._fields[team] = {name: f"{team}|{name}" for name in COUNTERS}
        adds.append((field["requests"], 1))
        for name in _OUTCOME.get(o.cache, ()):
            adds.append((field[name], 1))
        if _failed(o):
            adds.append((field["errors"], 1))
        if o.prompt_tokens_saved or o.completion_tokens_saved:
            adds.append((field["prompt_tokens_saved"], o.prompt_tokens_saved))
            adds.append((field["completion_tokens_saved"], o.completion_tokens_saved))
            nano = self.prices.nano_usd(o.model, o.prompt_tokens_saved, o.completion_tokens_saved)
            adds.append((field["usd_nano_saved"], nano))
        if o.items:
            adds.append((field["embedding_items"], o.items))
            adds.append((field["embedding_cached_items"], o.cached_items))
        return tuple(adds)

    async def flush(self, store: Store) -> None:
        """Write what is pending (a batch of HINCRBYs per minute bucket). A batch the store
        does not take (error or `OP_TIMEOUT`) is sent again by the next flush, unless older
        than `TTL`; after a failure other than a refusal, the remaining buckets wait for
        the next flush too (a store that is down would only fail each of them in turn)."""
        async with self._lock:
            pending, self._pending = self._pending, defaultdict(Counter)
            oldest = int(self._clock() // 60) - MAX_MINUTES
            failure: BaseException | None = None
            down = False  # a failure other than a refusal: the other buckets wait
            for minute in sorted(pending.keys() | self._unanswered.keys()):
                counts = pending.get(minute)
                if minute < oldest:
                    self._unanswered.pop(minute, None)
                    continue
                if not down:
                    error = None
                    batch = self._unanswered.pop(minute, None)
                    if batch is not None:  # first the batch that may have run already
                        error = await self._send(store, minute, batch)
                    if error is None and counts:
                        amounts = {k: v for k, v in counts.items() if v}
                        counts = None
                        if amounts:
                            batch = (next(self._batches), amounts)
                            error = await self._send(store, minute, batch)
                    if error is not None:
                        failure, down = error, not _refused(error)
                if counts:
                    self._pending[minute].update(counts)
            if failure is not None and self._closing:
                self._last_failure = failure  # `stop` says what is dropped
            elif failure is not None:
                self._warnings.warning(
                    "flush",
                    "stats flush failed, %d minute bucket(s) kept for the next one: %s",
                    len(self._unanswered.keys() | self._pending.keys()),
                    failure,
                )

    async def _send(
        self, store: Store, minute: int, batch: tuple[int, dict[str, int]]
    ) -> BaseException | None:
        """None once the store answered; else the failure (the batch is kept as is)."""
        number, amounts = batch
        try:
            async with asyncio.timeout(OP_TIMEOUT):
                await store.hincrby(bucket_key(minute), amounts, TTL, once=(self._writer, number))
        except (StoreError, TimeoutError) as exc:
            self._unanswered[minute] = batch
            return exc if str(exc) else TimeoutError(f"no answer within {OP_TIMEOUT:g}s")
        return None

    async def run(self, store: Store, interval: float = 1.0) -> None:
        """Flush every `interval` seconds until `stop`."""
        while not (self._closing or stopping()):
            await asyncio.sleep(interval)  # where `stop` cancels it
            self._flushing = True
            try:
                await self.flush(store)
            except Exception:
                log.exception("stats flush failed")
            finally:
                self._flushing = False

    async def stop(self, task: asyncio.Task[None], store: Store) -> None:
        """End `run`, then flush what is left. A flush under way is let finish (bounded by
        its store timeout), never cancelled: cancelled mid-command, its counts were lost,
        and redis-py can lose the cancellation itself (see `proxy.tasks`)."""
        self._closing = True
        if not self._flushing:
            task.cancel()
        await wait_tasks([task], OP_TIMEOUT + STOP_WAIT)  # (within a stopping server's deadline)
        await self.flush(store)
        self._dropped()

    def _dropped(self) -> None:
        """At exit: what the last flush could not write is lost with the process; say so,
        with how many requests it counted (a batch sent without an answer may still be
        applied, if the store runs it later)."""
        minutes = self._unanswered.keys() | self._pending.keys()
        if not minutes:
            return
        requests = sum(
            amount
            for counts in (*self._pending.values(), *(b[1] for b in self._unanswered.values()))
            for field, amount in counts.items()
            if field.endswith("|requests")
        )
        log.warning(
            "stats not written at exit: %d minute bucket(s) (%d request(s) counted) dropped%s: %s",
            len(minutes),
            requests,
            " (one sent without an answer may still be applied)" if self._unanswered else "",
            self._last_failure or "the store did not take them",
        )


async def read_stats(store: Store, minutes: int, now: float | None = None) -> dict[str, Any]:
    """Per-team totals and a per-minute series over the last `minutes` minutes (the current,
    partial minute included)."""
    minutes = max(1, min(minutes, MAX_MINUTES))
    last = int((time.time() if now is None else now) // 60)
    span = range(last - minutes + 1, last + 1)
    limit = asyncio.Semaphore(READ_CONCURRENCY)

    async def read(minute: int) -> dict[str, int]:
        async with limit:
            return await store.hgetall(bucket_key(minute))

    async with asyncio.timeout(READ_TIMEOUT):  # raises StoreError / TimeoutError
        buckets = await asyncio.gather(*(read(m) for m in span))
    totals: defaultdict[str, Counter[str]] = defaultdict(Counter)
    series = []
    for minute, fields in zip(span, buckets, strict=True):
        teams: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for field, value in fields.items():
            team, _, counter = field.rpartition("|")
            if team and counter == LEGACY_MICRO:
                counter, value = "usd_nano_saved", value * 1000
            if team and counter in COUNTERS:
                teams[team][counter] += value
                totals[team][counter] += value
        series.append({"minute": minute * 60, "teams": {t: _money(c) for t, c in teams.items()}})
    return {
        "object": "llmstash.stats",
        "minutes": minutes,
        "start": span[0] * 60,
        "end": (last + 1) * 60,
        "counters": list(COUNTERS),
        "teams": {team: summary(counts) for team, counts in sorted(totals.items())},
        "series": series,
    }


def summary(counts: Counter[str] | dict[str, int]) -> dict[str, int | float]:
    """Every counter (0 when absent) plus hit_rate, usd_saved and usd_micro_saved."""
    out: dict[str, int | float] = {name: int(counts.get(name, 0)) for name in COUNTERS}
    requests = out["requests"]
    out["hit_rate"] = out["hits"] / requests if requests else 0.0
    out["usd_saved"] = out["usd_nano_saved"] / 1e9
    out[LEGACY_MICRO] = out["usd_nano_saved"] / 1000
    return out


def _money(counts: Counter[str]) -> dict[str, int | float]:
    """A minute's counters of one team, with `usd_micro_saved` for older readers."""
    out: dict[str, int | float] = dict(counts)
    if "usd_nano_saved" in out:
        out[LEGACY_MICRO] = out["usd_nano_saved"] / 1000
    return out


def _failed(o: Observation) -> bool:
    """An answer counted in `errors`: status >= 400, but for the 504 of `only-if-cached`
    with nothing stored, which is a miss (as the caller asked), as `/metrics` counts it."""
    return o.status >= 400 and not isinstance(o.error, NotCached)


def _refused(exc: BaseException) -> bool:
    return isinstance(exc, StoreError) and exc.refused


def raw_store(store: Store) -> Store:
    """The store behind a GuardedStore (which would turn failures into silent zeros)."""
    return store.inner if isinstance(store, GuardedStore) else store
