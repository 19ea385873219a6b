"""How `llmstash serve` runs: one server process that drains on SIGTERM, or `--workers N`
of them sharing one port (SO_REUSEPORT: the kernel spreads connections), each with its own
event loop and pools, under a small supervisor that forwards SIGTERM/SIGINT/SIGHUP and
restarts a worker that dies unexpectedly."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from collections.abc import Callable

from aiohttp import web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.web_request import BaseRequest

from proxy.errors import ProxyError
from proxy.health import DRAIN, Drain
from proxy.routes.body import UnsupportedEncoding, undecodable
from proxy.telemetry import shared_across_workers

log = logging.getLogger("llmstash.workers")
_RESTART_WINDOW = 10.0  # a worker that dies sooner than this after start is not restarted
_CUT_GRACE = 0.5  # after the drain, what still runs gets this long, then is cancelled


class StartError(Exception):
    """The server could not start (its port is taken, the address is not local...): a
    one-line message and exit code 1, not a traceback."""


def serve(
    app: web.Application,
    *,
    host: str,
    port: int,
    shutdown_timeout: float,
    reuse_port: bool = False,
    access_log: logging.Logger | None = None,
) -> None:
    """Serve `app` until SIGTERM or SIGINT, then drain (see `_drain`)."""
    asyncio.run(_serve(app, host, port, shutdown_timeout, reuse_port, access_log))


async def _serve(
    app: web.Application,
    host: str,
    port: int,
    shutdown_timeout: float,
    reuse_port: bool,
    access_log: logging.Logger | None,
) -> None:
    drain = Drain()
    app[DRAIN] = drain
    app.middlewares.append(drain.middleware)
    runner = web.AppRunner(app, access_log=access_log, shutdown_timeout=_CUT_GRACE)
    await runner.setup()
    assert runner.server is not None
    runner.server.__class__ = _Server  # its connections answer encoding errors as JSON
    try:
        try:
            await web.TCPSite(runner, host, port, reuse_port=reuse_port).start()
        except OSError as exc:
            reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
            raise StartError(f"cannot listen on {host}:{port}: {reason}") from None
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        started = time.monotonic()
        hurry = asyncio.Event()  # a second signal: stop now (Ctrl-C twice)
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, hurry.set)
        finished, cut = await _drain(drain, shutdown_timeout, hurry)
    finally:
        await runner.cleanup()  # stops listening, cancels what still runs, closes the app
    log.info(
        "llmstash %d: stopped after %.1fs: %d request(s) finished, %d cut",
        os.getpid(),
        time.monotonic() - started,
        finished,
        cut,
    )


async def _drain(drain: Drain, shutdown_timeout: float, hurry: asyncio.Event) -> tuple[int, int]:
    """Shutting down: `/healthz` answers 503 `draining` and new API requests a retryable
    503 while the listener stays open; the requests in flight get up to `shutdown_timeout`
    seconds to finish (less if `hurry` is set). Returns how many did, and how many still
    run (to be cut)."""
    drain.begin()
    in_flight = drain.in_flight
    log.info(
        "llmstash %d: shutting down: %d request(s) in flight, waiting up to %gs for them",
        os.getpid(),
        in_flight,
        shutdown_timeout,
    )
    idle, hurried = asyncio.ensure_future(drain.idle()), asyncio.ensure_future(hurry.wait())
    done, pending = await asyncio.wait(
        {idle, hurried}, timeout=shutdown_timeout, return_when=asyncio.FIRST_COMPLETED
    )
    for task in pending:
        task.cancel()
    if hurried in done:
        log.info("llmstash %d: a second signal: stopping now", os.getpid())
    return in_flight - drain.in_flight, drain.in_flight


class _Connection(web.RequestHandler):
    """aiohttp's protocol for one connection. A body it cannot read is an error it answers
    itself, before (`br`, `zstd` without their libraries) or outside any route: here it is
    the client's error in the OpenAI format, logged as one line, not a 500 or plain text
    with a traceback."""

    __slots__ = ()

    def handle_error(
        self,
        request: BaseRequest,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> web.StreamResponse:
        error: ProxyError
        if isinstance(exc, ContentEncodingError):
            error = UnsupportedEncoding(
                "The request body's Content-Encoding is not supported by this server; "
                "send it uncompressed, gzip or deflate."
            )
        elif isinstance(exc, web.RequestPayloadError):
            error = undecodable(request, exc)
        else:
            return super().handle_error(request, status, exc, message)
        log.info("refused a request body: %s", str(exc).splitlines()[-1].strip())
        response = error.response()
        response.force_close()
        return response


class _Server(web.Server):
    """aiohttp's server, whose connections are `_Connection`s (it has no option for it)."""

    def __call__(self) -> web.RequestHandler:
        return _Connection(self, loop=self._loop, **self._kwargs)


def resolve(workers: int) -> int:
    """0 means one per CPU."""
    return workers if workers > 0 else max(1, os.cpu_count() or 1)


def supervise(count: int, work: Callable[[], None]) -> int:
    """Fork `count` workers running `work()`; return when all have stopped."""
    with shared_across_workers():  # /metrics: any worker answers for all of them
        return _supervise(count, work)


def _supervise(count: int, work: Callable[[], None]) -> int:
    children: dict[int, float] = {}
    stopping = False

    def spawn() -> None:
        pid = os.fork()
        if pid == 0:  # the worker
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                signal.signal(sig, signal.SIG_DFL)
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
