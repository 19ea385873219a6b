"""`--workers N`: N server processes sharing one port (SO_REUSEPORT: the kernel spreads
connections), each with its own event loop and pools, under a small supervisor that
forwards SIGTERM/SIGINT/SIGHUP and restarts a worker that dies unexpectedly."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import Callable

log = logging.getLogger("llmstash.workers")
_RESTART_WINDOW = 10.0  # a worker that dies sooner than this after start is not restarted


def resolve(workers: int) -> int:
    """0 means one per CPU."""
    return workers if workers > 0 else max(1, os.cpu_count() or 1)


def supervise(count: int, serve: Callable[[], None]) -> int:
    """Fork `count` workers running `serve()`; return when all have stopped."""
    children: dict[int, float] = {}
    stopping = False

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:  # the worker
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                signal.signal(sig, signal.SIG_DFL)
            code = 0
            try:
                serve()
            except BaseException:
                log.exception("worker failed")
                code = 1
            finally:
                sys.stdout.flush()
                os._exit(code)
        children[pid] = time.monotonic()

    def forward(sig: int, _frame: object) -> None:
        nonlocal stopping
        if sig != signal.SIGHUP:
            stopping = True
        for pid in list(children):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    for _ in range(count):
        spawn()
    log.info("llmstash supervisor %d: %d workers", os.getpid(), count)
    status = 0
    while children:
        try:
            pid, code = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        started = children.pop(pid, None)
        if started is None:
            continue
        exit_code = os.waitstatus_to_exitcode(code)
        if stopping or exit_code == 0:
            continue
        if time.monotonic() - started < _RESTART_WINDOW:
            log.error("worker %d died at start (exit %d); not restarting", pid, exit_code)
            status = 1
            continue
        log.warning("worker %d died (exit %d); starting another", pid, exit_code)
        spawn()
    return status
