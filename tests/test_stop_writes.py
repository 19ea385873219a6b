"""A stop whose budget is (nearly) spent cuts the upstream calls still running, never the
store write of an answer that has fully come (it gets a small floor of time): the entry
is stored, whole; the chat and the embeddings routes alike."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

import proxy.app
from proxy.app import SALT_KEY, build_app
from proxy.settings_load import load_settings
from proxy.store import MemoryStore
from proxy.tasks import stop_by
from tests.upstream import FakeUpstream

WRITE = 0.01  # seconds a store write takes once the stop cut the calls under way


class _SlowWrites(MemoryStore):
    """A store whose writes end just after the stop's cut (a store write under way then),
    well within the floor a write gets."""

    def __init__(self) -> None:
        super().__init__()
        self.writing = asyncio.Event()
        self.cut = asyncio.Event()

    async def _slow(self) -> None:
        self.writing.set()
        cut = asyncio.ensure_future(self.cut.wait())
        try:  # (not wait_for: on 3.11 it drops a cancellation that lands as it ends)
            await asyncio.wait({cut}, timeout=0.05)
        finally:
            cut.cancel()
        await asyncio.sleep(WRITE)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        await self._slow()
        await super().set(key, value, ttl)

    async def mset(self, items: Sequence[tuple[str, bytes, float]]) -> None:
        await self._slow()
        await super().mset(items)


@pytest.fixture
async def served(
    upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[TestServer, _SlowWrites]]:
    store = _SlowWrites()
    cut = proxy.app.stop_tasks

    async def stop_tasks(tasks: Any, *args: Any, **kwargs: Any) -> Any:
        store.cut.set()  # the clean-up cuts what still runs
        return await cut(tasks, *args, **kwargs)

    monkeypatch.setattr(proxy.app, "stop_tasks", stop_tasks)
    settings = load_settings(None, env={}, overrides={"upstream": {"url": upstream.url}})
    server = TestServer(build_app(settings, store=store), host="127.0.0.1")
    await server.start_server()
    try:
        yield server, store
    finally:
        await server.close()
        stop_by(None)


async def _stop_while_writing(server: TestServer, store: _SlowWrites, path: str, ask: Any) -> None:
    """Send `ask`, take its answer, and stop the app at once (no budget left) while the
    answer's store write is under way."""
    async with aiohttp.ClientSession() as http:
        async with http.post(server.make_url(path), json=ask) as response:
            assert response.status == 200
            await response.read()
    await asyncio.wait_for(store.writing.wait(), 5)
    stop_by(time.monotonic())  # the stop's deadline: now (shutdown_timeout 0, all spent)
    await server.close()  # the app's clean-up: its cut


async def _answers(store: _SlowWrites) -> int:
    """The entries stored but the shared key salt."""
    return len(store) - (await store.get(SALT_KEY) is not None)


async def test_a_chat_answer_that_came_before_the_cut_is_stored(
    served: tuple[TestServer, _SlowWrites],
) -> None:
    server, store = served
    ask = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "stored at stop"}]}
    await _stop_while_writing(server, store, "/v1/chat/completions", ask)
    assert await _answers(store) == 1  # (cut with the calls: none)


async def test_an_embeddings_answer_that_came_before_the_cut_is_stored(
    served: tuple[TestServer, _SlowWrites],
) -> None:
    server, store = served
    inputs = [f"stored at stop {i}" for i in range(3)]
    await _stop_while_writing(
        server, store, "/v1/embeddings", {"model": "text-embedding-3-small", "input": inputs}
    )
    assert await _answers(store) == len(inputs)
