"""The supervisor of `llmstash serve --workers N`: forks N workers sharing one port
(SO_REUSEPORT), forwards SIGTERM/SIGINT/SIGHUP to them, restarts a worker that dies
unexpectedly (never once it has been told to stop; with a backoff, per worker slot, when it
dies soon after its start, without holding up the restart of the others), and makes a
worker whose supervisor dies drain and exit as on SIGTERM."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import NoReturn

from proxy.telemetry import shared_across_workers
from proxy.workers import StartError, defer_hangups

log = logging.getLogger("llmstash.workers")
_RESTART_WINDOW = 10.0  # a worker that fails to start (exit code > 0) sooner is not restarted
_BACKOFF_FIRST = 0.1  # seconds before restarting a worker killed soon after its start...
_BACKOFF_MAX = 5.0  # ...doubling with each such death in a row in its slot, up to this
_REAP_POLL = 0.02  # seconds between checks for a dead worker while a restart waits
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
_PARENT_POLL = 1.0  # seconds between checks of the parent where prctl is not available
_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)  # what the supervisor forwards


def resolve(workers: int) -> int:
    """0 means one per CPU."""
    return workers if workers > 0 else max(1, os.cpu_count() or 1)


def supervise(count: int, work: Callable[[], None]) -> int:
    """Fork `count` workers running `work()`; return when all have stopped."""
    with shared_across_workers():  # /metrics: any worker answers for all of them
        return _supervise(count, work)


def _supervise(count: int, work: Callable[[], None]) -> int:
    children: dict[int, tuple[int, float]] = {}  # pid: (its slot, when it started)
    stopping = False
    supervisor = os.getpid()
    quick_deaths = [0] * count  # per slot: its workers killed soon after their start, in a row
    due: dict[int, float] = {}  # slot: when its next worker starts (after a backoff)

    def spawn(slot: int) -> None:
        # the signals wait while a worker is forked and registered, so that a stop reaches
        # every worker, and none is started once it has come; forked from the main thread
        # (the worker's PDEATHSIG fires when the thread that forked it ends)
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            if stopping:
                return
            pid = os.fork()
            if pid == 0:
                _work(work, mask, supervisor)
            children[pid] = (slot, time.monotonic())
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def forward(sig: int, _frame: object) -> None:
        nonlocal stopping
        if sig != signal.SIGHUP:
            stopping = True
        for pid in list(children):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    for sig in _SIGNALS:
        signal.signal(sig, forward)
    for slot in range(count):
        spawn(slot)
    log.info("llmstash supervisor %d: %d workers", os.getpid(), count)
    status = 0
    while children or (due and not stopping):
        for slot, at in list(due.items()):  # restarts whose backoff is over
            if stopping or at <= time.monotonic():
                del due[slot]
                spawn(slot)
        try:
            pid, code = _reap(min(due.values()) if due else None)
        except ChildProcessError:
            if due:  # no worker left to wait for, but one to start (or a stop to come)
                time.sleep(max(0.0, min(_REAP_POLL, min(due.values()) - time.monotonic())))
                continue
            break
        except InterruptedError:
            continue
        if pid == 0:  # none died before the next restart is due
            continue
        entry = children.pop(pid, None)
        if entry is None:
            continue
        slot, started = entry
        exit_code = os.waitstatus_to_exitcode(code)
        if stopping or exit_code == 0:
            continue
        soon = time.monotonic() - started < _RESTART_WINDOW
        if soon and exit_code > 0:  # it could not start (a start error): again would not
            log.error("worker %d died at start (exit %d); not restarting", pid, exit_code)
            status = 1
            continue
        died = f"exit {exit_code}" if exit_code > 0 else _signal_name(-exit_code)
        if not soon:
            quick_deaths[slot] = 0
            log.warning("worker %d died (%s); starting another", pid, died)
            spawn(slot)
            continue
        # killed (a signal) soon after its start: again, but not in a tight loop; the
        # other slots' workers are still reaped and restarted meanwhile
        delay = min(_BACKOFF_MAX, _BACKOFF_FIRST * 2 ** min(quick_deaths[slot], 16))
        quick_deaths[slot] += 1
        log.warning(
            "worker %d died (%s) %.1fs after its start; starting another in %gs",
            pid,
            died,
            time.monotonic() - started,
            delay,
        )
        due[slot] = time.monotonic() + delay
    return status


def _reap(until: float | None) -> tuple[int, int]:
    """`os.wait()`, or with a deadline (`time.monotonic()`): (0, 0) if no child died by then.
    Polled in short steps, as POSIX has no wait with a timeout; a signal's handler runs
    meanwhile, as during `os.wait()`."""
    if until is None:
        return os.wait()
    while True:
        pid, code = os.waitpid(-1, os.WNOHANG)
        left = until - time.monotonic()
        if pid or left <= 0:
            return pid, code
        time.sleep(min(left, _REAP_POLL))


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _work(work: Callable[[], None], mask: Iterable[int], supervisor: int) -> NoReturn:
    """A forked worker: the supervisor's signal handlers undone (SIGTERM and SIGINT as
    usual until its app installs its own; SIGHUP deferred), told SIGTERM when the
    supervisor dies (`_follow_parent`), then `work()`, then exit."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)
    defer_hangups()
    _follow_parent(supervisor)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    code = 0
    try:
        work()
    except StartError as exc:
        print(f"llmstash: worker {os.getpid()}: {exc}", file=sys.stderr)
        code = 1
    except BaseException:
        log.exception("worker failed")
        code = 1
    finally:
        sys.stdout.flush()
        os._exit(code)


def _follow_parent(parent: int) -> None:
    """SIGTERM to this process when `parent` (the supervisor) dies, so that a worker whose
    supervisor was SIGKILLed drains and exits instead of serving on unsupervised: Linux's
    PR_SET_PDEATHSIG, else a thread that checks `os.getppid()` every `_PARENT_POLL`."""
    if not _death_signal(signal.SIGTERM):
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    elif os.getppid() != parent:  # it died before the call: the signal will never come
        os.kill(os.getpid(), signal.SIGTERM)


def _death_signal(sig: int) -> bool:
    """prctl(PR_SET_PDEATHSIG, sig); False where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own symbols: libc's
        return int(libc.prctl(_PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int, poll: float = _PARENT_POLL) -> None:
    """The fallback of `_follow_parent`: once this process's parent is no longer `parent`
    (it died: the process was adopted), SIGTERM to itself, once."""
    while os.getppid() == parent:
        time.sleep(poll)
    os.kill(os.getpid(), signal.SIGTERM)
