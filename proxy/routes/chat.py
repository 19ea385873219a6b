"""`POST /v1/chat/completions`: exact cache, single flight, streamed relay."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from typing import Any

import orjson
from aiohttp import hdrs, web
from multidict import CIMultiDictProxy, istr

from policies.cacheability import CacheControl, Decision, combined, decide
from policies.ttl import ttl_for
from proxy import respond, status
from proxy.appkeys import (
    COORDINATOR,
    FLIGHTS,
    PLANS,
    SEMANTIC,
    STORE,
    STREAM_OPTION_REFUSALS,
    TASKS,
    UPSTREAM,
)
from proxy.chat_call import ChatCall, Fallback
from proxy.chat_replicas import BESIDE, coordinated
from proxy.coordination import Claim, Coordinator
from proxy.entries import tokens_of, unpack_chat
from proxy.entry_keys import chat_entry_key
from proxy.errors import LeaderLost, NotCached, ProxyError
from proxy.flights import Flight, Flights, Outcome
from proxy.observe import CLIENT_CLOSED, OBSERVATION, Observation
from proxy.passthrough import relay
from proxy.plans import MAX_BODY as MAX_PLANNED_BODY
from proxy.plans import Plan, Plans
from proxy.routes.body import begin
from proxy.routes.chat_semantic import TTL_HEADER, index_hit, semantic_args, semantic_lookup
from proxy.semantic.cache import Pending
from proxy.store import answering, takes_writes
from proxy.tasks import spawn
from proxy.tenancy import Tenant
from proxy.upstream import keyed_query, request_headers, request_variant, upstream_query

log = logging.getLogger("llmstash.chat")
_NAMESPACE = istr("X-Llmstash-Namespace")


async def chat_completions(request: web.Request) -> web.StreamResponse:
    app = request.app
    try:
        raw, body, tenant, observation = await begin(request, "chat")
    except ProxyError as exc:
        return exc.response()
    policy = tenant.policy
    variant = request_variant(request.raw_path, request.headers)
    plan, new_body = _plan(app[PLANS], raw, body, tenant, request.headers, variant)
    decision = plan.decision
    if plan.key is None:
        if decision.only_if_cached:
            return NotCached.uncacheable(decision.reasons).response()
        return await relay(
            request, raw, cache_status=status.bypass(decision.reasons), tenant=tenant
        )

    key = plan.key
    stream = body.get("stream") is True
    options = body.get("stream_options")
    include_usage = stream and isinstance(options, dict) and options.get("include_usage") is True

    flights = app[FLIGHTS]
    # (only a new body's lookup takes the lock: a repeat, the likely hit, needs none)
    coordinator = _coordinator(app) if new_body and policy.stampede.enabled else None
    claim: Claim | None = None  # the cross-replica lock, when taken with the lookup
    stale = False
    unwritable = False  # the store failed this request's lookup
    pending: Pending | None = None
    if decision.read:
        landed = _being_stored(flights, key)
        if landed is not None:  # the entry to come (the store may hold the one it replaces)
            return _landed_hit(landed, key, observation, stream, include_usage)
        if (
            new_body
            and coordinator is not None
            and key not in flights.active
            and not policy.semantic.enabled
            and not decision.only_if_cached
        ):
            # A body this replica has not seen lately is most likely a miss, and this
            # request its leader: the lookup takes the lock too, saving the round trip of
            # taking it after the miss. (Repeats, the likely hits, keep the plain GET: the
            # script costs Redis more than a GET.)
            entry, claim = await coordinator.lookup(app[STORE], key, whole=not stream)
        else:
            entry = await app[STORE].get(key)
        # a lookup that failed open (Redis down, the breaker not open yet): the answer is
        # not written either, and never said to be stored
        unwritable = not answering(app[STORE])
        found = unpack_chat(entry) if entry is not None else None
        if found is not None:
            age = max(0.0, time.time() - found.stored_at)
            if decision.max_age is None or age <= decision.max_age:
                if policy.semantic.enabled:  # (no cost at all for other teams)
                    index_hit(request, tenant, body, variant, key, found.stored_at)
                observation.prompt_tokens_saved = found.prompt_tokens
                observation.completion_tokens_saved = found.completion_tokens
                observation.entries.append(key)
                return respond.hit(
                    found.completion,
                    stream=stream,
                    include_usage=include_usage,
                    cache_status=status.HIT,
                    age=age,
                    observation=observation,
                )
            stale = True
        if policy.semantic.enabled:
            semantic = await semantic_lookup(request, tenant, body, variant, decision.max_age)
            observation.rejected.extend(semantic.rejected)
            observation.judge = semantic.judge
            if semantic.hit is not None:
                hit = semantic.hit
                observation.similarity = hit.similarity
                observation.entries.append(hit.entry_key)
                observation.prompt_tokens_saved = hit.entry.prompt_tokens
                observation.completion_tokens_saved = hit.entry.completion_tokens
                return respond.hit(
                    hit.entry.completion,
                    stream=stream,
                    include_usage=include_usage,
                    cache_status=status.semantic_hit(hit.similarity, judged=hit.judged),
                    age=max(0.0, time.time() - hit.entry.stored_at),
                    observation=observation,
                )
            pending = semantic.pending
            observation.semantic = semantic.reason
        if decision.only_if_cached:
            return NotCached("not in the cache (Cache-Control: only-if-cached)").response()

    elif policy.semantic.enabled and decision.write:  # a refresh: record it with its new expiry
        namespace, headers, asked_as, prefix = semantic_args(request, tenant, variant)
        pending = request.app[SEMANTIC].prepare(tenant, body, prefix, namespace, headers, asked_as)

    ttl = ttl_for(policy.ttl, "chat", str(body["model"]), request.headers.get(TTL_HEADER))
    if policy.stampede.enabled:
        flight, leader = flights.join(key, stream)
        landed = _being_stored(flights, key) if decision.read and not leader else None
        if landed is not None:  # answered while this request read the store
            return _landed_hit(landed, key, observation, stream, include_usage)
        if not leader and flight.outcome.done():
            # answered already: too old for a refresh, and no answer at all when it failed
            flight, leader = flights.take_over(key, flight, stream)
    else:
        flight, leader = Flight(), True
    # a stream beside a stream=false flight of this replica (`Flights.join`): a call of its
    # own, coordinated with the lock its lookup took (that flight's leader then follows
    # it), else under a lock of its own (the entry's is that flight's, or that of its
    # leader on another replica): the streams beside it on other replicas follow it
    beside = leader and flights.beside.get(key) is flight
    lock = None
    if beside and (claim is None or not claim[0]):
        claim, lock = None, key + BESIDE
    if claim is not None and claim[0] and not leader and claim[1] is not None:
        # another request of this replica took the lead meanwhile: it leads for all
        assert coordinator is not None
        spawn(app[TASKS], coordinator.abandon(key, claim[1]))
        claim = None
    start = functools.partial(
        _start,
        request,
        key=key,
        raw=raw,
        body=body,
        ttl=ttl,
        write=decision.write and not unwritable and takes_writes(app[STORE]),
        authorization=tenant.upstream_authorization,
    )
    serve = functools.partial(
        _serve,
        request,
        stream=stream,
        include_usage=include_usage,
        refresh=not decision.read,
        stale=stale,
    )
    if leader:
        start(
            flight,
            # a refresh asks the upstream anew: it never follows a call made before it
            coordinate=policy.stampede.enabled and decision.read,
            wait=policy.stampede.wait,
            pending=pending,
            claim=claim,
            max_age=decision.max_age,
            lock=lock,
        )
    # A follower waits for the flight however long it takes: it always ends (the upstream
    # call is bounded by its timeouts; a leader on another replica, by `follow`'s checks).
    try:
        return await serve(flight, collapsed=not leader)
    except LeaderLost:  # the other replica's leader is gone before this client got a byte
        if policy.stampede.enabled:  # one new call for all who followed it here
            flight, leader = flights.take_over(key, flight, stream)
            if leader:
                start(flight)
            with contextlib.suppress(LeaderLost):
                return await serve(flight, collapsed=not leader)
    flight = Flight()  # alone
    start(flight)
    return await serve(flight, collapsed=False)


def _being_stored(flights: Flights, key: str) -> bytes | None:
    """The completion of a flight for `key` that has answered and is being written to the
    store right now, if there is one."""
    flight = flights.active.get(key)
    if flight is None or not flight.outcome.done():
        return None
    done = flight.outcome
    outcome = None if done.cancelled() or done.exception() else done.result()
    return outcome.completion if outcome is not None and outcome.stored else None


def _coordinator(app: web.Application) -> Coordinator | None:
    """The cross-replica coordinator, unless Redis is failing open (breaker open): then a
    lock attempt would only add its timeout to every miss."""
    coordinator = app.get(COORDINATOR)
    return coordinator if coordinator is not None and takes_writes(app[STORE]) else None


def _landed_hit(
    landed: bytes, key: str, observation: Observation, stream: bool, include_usage: bool
) -> web.Response:
    """The answer a flight just got and is storing under `key`, served as a hit."""
    usage = orjson.loads(landed).get("usage")
    observation.entries.append(key)
    observation.prompt_tokens_saved, observation.completion_tokens_saved = tokens_of(usage)
    return respond.hit(
        landed,
        stream=stream,
        include_usage=include_usage,
        cache_status=status.HIT,
        age=0,
        observation=observation,
    )


def _plan(
    plans: Plans,
    raw: bytes,
    body: dict[str, Any],
    tenant: Tenant,
    headers: CIMultiDictProxy[str],
    variant: str,
) -> tuple[Plan, bool]:
    """The decision and the key of this request (remembered for its repeats), and whether
    it is a body this replica has not seen lately (one small enough to be remembered).
    `variant`: the request's `request_variant`."""
    lines = headers.getall(hdrs.CACHE_CONTROL, ())  # (an istr: looked up without folding)
    cache_control = combined(lines) if lines else None  # every line of it
    namespace = headers.get(_NAMESPACE)
    plan = plans.get(raw, tenant, cache_control, namespace, variant)
    if plan is not None:
        return plan, False
    control = CacheControl.parse(cache_control)
    decision = decide("chat", body, len(raw), control, tenant.policy.cacheability)
    key = None
    if not decision.bypass:
        try:
            key = chat_entry_key(tenant, body, namespace, variant)
        except TypeError:  # valid JSON no encoder writes back (nested 255 deep, 2**64)
            decision = Decision(read=False, write=False, reasons=("unkeyable",))
    plan = Plan(decision, key, tenant)
    plans.put(raw, cache_control, namespace, plan, variant)
    return plan, len(raw) <= MAX_PLANNED_BODY


