"""Background work the app tracks, so shutdown can let it finish, and stops it within a
known time.

A loop that only ends when cancelled cannot trust the cancellation to arrive: redis-py sends
every command under `asyncio.wait_for`, which on Python 3.11 drops a cancellation that lands
as the send completes (the command's result is returned, the task's `cancelling()` stays
set). Such a loop checks `stopping()` each round, and whoever stops it waits a bounded time
(`stop`): one lost cancellation once kept a stopped server alive for good (the stats flush
loop, awaited first by the app's cleanup).

A stopping server has one deadline (`stop_by`): every wait of `stop` and `wait` after it
takes only what is left of it (`left`), so that the waits of its clean-up, one after the
other, never add up past it; a second signal brings it forward, which also cuts the waits
under way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine, Iterable
from typing import Any, TypeVar

log = logging.getLogger("llmstash.tasks")
STOP_WAIT = 3.0  # seconds `stop` waits: more than one store timeout or one XREAD block
MIN_WAIT = 0.05  # seconds a wait takes even past the deadline: cancelled tasks get to end

_F = TypeVar("_F", bound=asyncio.Future[Any])
_deadline: float | None = None  # time.monotonic() by which a stopping server is to be out
_sooner: asyncio.Event | None = None  # set when that deadline is brought forward


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


def stop_by(deadline: float | None) -> None:
    """The server stops: from now on the waits of `wait` and `stop` end by `deadline` (in
    `time.monotonic()` seconds), or `MIN_WAIT` after they start if that is later; called
    again with a sooner one (a second signal), it cuts the waits under way too. None: no
    deadline (as before a stop)."""
    global _deadline, _sooner
    if _sooner is not None:
        _sooner.set()
    _deadline = deadline
    _sooner = asyncio.Event() if deadline is not None else None


def left(wanted: float) -> float:
    """`wanted` seconds, or what is left until the stop's deadline when that is less (but
    at least `MIN_WAIT`)."""
    if _deadline is None:
        return wanted
    return min(wanted, max(MIN_WAIT, _deadline - time.monotonic()))


async def wait(
    tasks: Iterable[_F], within: float | None, *, past: float = 0.0
) -> tuple[set[_F], set[_F]]:
    """`asyncio.wait(tasks, timeout=within)` (None: no timeout), within the stop's deadline
    (see `left`; `past` it by that many seconds) when there is one: a second signal that
    brings it forward cuts it short. Returns the done and the pending ones."""
    pending = set(tasks)
    done = {task for task in pending if task.done()}
    pending -= done
    started = time.monotonic()
    while pending:
        now = time.monotonic()
        spent = now - started
        remaining = None if within is None else within - spent
        if _deadline is not None:
            until_deadline = max(MIN_WAIT - spent, _deadline + past - now)
            remaining = until_deadline if remaining is None else min(remaining, until_deadline)
        if remaining is not None and remaining <= 0:
            break
        sooner = _sooner
        watch: set[asyncio.Future[Any]] = set(pending)
        if sooner is not None:
            watch.add(asyncio.ensure_future(sooner.wait()))
        try:
            ended, _ = await asyncio.wait(
                watch, timeout=remaining, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for watcher in watch - pending:
                watcher.cancel()
        now_done = {task for task in pending if task in ended}
        done |= now_done
        pending -= now_done
    return done, pending


async def stop(
    tasks: Iterable[asyncio.Task[Any]], within: float = STOP_WAIT
) -> set[asyncio.Task[Any]]:
    """Cancel `tasks` and wait for them, `within` seconds at most (less when the server's
    stop has less left: see `stop_by`). A failure they ended with is logged, and so is each
    task still running then, with where it is (it is left to the loop's end); those are
    returned."""
    running = [task for task in tasks if not task.done()]
    for task in running:
        task.cancel()
    started = time.monotonic()
    done, pending = await wait(running, within) if running else (set(), set())
    waited = time.monotonic() - started
    for task in done:
        if not task.cancelled() and task.exception() is not None:
            log.warning("%s ended with %r", task.get_name(), task.exception())
    for task in pending:
        frames = "; ".join(
            f"{f.f_code.co_filename}:{f.f_lineno} {f.f_code.co_name}" for f in task.get_stack()
        )
        log.warning("task %s would not stop within %.1fs: %s", task.get_name(), waited, frames)
    return pending
