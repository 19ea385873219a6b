"""In-process single flight: N identical concurrent misses share one upstream call.

A `Flight` is the shared state of one upstream call: its head (status and headers), the
SSE events relayed so far (so streaming followers get the chunks live) and its outcome.
The call runs in its own task, owned by no client, so a client that leaves never cancels
what the others wait for (and a stream already paid for is still stored).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from multidict import CIMultiDict

from proxy.errors import ProxyError


@dataclass(slots=True)
class Head:
    status: int
    headers: CIMultiDict[str]
    streaming: bool  # the body is an SSE stream relayed through `Flight.events`
    content_type: str


@dataclass(slots=True)
class Outcome:
    """How a flight ended. `body` is what a non-streaming client gets; `completion` is the
    completion JSON when the call succeeded (so streaming clients can get it replayed)."""

    head: Head
    body: bytes
    completion: bytes | None = None
    stored: bool = False


class Mirror(Protocol):
    """Receives everything a flight's producer does, e.g. to replay it on other replicas."""

    def head(self, head: Head) -> None: ...
    def event(self, raw: bytes, usage_only: bool) -> None: ...
    def end(
        self,
        outcome: Outcome | None,
        error: ProxyError | None,
        *,
        complete: bool,
        ended: bool = False,
    ) -> None:
        """`complete`: the stream ended with [DONE]; `ended`: it ended cleanly, [DONE] or
        not (its clients end theirs likewise: `Flight.ended`)."""


class Flight:
    def __init__(self) -> None:
        loop = asyncio.get_running_loop()
        self.head: asyncio.Future[Head] = loop.create_future()
        self.outcome: asyncio.Future[Outcome] = loop.create_future()
        self.events: list[bytes] = []
        # per event: a usage-only chunk (not every client wants it)
        self.usage_only: list[bool] = []
        self.closed = False  # no more events will come
        self.complete = False  # the stream ended with [DONE]
        self.ended = False  # the upstream ended its stream cleanly, [DONE] or not
        self.subscribers = 0
        self.mirror: Mirror | None = None  # copies what happens to other replicas
        self.remote = False  # fed by another replica's call (this replica calls no upstream)
        self.streamed = False  # started by a stream=true request (its head comes first)
        self.on_settled: Callable[[], None] | None = None
        self.on_idle: Callable[[], None] | None = None  # its last local client left
        self._loop = loop
        self._waiters: list[asyncio.Future[None]] = []  # consumers waiting in `changed`

    # --- producer side -------------------------------------------------------------
    def set_head(self, head: Head) -> None:
        if not self.head.done():
            self.head.set_result(head)
            self._wake()  # its subscribers: `headed`
            if self.mirror is not None:
                self.mirror.head(head)

    def publish(self, raw: bytes, usage_only: bool) -> None:
        self.events.append(raw)
        self.usage_only.append(usage_only)
        self._wake()  # first: the local subscribers write before anything else runs
        if self.mirror is not None:
            self.mirror.event(raw, usage_only)

    def finish(self, outcome: Outcome) -> None:
        self.set_head(outcome.head)
        if not self.outcome.done():
            self.outcome.set_result(outcome)
            if self.mirror is not None:
                self.mirror.end(outcome, None, complete=self.complete)
        if not outcome.stored:
            self.settle()
        self.close()

    def fail(self, exc: ProxyError) -> None:
        if not self.outcome.done() and self.mirror is not None:
            self.mirror.end(None, exc, complete=False, ended=self.ended)
        for future in (self.head, self.outcome):
            if not future.done():
                future.set_exception(exc)
                future.exception()  # mark retrieved: not every flight has a waiter
        self.settle()
        self.close()

    def settle(self) -> None:
        """Nothing more to share: later requests read the cache (or call anew) instead of
        joining. A stored answer settles once it is in the store, so no request can slip
        between the end of the flight and the entry."""
        if self.on_settled is not None:
            on_settled, self.on_settled = self.on_settled, None
            on_settled()

    def close(self) -> None:
        self.closed = True
        self._wake()

    def _wake(self) -> None:
        waiters = self._waiters
        if waiters:
            self._waiters = []
            for waiter in waiters:
                if not waiter.done():  # (cancelled: its consumer left)
                    waiter.set_result(None)

    # --- consumer side -------------------------------------------------------------
    async def changed(self) -> None:
        """Return at the next change: an event, the head, the end. (A future per waiter, as
        `asyncio.Event` has, without a new Event per change.)"""
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def headed(self) -> Head:
        """The head, once it is there (or the error the flight failed with). Waited for
        through `changed`, not `asyncio.shield(self.head)`: a client that leaves cancels
        only its own wait just the same, and the waiter resumes one loop iteration after
        `set_head`, not three (shield's relay adds two)."""
        head = self.head
        while not head.done():
            await self.changed()
        return head.result()

    async def concluded(self) -> Outcome:
        """The outcome, once it is there (or the error the flight failed with). Waited for
        with `asyncio.wait`, which a client leaving does not cancel for the others, and not
        through `changed`: that would wake this waiter at every event of a streamed flight."""
        outcome = self.outcome
        if not outcome.done():
            await asyncio.wait((outcome,))
        return outcome.result()


@dataclass(slots=True)
class Flights:
    """Flights in progress by cache key."""

    active: dict[str, Flight] = field(default_factory=dict)
    # streamed flights started beside a non-streamed one of the same key (`join`)
    beside: dict[str, Flight] = field(default_factory=dict)

    def join(self, key: str, stream: bool = False) -> tuple[Flight, bool]:
        """The flight for `key` and whether the caller leads it (must start the call).
        A `stream` request does not join a flight whose head is to come only with its whole
        answer (a stream=false request's, still waiting for it): its client wants its first
        bytes now, so it leads a streamed flight beside it, which the streams that come
        meanwhile join. One whose answer is there already it joins (and gets it replayed)."""
        flight = self.active.get(key)
        if flight is None:
            flight = self.beside.get(key)  # (the non-streamed flight has ended)
            if flight is not None:
                return flight, False
            return self._start(self.active, key, stream)
        if not stream or flight.streamed or _headed(flight):
            return flight, False
        streamed = self.beside.get(key)
        if streamed is not None:
            return streamed, False
        return self._start(self.beside, key, stream)

    def _start(self, flights: dict[str, Flight], key: str, stream: bool) -> tuple[Flight, bool]:
        flight = Flight()
        flight.streamed = stream
        flight.on_settled = lambda: _land(flights, key, flight)
        flights[key] = flight
        return flight, True

    def take_over(self, key: str, stale: Flight, stream: bool = False) -> tuple[Flight, bool]:
        """Like `join`, for requests that cannot use `stale` (answered before a refresh;
        its leader on another replica lost): the first starts a new flight, the others
        join it."""
        _land(self.active, key, stale)
        _land(self.beside, key, stale)
        return self.join(key, stream)

    def land(self, key: str, flight: Flight) -> None:
        _land(self.active, key, flight)


def _land(flights: dict[str, Flight], key: str, flight: Flight) -> None:
    if flights.get(key) is flight:
        del flights[key]


def _headed(flight: Flight) -> bool:
    """Whether `flight` has its head, so a stream joining it waits for no whole answer:
    it relays a stream already (e.g. a non-streamed request's flight fed by a streamed one
    on another replica), or it is a non-streamed one whose answer has come (replayed)."""
    head = flight.head
    return head.done() and not head.cancelled() and head.exception() is None
