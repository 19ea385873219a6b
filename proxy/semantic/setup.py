"""Start-up and clean-up of the semantic cache: the index, the log it follows and the
sync between them. With Redis the log is a stream shared by every replica; with the
embedded store it lives in the process."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff

from proxy.appkeys import COORDINATOR, EMBEDDING_FORMATS, SEMANTIC, SETTINGS, STORE, UPSTREAM
from proxy.metrics import INDEX_SIZES
from proxy.semantic.cache import SemanticCache
from proxy.semantic.index import SemanticIndex
from proxy.semantic.log import IndexSync, MemorySemanticLog, RedisSemanticLog, SemanticLog
from proxy.settings import Settings, StoreSettings
from proxy.store import MemoryStore

STREAM_KEY = "ls:semlog"
BLOCK_MS = 1_000  # the tail's XREAD BLOCK


async def semantic_ctx(app: web.Application) -> AsyncIterator[None]:
    max_entries = app[SETTINGS].store.semantic_index_max_entries
    index = SemanticIndex(max_entries=max_entries)
    log_: SemanticLog
    client = None
    if COORDINATOR in app:  # Redis (the coordinator's presence says so)
        client = log_client(app[SETTINGS].store)
        # a rebuild keeps the newest `max_entries` rows: twice that many records covers it
        # with room for rows that expired or went (1M records at 1,536 dims were ~6 GB)
        log_ = RedisSemanticLog(client, STREAM_KEY, maxlen=2 * max_entries, block_ms=BLOCK_MS)
    else:
        log_ = MemorySemanticLog()
    cache = app[SEMANTIC] = SemanticCache(
        index, log_, app[UPSTREAM], app[STORE], IndexSync(index, log_), app[EMBEDDING_FORMATS]
    )
    store = app[STORE]
    if isinstance(store, MemoryStore):  # answers it drops take their rows with them
        store.on_drop = index.remove_entry  # (its bool ignored)
    if INDEX_SIZES in app:  # llmstash_index_entries{index="semantic"}
        app[INDEX_SIZES].append(lambda: {"semantic": index.stats()["entries"]})
    if in_use(app[SETTINGS]):
        await cache.synced(whole=True)
    yield
    await cache.close()
    await log_.close()
    index.close()
    if client is not None:
        await client.aclose()


def log_client(store: StoreSettings) -> Any:
    """The log's own client (nothing connects until first use): a socket timeout above the
    tail's XREAD block, and one quick retry on a connection error, as the store's client
    does: a pooled connection that Redis closed while idle (its `timeout`) or a restart
    killed is replaced, not reported as a failed XADD (which left an answer unindexed)."""
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster

    assert store.redis_url is not None
    options: dict[str, Any] = {
        "socket_timeout": BLOCK_MS / 1000 + 2.0,
        "socket_connect_timeout": 0.25,
        "decode_responses": False,
        "retry": Retry(ExponentialWithJitterBackoff(base=0.005, cap=0.05), retries=1),
    }
    if store.cluster:
        return RedisCluster.from_url(store.redis_url, **options)
    return Redis.from_url(store.redis_url, **options)


def in_use(settings: Settings) -> bool:
    """Whether any team's policy (the defaults included) enables the semantic cache."""
    policies = [settings.defaults, *(team.policy for team in settings.teams.values())]
    return any(policy.semantic.enabled for policy in policies)
