"""Store writes of answers that have fully come, told apart from the upstream calls still
waiting: a stopping server cuts the calls (`proxy.app`: their followers take over), never
these writes, which get at least `FLOOR` seconds, even once the stop's budget is spent.
A write cut midway would lose an answer already paid for (a stop with a tiny
`shutdown_timeout` cut at once)."""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import Coroutine, Iterable, Iterator
from typing import Any

from proxy.tasks import spawn

FLOOR = 0.1  # seconds a write under way at the cut gets, whatever the stop has left

_writing: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()


@contextlib.contextmanager
def writing() -> Iterator[None]:
    """The running task writes a finished answer while in this block."""
    task = asyncio.current_task()
    if task is None:
        yield
        return
    _writing.add(task)
    try:
        yield
    finally:
        _writing.discard(task)


def spawn_write(tasks: set[asyncio.Task[None]], coro: Coroutine[Any, Any, None]) -> None:
    """`proxy.tasks.spawn` of a task that only writes a finished answer."""
    _writing.add(spawn(tasks, coro))


def split(tasks: Iterable[asyncio.Task[Any]]) -> tuple[list[asyncio.Task[Any]], list[Any]]:
    """(the tasks writing a finished answer now, the others)."""
    writes: list[asyncio.Task[Any]] = []
    others: list[asyncio.Task[Any]] = []
    for task in tasks:
        (writes if task in _writing else others).append(task)
    return writes, others
