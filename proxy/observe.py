"""One observation per intercepted or passed-through request, handed to every registered
observer (metrics, stats, the upstream error log) after the response is written. An
observer that fails is logged and never fails the request (mitmproxy's safecall)."""

from __future__ import annotations

import asyncio
import functools
import logging
from asyncio import CancelledError, get_running_loop
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from time import perf_counter

from aiohttp import web
from multidict import istr

from proxy.appkeys import TENANCY
from proxy.errors import PROXY_ERROR, ClientGone, NotCached, ProxyError
from proxy.hit_headers import hit_headers, request_id
from proxy.status import ours

log = logging.getLogger("llmstash.observe")
# (istr: looked up without folding their case again on every answer)
_CACHE_STATUS, _REQUEST_ID = istr("Cache-Status"), istr("X-Request-Id")


@dataclass(slots=True)
class Observation:
    route: str  # "chat" | "embeddings" | "passthrough"
    team: str = ""  # configured team name, or "default" for keys of no team (bounded)
    model: str = ""
    # hit | semantic_hit | miss | collapsed | refresh | stale | partial | bypass | passthrough,
    # or error: the proxy answered with an error of its own (`error`)
    cache: str = ""
    status: int = 0
    latency: float = 0.0  # seconds, until the whole response was written
    stored: bool = False
    prompt_tokens_saved: int = 0  # on hits: the usage the upstream would have billed
    completion_tokens_saved: int = 0
    tokens_exact: bool = True  # False when counted by fallback, not from stored usage
    similarity: float | None = None  # semantic hits
    items: int = 0  # embeddings: input items
    cached_items: int = 0  # embeddings: items answered from cache
    entries: list[str] = field(default_factory=list)  # keys served from cache (never exported)
    rejected: list[float] = field(default_factory=list)  # semantic: similarities turned down
    judge: tuple[str, str] | None = None  # semantic LLM judge: (yes|no, cache|upstream|error)
    semantic: str = ""  # why a semantic lookup had no candidates (e.g. embedding-timeout)
    error: ProxyError | None = None  # the proxy's own error answer (invalid request, upstream)
    headed: bool = False  # its answer has its hit headers and X-Request-Id (`respond.hit`)
    # a stream its client left before the end: whether the answer gets stored (the drain
    # reads on) is known when its flight ends; observers and the access line wait for it
    storing: asyncio.Future[bool] | None = None


def when_settled(observation: Observation, report: Callable[[], None]) -> None:
    """`report()` now, or, for a stream its client left (`Observation.storing`), once its
    flight has ended, with `stored` saying what became of the answer."""
    storing = observation.storing
    if storing is None:
        report()
        return

    def settled(done: asyncio.Future[bool]) -> None:
        observation.stored = not done.cancelled() and done.result()
        report()

    storing.add_done_callback(settled)  # (called soon when done already)


PASSTHROUGH = "passthrough"
CLIENT_CLOSED = 499  # the status of a request whose client left before its answer ended
Observer = Callable[[Observation], None]
OBSERVATION = web.RequestKey("observation", Observation)
# set on a response whose client was gone at one of its writes (the handler ended normally)
CLIENT_LEFT = web.ResponseKey("client_left", bool)
OBSERVERS = web.AppKey("observers", list[Observer])


_CLASSIFIED: dict[str, tuple[str, bool]] = {}  # classify's answers (the values are few)
_MAX_CLASSIFIED = 4096


def classify(cache_status: str | None) -> tuple[str, bool]:
    """(cache outcome, stored) from a `Cache-Status` value: from our member of it (after
    the upstream's, if it sent any: `status.ours`)."""
    if cache_status:
        cache_status = ours(cache_status)  # (an upstream's members may vary per answer)
        known = _CLASSIFIED.get(cache_status)
        if known is None:
            known = _classify(cache_status)
            if len(_CLASSIFIED) < _MAX_CLASSIFIED:
                _CLASSIFIED[cache_status] = known
        return known
    return _classify(cache_status)


