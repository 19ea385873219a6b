"""Background work the app tracks, so shutdown can let it finish, and stops it within a
known time.

A loop that only ends when cancelled cannot trust the cancellation to arrive: redis-py sends
every command under `asyncio.wait_for`, which on Python 3.11 drops a cancellation that lands
as the send completes (the command's result is returned, the task's `cancelling()` stays
set). Such a loop checks `stopping()` each round, and whoever stops it waits a bounded time
(`stop`): one lost cancellation once kept a stopped server alive for good (the stats flush
loop, awaited first by the app's cleanup).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterable
from typing import Any

log = logging.getLogger("llmstash.tasks")
STOP_WAIT = 3.0  # seconds `stop` waits: more than one store timeout or one XREAD block


def spawn(tasks: set[asyncio.Task[None]], coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    task = asyncio.create_task(coro)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


def stopping() -> bool:
    """Whether the running task was asked to stop (cancelled), even if the cancellation
    itself was lost on the way."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


async def stop(
    tasks: Iterable[asyncio.Task[Any]], within: float = STOP_WAIT
) -> set[asyncio.Task[Any]]:
    """Cancel `tasks` and wait for them, `within` seconds at most. A failure they ended with
    is logged, and so is each task still running then, with where it is (it is left to the
    loop's end); those are returned."""
    running = [task for task in tasks if not task.done()]
    for task in running:
        task.cancel()
    done, pending = await asyncio.wait(running, timeout=within) if running else (set(), set())
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            log.warning("%s ended with %r", task.get_name(), task.exception())
    for task in pending:
        frames = "; ".join(
            f"{f.f_code.co_filename}:{f.f_lineno} {f.f_code.co_name}" for f in task.get_stack()
        )
        log.warning("task %s would not stop within %gs: %s", task.get_name(), within, frames)
    return pending
