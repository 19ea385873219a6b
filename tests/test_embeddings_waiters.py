"""A request waiting on items another request embeds: when that request fails (its
upstream call fails, or its client leaves), the waiter claims the items left at once and
embeds them alongside its own call, not after it. Each upstream call is held until the test
lets it go, so the order of the calls is the test, not their timing."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
import numpy as np
import orjson
import pytest
from aiohttp import web
from multidict import CIMultiDict

from proxy.appkeys import TASKS
from proxy.embedding_call import Embedded
from proxy.embedding_entries import Entry, Hit, Landed, New, Shared, entries
from proxy.embedding_gather import Gathered, gather
from proxy.item_flights import ItemFlights
from proxy.vectors import Item
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream, expected_vector

EMB = "/v1/embeddings"
MODEL = "text-embedding-3-small"
HEADERS = {"Authorization": "Bearer sk-team-a"}
SOON = 5.0  # seconds: a bound on what is due now, never reached when it is


class Held:
    """Holds each embeddings call of `upstream` (in the order they come) until let go."""

    def __init__(self, upstream: FakeUpstream) -> None:
        self.upstream = upstream
        self.go: list[asyncio.Event] = []
        self.came = asyncio.Condition()
        accept = upstream._accept

        async def held(request: web.Request) -> Any:
            go = asyncio.Event()
            self.go.append(go)
            async with self.came:
                self.came.notify_all()
            await go.wait()
            return await accept(request)  # then a fault queued by `fail_next`, if any

        upstream._accept = held  # type: ignore[method-assign]

    def inputs(self) -> list[list[str]]:
        return [c.json["input"] for c in self.upstream.calls_to(EMB)]

    async def arrived(self, n: int) -> list[list[str]]:
        """The inputs of the upstream calls once there are `n` of them."""
        async with asyncio.timeout(SOON), self.came:
            await self.came.wait_for(lambda: len(self.go) >= n)
        return self.inputs()

    def release(self, call: int) -> None:
        self.go[call].set()


async def post(http: aiohttp.ClientSession, proxy: Proxy, items: list[str]) -> Any:
    body = {"model": MODEL, "input": items}
    async with http.post(proxy.url + "/embeddings", json=body, headers=HEADERS) as r:
        return r.status, r.headers, orjson.loads(await r.read())


async def stored(proxy: Proxy) -> None:
    """Once the store writes made after the answers are over."""
    running = proxy.app[TASKS]
    writes = set(running)
    if writes:
        _, late = await asyncio.wait(writes, timeout=SOON)
        assert not late


def assert_answers(answer: Any, items: list[str], dims: int) -> None:
    status, _, body = answer
    assert status == 200, body
    assert [d["index"] for d in body["data"]] == list(range(len(items)))
    for item, data in zip(items, body["data"], strict=True):
        got = np.asarray(data["embedding"], dtype=np.float32)
        assert np.array_equal(got, expected_vector(MODEL, item, dims)), item
    assert body["usage"]["prompt_tokens"] == len(items)  # one word each, each embedded once


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
@pytest.mark.parametrize("how", ["upstream error", "client left"])
async def test_a_waiter_embeds_what_a_failed_request_left_alongside_its_own_call(
    proxy: Proxy, upstream: FakeUpstream, how: str
) -> None:
    held = Held(upstream)
    dims = upstream.embedding_dims
    async with aiohttp.ClientSession() as http:
        first = asyncio.create_task(post(http, proxy, ["k1", "k2"]))
        assert await held.arrived(1) == [["k1", "k2"]]
        waiter = asyncio.create_task(post(http, proxy, ["k2", "k3"]))
        # it claims k3 and calls for it; k2 it waits for
        assert await held.arrived(2) == [["k1", "k2"], ["k3"]]

        if how == "upstream error":
            upstream.fail_next(429)
            held.release(0)
            status, _, _ = await first
            assert status == 429
        else:
            first.cancel()  # its call ends with it
            with pytest.raises(asyncio.CancelledError):
                await first
        # the waiter claims k2 and calls for it at once, its own call still held
        assert await held.arrived(3) == [["k1", "k2"], ["k3"], ["k2"]]
        assert not waiter.done()

        # a third request waits for k2 on the waiter's new call; k1 nobody embeds now
        third = asyncio.create_task(post(http, proxy, ["k2", "k1"]))
        assert await held.arrived(4) == [["k1", "k2"], ["k3"], ["k2"], ["k1"]]
        for call in (3, 2, 1, 0):
            held.release(call)
        answer = await waiter
        assert_answers(answer, ["k2", "k3"], dims)
        assert answer[1]["Cache-Status"] == "llmstash; fwd=miss; stored"
        assert answer[1]["X-Llmstash-Cached-Items"] == "0/2"
        assert_answers(await third, ["k2", "k1"], dims)

        # all of it stored (once the answers are out), each item embedded once but for
        # the call that failed
        await stored(proxy)
        status, headers, body = await post(http, proxy, ["k3", "k1", "k2"])
        assert_answers((status, headers, body), ["k3", "k1", "k2"], dims)
        assert headers["Cache-Status"] == "llmstash; hit"
    assert held.inputs() == [["k1", "k2"], ["k3"], ["k2"], ["k1"]]


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_waiter_whose_own_call_fails_first_answers_its_error(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """Its error is the answer; its call for the items it took over is cancelled and
    their claim released: the next request embeds them."""
    held = Held(upstream)
    async with aiohttp.ClientSession() as http:
        first = asyncio.create_task(post(http, proxy, ["k1", "k2"]))
        await held.arrived(1)
        waiter = asyncio.create_task(post(http, proxy, ["k2", "k3"]))
        await held.arrived(2)
        upstream.fail_next(429, times=2)
        held.release(0)
        assert (await first)[0] == 429
        assert await held.arrived(3) == [["k1", "k2"], ["k3"], ["k2"]]
        held.release(1)  # its own call, for k3
        status, _, body = await waiter
        assert status == 429, body
        # nothing of it was stored, nothing is claimed: k2 is embedded again
        after = asyncio.create_task(post(http, proxy, ["k2", "k3"]))
        assert await held.arrived(4) == [["k1", "k2"], ["k3"], ["k2"], ["k2", "k3"]]
        for call in (2, 3):
            held.release(call)
        assert_answers(await after, ["k2", "k3"], upstream.embedding_dims)


class Calls:
    """A fake upstream for `gather`: each call held until let go, or cancelled."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []
        self.go: list[asyncio.Future[Embedded | web.Response]] = []
        self.cancelled: list[list[str]] = []
        self.came = asyncio.Condition()

    async def __call__(self, keys: list[str]) -> Embedded | web.Response:
        answer: asyncio.Future[Embedded | web.Response] = asyncio.Future()
        self.asked.append(keys)
        self.go.append(answer)
        async with self.came:
            self.came.notify_all()
        try:
            return await answer
        except asyncio.CancelledError:
            self.cancelled.append(keys)
            raise

    async def arrived(self, n: int) -> list[list[str]]:
        async with asyncio.timeout(SOON), self.came:
            await self.came.wait_for(lambda: len(self.asked) >= n)
        return self.asked

    def answer(self, call: int) -> None:
        keys = self.asked[call]
        vectors = [expected_vector(MODEL, k, 4).tobytes() for k in keys]
        self.go[call].set_result(Embedded(vectors, len(keys), MODEL, CIMultiDict()))


