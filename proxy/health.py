"""`GET /healthz`: 200 while the proxy serves (even degraded: it fails open), with the
store's state so operators and load balancers can see a Redis outage."""

from __future__ import annotations

import os

import orjson
from aiohttp import web

from proxy.appkeys import SETTINGS, STORE


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
    body = {
        "status": "ok" if store_state.get("state") == "ok" else "degraded",
        "store": store_state,
        "upstream": request.app[SETTINGS].upstream.url,
        "pid": os.getpid(),  # which worker answered (`--workers N`)
    }
    return web.Response(body=orjson.dumps(body), content_type="application/json")
