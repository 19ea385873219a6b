"""Structured access log: one JSON object per request on logger "llmstash.access" (enabled
by `server.access_log`), written by a middleware, so every request has its line: the
intercepted routes and passthrough with their observation (team, route, model, status, cache
outcome, latency, tokens saved), every other request (`/healthz`, `/metrics`, admin, an
unknown path) with its method, path and status. Never prompt or completion text, never a key,
credential or query string. It replaces aiohttp's own plain-text access line."""

from __future__ import annotations

import asyncio
import functools
import logging
import sys
import time
from typing import TextIO

import orjson
from aiohttp import web

from proxy.observe import OBSERVATION, PASSTHROUGH, Handler, Observation, when_settled

log = logging.getLogger("llmstash.access")
MAX_PATH = 256  # characters of a path kept


def record(o: Observation) -> dict[str, object]:
    line: dict[str, object] = {
        "ts": round(time.time(), 3),
        "team": o.team,
        "route": o.route,
        "model": o.model[:64],
        "status": o.status,
        "cache": o.cache,
        "stored": o.stored,
        "latency_ms": round(o.latency * 1000, 2),
        "prompt_tokens_saved": o.prompt_tokens_saved,
        "completion_tokens_saved": o.completion_tokens_saved,
    }
    if o.route == "embeddings":
        line["items"], line["cached_items"] = o.items, o.cached_items
    if o.similarity is not None:
        line["similarity"] = round(o.similarity, 4)
    if o.semantic:
        line["semantic"] = o.semantic  # e.g. embedding-timeout: a semantic miss, and why
    if o.error is not None:
        line["error"] = o.error.code or o.error.type
    return line


@web.middleware
async def access_log(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The middleware (installed only when the access log is on)."""
    started = time.perf_counter()
    status = 500  # what aiohttp answers for an exception
    request_id = None
    try:
        response = await handler(request)
        status = response.status
        request_id = response.headers.get("X-Request-Id")
        return response
    except web.HTTPException as exc:  # e.g. 404 of an unknown path, 405
        status = exc.status
        raise
    except asyncio.CancelledError:
        status = 499  # the client went away first
        raise
    finally:
        if log.isEnabledFor(logging.INFO):
            observation = request.get(OBSERVATION)
            write = functools.partial(_write, request, status, started, request_id)
            if observation is None:
                write()
            else:  # (a stream its client left: once it is known whether it was stored)
                when_settled(observation, write)


def _write(request: web.Request, status: int, started: float, request_id: str | None) -> None:
    line = _line(request, status, started)
    if request_id:
        line["request_id"] = request_id[:64]  # the upstream's, or ours on a hit
    log.info(orjson.dumps(line).decode())


def _line(request: web.Request, status: int, started: float) -> dict[str, object]:
    observation = request.get(OBSERVATION)
    if observation is not None and observation.status:
        line = record(observation)
        if observation.route != PASSTHROUGH:
            return line
    else:  # not a /v1 route, or its handler failed before answering
        line = {
            "ts": round(time.time(), 3),
            "route": "other" if observation is None else observation.route,
            "status": status,
            "latency_ms": round((time.perf_counter() - started) * 1000, 2),
        }
    line["method"] = request.method
    line["path"] = request.raw_path.partition("?")[0][:MAX_PATH]
    return line


def configure(stream: TextIO | None = None) -> None:
    """Print access lines bare (JSON lines) to stdout, not through the root format, and turn
    aiohttp's plain-text access line off (it would log every request a second time).
    Idempotent: safe to call from every worker process."""
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    if any(getattr(h, "_llmstash_access", False) for h in log.handlers):
        return
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler._llmstash_access = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
