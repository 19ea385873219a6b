"""`POST /v1/chat/completions`: exact cache, single flight, streamed relay."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
from aiohttp import web

from policies.cacheability import CacheControl, decide
from policies.ttl import ttl_for
from policies.versioning import key_prefix
from proxy import respond, status
from proxy.appkeys import FLIGHTS, STORE, TASKS, TENANCY, UPSTREAM
from proxy.chat_call import ChatCall
from proxy.entries import unpack_chat
from proxy.errors import NotCached, ProxyError
from proxy.flights import Flight
from proxy.keys import chat_key
from proxy.observe import OBSERVATION, Observation
from proxy.passthrough import relay
from proxy.routes.body import read_json_object
from proxy.tasks import spawn
from proxy.upstream import request_headers


async def chat_completions(request: web.Request) -> web.StreamResponse:
    app = request.app
    try:
        raw, body = await read_json_object(request)
    except ProxyError as exc:
        return exc.response()
    tenant = app[TENANCY].resolve(request.headers)
    policy = tenant.policy
    observation = request[OBSERVATION] = Observation("chat", tenant.label, str(body.get("model")))
    control = CacheControl.parse(request.headers.get("Cache-Control"))
    decision = decide("chat", body, len(raw), control, policy.cacheability)
    if decision.bypass:
        return await relay(request, raw, cache_status=status.bypass(decision.reasons))

    prefix = key_prefix(tenant.team, policy.version, request.headers.get("X-Llmstash-Namespace"))
    key = chat_key(prefix, body, policy.cacheability.ignore_fields)
    stream = body.get("stream") is True
    options = body.get("stream_options")
    include_usage = stream and isinstance(options, dict) and options.get("include_usage") is True

    stale = False
    if decision.read:
        entry = await app[STORE].get(key)
        found = unpack_chat(entry) if entry is not None else None
        if found is not None:
            age = max(0.0, time.time() - found.stored_at)
            if decision.max_age is None or age <= decision.max_age:
                observation.prompt_tokens_saved = found.prompt_tokens
                observation.completion_tokens_saved = found.completion_tokens
                return respond.hit(
                    found.completion,
                    stream=stream,
                    include_usage=include_usage,
                    cache_status=status.HIT,
                    age=age,
                )
            stale = True
        if decision.only_if_cached:
            return NotCached("not in the cache (Cache-Control: only-if-cached)").response()

    ttl = ttl_for(policy.ttl, "chat", str(body["model"]), request.headers.get("X-Llmstash-TTL"))
    flights = app[FLIGHTS]
    if policy.stampede.enabled:
        flight, leader = flights.join(key)
    else:
        flight, leader = Flight(), True
    wait = None if leader else policy.stampede.wait
    if leader:
        _start(request, flight, key, raw, body, ttl=ttl, write=decision.write, land=leader)
    try:
        return await _serve(
            request,
            flight,
            wait,
            stream=stream,
            include_usage=include_usage,
            refresh=not decision.read,
            stale=stale,
            collapsed=not leader,
        )
    except TimeoutError:
        # the leader is too slow or gone: go upstream ourselves rather than hang
        flight = Flight()
        _start(request, flight, key, raw, body, ttl=ttl, write=decision.write, land=False)
        return await _serve(
            request,
            flight,
            None,
            stream=stream,
            include_usage=include_usage,
            refresh=not decision.read,
            stale=stale,
            collapsed=False,
        )


def _start(
    request: web.Request,
    flight: Flight,
    key: str,
    raw: bytes,
    body: dict[str, Any],
    *,
    ttl: float,
    write: bool,
    land: bool,
) -> None:
    app = request.app
    upstream = app[UPSTREAM]
    stream = body.get("stream") is True
    payload = raw
    if stream:
        options = body.get("stream_options")
        if not (isinstance(options, dict) and options.get("include_usage") is True):
            # always ask for usage so the stored completion carries it; the usage chunk is
            # filtered out again for clients that did not ask for it
            body = {**body, "stream_options": {**(options or {}), "include_usage": True}}
            payload = orjson.dumps(body)
    headers = dict(request_headers(request.headers, decoded=True))
    headers["Content-Type"] = "application/json"
    call = ChatCall(upstream, app[STORE], flight, key=key, ttl=ttl, write=write)
    url = upstream.url("/chat/completions", request.query_string)

    async def run() -> None:
        try:
            await call.run(url, headers, payload, stream)
        finally:
            if land:
                app[FLIGHTS].land(key, flight)

    spawn(app[TASKS], run())


async def _serve(
    request: web.Request,
    flight: Flight,
    wait: float | None,
    *,
    stream: bool,
    include_usage: bool,
    refresh: bool,
    stale: bool,
    collapsed: bool,
) -> web.StreamResponse:
    flight.subscribers += 1
    try:
        head = await asyncio.wait_for(asyncio.shield(flight.head), wait)
        if stream and head.streaming:
            cache_status = status.forwarded(
                refresh=refresh, stale=stale, stored=False, collapsed=collapsed
            )
            return await respond.live(
                request, flight, head, include_usage=include_usage, cache_status=cache_status
            )
        outcome = await asyncio.wait_for(asyncio.shield(flight.outcome), wait)
        cache_status = status.forwarded(
            refresh=refresh, stale=stale, stored=outcome.stored, collapsed=collapsed
        )
        return respond.outcome(
            outcome, stream=stream, include_usage=include_usage, cache_status=cache_status
        )
    except ProxyError as exc:
        return exc.response()
    finally:
        flight.subscribers -= 1
