"""`GET /healthz`: 200 while the proxy serves (even degraded: it fails open), with the
store's state so operators and load balancers can see a Redis outage; 503 `draining` once
the process is shutting down, so they stop sending it traffic."""

from __future__ import annotations

import asyncio
import os

import orjson
from aiohttp import hdrs, web
from aiohttp.typedefs import Handler

from proxy.appkeys import SETTINGS, STORE
from proxy.errors import error_response
from proxy.redact import masked_url
from proxy.reload import CONFIG_STATUS


class Drain:
    """The requests a serving process has in flight, and whether it is shutting down: then
    `/healthz` says `draining` (and each answer closes its connection) and, once it
    refuses, new API requests get a 503 (retryable: the OpenAI SDKs retry it), so that the
    ones in flight can finish before the process exits."""

    def __init__(self) -> None:
        self.draining = False  # /healthz answers 503 "draining"
        self.refusing = False  # new API requests get a 503
        self.in_flight = 0
        self._idle: asyncio.Future[None] | None = None  # `idle`'s, while it waits

    def announce(self) -> None:
        """Shutting down, still serving (`server.drain_delay`): load balancers notice."""
        self.draining = True

    def begin(self) -> None:
        """Shutting down, refusing new API requests."""
        self.draining = self.refusing = True

    async def idle(self) -> None:
        """Return once no request is in flight."""
        if self.in_flight:
            if self._idle is None or self._idle.done():
                self._idle = asyncio.get_running_loop().create_future()
            await asyncio.shield(self._idle)  # (a waiter cancelled leaves it to the others)

    def settled(self) -> None:
        """The last request in flight ended: wake `idle`."""
        if self._idle is not None and not self._idle.done():
            self._idle.set_result(None)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """(`llmstash serve` runs it inline in each route's handler, `proxy.workers._guard`:
        a middleware costs every request more coroutines.)"""
        return await self.guard(request, handler)

    async def guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Refuse new `/v1/` requests while draining; count the others in flight."""
        if request.path == "/healthz":
            return await handler(request)
        if self.refusing and request.path.startswith("/v1/"):
            return refusal()
        self.in_flight += 1
        try:
            return await handler(request)
        finally:
            self.in_flight -= 1
            if not self.in_flight:
                self.settled()

    async def closing(self, _request: web.Request, response: web.StreamResponse) -> None:
        """`on_response_prepare`: while draining, every answer closes its connection
        (`Connection: close`), so the client's next request opens a new one, through the
        load balancer."""
        if self.draining:
            response.force_close()
            response.headers[hdrs.CONNECTION] = "close"  # (aiohttp has set it from keep-alive)


def refusal() -> web.Response:
    """The answer to an API request once the process refuses new ones."""
    response = error_response(
        503, "The proxy is shutting down; retry the request.", "proxy_error", "draining"
    )
    response.headers["Retry-After"] = "1"
    response.force_close()
    return response


DRAIN = web.AppKey("drain", Drain)  # set by `llmstash serve`


async def healthz(request: web.Request) -> web.Response:
    store = request.app[STORE]
    health = getattr(store, "health", None)
    if health is not None:
        ping = getattr(store, "ping", None)
        if ping is not None:
            await ping()
        store_state = health()
    else:
        store_state = {"store": store.name, "state": "ok"}
    drain = request.app.get(DRAIN)
    if drain is not None and drain.draining:
        status = "draining"
    else:
        status = "ok" if store_state.get("state") == "ok" else "degraded"
    body: dict[str, object] = {
        "status": status,
        "store": store_state,
        "upstream": masked_url(request.app[SETTINGS].upstream.url),
        "pid": os.getpid(),  # which worker answered (`--workers N`)
    }
    config = request.app.get(CONFIG_STATUS)  # (with a config file: it is reloaded live)
    if config is not None:
        body["config"] = (
            {"reload": "rejected", "error": config.rejected, "since": config.rejected_at}
            if config.rejected is not None
            else {"reload": "ok", "reloaded_at": config.reloaded_at}
        )
    return web.Response(
        status=503 if status == "draining" else 200,
        body=orjson.dumps(body),
        content_type="application/json",
    )
