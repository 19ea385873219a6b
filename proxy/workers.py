"""How one `llmstash serve` process runs: it serves until SIGTERM, then drains (stops
accepting, lets requests finish within `shutdown_timeout`, cuts what is left) and exits.
With `--workers N` each of N such processes shares one port (SO_REUSEPORT: the kernel
spreads connections) with its own event loop and pools, under `proxy.supervisor`."""

from __future__ import annotations

import asyncio
import faulthandler
import functools
import logging
import os
import resource
import signal
import time

from aiohttp import hdrs, web
from aiohttp.http_exceptions import ContentEncodingError
from aiohttp.typedefs import Handler
from aiohttp.web_request import BaseRequest

from proxy.errors import PROXY_ERROR, BodiesFull, ProxyError
from proxy.health import DRAIN, Drain
from proxy.routes.body import UnsupportedEncoding, undecodable
from proxy.tasks import left, stop_by
from proxy.tasks import stop as stop_tasks
from proxy.tasks import wait as wait_tasks

log = logging.getLogger("llmstash.workers")
_CUT_GRACE = 0.5  # after the drain, what still runs gets this long, then is cancelled
_LINGER = 10.0  # seconds spent reading the rest of a body its route left (aiohttp's own bound)
_LEFTOVER_WAIT = 2.0  # after the app closed, what still runs gets this long to end when cancelled
_SAME_STOP = 0.5  # seconds: a signal this soon after the first is the same stop, not a second
_FINISH = 0.75  # seconds a stop's waits take past its drain (the cut, the stores to finish)
_HURRIED = 0.5  # ...and past a second signal
_CLOSING = 0.25  # seconds more for the clean-up to close what it waited for
_EXIT_GRACE = 30.0  # past the drain, a process still not out dumps its threads' stacks and exits
_NOFILE_CAP = 1 << 20  # the open files limit taken when the hard limit is unlimited


class StartError(Exception):
    """The server could not start (its port is taken, the address is not local...): a
    one-line message and exit code 1, not a traceback."""


def serve(
    app: web.Application,
    *,
    host: str,
    port: int,
    shutdown_timeout: float,
    drain_delay: float = 0.0,
    reuse_port: bool = False,
    access_log: logging.Logger | None = None,
) -> None:
    """Serve `app` until SIGTERM or SIGINT, then drain (see `_drain`)."""
    _HANGUPS.defer()  # a reload asked for while the app starts comes once it is up
    raise_open_files()
    try:
        asyncio.run(_serve(app, host, port, shutdown_timeout, drain_delay, reuse_port, access_log))
    finally:
        stop_by(None)  # (a server run again in this process starts without a deadline)


