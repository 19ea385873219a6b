"""One observation per intercepted or passed-through request, handed to every registered
observer (metrics, stats, the upstream error log) after the response is written. An
observer that fails is logged and never fails the request (mitmproxy's safecall)."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from proxy.appkeys import TENANCY
from proxy.errors import PROXY_ERROR, NotCached, ProxyError
from proxy.hit_headers import hit_headers, request_id

log = logging.getLogger("llmstash.observe")


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


PASSTHROUGH = "passthrough"
Observer = Callable[[Observation], None]
OBSERVATION = web.RequestKey("observation", Observation)
OBSERVERS = web.AppKey("observers", list[Observer])


def classify(cache_status: str | None) -> tuple[str, bool]:
    """(cache outcome, stored) from our own `Cache-Status` value."""
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
        started = time.perf_counter()
        response = await handler(request)
        observation: Observation | None = request.get(OBSERVATION)
        if observation is None:
            team = request.app[TENANCY].for_request(request).label
            observation = request[OBSERVATION] = Observation(route, team)
        observation.latency = time.perf_counter() - started
        observation.status = response.status
        error = response.get(PROXY_ERROR) if response.status >= 400 else None
        if error is not None:
            # `only-if-cached` and nothing stored: a lookup that missed, as the caller asked
            # for (its 504 is no failure of the proxy's: error-rate panels must not count it)
            kind = "miss" if isinstance(error, NotCached) else "error"
            observation.cache, observation.stored, observation.error = kind, False, error
        elif route == PASSTHROUGH:
            observation.cache = PASSTHROUGH
        else:
            observation.cache, stored = classify(response.headers.get("Cache-Status"))
            # (a stream's storing is decided at its end, after its Cache-Status went out)
            observation.stored = stored or observation.stored
            if not response.prepared:
                response.headers.update(hit_headers(observation))
        if not response.prepared and "X-Request-Id" not in response.headers:
            response.headers["X-Request-Id"] = request_id()  # a hit or our own error
        for observer in request.app[OBSERVERS]:
            try:
                observer(observation)
            except Exception:
                log.exception("observer %r failed", observer)
        return response

    return observing
