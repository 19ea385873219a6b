"""Start-up and clean-up of the semantic cache: the index, the log it follows and the
sync between them. With Redis the log is a stream shared by every replica; with the
embedded store it lives in the process."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from proxy.appkeys import COORDINATOR, SEMANTIC, SETTINGS, STORE, UPSTREAM
from proxy.semantic.cache import SemanticCache
from proxy.semantic.index import SemanticIndex
from proxy.semantic.log import IndexSync, MemorySemanticLog, RedisSemanticLog, SemanticLog
from proxy.settings import Settings

STREAM_KEY = "ls:semlog"


async def semantic_ctx(app: web.Application) -> AsyncIterator[None]:
    max_entries = app[SETTINGS].store.semantic_index_max_entries
    index = SemanticIndex(max_entries=max_entries)
    log_: SemanticLog
    if COORDINATOR in app:  # Redis: its blocking-read client suits the tail
        # a rebuild keeps the newest `max_entries` rows: twice that many records covers it
        # with room for rows that expired or went (1M records at 1,536 dims were ~6 GB)
        log_ = RedisSemanticLog(app[COORDINATOR].client, STREAM_KEY, maxlen=2 * max_entries)
    else:
        log_ = MemorySemanticLog()
    cache = app[SEMANTIC] = SemanticCache(
        index, log_, app[UPSTREAM], app[STORE], IndexSync(index, log_)
    )
    if in_use(app[SETTINGS]):
        await cache.synced(whole=True)
    yield
    await cache.close()
    await log_.close()
    index.close()


def in_use(settings: Settings) -> bool:
    """Whether any team's policy (the defaults included) enables the semantic cache."""
    policies = [settings.defaults, *(team.policy for team in settings.teams.values())]
    return any(policy.semantic.enabled for policy in policies)