def raise_open_files() -> int:
    """Raise this process's soft limit of open files to its hard limit, as servers do: each
    client connection and upstream connection is one, and the usual soft limit (1,024 under
    systemd) is reached by a thousand idle clients, after which every request fails. Logged
    at INFO; returns the limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        target = hard
        if hard == resource.RLIM_INFINITY:  # (Linux refuses an infinite RLIMIT_NOFILE)
            target = max(soft, _NOFILE_CAP)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError) as exc:
            log.warning("llmstash %d: could not raise the open files limit: %s", os.getpid(), exc)
    log.info("llmstash %d: open files limit %d", os.getpid(), soft)
    return soft


async def _serve(
    app: web.Application,
    host: str,
    port: int,
    shutdown_timeout: float,
    drain_delay: float,
    reuse_port: bool,
    access_log: logging.Logger | None,
) -> None:
    drain = Drain()
    app[DRAIN] = drain
    _guard(app, drain)
    app.on_response_prepare.append(drain.closing)
    # (aiohttp waits its shutdown_timeout twice: for a handler to end, then for it to end
    # once its request is cancelled, before it cancels the handler)
    # a client that leaves cancels its handler (as under aiohttp's TestServer, which every
    # test runs on): upstream calls others may share run in their own tasks
    runner = web.AppRunner(
        app, access_log=access_log, shutdown_timeout=_CUT_GRACE / 2, handler_cancellation=True
    )
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
        _HANGUPS.replay()
        await stop.wait()
        _HANGUPS.defer(loop)  # no reload while shutting down (nor death by SIGHUP)
        # the last resort: whatever hangs (a task that swallows its cancellation, a thread
        # stuck in a call without a timeout), the process is gone within a known time
        try:
            faulthandler.dump_traceback_later(
                drain_delay + shutdown_timeout + _EXIT_GRACE, exit=True
            )
        except (RuntimeError, ValueError, OSError, AttributeError) as exc:  # no usable stderr
            log.warning("llmstash %d: no shutdown watchdog: %s", os.getpid(), exc)
        started = time.monotonic()
        # every wait past the drain (the cut, the stores, the clean-up, the sweep) takes
        # only what is left until then: the process is out within a known time
        deadline = started + drain_delay + shutdown_timeout + _FINISH
        stop_by(deadline)
        hurry = asyncio.Event()  # a second signal: stop now (Ctrl-C twice)

        def second_signal() -> None:
            # a worker gets one stop twice at once: from the supervisor, and from systemd
            # (KillMode=control-group signals every process) or the terminal (Ctrl-C goes
            # to the process group); only a later one is someone asking again
            now = time.monotonic()
            if now - started >= _SAME_STOP:
                hurry.set()
                stop_by(min(deadline, now + _HURRIED))  # also cuts the waits under way

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, second_signal)
        finished, cut = await _drain(drain, drain_delay, shutdown_timeout, hurry)
    finally:
        await _cleanup(runner)  # stops listening, cancels what still runs, closes the app
    log.info(
        "llmstash %d: stopped after %.1fs: %d request(s) finished, %d cut",
        os.getpid(),
        time.monotonic() - started,
        finished,
        cut,
    )
    if not await _leftovers_end():
        logging.shutdown()
        os._exit(0)  # asyncio.run would wait for them forever: all is closed, leave now


async def _cleanup(runner: web.AppRunner) -> None:
    """`runner.cleanup()`: stop listening, give the requests still running `_CUT_GRACE`
    then cancel them, run the app's clean-up. Once stopping, only until the stop's deadline
    (each of its waits is bounded by it, but a clean-up of another module may wait on its
    own terms): what still runs then is left to the sweep (`_leftovers_end`)."""
    cleanup = asyncio.ensure_future(runner.cleanup())
    done, _ = await wait_tasks([cleanup], None, past=_CLOSING)
    if cleanup in done:
        cleanup.result()  # its failure, as when awaited
    else:
        log.warning("llmstash %d: the clean-up outlasted the stop's deadline", os.getpid())


async def _leftovers_end() -> bool:
    """Cancel the tasks still running once the app is closed (asyncio.run would, then wait
    for them without a bound): True when they all ended within `_LEFTOVER_WAIT` (or what is
    left of the stop's deadline, if less); those that did not (a task that swallows its
    cancellation) are logged with where they are."""
    current = asyncio.current_task()
    others = [task for task in asyncio.all_tasks() if task is not current]
    return not await stop_tasks(others, within=_LEFTOVER_WAIT)


async def _drain(
    drain: Drain, delay: float, shutdown_timeout: float, hurry: asyncio.Event
) -> tuple[int, int]:
    """Shutting down: `/healthz` answers 503 `draining` at once, so that load balancers stop
    sending traffic; for `delay` seconds (`server.drain_delay`) what still comes is served,
    each connection closed after its answer. Then new API requests get a retryable 503
    while the listener stays open, and the requests in flight get up to `shutdown_timeout`
    seconds to finish. `hurry` (a second signal) cuts both short. Returns how many
    requests finished, and how many still run (to be cut)."""
    drain.announce()
    hurried = asyncio.ensure_future(hurry.wait())
    try:
        if delay > 0:
            log.info(
                "llmstash %d: shutting down: /healthz says draining; serving %gs more",
                os.getpid(),
                delay,
            )
            await asyncio.wait({hurried}, timeout=delay)
        drain.begin()
        in_flight = drain.in_flight
        log.info(
            "llmstash %d: shutting down: %d request(s) in flight, waiting up to %gs for them",
            os.getpid(),
            in_flight,
            shutdown_timeout,
        )
        idle = asyncio.ensure_future(drain.idle())
        await asyncio.wait(
            {idle, hurried}, timeout=shutdown_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        idle.cancel()
    finally:
        hurried.cancel()
    if hurry.is_set():
        log.info("llmstash %d: a second signal: stopping now", os.getpid())
    return in_flight - drain.in_flight, drain.in_flight


class _Hangups:
    """SIGHUP asks a running app to reload its config; its default action kills the
    process. So from the start of a server process until its app is up (its handler
    installed), and again once it shuts down, a SIGHUP is only noted: one noted during
    start-up is raised again once the app is up (a config changed meanwhile is read)."""

    def __init__(self) -> None:
        self.pending = False

    def note(self, _sig: int, _frame: object) -> None:
        self.pending = True

    def defer(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        """From now on, note SIGHUP (taking it back from `loop`, if given: shutting down)."""
        if loop is not None:
            loop.remove_signal_handler(signal.SIGHUP)
        signal.signal(signal.SIGHUP, self.note)

    def replay(self) -> None:
        """The app is up: a SIGHUP noted meanwhile goes to its handler (if it has none,
        it is noted again: ignored)."""
        if self.pending:
            self.pending = False
            signal.raise_signal(signal.SIGHUP)


_HANGUPS = _Hangups()


def defer_hangups() -> None:
    """Note SIGHUP from now on, to replay it once the app is up (`llmstash serve` calls it
    as soon as it knows it serves: a reload asked for while the config loads is kept)."""
    _HANGUPS.defer()


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
        _refused(exc)
        response = error.response()
        response.force_close()
        return response


class _Server(web.Server):
    """aiohttp's server, whose connections are `_Connection`s (it has no option for it), and
    whose grace for the requests still running at shutdown ends by the stop's deadline."""

    def __call__(self) -> web.RequestHandler:
        return _Connection(self, loop=self._loop, **self._kwargs)

    async def shutdown(self, timeout: float | None = None) -> None:  # noqa: ASYNC109 (aiohttp's)
        # each connection waits up to twice `timeout` (see `_serve`)
        await super().shutdown(None if timeout is None else left(2 * timeout) / 2)


