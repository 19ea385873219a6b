"""build_app(settings) -> aiohttp Application: routes, start-up and clean-up."""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
from collections.abc import AsyncIterator, Callable

from aiohttp import web

from proxy.admin import add_admin
from proxy.appkeys import (
    COORDINATOR,
    EMBEDDING_FLIGHTS,
    EMBEDDING_FORMATS,
    FLIGHTS,
    PLANS,
    SETTINGS,
    STORE,
    STREAM_OPTION_REFUSALS,
    TASKS,
    TENANCY,
    UPSTREAM,
    VECTOR_TEXTS,
)
from proxy.coordination import open_coordinator
from proxy.errors import error_response
from proxy.flights import Flights
from proxy.health import healthz
from proxy.item_flights import ItemFlights
from proxy.observe import OBSERVERS, PASSTHROUGH, observed
from proxy.passthrough import passthrough
from proxy.plans import Plans
from proxy.redact import hide_malformed_requests
from proxy.refusals import Base64Vectors, Refusals
from proxy.reload import Loader, live_config
from proxy.routes.body import BODIES, MAX_BODY, Bodies
from proxy.routes.chat import chat_completions
from proxy.routes.embeddings import embeddings
from proxy.semantic.setup import semantic_ctx
from proxy.settings import Settings
from proxy.store import MemoryStore, answering, open_store
from proxy.store.base import Store
from proxy.tasks import left, stopping
from proxy.tasks import stop as stop_tasks
from proxy.tasks import wait as wait_tasks
from proxy.telemetry import setup_telemetry
from proxy.tenancy import Tenancy
from proxy.tokens import warm
from proxy.upstream import Upstream
from proxy.vector_text import VectorTexts
from proxy.writes import FLOOR as WRITE_FLOOR
from proxy.writes import split

log = logging.getLogger("llmstash")
SALT_KEY = "ls:salt"
SALT_CHECK = 1.0  # seconds between checks that the store still holds the shared salt
STORES_WAIT = 5.0  # seconds the clean-up waits for upstream calls and stores (less if stopping)
CUT_WAIT = 0.25  # ... of them, kept for the calls it then cuts to tell their followers so


def build_app(
    settings: Settings, *, store: Store | None = None, loader: Loader | None = None
) -> web.Application:
    """The proxy application. `store` overrides the one the settings name (tests, embedding);
    `loader` re-reads the settings from their sources for hot reload (none: no reload)."""
    hide_malformed_requests()  # aiohttp would log their credentials
    app = web.Application(
        client_max_size=MAX_BODY,
        # aiohttp's keep-alive timer runs from a connection's accept and from each answer,
        # and closes the connection if no whole request (headers) came by then: idle and
        # slow-header connections (slowloris) are bounded alike
        handler_args={
            "tcp_keepalive": True,
            "keepalive_timeout": settings.server.header_timeout,
        },
    )
    app[OBSERVERS] = []
    app[SETTINGS] = settings
    app[FLIGHTS] = Flights()
    app[TASKS] = set()
    app[VECTOR_TEXTS] = VectorTexts()
    app[EMBEDDING_FLIGHTS] = ItemFlights()
    app[EMBEDDING_FORMATS] = Base64Vectors()  # what upstreams did with base64 vectors
    app[PLANS] = Plans()
    app[BODIES] = Bodies(settings.server)
    app[STREAM_OPTION_REFUSALS] = Refusals(max_keys=256)  # upstreams refusing stream_options
    app.cleanup_ctx.append(_resources(store))
    app.cleanup_ctx.append(semantic_ctx)
    app.cleanup_ctx.append(live_config(loader))  # team versions, hot reload
    setup_telemetry(app)  # after the store's context: flushes stats before it closes
    add_admin(app)
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/v1/chat/completions", observed(chat_completions, "chat"))
    app.router.add_post("/v1/embeddings", observed(embeddings, "embeddings"))
    app.router.add_route("*", "/v1/{tail:.*}", observed(passthrough, PASSTHROUGH))
    app.router.add_route("*", "/{tail:.*}", not_found)  # last: what no route above takes
    return app


async def not_found(request: web.Request) -> web.Response:
    """Outside `/v1/` and the proxy's own routes: a 404 (or a 405 for a path served to other
    methods) in OpenAI's shape, as its API answers an unknown URL, not aiohttp's plain-text
    one that an SDK cannot read (e.g. a base URL without `/v1`)."""
    allowed: set[str] = set()
    for resource in request.app.router.resources():
        match, methods = await resource.resolve(request)
        if match is None:
            allowed |= methods
    message = f"Invalid URL ({request.method} {request.path})"
    if allowed:
        response = error_response(
            405, f"Method not allowed: {message}", "invalid_request_error", "method_not_allowed"
        )
        response.headers["Allow"] = ", ".join(sorted(allowed))
        return response
    return error_response(404, message, "invalid_request_error", "unknown_url")


