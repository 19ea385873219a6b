"""The leader's side of a cross-replica flight: `StreamMirror` copies the flight (head,
each SSE event, the end with the body) into its live Redis Stream once a follower on another
replica asks for it, and the record helpers that write those records and read them back
(the follower's side, `proxy.follower.follow`). See `proxy.coordination`."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import orjson
from multidict import CIMultiDict

from proxy.errors import LeaderLost, ProxyError, UpstreamBroken
from proxy.flights import Flight, Head, Outcome
from proxy.locks import RELEASE

if TYPE_CHECKING:
    from proxy.coordination import Coordinator

log = logging.getLogger("llmstash.coordination")

_LIVE_TTL_MS = 120_000  # a flight's live stream, while it runs
# once its end is written: followers read it within ms, and later requests find the entry
# (a stream kept for minutes would hold every streamed token of every miss in Redis)
ENDED_TTL_MS = 10_000
_LIVE_MAXLEN = 20_000
_HEAD_DELAY = 0.05  # the head waits this long for the first event to go out with it


_Record = bytes | dict[bytes, bytes] | Head  # bytes: a plain event


class StreamMirror:
    """Leader side: once a follower asks (`activate`), appends the flight's head, events and
    end to the live stream, in order, from the start, batching whatever accumulated while
    the previous XADDs were in flight. Writes leave after the leader's own clients got what
    they carry (the task starts with the first record, and yields once before each batch).
    Until then the records only queue up (references to the flight's own bytes)."""

    def __init__(self, coordinator: Coordinator, stream: str, lock: str, token: str) -> None:
        self.coordinator = coordinator
        self.stream = stream
        self.lock = lock
        self.token = token
        self.released = False  # the lock went out with the end record
        # a Head is encoded when sent; a plain event is the flight's own bytes (an inactive
        # mirror may hold every event of a long stream: no per-event record of its own)
        self._pending: list[_Record] = []
        self._wake = asyncio.Event()
        self._ended = False
        # the end may release the lock, unless the answer is still to be stored: then the
        # lock is released after the store write (no request may lead in between)
        self._release_with_end = True
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._kicked = False
        self._loop = asyncio.get_running_loop()
        self.active = False  # a follower asked for this flight
        # records are numbered from 0: a follower that finds one missing (the stream was
        # evicted, or cut by MAXLEN) stops rather than pass on an answer with a hole in it
        self._numbered = 0

    def activate(self) -> None:
        if not self.active:
            self.active = True
            self._kick()

    def head(self, head: Head) -> None:
        # Not sent on its own: it goes out with the first event (or the end), after the
        # leader's clients got that event, so no Redis write sits between the upstream's
        # head and its first event. A first event slower than _HEAD_DELAY lets it out alone.
        self._pending.append(head)
        if self.active and self._timer is None:
            self._timer = self._loop.call_later(_HEAD_DELAY, self._kick)

    def event(self, raw: bytes, usage_only: bool) -> None:
        self._put({b"t": b"u", b"d": raw} if usage_only else raw)

    def end(
        self,
        outcome: Outcome | None,
        error: ProxyError | None,
        *,
        complete: bool,
        ended: bool = False,
    ) -> None:
        if outcome is not None:
            info: dict[str, Any] = {
                "head": _head_info(outcome.head),
                "completion": outcome.completion is not None,
                "stored": outcome.stored,
                "complete": complete,
            }
            self._put({b"t": b"x", b"d": orjson.dumps(info), b"b": outcome.body})
            self._release_with_end = not outcome.stored
        elif isinstance(error, LeaderLost):
            # this replica gave the call up (it is stopping): followers that got nothing
            # yet take over at once (the lock goes with this record), the others are cut
            self._put({b"t": b"a"})
        else:
            err = error or UpstreamBroken("leader failed")
            info = {
                "error": {
                    "status": err.status,
                    "message": err.message,
                    "type": err.type,
                    "code": err.code,
                    "param": err.param,
                    # its Cache-Status: followers answer as the leader's replica does
                    "detail": err.detail,
                    "forwarded": err.forwarded,
                },
                # a stream that ended cleanly without [DONE]: followers end theirs alike
                "ended": ended,
            }
            self._put({b"t": b"x", b"d": orjson.dumps(info)})
        self._ended = True

    async def close(self) -> None:
        """Wait (briefly) until everything queued reached Redis."""
        self._ended = True
        self.coordinator.forget(self)
        if not self.active:
            self._pending.clear()  # nobody followed: nothing to write
            return
        self._kick()
        if self._task is None:
            return  # nothing was ever queued
        try:
            async with asyncio.timeout(2.0):
                await self._task
        except TimeoutError:
            self._task.cancel()

    def _put(self, fields: _Record) -> None:
        self._pending.append(fields)
        if self.active and not self._kicked:  # after the subscribers it woke: they write first
            self._kicked = True
            self._loop.call_soon(self._kick)

    def _kick(self) -> None:
        """Let the writer task send what is queued (starting it on the first record)."""
        self._kicked = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self.active:
            return
        if self._task is None:
            if not self._pending:
                return
            self._task = asyncio.create_task(self._run())
        self._wake.set()

    async def _run(self) -> None:
        try:
            while True:
                await self._wake.wait()
                await asyncio.sleep(0)  # local clients first; also batches what follows
                self._wake.clear()
                batch, self._pending = self._pending, []
                if batch:
                    stream, first = self.stream, self._numbered
                    self._numbered += len(batch)
                    commands: list[tuple[Any, ...]] = [
                        (
                            *("XADD", stream, "MAXLEN", "~", _LIVE_MAXLEN, "*"),
                            *_flat(record),
                            *(b"n", b"%d" % number),
                        )
                        for number, record in enumerate(batch, first)
                    ]
                    ttl = ENDED_TTL_MS if self._ended else _LIVE_TTL_MS
                    commands.append(("PEXPIRE", stream, ttl))
                    # the end is written: new requests may lead again
                    release = self._ended and self._release_with_end
                    if release:
                        commands.append(("EVAL", RELEASE, 1, self.lock, self.token))
                    await self.coordinator.commands(commands)
                    self.released = release
                if self._ended and not self._pending:
                    return
        except Exception as exc:  # followers time out and go upstream themselves
            log.warning("mirroring %s to other replicas failed: %r", self.stream, exc)


def _flat(record: _Record) -> list[bytes]:
    if isinstance(record, bytes):
        return [b"t", b"e", b"d", record]
    if isinstance(record, Head):
        return [b"t", b"h", b"d", orjson.dumps(_head_info(record))]
    return [part for pair in record.items() for part in pair]


def _head_info(head: Head) -> dict[str, Any]:
    return {
        "status": head.status,
        "type": head.content_type,
        "streaming": head.streaming,
        "headers": list(head.headers.items()),
    }


def read_head(info: dict[str, Any]) -> Head:
    return Head(info["status"], CIMultiDict(info["headers"]), info["streaming"], info["type"])


def read_end(flight: Flight, info: dict[str, Any], body: bytes) -> None:
    if "error" in info:
        err = info["error"]
        exc = ProxyError(err["message"], param=err.get("param"))
        exc.status, exc.type, exc.code = err["status"], err["type"], err["code"]
        # (records of an older replica carry neither)
        exc.detail, exc.forwarded = err.get("detail"), bool(err.get("forwarded"))
        flight.ended = bool(info.get("ended"))
        flight.fail(exc)
        return
    flight.complete = bool(info["complete"])
    head = read_head(info["head"])
    flight.finish(Outcome(head, body, body if info["completion"] else None, bool(info["stored"])))
    flight.settle()  # the leader stores it
