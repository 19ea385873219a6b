"""Wires the observers into an app: Prometheus metrics (`GET /metrics`), the shared per-team
stats (flushed to the store every second), a rate-limited warning for each kind of upstream
failure and, when `server.access_log` is on, the JSON access log.

Under `--workers N` each worker counts on its own and a scrape is answered by whichever worker
accepted it, so the workers add their metrics up: with `LLMSTASH_METRICS_DIR` set (by the
supervisor, see `shared_across_workers`), each writes its samples to a file of its own there
every `SHARE_INTERVAL` and when it stops, and a scrape writes its own worker's file, then sums
every file: counters and histograms are added (a dead worker's file stays, so no counter goes
backwards), `_created` takes the earliest, gauges the largest among live workers (index sizes
are replicas of one index; a breaker state reads "some worker is in it"). The other workers'
numbers are at most `SHARE_INTERVAL` old.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry
from prometheus_client.core import Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector

from proxy import accesslog
from proxy.appkeys import SETTINGS, STORE
from proxy.bearer import METRICS_ENV, bearer_only, token_from
from proxy.metrics import INDEX_SIZES, METRICS, Metrics, metrics_handler
from proxy.observe import OBSERVERS, Observation
from proxy.prices import PriceTable, load_prices
from proxy.redact import masked_url
from proxy.stats import StatsRecorder, raw_store
from proxy.tasks import stop as stop_tasks
from proxy.tasks import stopping
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.upstream")
metrics_log = logging.getLogger("llmstash.metrics")
PRICES = web.AppKey("prices", PriceTable)
STATS = web.AppKey("stats", StatsRecorder)
FLUSH_INTERVAL = 1.0
WARN_INTERVAL = 10.0  # seconds: at most one warning per route and kind of upstream failure
DIR_ENV = "LLMSTASH_METRICS_DIR"
REFRESH_EVERY = 5  # rounds of SHARE_INTERVAL between full writes of an idle worker
SHARE_INTERVAL = 1.0  # seconds between two writes of a worker's metrics
STALE_AFTER = 10.0  # seconds: the gauges of a worker silent for longer (gone) are left out


def setup_telemetry(app: web.Application, prices: PriceTable | None = None) -> None:
    """Call from build_app after the store's cleanup context is registered."""
    prices = load_prices() if prices is None else prices
    app[PRICES] = prices
    app[INDEX_SIZES] = []
    metrics = app[METRICS] = Metrics(prices, app)
    stats = app[STATS] = StatsRecorder(prices)
    app[OBSERVERS].extend([metrics.observe, stats.observe, UpstreamWarnings()])
    if app[SETTINGS].server.access_log:
        app.middlewares.append(accesslog.access_log)
    directory = os.environ.get(DIR_ENV)
    handler = metrics_handler
    if directory:
        shared = app[SHARED] = Shared(Path(directory), metrics.registry)
        app[OBSERVERS].append(shared.saw)
        handler = shared.handler
        app.cleanup_ctx.append(_sharing)
    token = token_from(os.environ, METRICS_ENV)
    app.router.add_get("/metrics", bearer_only(handler, token, "metrics"))
    app.cleanup_ctx.append(_flushing)


async def _flushing(app: web.Application) -> AsyncIterator[None]:
    store, stats = raw_store(app[STORE]), app[STATS]
    task = asyncio.create_task(stats.run(store, FLUSH_INTERVAL), name="llmstash-stats-flush")
    yield
    await stats.stop(task, store)  # the last second's counts too, before the store closes


async def _sharing(app: web.Application) -> AsyncIterator[None]:
    shared = app[SHARED]
    task = asyncio.create_task(shared.run(), name="llmstash-metrics-share")
    yield
    await shared.stop(task)


