"""Prometheus metrics at `GET /metrics`, one registry per app.

Labels are bounded: `team` is a configured team name (or "default"/"anon"), `model` the first
`MAX_MODELS` distinct names seen (then "other"), `route` and `cache` small fixed sets. No key,
key hash, credential or prompt text is ever a label. Store health and index sizes are read
at scrape time by a custom collector.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.exposition import generate_latest
from prometheus_client.registry import Collector

from proxy.appkeys import STORE
from proxy.observe import Observation
from proxy.prices import PriceTable
from proxy.store import GuardedStore, MemoryStore

MAX_MODELS = 50
HIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
UPSTREAM_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
SIMILARITY_BUCKETS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.975, 0.99, 1.0)
_HITS = frozenset({"hit", "semantic_hit"})

# Sources of index sizes, read at scrape time: each returns {index name: entries}. The
# semantic index registers itself here when enabled (`app[INDEX_SIZES].append(...)`).
SizeSource = Callable[[], Mapping[str, int]]
INDEX_SIZES = web.AppKey("index_sizes", list[SizeSource])


class Metrics:
    """The app's metrics; `observe` is its Observation observer."""

    def __init__(self, prices: PriceTable, app: web.Application) -> None:
        self.prices = prices
        self.registry = CollectorRegistry()
        self._models: set[str] = set()
        r = self.registry
        self.requests = Counter(
            "llmstash_requests",
            "Intercepted requests by route, team, model, cache outcome and status class",
            ["route", "team", "model", "cache", "status"],
            registry=r,
        )
        self.hit_latency = Histogram(
            "llmstash_hit_latency_seconds",
            "Latency of answers served from cache",
            ["route", "team"],
            buckets=HIT_BUCKETS,
            registry=r,
        )
        self.upstream_latency = Histogram(
            "llmstash_upstream_latency_seconds",
            "Latency of answers that went to the upstream (misses, partial, bypass, collapsed)",
            ["route", "team"],
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.tokens_saved = Counter(
            "llmstash_tokens_saved",
            "Tokens the upstream did not bill thanks to the cache (from stored usage)",
            ["route", "team", "model", "kind"],
            registry=r,
        )
        self.tokens_estimated = Counter(
            "llmstash_hits_tokens_estimated",
            "Hits whose saved tokens were counted by a fallback, not from stored usage",
            ["route", "team"],
            registry=r,
        )
        self.usd_saved = Counter(
            "llmstash_saved_usd",
            "Estimated money saved (USD, from the price table)",
            ["route", "team", "model"],
            registry=r,
        )
        self.coalesced = Counter(
            "llmstash_coalesced_requests",
            "Requests that joined an identical request already in flight",
            ["route", "team"],
            registry=r,
        )
        self.items = Counter(
            "llmstash_embedding_items",
            "Embedding input items by where their vector came from (cache | upstream)",
            ["team", "source"],
            registry=r,
        )
        self.similarity = Histogram(
            "llmstash_semantic_similarity",
            "Similarity of semantic candidates, accepted or rejected",
            ["team", "outcome"],
            buckets=SIMILARITY_BUCKETS,
            registry=r,
        )
        r.register(StoreCollector(app))

    def model_label(self, model: str) -> str:
        model = model[:64]
        if model in self._models:
            return model
        if len(self._models) < MAX_MODELS:
            self._models.add(model)
            return model
        return "other"

    def observe(self, o: Observation) -> None:
        model = self.model_label(o.model)
        status = f"{o.status // 100}xx" if o.status else "none"
        self.requests.labels(o.route, o.team, model, o.cache, status).inc()
        if o.cache in _HITS:
            self.hit_latency.labels(o.route, o.team).observe(o.latency)
        elif o.cache != "error":
            self.upstream_latency.labels(o.route, o.team).observe(o.latency)
        if o.cache == "collapsed":
            self.coalesced.labels(o.route, o.team).inc()
        if o.prompt_tokens_saved or o.completion_tokens_saved:
            self.tokens_saved.labels(o.route, o.team, model, "prompt").inc(o.prompt_tokens_saved)
            self.tokens_saved.labels(o.route, o.team, model, "completion").inc(
                o.completion_tokens_saved
            )
            micro = self.prices.micro_usd(o.model, o.prompt_tokens_saved, o.completion_tokens_saved)
            self.usd_saved.labels(o.route, o.team, model).inc(micro / 1e6)
            if not o.tokens_exact:
                self.tokens_estimated.labels(o.route, o.team).inc()
        if o.route == "embeddings" and o.items:
            self.items.labels(o.team, "cache").inc(o.cached_items)
            self.items.labels(o.team, "upstream").inc(o.items - o.cached_items)
        if o.similarity is not None and o.cache == "semantic_hit":
            self.similarity.labels(o.team, "accepted").observe(o.similarity)
        for value in o.rejected:
            self.similarity.labels(o.team, "rejected").observe(value)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class StoreCollector(Collector):
    """Store health (a GuardedStore's counters and breaker) and index sizes, at scrape time."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        store = self.app.get(STORE)
        if isinstance(store, GuardedStore):
            name = store.name
            for attr, help_ in (
                ("errors", "Store operations that failed (the request failed open)"),
                ("timeouts", "Store operations that exceeded op_timeout"),
                ("short_circuits", "Store operations skipped while the breaker was open"),
            ):
                family = CounterMetricFamily(f"llmstash_store_{attr}", help_, labels=["store"])
                family.add_metric([name], float(getattr(store, attr)))
                yield family
            breaker = GaugeMetricFamily(
                "llmstash_store_breaker_state",
                "Circuit breaker state of the store (1 for the current state)",
                labels=["store", "state"],
            )
            for state in ("closed", "open", "half_open"):
                breaker.add_metric([name, state], 1.0 if store.breaker == state else 0.0)
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


async def metrics_handler(request: web.Request) -> web.Response:
    body = request.app[METRICS].exposition()
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


METRICS = web.AppKey("metrics", Metrics)
