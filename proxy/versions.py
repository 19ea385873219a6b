"""Versioned invalidation: a team's effective version = its config `version` + a counter in
the store. `bump` adds one to the counter, which makes every entry of the team (and of the
teams sharing its entries) unreachable at once; the old entries age out by TTL.

Every replica keeps the counters of all configured teams in memory, refreshed by
`VersionPoller` with one `mget` every `interval` (0.5 s), so a bump reaches every replica
within a second and requests never pay a store round trip for it. Callers of no team
share one counter, `defaults` (`POST /admin/teams/default/invalidate`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable

from proxy.store.base import Store, StoreError

log = logging.getLogger("llmstash.versions")
PREFIX = "ls:version:"  # outside every `ls:<scope>:` entry prefix, so purges keep it


def counter_key(scope: str) -> str:
    return PREFIX + scope


async def bump(store: Store, scope: str) -> int:
    """Invalidate every cached entry of a scope (a team's whole sharing group: they share
    keys; `defaults`: every caller of no team) on every replica within a second. Returns
    the scope's new counter. Raises `StoreError` when the store cannot count: a bump never
    fails open."""
    return await store.incr(counter_key(scope))


class VersionPoller:
    """Keeps `counters` (scope -> store counter) fresh for the scopes `scopes()` names."""

    def __init__(
        self,
        store: Store,
        counters: dict[str, int],
        scopes: Callable[[], Iterable[str]],
        interval: float = 0.5,
    ) -> None:
        self._store = store
        self._counters = counters
        self._scopes = scopes
        self.interval = interval

    async def refresh(self, scopes: Iterable[str] | None = None) -> bool:
        """Read the counters in one round trip; False when the store could not answer. A
        counter that reads as absent (or a store failing open) keeps its last known value:
        a version never goes back by accident."""
        wanted = list(self._scopes() if scopes is None else scopes)
        if not wanted:
            return True
        try:
            values = await self._store.mget([counter_key(scope) for scope in wanted])
        except StoreError as exc:
            log.debug("version counters unreadable: %s", exc)
            return False
        for scope, value in zip(wanted, values, strict=True):
            if value is not None:
                try:
                    self._counters[scope] = int(value)
                except ValueError:
                    log.warning("version counter %s is not a number", counter_key(scope))
        return True

    async def run(self) -> None:
        """Refresh forever (until cancelled); a failure is logged and retried."""
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.refresh()
            except Exception:
                log.exception("version counters could not be refreshed")