class UpstreamWarnings:
    """Observer: a WARNING when the proxy answered a request with an upstream failure of its
    own (502/504: unreachable, timed out, a broken answer): route, team, status and reason,
    never a credential or a body. At most one per route and kind every `interval` seconds;
    the next one says how many were left out."""

    def __init__(
        self, interval: float = WARN_INTERVAL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._log = ThrottledLog(log, interval, clock)

    def __call__(self, o: Observation) -> None:
        error = o.error
        if error is None or not error.forwarded:
            return
        reason = error.code or error.type
        self._log.warning(
            (o.route, reason),
            "upstream failure: route=%s team=%s status=%d reason=%s: %s",
            o.route,
            o.team,
            o.status,
            reason,
            _redact(error.message),
        )


def _redact(message: str) -> str:
    """An error message for a log line: no URL user:password nor credential query value
    (`proxy.redact.masked_url`: aiohttp names the URL, query and all, on a connect
    timeout), bounded."""
    return masked_url(message)[:300]


class Shared:
    """One worker's side of the shared metrics directory (see the module docstring)."""

    _numbers = itertools.count()

    def __init__(self, directory: Path, local: CollectorRegistry) -> None:
        self.directory, self.local = directory, local
        directory.mkdir(parents=True, exist_ok=True)
        # one file per app (tests run several in one process), named after its process
        self.path = directory / f"metrics-{os.getpid()}-{next(self._numbers)}.json"
        self.merged = CollectorRegistry()
        self.merged.register(_Merged(directory))
        self.seen = 0  # requests observed; written as of `self.written`
        self.written = -1
        self._writing = threading.Lock()

    def saw(self, _observation: Observation) -> None:
        self.seen += 1

    def write(self) -> None:
        """This worker's samples, replaced at once (a reader never sees half a file). One
        write at a time: a scrape and the periodic write run in threads, and the one that
        collected first must not replace the file last (its counters would go back)."""
        with self._writing:
            self.written = self.seen
            snapshot = [
                [m.name, m.documentation, m.type, [[x.name, x.labels, x.value] for x in m.samples]]
                for m in self.local.collect()
            ]
            data = orjson.dumps(snapshot)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, self.path)

    def exposition(self) -> bytes:
        # its own samples written first: a later scrape of another worker reads them back
        # at least this high, so no counter ever seems to go backwards
        self.write()
        return generate_latest(self.merged)

    async def handler(self, request: web.Request) -> web.Response:
        """`GET /metrics`: every worker's metrics, added up (read and merged in a thread:
        pure Python, it lets the event loop in every switch interval, 5 ms, rather than
        holding it for the whole merge)."""
        try:
            body = await asyncio.to_thread(self.exposition)
        except RuntimeError:  # a new label set while collecting: once more, on the loop
            body = self.exposition()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def run(self, interval: float = SHARE_INTERVAL) -> None:
        """Write every `interval` seconds until cancelled: the samples when a request was
        observed since the last write (collecting them costs ~2 ms per 1,000 samples on
        the event loop), else only the file's time (it stays counted as live), and
        every `REFRESH_EVERY` rounds in any case (gauges move without requests)."""
        rounds = 0
        while not stopping():
            await asyncio.sleep(interval)
            rounds += 1
            try:
                if self.seen != self.written or rounds % REFRESH_EVERY == 0:
                    await asyncio.to_thread(self.write)  # see `handler`
                else:
                    os.utime(self.path)
            except RuntimeError:  # a new label set while collecting: the next round
                self.written = -1
            except Exception:
                metrics_log.exception("could not write this worker's metrics to %s", self.directory)

    async def stop(self, task: asyncio.Task[None]) -> None:
        await stop_tasks([task])
        self.write()  # its last counts stay in the sum after it exits


class _Merged(Collector):
    """Every worker's file of `directory`, added up."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def collect(self) -> Iterator[Metric]:
        return iter(merge(self._files()))

    def _files(self) -> Iterator[tuple[list[Any], bool]]:
        live_since = time.time() - STALE_AFTER
        for path in sorted(self.directory.glob("metrics-*.json")):
            try:
                fresh = path.stat().st_mtime >= live_since
                yield orjson.loads(path.read_bytes()), fresh
            except (OSError, orjson.JSONDecodeError) as exc:
                metrics_log.warning("skipping unreadable worker metrics %s: %s", path, exc)


def merge(snapshots: Iterable[tuple[list[Any], bool]]) -> list[Metric]:
    """Families of several workers' samples `(samples, fresh)`: counters and histograms
    added up, `_created` the earliest, gauges the largest (of fresh snapshots only)."""
    families: dict[str, tuple[str, str, dict[tuple[str, tuple[tuple[str, str], ...]], float]]]
    families = {}
    for snapshot, fresh in snapshots:
        for name, doc, type_, samples in snapshot:
            family = families.get(name)
            if family is None:
                family = families[name] = (doc, type_, {})
            if type_ == "gauge" and not fresh:
                continue
            values = family[2]
            for sample, labels, value in samples:
                value = float("nan") if value is None else value  # orjson writes NaN as null
                key = (sample, tuple(labels.items()))
                old = values.get(key)
                if old is None:
                    values[key] = value
                elif type_ == "gauge":
                    values[key] = max(old, value)
                elif sample.endswith("_created"):
                    values[key] = min(old, value)
                else:
                    values[key] = old + value
    out = []
    for name, (doc, type_, values) in families.items():
        metric = Metric(name, doc, type_)
        for (sample, labels), value in values.items():
            metric.add_sample(sample, dict(labels), value)
        out.append(metric)
    return out


@contextlib.contextmanager
def shared_across_workers() -> Iterator[Path]:
    """For the `--workers N` supervisor, around its whole life, before it forks: gives the
    workers (through `LLMSTASH_METRICS_DIR`, which they inherit) a directory to add their
    metrics up in. A directory already named by the variable is used (emptied of earlier
    runs' files and kept); else a temporary one is made and removed at the end."""
    given = os.environ.get(DIR_ENV)
    if given:
        directory = Path(given)
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.glob("metrics-*.*"):
            old.unlink(missing_ok=True)
        yield directory
        return
    directory = Path(tempfile.mkdtemp(prefix="llmstash-metrics-"))
    os.environ[DIR_ENV] = str(directory)
    try:
        yield directory
    finally:
        os.environ.pop(DIR_ENV, None)
        shutil.rmtree(directory, ignore_errors=True)


SHARED = web.AppKey("shared_metrics", Shared)
