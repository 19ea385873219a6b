"""The cross-replica lock's scripts (compare-and-delete, compare-and-expire: only the
token's owner gives the lock back or extends it) and the holder that keeps a leader's lock
alive while its call runs. The lock itself is taken and given back by
`proxy.coordination.Coordinator`; the leader's stream mirror releases it with the end record
(`proxy.stream_mirror`)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from proxy.coordination import Coordinator

RELEASE = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
)
REFRESH = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then "
    "return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"
)


class LockHolder:
    """Refreshes a lock every third of its TTL until cancelled: a timer, so leading a
    flight starts no task before the upstream call is on its way."""

    def __init__(self, coordinator: Coordinator, key: str, token: str) -> None:
        self.coordinator = coordinator
        self.key = key
        self.token = token
        self.interval = coordinator.lock_ttl_ms / 3000
        self._loop = asyncio.get_running_loop()
        self._timer: asyncio.TimerHandle | None = self._loop.call_later(self.interval, self._due)
        self._task: asyncio.Task[None] | None = None

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is not None:
            self._task.cancel()

    def _due(self) -> None:
        self._timer = None
        self._task = asyncio.create_task(self._refresh())

    async def _refresh(self) -> None:
        await self.coordinator.refresh(self.key, self.token)
        self._task = None
        self._timer = self._loop.call_later(self.interval, self._due)
