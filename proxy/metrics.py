"""Prometheus metrics at `GET /metrics`, one registry per app.

Labels are bounded: `team` is a configured team name (or "default"/"anon"), `model` the first
`MAX_MODELS` distinct names answered with a 2xx (any other is "other"), `route` and `cache`
small fixed sets (every passed-through path is route "passthrough"). No key, key hash,
credential, prompt text or request path is ever a label. Store health and index sizes are
read at scrape time by a custom collector. The request counters and histograms are plain
numbers updated on the event loop (no per-update locks or label validation: the hot path of
a hit) and turned into the same Prometheus families when scraped.

Under `--workers N` each worker keeps its own; `proxy.telemetry` adds them up for a scrape.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping
from itertools import accumulate

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString

from proxy.appkeys import STORE, UPSTREAM
from proxy.observe import Observation
from proxy.prices import PriceTable
from proxy.reload import CONFIG_STATUS
from proxy.routes.body import BODIES
from proxy.store import GuardedStore, MemoryStore

MAX_MODELS = 50
HIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
UPSTREAM_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
SIMILARITY_BUCKETS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99, 1.0)
_HITS = frozenset({"hit", "semantic_hit"})
_STATUS = {n: f"{n}xx" for n in range(1, 6)}
_MAX_CELLS = 4096

# Sources of index sizes, read at scrape time: each returns {index name: entries}. The
# semantic index registers itself here when enabled (`app[INDEX_SIZES].append(...)`).
SizeSource = Callable[[], Mapping[str, int]]
INDEX_SIZES = web.AppKey("index_sizes", list[SizeSource])


class _Counter:
    """A labelled counter kept as plain numbers, exported at scrape time. (prometheus_client
    validates labels and takes a lock on every update: a few microseconds a request.) Each
    series' value is a one-item list (its cell): whoever holds it adds without a lookup."""

    __slots__ = ("cells", "created", "help", "labels", "name", "scale")

    def __init__(self, name: str, help_: str, labels: list[str], scale: float = 1.0) -> None:
        """`scale`: exported value per unit counted (counting whole nano-USD keeps small
        amounts exact: 1e-9 exports USD)."""
        self.name, self.help, self.labels, self.scale = name, help_, labels, scale
        self.cells: dict[tuple[str, ...], list[float]] = {}
        self.created: dict[tuple[str, ...], float] = {}

    def cell(self, labels: tuple[str, ...]) -> list[float]:
        """The series' cell, made (and exported from now on) if it is new: only for adding."""
        cell = self.cells.get(labels)
        if cell is None:
            cell = self.cells[labels] = [0.0]
            self.created[labels] = time.time()
        return cell

    def inc(self, labels: tuple[str, ...], amount: float = 1.0) -> None:
        self.cell(labels)[0] += amount

    def family(self) -> Metric:
        family = CounterMetricFamily(self.name, self.help, labels=self.labels)
        scale = self.scale
        for labels, (value,) in self.cells.items():
            family.add_metric(list(labels), value * scale, created=self.created[labels])
        return family


class _Histogram:
    """A labelled histogram kept as per-bucket counts, exported at scrape time."""

    __slots__ = ("bounds", "help", "labels", "les", "name", "series")

    def __init__(self, name: str, help_: str, labels: list[str], buckets: tuple[float, ...]):
        self.name, self.help, self.labels = name, help_, labels
        self.bounds = tuple(float(b) for b in buckets)
        self.les = [floatToGoString(b) for b in self.bounds] + ["+Inf"]
        # labels -> [count per bucket (the last is +Inf)..., sum, created]
        self.series: dict[tuple[str, ...], list[float]] = {}

    def observe(self, labels: tuple[str, ...], value: float) -> None:
        self.add(self.of(labels), value)

    def of(self, labels: tuple[str, ...]) -> list[float]:
        """The series of `labels`, made (and exported from now on) if it is new."""
        series = self.series.get(labels)
        if series is None:
            series = self.series[labels] = [0.0] * len(self.les) + [0.0, time.time()]
        return series

    def add(self, series: list[float], value: float) -> None:
        if value == value:  # NaN falls in no bucket, as in prometheus_client
            series[bisect_left(self.bounds, value)] += 1  # the first bound >= value
        series[-2] += value

    def family(self) -> Metric:
        family = HistogramMetricFamily(self.name, self.help, labels=self.labels)
        n = len(self.les)
        for labels, series in self.series.items():
            cumulative = list(zip(self.les, accumulate(series[:n]), strict=True))
            family.add_metric(list(labels), cumulative, series[n])
            family.add_sample(
                f"{self.name}_created", dict(zip(self.labels, labels, strict=True)), series[n + 1]
            )
        return family


