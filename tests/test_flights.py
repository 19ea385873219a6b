"""A flight's waiters: what wakes them, and that one leaving takes nothing from the others."""

from __future__ import annotations

import asyncio

import pytest
from multidict import CIMultiDict

from proxy.errors import ProxyError
from proxy.flights import Flight, Flights, Head, Outcome

SSE_HEAD = Head(200, CIMultiDict(), streaming=True, content_type="text/event-stream")
JSON_HEAD = Head(200, CIMultiDict(), streaming=False, content_type="application/json")


async def test_a_waiter_for_the_outcome_sleeps_through_a_streamed_flights_events() -> None:
    """A non-streaming request joined to a streamed call waits for its end only: it is not
    woken (and put back to sleep) at every relayed event."""
    flight = Flight()
    flight.set_head(SSE_HEAD)
    outcome = asyncio.create_task(flight.concluded())
    await asyncio.sleep(0)
    for n in range(50):
        flight.publish(b'data: {"n": %d}\n\n' % n, False)
        await asyncio.sleep(0)
        assert flight._waiters == []  # nothing waits in `changed` to be woken by events
    assert not outcome.done()
    flight.finish(Outcome(SSE_HEAD, b"{}", b"{}"))
    assert (await asyncio.wait_for(outcome, 1)).body == b"{}"


async def test_a_waiter_that_leaves_does_not_cancel_the_outcome_for_the_others() -> None:
    flight = Flight()
    leaving = asyncio.create_task(flight.concluded())
    staying = asyncio.create_task(flight.concluded())
    await asyncio.sleep(0)
    leaving.cancel()
    with pytest.raises(asyncio.CancelledError):
        await leaving
    assert not flight.outcome.cancelled()
    flight.finish(Outcome(SSE_HEAD, b"answer"))
    assert (await asyncio.wait_for(staying, 1)).body == b"answer"


async def test_a_failed_flight_raises_its_error_to_the_waiters_for_its_outcome() -> None:
    flight = Flight()
    waiting = asyncio.create_task(flight.concluded())
    await asyncio.sleep(0)
    flight.fail(ProxyError("upstream gone"))
    with pytest.raises(ProxyError, match="upstream gone"):
        await asyncio.wait_for(waiting, 1)


async def test_a_stream_joins_a_plain_flight_whose_answer_has_come() -> None:
    """A stream=true request leads a streamed call beside a stream=false flight still
    waiting for its whole answer; once that answer is there (being stored), it joins the
    flight and gets it replayed rather than make a second upstream call."""
    flights = Flights()
    plain, leader = flights.join("k")
    assert leader
    beside, leader = flights.join("k", stream=True)  # the plain answer is still to come
    assert leader and beside is not plain
    beside.settle()  # its answer is in the store: it leaves `beside`
    plain.finish(Outcome(JSON_HEAD, b"{}", b"{}", stored=True))  # active until it is stored
    joined, leader = flights.join("k", stream=True)
    assert joined is plain and not leader
    assert not flights.beside