def _resources(
    given: Store | None,
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def resources(app: web.Application) -> AsyncIterator[None]:
        settings = app[SETTINGS]
        cfg = settings.store
        # (not `given or ...`: an empty MemoryStore is falsy, it has a length)
        store = given
        if store is None:
            store = open_store(
                cfg.redis_url,
                cluster=cfg.cluster,
                memory_max_bytes=cfg.memory_max_bytes,
                op_timeout=cfg.op_timeout,
                failure_threshold=cfg.failure_threshold,
                cooldown=cfg.cooldown,
            )
        app[STORE] = store
        salt, shared = await _salt(settings, store)
        app[TENANCY] = Tenancy(salt, settings)
        keeper = None
        if not settings.key_salt and not isinstance(store, MemoryStore):
            keeper = asyncio.create_task(_keep_salt(store, salt, shared), name="llmstash-salt")
        if cfg.redis_url and given is None:
            app[COORDINATOR] = open_coordinator(
                cfg.redis_url, cluster=cfg.cluster, lock_ttl=settings.defaults.stampede.lock_ttl
            )
        session = Upstream.open_session(settings.upstream)
        app[UPSTREAM] = Upstream(session, settings.upstream)
        threading.Thread(target=warm, name="tiktoken-warm", daemon=True).start()
        yield
        tasks = app[TASKS]
        if tasks:  # let stores of finished streams complete; not past the stop's deadline
            await wait_tasks(list(tasks), max(0.0, left(STORES_WAIT) - CUT_WAIT))
        if tasks:
            # the calls still running are cut: their flights fail as given up (followers on
            # other replicas take over at once), and their mirrors' end records and lock
            # releases reach Redis before the coordinator closes. Not the store writes of
            # answers that have come: those get as long, and at least a floor (a stop with
            # a tiny budget cut them at once)
            writes, calls = split(tasks)
            cut = stop_tasks(calls, CUT_WAIT)
            if writes:
                floored = asyncio.wait(writes, timeout=max(WRITE_FLOOR, left(CUT_WAIT)))
                await asyncio.gather(cut, floored)
            else:
                await cut
            if tasks:
                await stop_tasks(list(tasks), CUT_WAIT)
        if keeper is not None:
            await stop_tasks([keeper])
        await session.close()
        if COORDINATOR in app:
            await app[COORDINATOR].close()
        if given is None:
            await store.close()

    return resources


async def _salt(settings: Settings, store: Store) -> tuple[bytes, bool]:
    """The salt of credential hashes: configured, else shared through the store so every
    replica derives the same tenant from the same key (else entries would not be shared).
    With whether it is the store's (False: the store did not answer, it is this process's)."""
    if settings.key_salt:
        return settings.key_salt.encode(), True
    candidate = secrets.token_hex(16).encode()
    try:
        created = await store.add(SALT_KEY, candidate, ttl=None)  # first replica wins
        if created and not isinstance(store, MemoryStore):  # shared: it outlives us
            log.warning(
                "created a new key salt in the store (%s): cache scopes now depend on that"
                " key; entries made under an earlier salt are unreachable. Set key_salt in"
                " production",
                SALT_KEY,
            )
        shared = await store.get(SALT_KEY)
        if shared is not None:
            return shared, True
    except Exception as exc:  # fail open: a process-local salt still caches within it
        log.warning("could not share the key salt through the store: %s", exc)
    return candidate, False


async def _keep_salt(store: Store, salt: bytes, shared: bool, interval: float = SALT_CHECK) -> None:
    """Put this replica's salt back whenever the store lost it (restarted empty, or a
    policy such as allkeys-lru evicted it), so that a replica starting later derives the
    same scopes instead of a new salt; warn once if the store holds another salt (this
    replica started while the store was unreachable: its scopes are its own). Only a
    `shared` salt (the store's when this replica started) is put back: one of its own would
    part the replicas starting later from the ones that share the store's."""
    warned: bytes | None = None
    while not stopping():
        await asyncio.sleep(interval)
        try:
            stored = await store.get(SALT_KEY)
            if stored is None and shared and answering(store):
                if await store.add(SALT_KEY, salt, ttl=None):
                    log.warning("the store lost the key salt (%s); put it back", SALT_KEY)
                    continue
                stored = await store.get(SALT_KEY)
            if stored is not None and stored != salt and stored != warned:
                warned = stored
                log.warning(
                    "the store holds another key salt (%s) than this replica's (it started"
                    " while the store was unreachable, or another replica made a new one):"
                    " its callers' entries are not shared until it restarts. Set key_salt",
                    SALT_KEY,
                )
        except Exception:  # keep checking; a store fails open anyway
            log.exception("checking the shared key salt failed")