class _Cells:
    """What an observation of one (route, team, model, cache, status) adds to, looked up
    once: every answer is observed, and most are like many before them."""

    __slots__ = ("histogram", "latency", "model", "pair", "requests", "saved", "tokens")

    def __init__(
        self,
        model: str,
        pair: tuple[str, str],
        requests: list[float],
        histogram: _Histogram | None,
    ) -> None:
        self.model = model  # its label
        self.pair = pair  # (route, team)
        self.requests = requests
        self.histogram = histogram  # of its latency (none for errors), and its series:
        self.latency = histogram.of(pair) if histogram is not None else []
        # made with its first saved tokens: (prompt, completion, nano-USD cells)
        self.tokens: tuple[list[float], list[float], list[float]] | None = None
        self.saved = (-1, -1, 0)  # the last (prompt, completion) tokens and their nano-USD


class Metrics:
    """The app's metrics; `observe` is its Observation observer. Updates are plain
    arithmetic on the event loop; the registry reads them when scraped."""

    def __init__(self, prices: PriceTable, app: web.Application) -> None:
        self.prices = prices
        self.registry = CollectorRegistry()
        self._models: set[str] = set()
        # (route, team, model, cache, status) -> its cells; emptied when a model gets a
        # label (its observations were "other" until then)
        self._cells: dict[tuple[str, str, str, str, int], _Cells] = {}
        self.requests = _Counter(
            "llmstash_requests",
            "Requests to /v1 by route (chat | embeddings | passthrough: every other /v1 path), "
            "team, model, cache outcome and status class",
            ["route", "team", "model", "cache", "status"],
        )
        self.hit_latency = _Histogram(
            "llmstash_hit_latency_seconds",
            "Latency of answers served from cache",
            ["route", "team"],
            HIT_BUCKETS,
        )
        self.upstream_latency = _Histogram(
            "llmstash_upstream_latency_seconds",
            "Latency of answers that went to the upstream (misses, partial, bypass, collapsed, "
            "passthrough)",
            ["route", "team"],
            UPSTREAM_BUCKETS,
        )
        self.tokens_saved = _Counter(
            "llmstash_tokens_saved",
            "Tokens the upstream did not bill thanks to the cache (from stored usage)",
            ["route", "team", "model", "kind"],
        )
        self.tokens_estimated = _Counter(
            "llmstash_hits_tokens_estimated",
            "Hits whose saved tokens were counted by a fallback, not from stored usage",
            ["route", "team"],
        )
        self.usd_saved = _Counter(
            "llmstash_saved_usd",
            "Estimated money saved (USD, from the price table)",
            ["route", "team", "model"],
            scale=1e-9,  # counted in nano-USD
        )
        self.coalesced = _Counter(
            "llmstash_coalesced_requests",
            "Requests that joined an identical request already in flight",
            ["route", "team"],
        )
        self.items = _Counter(
            "llmstash_embedding_items",
            "Embedding input items by where their vector came from (cache | upstream)",
            ["team", "source"],
        )
        self.similarity = _Histogram(
            "llmstash_semantic_similarity",
            "Similarity of semantic candidates, accepted or rejected",
            ["team", "outcome"],
            SIMILARITY_BUCKETS,
        )
        self.judge = _Counter(
            "llmstash_semantic_judge",
            "LLM judge verdicts on borderline semantic candidates (source: cache | upstream | "
            "error)",
            ["team", "verdict", "source"],
        )
        families: list[_Counter | _Histogram] = [
            self.requests,
            self.hit_latency,
            self.upstream_latency,
            self.tokens_saved,
            self.tokens_estimated,
            self.usd_saved,
            self.coalesced,
            self.items,
            self.similarity,
            self.judge,
        ]
        self.registry.register(_Families(families))
        self.registry.register(StoreCollector(app))
        self.registry.register(LimitsCollector(app))

    def model_label(self, model: str, status: int) -> str:
        """`model` once it has a label, else "other". A name gets one of the `MAX_MODELS`
        labels with its first successful (2xx) answer, a hit or the upstream's: a caller
        the upstream refuses (no key, a made-up model) gets "other" and never uses one up.
        "" (passthrough: no model read) is always itself."""
        model = model[:64]
        if model in self._models or not model:
            return model
        if 200 <= status < 300 and len(self._models) < MAX_MODELS:
            self._models.add(model)
            self._cells.clear()
            return model
        return "other"

    def _cells_of(self, o: Observation) -> _Cells:
        # passthrough: route and cache "passthrough" (or "error"), model "" (its body is not
        # parsed); never its path (unbounded: the access log has it)
        model = self.model_label(o.model, o.status)
        status = "none"
        if o.status:
            status = _STATUS.get(o.status // 100) or f"{o.status // 100}xx"
        route, team, cache = o.route, o.team, o.cache
        histogram = None
        if cache in _HITS:
            histogram = self.hit_latency
        elif cache != "error":
            histogram = self.upstream_latency
        requests = self.requests.cell((route, team, model, cache, status))
        cells = _Cells(model, (route, team), requests, histogram)
        if len(o.model) <= 64:  # (a longer name is "other" or cut: not a key to hold)
            if len(self._cells) >= _MAX_CELLS:
                self._cells.clear()
            self._cells[(route, team, o.model, cache, o.status)] = cells
        return cells

    def observe(self, o: Observation) -> None:
        cells = self._cells.get((o.route, o.team, o.model, o.cache, o.status))
        if cells is None:
            cells = self._cells_of(o)
        cells.requests[0] += 1.0
        histogram = cells.histogram
        if histogram is not None:  # (`histogram.add`, inline)
            value, series = o.latency, cells.latency
            if value == value:  # NaN falls in no bucket, as in prometheus_client
                series[bisect_left(histogram.bounds, value)] += 1  # the first bound >= value
            series[-2] += value
        route, team, cache, model = o.route, o.team, o.cache, cells.model
        if cache == "collapsed":
            self.coalesced.inc(cells.pair)
        prompt, completion = o.prompt_tokens_saved, o.completion_tokens_saved
        if prompt or completion:
            tokens = cells.tokens
            if tokens is None:
                tokens = cells.tokens = (
                    self.tokens_saved.cell((route, team, model, "prompt")),
                    self.tokens_saved.cell((route, team, model, "completion")),
                    self.usd_saved.cell((route, team, model)),
                )
            saved = cells.saved
            if saved[0] != prompt or saved[1] != completion:  # (a hit: the same as last time)
                nano = self.prices.nano_usd(o.model, prompt, completion)
                saved = cells.saved = (prompt, completion, nano)
            tokens[0][0] += prompt
            tokens[1][0] += completion
            tokens[2][0] += saved[2]
            if not o.tokens_exact:
                self.tokens_estimated.inc(cells.pair)
        if route == "embeddings" and o.items:
            self.items.inc((team, "cache"), o.cached_items)
            self.items.inc((team, "upstream"), o.items - o.cached_items)
        if o.similarity is not None and cache == "semantic_hit":
            self.similarity.observe((team, "accepted"), o.similarity)
        for value in o.rejected:
            self.similarity.observe((team, "rejected"), value)
        if o.judge is not None:
            self.judge.inc((team, *o.judge))

    def exposition(self) -> bytes:
        """This process's samples (`telemetry.Shared`: every worker's)."""
        return generate_latest(self.registry)


class _Families(Collector):
    """The app's own counters and histograms, as metric families at scrape time."""

    def __init__(self, families: list[_Counter | _Histogram]) -> None:
        self.families = families

    def collect(self) -> Iterator[Metric]:
        for family in self.families:
            yield family.family()


class StoreCollector(Collector):
    """Store health (a GuardedStore's counters and breaker) and index sizes, at scrape time."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        config = self.app.get(CONFIG_STATUS)
        if config is not None:  # a config file, reloaded live
            rejected = GaugeMetricFamily(
                "llmstash_config_reload_rejected",
                "1 while the last config reload was rejected: the process runs an older "
                "config than the files hold",
            )
            rejected.add_metric([], 1.0 if config.rejected is not None else 0.0)
            yield rejected
        store = self.app.get(STORE)
        health: tuple[str, tuple[int, int, int], str] | None = None
        if isinstance(store, GuardedStore):
            counts = (store.errors, store.timeouts, store.short_circuits)
            health = (store.name, counts, store.breaker)
            refusals = CounterMetricFamily(
                "llmstash_store_refusals",
                "Store operations the store answered with a refusal (out of memory, read-only, "
                "no permission); counted in errors too",
                labels=["store"],
            )
            refusals.add_metric([store.name], float(store.refusals))
            yield refusals
            refusing = GaugeMetricFamily(
                "llmstash_store_refusing_writes",
                "1 while the store refuses writes (nothing is stored, hits go on)",
                labels=["store"],
            )
            refusing.add_metric([store.name], 1.0 if store.refusing_writes else 0.0)
            yield refusing
        elif isinstance(store, MemoryStore):
            # in-process: it never fails, times out or is short-circuited (no breaker)
            health = (store.name, (0, 0, 0), "closed")
            for attr, help_, value in (
                ("bytes", "Bytes the embedded memory store holds (keys, values)", store.bytes_used),
                ("max_bytes", "Byte budget of the embedded memory store", store.max_bytes),
            ):
                gauge = GaugeMetricFamily(f"llmstash_store_{attr}", help_, labels=["store"])
                gauge.add_metric([store.name], float(value))
                yield gauge
            too_large = CounterMetricFamily(
                "llmstash_store_too_large",
                "Writes the memory store dropped: the value alone exceeds its byte budget",
                labels=["store"],
            )
            too_large.add_metric([store.name], float(store.too_large))
            yield too_large
        if health is not None:
            name, counts, state_now = health
            for attr, help_, count in zip(
                ("errors", "timeouts", "short_circuits"),
                (
                    "Store operations that failed (the request failed open)",
                    "Store operations that exceeded op_timeout",
                    "Store operations skipped while the breaker was open",
                ),
                counts,
                strict=True,
            ):
                family = CounterMetricFamily(f"llmstash_store_{attr}", help_, labels=["store"])
                family.add_metric([name], float(count))
                yield family
            breaker = GaugeMetricFamily(
                "llmstash_store_breaker_state",
                "Circuit breaker state of the store (1 for the current state)",
                labels=["store", "state"],
            )
            for state in ("closed", "open", "half_open"):
                breaker.add_metric([name, state], 1.0 if state_now == state else 0.0)
            yield breaker
        sizes = GaugeMetricFamily(
            "llmstash_index_entries", "Entries per index (store, semantic)", labels=["index"]
        )
        if isinstance(store, MemoryStore):
            sizes.add_metric(["memory_store"], float(len(store)))
        for source in self.app.get(INDEX_SIZES, []):
            for index, size in source().items():
                sizes.add_metric([index], float(size))
        yield sizes


class LimitsCollector(Collector):
    """The proxy's own bounds at work (upstream pool, abandoned drains, request bodies), read
    at scrape time from the counters the code paths keep."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        upstream, bodies = self.app.get(UPSTREAM), self.app.get(BODIES)
        if upstream is not None:
            yield _counter(
                "llmstash_upstream_pool_exhausted",
                "Requests answered 503 because every upstream connection stayed in use for "
                "upstream.pool_timeout",
                upstream.busy,
            )
            yield _counter(
                "llmstash_drains_cut",
                "Streams every client left that were cut at once: upstream.drain_share of "
                "the pool was already draining others",
                upstream.drains.cut,
            )
            yield _counter(
                "llmstash_upstream_uploads_busy",
                "Passed-through requests with a body answered 503 because "
                "upstream.passthrough_share of the pool stayed in use for upstream.pool_timeout",
                upstream.uploads_busy,
            )
            drains = GaugeMetricFamily(
                "llmstash_drains", "Streams every client left, still read to their end"
            )
            drains.add_metric([], float(upstream.drains.count))
            yield drains
        if bodies is not None:
            yield _counter(
                "llmstash_request_bodies_refused",
                "Requests answered 503 because server.max_body_memory was held by other bodies",
                bodies.refused,
            )
            yield _counter(
                "llmstash_request_body_timeouts",
                "Requests answered 408: the body came slower than server.body_timeout and "
                "body_min_rate allow",
                bodies.timed_out,
            )


def _counter(name: str, help_: str, value: int) -> CounterMetricFamily:
    family = CounterMetricFamily(name, help_)
    family.add_metric([], float(value))
    return family


async def metrics_handler(request: web.Request) -> web.Response:
    body = request.app[METRICS].exposition()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


METRICS = web.AppKey("metrics", Metrics)
