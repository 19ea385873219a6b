"""Releases of lock attempts whose outcome is unknown, under way, by lock.

A lock attempt with no answer in time may still take the lock: a frozen Redis runs it when
it thaws, long after the request went upstream without it. Its token is released in the
background at once (compare-and-delete, sent behind the attempt). A new attempt on that
lock waits for the release first: sent on another connection, it could otherwise take the
lock and then lose it to that release. Used by the guarded store (lookups) and the
coordinator (its own lock attempts)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

MAX_RELEASES = 4096  # releases under way remembered


class LockReleases:
    def __init__(self, limit: int = MAX_RELEASES) -> None:
        self.limit = limit
        self._tasks: dict[str, asyncio.Task[Any]] = {}

    def start(self, lock: str, release: Coroutine[Any, Any, None]) -> None:
        """Run `release` of `lock` in the background (it must not raise)."""
        self.adopt(lock, asyncio.get_running_loop().create_task(release))

    def adopt(self, lock: str, task: asyncio.Task[Any]) -> None:
        """Count `task` (started elsewhere) as `lock`'s release under way."""
        if len(self._tasks) >= self.limit:
            self._tasks = {k: t for k, t in self._tasks.items() if not t.done()}
            while len(self._tasks) >= self.limit:  # (the oldest: most likely expired)
                del self._tasks[next(iter(self._tasks))]
        self._tasks[lock] = task

        def done(ended: asyncio.Task[Any]) -> None:
            if self._tasks.get(lock) is ended:
                del self._tasks[lock]

        task.add_done_callback(done)

    def under_way(self, lock: str) -> asyncio.Task[Any] | None:
        task = self._tasks.get(lock)
        return task if task is not None and not task.done() else None

    def close(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
        self._tasks.clear()
