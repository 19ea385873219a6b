"""`POST /v1/embeddings`: exact per-item cache; only the missing items go upstream.

A batch of up to 2,048 inputs is work by the megabyte (2,048 x 1,536 float32 = 12 MB of
vectors, 17 MB of base64 or 39 MB of float JSON to answer). So: MGETs of about a megabyte
of reply each read the items, one for most batches (`proxy.embedding_lookup`); cached
vectors are never copied (views of the stored values); items another request is embedding
are waited for (`proxy.embedding_gather`); a large answer is written piece by piece, never
joined (`proxy.embedding_answer`); a large batch's new entries are counted (tokens), packed
and stored once its answer is out (write-behind: the same items sent again within those
few milliseconds may miss again), in small writes (`proxy.embedding_entries`). And no step
holds the event loop for more than about a millisecond: above `BIG_ITEMS` inputs, per-item
Python (keys, reading the hits, encoding) runs on the loop in slices, since it holds the
GIL and a worker thread would only trade a long step for a long wait on the GIL (5 ms
switch interval); work that lets go of the GIL (joining megabytes, token counting) runs in
a thread.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from policies.cacheability import CacheControl, Decision, combined, decide
from policies.ttl import ttl_for
from proxy import status
from proxy.appkeys import (
    EMBEDDING_FLIGHTS,
    EMBEDDING_FORMATS,
    STORE,
    TASKS,
    UPSTREAM,
    VECTOR_TEXTS,
)
from proxy.embedding_answer import PIECES_BYTES, Pieces, Rendered, answer
from proxy.embedding_call import Embedded, fetch_embeddings, renumbered
from proxy.embedding_entries import counted
from proxy.embedding_gather import Call, Count, Gathered, gather
from proxy.embedding_lookup import Lookup, look_up
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import NotCached, ProxyError
from proxy.observe import CLIENT_CLOSED
from proxy.passthrough import relay
from proxy.respond import forwarded
from proxy.routes.body import begin
from proxy.store import answering, takes_writes
from proxy.tenancy import Tenant
from proxy.upstream import request_headers, request_variant, upstream_query
from proxy.vectors import Item, split_input
from proxy.writes import spawn_write

BIG_ITEMS = 256  # inputs above which per-item work is done in slices of ~0.5 ms


@dataclass(frozen=True, slots=True)
class _Asked:
    """The request's input, as this route understands it."""

    items: list[Item]
    single_token_list: bool  # `input` was one tokenized text (list[int]), not a batch
    encoding_format: str  # "float" or "base64"
    dimensions: int | None


def _asked(body: dict[str, Any]) -> _Asked | None:
    """None: not understood here (the upstream answers it, and refuses what is invalid)."""
    split = split_input(body.get("input"))
    encoding_format = body.get("encoding_format") or "float"
    dimensions = body.get("dimensions")
    if (
        split is None
        or encoding_format not in ("float", "base64")
        or not (dimensions is None or (isinstance(dimensions, int) and dimensions > 0))
    ):
        return None
    return _Asked(*split, encoding_format, dimensions)


async def embeddings(request: web.Request) -> web.StreamResponse:
    app = request.app
    try:
        raw, body, tenant, observation = await begin(request, "embeddings")
    except ProxyError as exc:
        return exc.response()
    policy = tenant.policy
    control = CacheControl.parse(combined(request.headers.getall("Cache-Control", ())))
    decision = decide("embeddings", body, len(raw), control, policy.cacheability)
    asked = _asked(body)
    if decision.bypass or asked is None:
        # not ours to answer (or not understood): the upstream decides, and errors itself
        if decision.only_if_cached:
            return NotCached.uncacheable(decision.reasons).response()
        return await relay(
            request, raw, cache_status=status.bypass(decision.reasons), tenant=tenant
        )
    model: str = body["model"]
    big = len(asked.items) > BIG_ITEMS
    lookup = await _look_up(request, tenant, asked, model, decision, cooperative=big)
    missing = [k for k in lookup.unique if k not in lookup.found]
    if missing and decision.only_if_cached:
        return NotCached("not in the cache (Cache-Control: only-if-cached)").response()
    ttl = ttl_for(policy.ttl, "embeddings", model, request.headers.get("X-Llmstash-TTL"))
    # not while the store drops writes, nor after it failed this request's lookup (Redis
    # down, the breaker not open yet): its answer would say "stored" for nothing
    writable = takes_writes(app[STORE]) and (not decision.read or answering(app[STORE]))
    write = decision.write and ttl > 0 and writable

    # items another request of this replica is embedding right now are waited for and
    # taken from it (one upstream call for N identical misses); the rest are claimed. A
    # request that will not store its items (TTL 0) does not claim them; with the store
    # down nobody can, and sharing is all the help there is
    got = Gathered(claims=write or not writable, counts=write)
    storing: Coroutine[Any, Any, None] | None = None  # the store write, after the answer
    try:
        if missing:
            count = functools.partial(counted, model=model, ttl=ttl)
            error = await _fetch(
                request, tenant, body, asked, lookup, missing, got, count, decision
            )
            if error is not None:
                return error
        texts = app[VECTOR_TEXTS]  # the float JSON of vectors answered before
        form = asked.encoding_format
        out = await answer(texts, form, lookup, got, observation, model, cooperative=big)
        response, sent = _response(out, got)
        storing = await got.storing(app[STORE] if write else None, sent, model, ttl)
        _label(response, lookup, got, out, read=decision.read, write=write)
        return response
    except asyncio.CancelledError:  # the client left: its call (in its task) ends with it
        observation.status = CLIENT_CLOSED
        observation.cache = "partial" if lookup.found and missing else "miss" if missing else "hit"
        raise
    finally:
        if storing is not None:  # (a stop cuts the calls under way, not this write)
            spawn_write(app[TASKS], storing)
        for held in got.held:
            held.release()  # failed (or released already: then nothing happens)