def _guard(app: web.Application, drain: Drain) -> None:
    """Each route's handler runs inside `_unread_body` and then the drain's middleware, as
    if they were the app's last two middlewares (after any other, e.g. the access log's),
    but in one coroutine: a hit pays for no middleware layer (aiohttp adds one more of its
    own to an app that has any). Its routes are all added by now (`build_app`)."""
    for route in app.router.routes():
        route._handler = _guarded(route.handler, drain)  # type: ignore[assignment]


def _guarded(handler: Handler, drain: Drain) -> Handler:
    middleware = drain.middleware
    inner = functools.partial(middleware, handler=handler)

    async def guarded(request: web.Request) -> web.StreamResponse:
        if hdrs.CONTENT_ENCODING in request.headers:  # (rare) the two, as they were
            return await _unread_body(request, inner)
        return await drain.guard(request, handler)  # the drain's middleware, inline

    functools.update_wrapper(guarded, handler)
    return guarded


@web.middleware
async def _unread_body(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A coded request body (`Content-Encoding`) its route did not read (a 404, a 405,
    `/healthz`, a 503 while draining, an upstream failure before the body was sent) is read
    here, before the answer goes out: aiohttp would read it after, and log one that does not
    decode as an unhandled error with a traceback, then drop the connection under a client
    that keeps it alive. Such a body gets the 400 a route that reads it gives; an answer
    already on its way is finished and its connection closed."""
    if hdrs.CONTENT_ENCODING not in request.headers:
        return await handler(request)
    try:
        response = await handler(request)
    except web.HTTPException:
        refused = await _read_rest(request)
        if refused is None:
            raise
        return refused
    if response.status in (408, 413) or isinstance(response.get(PROXY_ERROR), BodiesFull):
        # too slow, too large, no room: answer now and close, never read the rest
        response.force_close()
        return response
    refused = await _read_rest(request)
    if refused is None:
        return response
    if response.prepared:
        response.force_close()
        return response
    return refused


async def _read_rest(request: web.Request) -> web.Response | None:
    """Read (and drop) what is left of the request body: the 400 answer when it does not
    decode, else None (also when the client is too slow or gone: aiohttp then closes)."""
    try:
        async with asyncio.timeout(_LINGER):
            while not request.content.is_eof():
                await request.content.readany()
    except web.RequestPayloadError as exc:
        _refused(exc)
        return undecodable(request, exc).response()
    except (TimeoutError, ConnectionError):
        pass
    return None


def _refused(exc: BaseException) -> None:
    log.info("refused a request body: %s", str(exc).splitlines()[-1].strip())