def _classify(cache_status: str | None) -> tuple[str, bool]:
    if not cache_status:
        return "error", False
    stored = cache_status.endswith("; stored") or "; stored;" in cache_status
    if "; hit" in cache_status:
        return ("semantic_hit" if "detail=semantic" in cache_status else "hit"), False
    if "collapsed" in cache_status:
        return "collapsed", stored
    for fwd, name in (
        ("fwd=bypass", "bypass"),
        ("fwd=request", "refresh"),
        ("fwd=stale", "stale"),
        ("fwd=partial", "partial"),
    ):
        if fwd in cache_status:
            return name, stored
    return "miss", stored


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def observed(handler: Handler, route: str) -> Handler:
    """Wrap a `/v1` route (the hook point): once its handler has answered, the observation
    it recorded gets the outcome and goes to every observer. A handler that recorded none
    (passthrough; a request refused before its body was read) gets a bare one. Only these
    routes are wrapped, so no other request pays for it (as a middleware would)."""

    @functools.wraps(handler)
    async def observing(request: web.Request) -> web.StreamResponse:
        started = perf_counter()
        observation: Observation | None
        try:
            response = await handler(request)
        except CancelledError:  # the client left (aiohttp cancels its handler)
            observation = _left(request, route)
            observation.latency = perf_counter() - started
            observers = request.app[OBSERVERS]
            if observers:
                when_settled(observation, functools.partial(_notify, observers, observation))
            raise
        observation = request.get(OBSERVATION) or _bare(request, route)
        app = request.app
        observation.latency = perf_counter() - started
        status = observation.status = response.status
        error = response.get(PROXY_ERROR) if status >= 400 else None
        prepared = response.prepared
        if prepared and response.get(CLIENT_LEFT):  # gone at a write of its stream
            observation.status = CLIENT_CLOSED
        headers = response.headers
        if error is not None:
            # `only-if-cached` and nothing stored: a lookup that missed, as the caller asked
            # for (its 504 is no failure of the proxy's: error-rate panels must not count it)
            kind = "miss" if isinstance(error, NotCached) else "error"
            observation.cache, observation.stored, observation.error = kind, False, error
        elif route == PASSTHROUGH:
            observation.cache = PASSTHROUGH
        else:
            observation.cache, stored = classify(headers.get(_CACHE_STATUS))
            # (a stream's storing is decided at its end, after its Cache-Status went out)
            observation.stored = stored or observation.stored
        if not prepared and not observation.headed:
            served = hit_headers(observation)  # (none but on an answer served from cache)
            if served:
                headers.update(served)
            if _REQUEST_ID not in headers:
                headers[_REQUEST_ID] = request_id()  # a hit or our own error
        observers = app[OBSERVERS]
        if observers:
            if prepared:  # written already (a stream): nothing left to wait for
                when_settled(observation, functools.partial(_notify, observers, observation))
            else:
                # told once the answer is written (aiohttp writes it as soon as this returns,
                # in the same step of the loop), not before: the client's first byte waits
                # for no metrics, stats or logs
                get_running_loop().call_soon(_notify, observers, observation)
        return response

    return observing


def _bare(request: web.Request, route: str) -> Observation:
    """The observation of a request its route recorded none for (passthrough; refused or
    left before its body was read): its route and team only."""
    team = request.app[TENANCY].for_request(request).label
    observation = request[OBSERVATION] = Observation(route, team)
    return observation


def _left(request: web.Request, route: str) -> Observation:
    """The observation of a request whose client left: what its route said of it (a stream
    its flight goes on with: its cache outcome), else a 499 of the proxy's own (it left
    mid-body, or before its lookup ended: no outcome to tell)."""
    observation = request.get(OBSERVATION) or _bare(request, route)
    if observation.status != CLIENT_CLOSED:
        observation.status = CLIENT_CLOSED
        observation.cache = PASSTHROUGH if route == PASSTHROUGH else "error"
        observation.stored = False
        observation.error = ClientGone("the client closed the connection before its answer")
    return observation


def _notify(observers: list[Observer], observation: Observation) -> None:
    for observer in observers:
        try:
            observer(observation)
        except Exception:
            log.exception("observer %r failed", observer)