async def _look_up(
    request: web.Request,
    tenant: Tenant,
    asked: _Asked,
    model: str,
    decision: Decision,
    *,
    cooperative: bool,
) -> Lookup:
    """The items' keys, and what the store holds of them (`embedding_lookup.look_up`)."""
    namespace = request.headers.get("X-Llmstash-Namespace")
    variant = request_variant(request.raw_path, request.headers)

    def keys_of(part: Sequence[Item]) -> list[str]:
        return embedding_entry_keys(tenant, model, asked.dimensions, part, namespace, variant)

    store = request.app[STORE]
    return await look_up(
        store,
        keys_of,
        asked.items,
        model,
        read=decision.read,
        max_age=decision.max_age,
        cooperative=cooperative,
        dimensions=asked.dimensions,
    )


async def _fetch(
    request: web.Request,
    tenant: Tenant,
    body: dict[str, Any],
    asked: _Asked,
    lookup: Lookup,
    missing: list[str],
    got: Gathered,
    count: Count,
    decision: Decision,
) -> web.Response | None:
    """Get the vectors of `missing` into `lookup.found` (`embedding_gather.gather`), or
    the error answer the client gets."""
    policy = tenant.policy
    flights = request.app[EMBEDDING_FLIGHTS] if decision.read and policy.stampede.enabled else None
    call = _caller(request, tenant, body, asked, lookup)
    wait = policy.stampede.wait
    try:
        error = await gather(flights, missing, lookup.found, lookup.first, call, count, got, wait)
    except ProxyError as exc:  # unreachable, timed out, a broken answer: 502/504
        return exc.response()
    if error is not None:  # upstream error, passed through and not cached
        ours = status.forwarded(refresh=not decision.read, stale=lookup.stale, stored=False)
        forwarded(error.headers, ours)
    return error


def _caller(
    request: web.Request, tenant: Tenant, body: dict[str, Any], asked: _Asked, lookup: Lookup
) -> Call:
    """One upstream call for the items of some keys; an error it answers names the
    positions of the client's batch, not those of the call."""
    app = request.app
    headers = request_headers(
        request.headers, decoded=True, authorization=tenant.upstream_authorization
    )
    query = upstream_query(request.raw_path, authorization=tenant.upstream_authorization)
    keys, first = lookup.keys, lookup.first

    async def call(part: list[str]) -> Embedded | web.Response:
        reply = await fetch_embeddings(
            app[UPSTREAM],
            headers,
            body,
            [first[k] for k in part],
            single_token_list=asked.single_token_list,
            query=query,
            formats=app[EMBEDDING_FORMATS],
        )
        if isinstance(reply, web.Response) and part != keys:
            renumbered(reply, _positions(keys, part))  # the client's positions, not ours
        return reply

    return call


def _positions(keys: list[str], part: list[str]) -> list[int]:
    """Where each key of `part` stands first in `keys`."""
    at: dict[str, int] = {}
    for i, key in enumerate(keys):
        at.setdefault(key, i)
    return [at[k] for k in part]


def _response(out: Rendered, got: Gathered) -> tuple[web.Response, asyncio.Event | None]:
    """The answer, and the event its write sets once a large answer is handed over to the
    socket when a large batch's new items wait for it to be stored."""
    late = got.late[0] if got.late is not None else None
    behind = late is not None and late.behind
    sent = asyncio.Event() if behind and out.size > PIECES_BYTES else None
    if out.size > PIECES_BYTES:
        body = Pieces(out.parts, out.size, sent)
        return web.Response(body=body, headers=got.headers), sent
    joined = b"".join(out.parts)
    return web.Response(body=joined, content_type="application/json", headers=got.headers), sent


def _label(
    response: web.Response,
    lookup: Lookup,
    got: Gathered,
    out: Rendered,
    *,
    read: bool,
    write: bool,
) -> None:
    """`Cache-Status` (with `Age` on a hit) and `X-Llmstash-Cached-Items`."""
    headers = response.headers
    if not got.news and not got.shared:
        headers["Cache-Status"] = status.HIT
        oldest = min(lookup.found[k][1] for k in lookup.unique)
        headers["Age"] = str(int(max(0.0, time.time() - oldest)))
    else:  # (the headers of its upstream answer, if it made a call: after theirs)
        if not got.news:  # all it did not find was embedded for another request meanwhile
            ours = status.forwarded(refresh=False, stale=lookup.stale, stored=False, collapsed=True)
        elif out.served:
            ours = status.PARTIAL_STORED if write else status.PARTIAL
        else:
            ours = status.forwarded(refresh=not read, stale=lookup.stale, stored=write)
        forwarded(headers, ours)
    headers["X-Llmstash-Cached-Items"] = f"{len(out.served)}/{len(lookup.keys)}"