async def counted(new: New) -> tuple[list[Entry], Landed]:
    return entries(new, MODEL, 60.0)


async def test_past_the_wait_what_others_still_embed_is_called_for_at_once() -> None:
    """Not after its own call: alongside it, unclaimed (the other request holds it)."""
    flights: ItemFlights[Shared] = ItemFlights()
    other = flights.claim(["a"])  # another request embeds "a" and never ends in time
    calls, found, got = Calls(), dict[str, Hit](), Gathered(claims=True, counts=True)
    first: dict[str, Item] = {"a": "a", "b": "b"}
    gathering = asyncio.create_task(
        gather(flights, ["a", "b"], found, first, calls, counted, got, 0.05)
    )
    assert await calls.arrived(2) == [["b"], ["a"]]  # "b" still held
    calls.answer(1)
    calls.answer(0)
    assert await gathering is None
    assert {k: bytes(v[2]) for k, v in found.items()} == {
        k: expected_vector(MODEL, k, 4).tobytes() for k in "ab"
    }
    assert not got.shared and sorted(n.keys for n in got.news) == [["a"], ["b"]]
    assert len(got.held) == 1 and "a" in flights.join(["a"], claim=False).theirs
    other.release()


async def test_an_upstream_error_cancels_the_calls_under_way() -> None:
    flights: ItemFlights[Shared] = ItemFlights()
    other = flights.claim(["a"])
    calls, found, got = Calls(), dict[str, Hit](), Gathered(claims=True, counts=True)
    first: dict[str, Item] = {"a": "a", "b": "b"}
    gathering = asyncio.create_task(
        gather(flights, ["a", "b"], found, first, calls, counted, got, SOON)
    )
    await calls.arrived(1)
    other.release()  # it failed: "a" is claimed again and called for
    assert await calls.arrived(2) == [["b"], ["a"]]
    calls.go[0].set_result(web.Response(status=429))
    error = await gathering
    assert error is not None and error.status == 429
    await asyncio.sleep(0)  # the cancellation reaches the call
    assert calls.cancelled == [["a"]]
    assert len(got.held) == 2  # released by the route, with nothing landed
