"""Typed application state (aiohttp `web.AppKey`)."""

from __future__ import annotations

import asyncio

from aiohttp import web

from proxy.coordination import Coordinator
from proxy.flights import Flights
from proxy.item_flights import ItemFlights
from proxy.plans import Plans
from proxy.refusals import Base64Vectors, Refusals
from proxy.semantic.cache import SemanticCache
from proxy.settings import Settings
from proxy.store.base import Store
from proxy.tenancy import Tenancy
from proxy.upstream import Upstream
from proxy.vector_text import VectorTexts

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", Store)
UPSTREAM = web.AppKey("upstream", Upstream)
TENANCY = web.AppKey("tenancy", Tenancy)
FLIGHTS = web.AppKey("flights", Flights)
COORDINATOR = web.AppKey("coordinator", Coordinator)  # only with Redis
SEMANTIC = web.AppKey("semantic", SemanticCache)
TASKS = web.AppKey("tasks", set[asyncio.Task[None]])
PLANS = web.AppKey("plans", Plans)  # decisions and keys of recent chat requests
VECTOR_TEXTS = web.AppKey("vector_texts", VectorTexts)  # JSON of recently answered vectors
EMBEDDING_FLIGHTS = web.AppKey("embedding_flights", ItemFlights)  # items being embedded
# (upstream, model) pairs that refused or accepted base64 vectors lately
EMBEDDING_FORMATS = web.AppKey("embedding_formats", Base64Vectors)
# upstreams that refused the stream_options the proxy adds to chat streams lately
STREAM_OPTION_REFUSALS = web.AppKey("stream_option_refusals", Refusals[str])
