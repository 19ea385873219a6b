"""Versioned invalidation: a team's effective version = its config `version` + a counter in
the store. `bump` adds one to the counter, which makes every entry of the team (and of the
teams sharing its entries) unreachable at once; the old entries age out by TTL.

Every replica keeps the counters of all configured teams in memory, refreshed by
`VersionPoller` with one `mget` every `interval` (0.5 s), so a bump reaches every replica
within a second and requests never pay a store round trip for it. Callers of no team
share one counter, `defaults` (`POST /admin/teams/default/invalidate`). A counter never
goes back: one the store lost (restarted empty, evicted, an older snapshot restored) is put
back above what the replicas knew (`Store.restore_counter`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable

from proxy.store import answering
from proxy.store.base import Store, StoreError
from proxy.tasks import stopping

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
        self._lost: dict[str, int] = {}  # scope -> the low value last warned about

    async def refresh(self, scopes: Iterable[str] | None = None) -> bool:
        """Read the counters in one round trip; False when the store could not answer. A
        version never goes back: a counter that reads as absent while the store fails open
        keeps its last known value, and one that reads below it (Redis restarted empty,
        evicted it, or came back from an older snapshot) is restored in the store first,
        else entries that a bump had made unreachable would be served again."""
        wanted = list(self._scopes() if scopes is None else scopes)
        if not wanted:
            return True
        try:
            values = await self._store.mget([counter_key(scope) for scope in wanted])
        except StoreError as exc:
            log.debug("version counters unreadable: %s", exc)
            return False
        answered = answering(self._store)
        for scope, value in zip(wanted, values, strict=True):
            try:
                counter = None if value is None else int(value)
            except ValueError:
                log.warning("version counter %s is not a number", counter_key(scope))
                continue
            known = self._counters.get(scope, 0)
            if counter is not None and counter >= known:
                self._counters[scope] = counter
            elif known > 0 and (counter is not None or answered):
                await self._restore(scope, counter or 0, known)
        return True

    async def _restore(self, scope: str, counter: int, known: int) -> None:
        if self._lost.get(scope) != counter:  # once, not at every poll while it fails
            self._lost[scope] = counter
            log.warning(
                "version counter %s read %d, below the %d it had (the store lost it:"
                " restarted empty, evicted it or restored an older snapshot); restoring it",
                counter_key(scope),
                counter,
                known,
            )
        restored = await self._store.restore_counter(counter_key(scope), known)
        self._counters[scope] = max(self._counters.get(scope, 0), restored)

    async def run(self) -> None:
        """Refresh until cancelled (see `proxy.tasks`); a failure is logged and retried."""
        while not stopping():
            await asyncio.sleep(self.interval)
            try:
                await self.refresh()
            except Exception:
                log.exception("version counters could not be refreshed")