def _start(
    request: web.Request,
    flight: Flight,
    key: str,
    raw: bytes,
    body: dict[str, Any],
    *,
    ttl: float,
    write: bool,
    coordinate: bool = False,
    wait: float = 120.0,
    authorization: str | None = None,
    pending: Pending | None = None,
    claim: Claim | None = None,
    max_age: float | None = None,
    lock: str | None = None,
) -> None:
    app = request.app
    upstream = app[UPSTREAM]
    stream = body.get("stream") is True
    payload, fallback = _payload(request, raw, body) if stream else (raw, None)
    headers = dict(request_headers(request.headers, decoded=True, authorization=authorization))
    headers["Content-Type"] = "application/json"
    on_stored = None
    if pending is not None:  # index the prompt once its answer is stored
        semantic, known = app[SEMANTIC], pending

        async def on_stored(stored_at: float, _completion: dict[str, Any]) -> None:
            await semantic.remember(known, key, stored_at, ttl)

    call = ChatCall(
        upstream,
        app[STORE],
        flight,
        key=key,
        ttl=ttl,
        write=write,
        on_stored=on_stored,
        fallback=fallback,
    )
    url = upstream.url(
        "/chat/completions", upstream_query(request.raw_path, authorization=authorization)
    )
    coordinator = _coordinator(app) if coordinate else None

    async def run() -> None:
        try:
            if coordinator is None:
                await call.run(url, headers, payload, stream)
            else:
                args = (url, headers, payload, stream)
                quiet = upstream.settings.read_timeout
                await coordinated(coordinator, call, args, wait, claim, max_age, quiet, lock)
        finally:
            flight.settle()

    spawn(app[TASKS], run())


