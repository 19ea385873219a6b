"""Fixtures that run the real proxy app between the openai SDK and a real local upstream."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openai
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from proxy.app import build_app
from proxy.settings import Settings
from proxy.settings_load import load_settings
from tests.upstream import FakeUpstream


@dataclass
class Proxy:
    app: web.Application
    server: TestServer
    url: str  # ".../v1"
    clients: list[Any] = field(default_factory=list)

    def client(self, api_key: str = "sk-team-a", **kwargs: Any) -> openai.AsyncOpenAI:
        kwargs.setdefault("timeout", 60)  # (the SDK's own is 600 s: a stall would outlast CI)
        client = openai.AsyncOpenAI(base_url=self.url, api_key=api_key, max_retries=0, **kwargs)
        self.clients.append(client)
        return client

    def sync_client(self, api_key: str = "sk-team-a") -> openai.OpenAI:
        client = openai.OpenAI(base_url=self.url, api_key=api_key, max_retries=0, timeout=60)
        self.clients.append(client)
        return client


@pytest.fixture
async def upstream() -> AsyncIterator[FakeUpstream]:
    up = FakeUpstream()
    await up.start()
    yield up
    await up.close()


@pytest.fixture(params=["memory", "redis"])
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def proxy_factory(
    upstream: FakeUpstream, store_kind: str, request: pytest.FixtureRequest
) -> AsyncIterator[Callable[..., Any]]:
    """Start proxy apps; several may share one store, like replicas behind a balancer."""
    started: list[Proxy] = []
    redis_url = request.getfixturevalue("redis_url") if store_kind == "redis" else None

    async def start(
        *, config: Path | None = None, env: Mapping[str, str] | None = None, **store_overrides: Any
    ) -> Proxy:
        """`config`: a config file (its teams/ next to it), reloaded live like `serve` does;
        `env`: the environment it is read with (default: empty)."""
        store: dict[str, Any] = dict(store_overrides)
        if store_kind == "redis" and "redis_url" not in store:
            store["redis_url"] = redis_url
        if store_kind == "redis" and config is None:
            # generous: these tests check what is cached, not how long Redis may take; on a
            # loaded machine a write past the shipped 0.2 s is dropped (and the answer then
            # rightly does not say "stored"). Tests of timeouts and stalls set their own, and
            # a test's config file its own (an override would hide the file's value).
            store.setdefault("op_timeout", "1s")
        overrides = {"upstream": {"url": upstream.url}, "store": store}

        def load() -> Settings:
            return load_settings(config, env=dict(env or {}), overrides=overrides)

        app = build_app(load(), loader=load if config is not None else None)
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        proxy = Proxy(app, server, str(server.make_url("/v1")))
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        for client in proxy.clients:
            if isinstance(client, openai.AsyncOpenAI):
                await client.close()
            else:
                client.close()
        await proxy.server.close()


@pytest.fixture
async def proxy(proxy_factory: Callable[..., Any]) -> Proxy:
    return await proxy_factory()  # type: ignore[no-any-return]


@pytest.fixture
def client(proxy: Proxy) -> openai.AsyncOpenAI:
    return proxy.client()
