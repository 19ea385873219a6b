"""Which changed settings a reload reports as needing a restart: only those the running
store (or the one the new config asks for) reads."""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from proxy.reload import restart_needed
from proxy.settings import Settings, StoreSettings, UpstreamSettings
from tests.proxy_fixtures import Proxy
from tests.team_files import chat, config_dir, eventually, hashed, write_atomically
from tests.upstream import FakeUpstream

REDIS = "redis://127.0.0.1:6379"


@pytest.mark.parametrize(
    ("old", "new", "reported"),
    [
        # with Redis, the memory store's budget means nothing; the Redis client's settings do
        (StoreSettings(redis_url=REDIS), StoreSettings(redis_url=REDIS, memory_max_bytes=9), []),
        (
            StoreSettings(redis_url=REDIS),
            StoreSettings(redis_url=REDIS, op_timeout=1.0, cluster=True),
            ["store.cluster", "store.op_timeout"],
        ),
        # with the memory store, the other way round
        (StoreSettings(), StoreSettings(cooldown=9.0, failure_threshold=9), []),
        (StoreSettings(), StoreSettings(memory_max_bytes=9), ["store.memory_max_bytes"]),
        (
            StoreSettings(),
            StoreSettings(semantic_index_max_entries=9),
            ["store.semantic_index_max_entries"],
        ),
        # a change of store: what either store reads counts
        (
            StoreSettings(memory_max_bytes=9),
            StoreSettings(redis_url=REDIS, op_timeout=1.0),
            ["store.redis_url", "store.op_timeout", "store.memory_max_bytes"],
        ),
        (
            StoreSettings(redis_url=REDIS, cooldown=9.0),
            StoreSettings(),
            ["store.redis_url", "store.cooldown"],
        ),
    ],
)
def test_restart_is_needed_only_for_what_the_store_reads(
    old: StoreSettings, new: StoreSettings, reported: list[str]
) -> None:
    assert sorted(restart_needed(Settings(store=old), Settings(store=new))) == sorted(reported)


@pytest.mark.parametrize(
    ("old", "new", "reported"),
    [
        # an unbounded pool (max_connections 0) reads neither its wait nor its shares
        (
            UpstreamSettings(max_connections=0),
            UpstreamSettings(max_connections=0, pool_timeout=1.0, drain_share=0.5),
            [],
        ),
        # ... a bounded one does, and a change of the bound is itself a restart
        (
            UpstreamSettings(),
            UpstreamSettings(pool_timeout=1.0, passthrough_share=0.9),
            ["upstream.pool_timeout", "upstream.passthrough_share"],
        ),
        (
            UpstreamSettings(max_connections=0),
            UpstreamSettings(drain_share=0.5),
            ["upstream.max_connections", "upstream.drain_share"],
        ),
        (
            UpstreamSettings(max_connections=0),
            UpstreamSettings(max_connections=0, read_timeout=1.0),
            ["upstream.read_timeout"],
        ),
    ],
)
def test_restart_is_needed_only_for_what_the_upstream_pool_reads(
    old: UpstreamSettings, new: UpstreamSettings, reported: list[str]
) -> None:
    assert sorted(restart_needed(Settings(upstream=old), Settings(upstream=new))) == sorted(
        reported
    )


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_a_redis_proxy_does_not_ask_a_restart_for_the_memory_store_budget(
    tmp_path: Path,
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`store.memory_max_bytes` means nothing with Redis: a reload that changes it says
    nothing of it (it said "needs restart" on every reload), and the store goes on."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": f"credentials: {hashed('sk-a')}\n"})
    proxy: Proxy = await proxy_factory(config=path)
    client = proxy.client("sk-a")
    first, headers = await chat(client, "before the reload")
    assert headers["cache-status"] == "llmstash; fwd=miss; stored"

    write_atomically(path, path.read_text() + "store: {memory_max_bytes: 1000, op_timeout: 0.5}\n")
    os.kill(os.getpid(), signal.SIGHUP)
    await eventually(lambda: "config reloaded" in caplog.text)
    assert f"{path}: 'store.op_timeout' changed: needs restart (ignored)" in caplog.text
    assert "memory_max_bytes" not in caplog.text

    again, headers = await chat(client, "before the reload")  # from Redis, not the upstream
    assert headers["cache-status"] == "llmstash; hit"
    assert again.choices[0].message.content == first.choices[0].message.content
    assert len(upstream.calls_to("/v1/chat/completions")) == 1