def _payload(
    request: web.Request, raw: bytes, body: dict[str, Any]
) -> tuple[bytes, Fallback | None]:
    """What a streamed request sends upstream: always asking for usage, so the stored
    completion carries it (the usage chunk is filtered out again for clients that did not
    ask for it), unless the client sent no `stream_options` and the upstream refuses them;
    and, when the proxy added them, the `Fallback` to the client's own body."""
    options = body.get("stream_options")
    if options is not None:  # the client's own (an upstream that refuses them, refuses it)
        if not isinstance(options, dict) or options.get("include_usage") is True:
            return raw, None  # (malformed ones get the upstream's answer)
        body = {**body, "stream_options": {**options, "include_usage": True}}
        return orjson.dumps(body), None
    refusals = request.app[STREAM_OPTION_REFUSALS]
    # the upstream as a plain string (its URL, credentials left out): `_start` builds the
    # request's URL once, this key needs no second one
    upstream = f"{request.app[UPSTREAM].base}/chat/completions?{keyed_query(request.raw_path)}"
    if upstream in refusals:
        return raw, None
    body = {**body, "stream_options": {"include_usage": True}}
    return orjson.dumps(body), Fallback(raw, functools.partial(refusals.add, upstream))


async def _serve(
    request: web.Request,
    flight: Flight,
    *,
    stream: bool,
    include_usage: bool,
    refresh: bool,
    stale: bool,
    collapsed: bool,
) -> web.StreamResponse:
    flight.subscribers += 1
    try:
        head = await flight.headed()  # shared: a client leaving cancels none
        collapsed = collapsed or flight.remote
        if stream and head.streaming:
            cache_status = status.forwarded(
                refresh=refresh, stale=stale, stored=False, collapsed=collapsed
            )
            response = await respond.live(
                request, flight, head, include_usage=include_usage, cache_status=cache_status
            )
            _observe_stored(request[OBSERVATION], flight)  # (a stream's, after its headers)
            return response
        outcome = await flight.concluded()
        cache_status = status.forwarded(
            refresh=refresh, stale=stale, stored=outcome.stored, collapsed=collapsed
        )
        return respond.outcome(
            outcome, stream=stream, include_usage=include_usage, cache_status=cache_status
        )
    except LeaderLost:
        raise  # nothing was sent to this client yet: the caller goes upstream alone
    except ProxyError as exc:
        return exc.response()
    except asyncio.CancelledError:  # the client left: the flight goes on without it
        observation = request[OBSERVATION]
        observation.status = CLIENT_CLOSED
        collapsed = collapsed or flight.remote
        # (as `observe.classify` reads the Cache-Status it would have had)
        fwd = "refresh" if refresh else "stale" if stale else "miss"
        observation.cache = "collapsed" if collapsed else fwd
        _observe_stored(observation, flight)
        raise
    finally:
        flight.subscribers -= 1
        if not flight.subscribers and flight.on_idle is not None:
            flight.on_idle()  # e.g. its call starts draining, bounded by a timer


def _observe_stored(observation: Observation, flight: Flight) -> None:
    """For the access log: whether the flight's answer is stored; for a client that left
    before its end, once the flight ends (the drain reads on and stores a complete answer)."""
    done = flight.outcome
    if done.done():
        observation.stored = _stored(done)
    else:
        observation.storing = _stored_at_end(done)


def _stored(outcome: asyncio.Future[Outcome]) -> bool:
    """Whether a flight that has ended (`outcome`) stores its answer."""
    return not outcome.cancelled() and outcome.exception() is None and outcome.result().stored


def _stored_at_end(outcome: asyncio.Future[Outcome]) -> asyncio.Future[bool]:
    """`_stored`, once the flight has ended."""
    stored: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def settle(done: asyncio.Future[Outcome]) -> None:
        if not stored.done():
            stored.set_result(_stored(done))

    outcome.add_done_callback(settle)
    return stored
