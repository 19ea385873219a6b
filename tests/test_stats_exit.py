"""Stats at exit: a last flush the store does not take loses its counts with the process;
the log says so (and how many requests they counted), not that they wait for a next flush
that never comes."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest

from proxy.prices import load_prices
from proxy.stats import StatsRecorder
from proxy.store.base import StoreError


class DownStore:
    """A store whose stats writes fail (Redis down or stalled)."""

    name = "down"

    async def hincrby(self, *args: Any, **kwargs: Any) -> None:
        raise StoreError("redis HINCRBY failed: TimeoutError")


async def test_counts_a_store_does_not_take_at_exit_are_logged_as_dropped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stats = StatsRecorder(load_prices())
    now = int(time.time() // 60)
    stats._pending[now - 1]["t|requests"] = 3
    stats._pending[now]["t|requests"] = 4
    stats._pending[now]["t|hits"] = 2
    store = DownStore()
    task = asyncio.create_task(stats.run(store, interval=60))  # type: ignore[arg-type]
    await asyncio.sleep(0)
    with caplog.at_level(logging.WARNING, logger="llmstash.stats"):
        await stats.stop(task, store)  # type: ignore[arg-type]
    logged = [r.getMessage() for r in caplog.records if r.name == "llmstash.stats"]
    assert not any("kept for the next one" in line for line in logged), logged
    assert len(logged) == 1, logged
    assert "2 minute bucket(s) (7 request(s) counted) dropped" in logged[0]
    assert "redis HINCRBY failed" in logged[0]


async def test_nothing_is_said_when_the_last_flush_takes(caplog: pytest.LogCaptureFixture) -> None:
    class Taking:
        async def hincrby(self, *args: Any, **kwargs: Any) -> None:
            return None

    stats = StatsRecorder(load_prices())
    stats._pending[int(time.time() // 60)]["t|requests"] = 1
    task = asyncio.create_task(stats.run(Taking(), interval=60))  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING, logger="llmstash.stats"):
        await stats.stop(task, Taking())  # type: ignore[arg-type]
    assert not [r for r in caplog.records if r.name == "llmstash.stats"]
