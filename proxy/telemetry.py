"""Wires the observers into an app: Prometheus metrics (`GET /metrics`), the shared per-team
stats (flushed to the store every second) and, when `server.access_log` is on, the JSON
access log."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from aiohttp import web

from proxy.accesslog import access_log
from proxy.appkeys import SETTINGS, STORE
from proxy.metrics import INDEX_SIZES, METRICS, Metrics, metrics_handler
from proxy.observe import OBSERVERS
from proxy.prices import PriceTable, load_prices
from proxy.stats import StatsRecorder, raw_store

PRICES = web.AppKey("prices", PriceTable)
STATS = web.AppKey("stats", StatsRecorder)
FLUSH_INTERVAL = 1.0


def setup_telemetry(app: web.Application, prices: PriceTable | None = None) -> None:
    """Call from build_app after the store's cleanup context is registered."""
    prices = load_prices() if prices is None else prices
    app[PRICES] = prices
    app[INDEX_SIZES] = []
    metrics = app[METRICS] = Metrics(prices, app)
    stats = app[STATS] = StatsRecorder(prices)
    app[OBSERVERS].extend([metrics.observe, stats.observe])
    if app[SETTINGS].server.access_log:
        app[OBSERVERS].append(access_log)
    app.router.add_get("/metrics", metrics_handler)
    app.cleanup_ctx.append(_flushing)


async def _flushing(app: web.Application) -> AsyncIterator[None]:
    store, stats = raw_store(app[STORE]), app[STATS]
    task = asyncio.create_task(stats.run(store, FLUSH_INTERVAL), name="llmstash-stats-flush")
    yield
    await stats.stop(task, store)  # the last second's counts too, before the store closes
