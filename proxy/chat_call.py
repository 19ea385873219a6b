"""One upstream chat completion call, run for a `Flight`: relays SSE events to every
subscriber as they arrive, assembles the completion and stores it once complete."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

import aiohttp
import orjson
from yarl import URL

from policies.cacheability import finished
from proxy.entries import chat_entry_size, pack_chat
from proxy.errors import LeaderLost, ProxyError, UpstreamBroken, described
from proxy.flights import Flight, Head, Outcome
from proxy.refusals import REFUSAL_BYTES
from proxy.sse import DONE, ChunkAssembler, Event, SSEDecoder, is_usage_only
from proxy.store import keeps
from proxy.store.base import Store
from proxy.throttled import ThrottledLog
from proxy.upstream import Upstream, response_headers
from proxy.writes import writing

log = logging.getLogger("llmstash.chat")
_cut = ThrottledLog(log, 10.0)  # many clients leaving at once would log a line each


class Fallback(NamedTuple):  # (immutable; built on every streamed miss, a tuple is cheaper)
    """A streamed request the proxy added `stream_options` to (the client sent none), so
    that the stored completion carries usage: `body` is the client's own, sent once more if
    the upstream refuses them (Azure OpenAI before api-version 2024-09-01-preview, some
    gateways: 400 "Unrecognized request argument supplied: stream_options"), and `refused`
    is told so (`proxy.refusals.Refusals`)."""

    body: bytes
    refused: Callable[[], None]


def refuses_stream_options(status: int, body: bytes) -> bool:
    """Whether an answer is a 400 about `stream_options`: an OpenAI-style error whose
    `param` is it or whose message names it (also a top-level message, as vLLM's)."""
    if status != 400 or len(body) > REFUSAL_BYTES or b"stream_options" not in body:
        return False
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return False
    if not isinstance(parsed, dict):
        return False
    error = parsed.get("error")
    if isinstance(error, str):
        return "stream_options" in error
    if not isinstance(error, dict):
        error = parsed
    message = error.get("message")
    return error.get("param") == "stream_options" or (
        isinstance(message, str) and "stream_options" in message
    )


class ChatCall:
    def __init__(
        self,
        upstream: Upstream,
        store: Store,
        flight: Flight,
        *,
        key: str,
        ttl: float,
        write: bool,
        on_stored: Callable[[float, dict[str, Any]], Awaitable[None]] | None = None,
        fallback: Fallback | None = None,
    ) -> None:
        self.upstream = upstream
        self.store = store
        self.flight = flight
        self.key = key
        self.ttl = ttl
        self.write = write and ttl > 0  # a TTL of 0 stores nothing
        self.on_stored = on_stored  # e.g. index the prompt for semantic lookups
        self.fallback = fallback  # the request without the stream_options the proxy added

    async def run(self, url: URL, headers: dict[str, str], payload: bytes, stream: bool) -> None:
        flight = self.flight
        try:
            while True:
                async with self.upstream.request(
                    "POST", url, headers, payload, decompress=True
                ) as response:
                    head_headers = response_headers(response.headers, decoded=True)
                    content_type = response.headers.get("Content-Type", "application/json")
                    if stream and response.status == 200 and "event-stream" in content_type:
                        head = Head(200, head_headers, True, content_type)
                        await self._relay_stream(response, head)
                        return
                    body = await response.read()
                    plain = self._without_options(response.status, body)
                    if plain is not None:
                        payload = plain  # once: `fallback` is spent
                        continue
                    head = Head(response.status, head_headers, False, content_type)
                    await self._whole(head, body)
                    return
        except ProxyError as exc:
            flight.fail(exc)
        except asyncio.CancelledError:
            # the call's task is cancelled only by this process stopping (no client owns
            # it): not an upstream failure, so whoever follows it on another replica takes
            # over (calls the upstream itself) instead of passing on an error
            flight.fail(LeaderLost("the replica answering this request stopped midway"))
            raise
        except (aiohttp.ClientError, ValueError) as exc:
            flight.fail(UpstreamBroken(f"upstream answer could not be read: {described(exc)}"))
        except Exception as exc:  # a bug must fail this request, never the proxy
            log.exception("chat call failed")
            flight.fail(ProxyError(f"internal error: {type(exc).__name__}"))
        finally:
            if not flight.outcome.done():
                flight.fail(UpstreamBroken("upstream stream ended before [DONE]"))
            flight.settle()
            flight.close()

    def _without_options(self, status: int, body: bytes) -> bytes | None:
        """The client's own body to ask again with, when this answer refuses the
        `stream_options` the proxy added to it (`fallback`, told so) and no client got
        anything yet; else None (the answer is the client's)."""
        fallback = self.fallback
        if fallback is None or self.flight.head.done() or not refuses_stream_options(status, body):
            return None
        self.fallback = None
        fallback.refused()
        log.info("the upstream refuses stream_options: asking again without them")
        return fallback.body

    async def _whole(self, head: Head, body: bytes) -> None:
        parsed = _completion(body) if head.status == 200 else None
        completion = body if parsed is not None else None
        stored = parsed is not None and self._stores(body, parsed)
        self.flight.finish(Outcome(head, body, completion, stored))
        if stored and parsed is not None:
            # the write goes out before the waiting clients get their answer (they are woken
            # now, and run once this task waits for the store's reply): an answer said to be
            # stored has its write sent, whatever its client does next (a failover test)
            await self._store(body, parsed, clients_first=False)

    async def _relay_stream(self, response: aiohttp.ClientResponse, head: Head) -> None:
        flight = self.flight
        flight.set_head(head)
        decoder = SSEDecoder()
        assembler = ChunkAssembler()
        # the chunks of the last read, folded into the completion at the next one (or at
        # [DONE]): a read's events go to the clients first, so the first event does not
        # wait for its own assembly (a later read's wait is that of the read before it)
        unassembled: list[dict[str, Any]] = []
        clean = True  # no error event, every data payload a JSON object
        drain = _Drain(self.upstream, flight, response)
        flight.on_idle = drain.idle  # every client left while the upstream is silent
        read = response.content.readany
        end = False
        try:
            while not end:
                data = await read()
                if data:
                    events = decoder.feed(data)
                else:  # the end of the body: its last event may lack its blank line
                    end = True
                    events = [_terminated(event) for event in decoder.flush()]
                for held in unassembled:
                    assembler.add(held)
                unassembled.clear()
                for event in events:
                    usage_only = False
                    if event.data is not None and not flight.complete:
                        if event.data == DONE:
                            flight.complete = True
                        else:
                            try:
                                chunk = orjson.loads(event.data)
                            except orjson.JSONDecodeError:
                                chunk = None
                            if (
                                not isinstance(chunk, dict)
                                or "error" in chunk
                                or chunk.get("object") == "error"  # vLLM's error shape
                            ):
                                clean = False
                            else:
                                unassembled.append(chunk)
                                usage_only = is_usage_only(chunk)
                    flight.publish(event.raw, usage_only)
                if flight.complete and not flight.outcome.done():
                    for held in unassembled:
                        assembler.add(held)
                    unassembled.clear()
                    completion = assembler.completion()
                    body = orjson.dumps(completion)
                    stored = clean and self._stores(body, completion)
                    # an assembled completion is an answer for the clients that did not
                    # get the stream live only when every choice of it was ended
                    whole = clean and _ended(completion)
                    flight.finish(Outcome(head, body, body if whole else None, stored))
                    if stored:
                        await self._store(body, completion)
                # every client left: finish reading (the tokens are paid for), but bounded in
                # time and in how many such streams hold upstream connections at once
                if not drain.check():
                    return
            flight.ended = True  # e.g. an error event, then a clean end: relayed as such
        except _Cut:
            return  # (the flight fails: "ended before [DONE]")
        finally:
            flight.on_idle = None
            drain.close()

    def _stores(self, body: bytes, completion: dict[str, Any]) -> bool:
        """Whether this complete answer is to be stored (and said to be): writes wanted,
        a finished completion, a store that would keep it now."""
        return (
            self.write
            and finished(completion)
            and keeps(self.store, self.key, chat_entry_size(body))
        )

    async def _store(
        self, body: bytes, completion: dict[str, Any], *, clients_first: bool = True
    ) -> None:
        if clients_first:  # a stream's: its clients write their end first
            await asyncio.sleep(0)
        stored_at = time.time()
        with writing():  # a stop cuts the calls still waiting on the upstream, not this
            await self.store.set(
                self.key, pack_chat(stored_at, body, completion.get("usage")), self.ttl
            )
            if self.on_stored is not None:
                await self.on_stored(stored_at, completion)


class _Cut(Exception):
    """Raised into a drained stream's read: its time (or its share) is up."""


class _Drain:
    """The drain of a stream every client left: counted in `Upstream.drains` (at most
    `drain_share` of the connections), and cut `drain_timeout` after it began by a timer,
    whether the upstream sends anything or stays silent."""

    __slots__ = ("_flight", "_response", "_timer", "_upstream", "draining")

    def __init__(self, upstream: Upstream, flight: Flight, response: aiohttp.ClientResponse):
        self._upstream = upstream
        self._flight = flight
        self._response = response
        self._timer: asyncio.TimerHandle | None = None
        self.draining = False  # counted in `drains`

    def check(self) -> bool:
        """Start or stop draining as the flight's clients have it; False: cut the stream
        now (no drain slot is free)."""
        abandoned = not self._flight.complete and _abandoned(self._flight)
        if abandoned == self.draining:
            return True
        if not abandoned:  # a client joined it again, or it is complete
            self.close()
            return True
        drains = self._upstream.drains
        if not drains.start():
            _cut.info(
                "cut",
                "cut an abandoned stream: %d already drained (upstream.drain_share)",
                drains.count,
            )
            return False
        timeout = self._upstream.settings.drain_timeout
        self._timer = asyncio.get_running_loop().call_later(timeout, self._expire, timeout)
        self.draining = True
        return True

    def idle(self) -> None:
        """The flight's last local client left (between two reads of the upstream)."""
        if not self.check():
            self._cut()

    def close(self) -> None:
        if self.draining:
            self._upstream.drains.stop()
            self.draining = False
        self._cancel_timer()

    def _expire(self, timeout: float) -> None:
        self._timer = None
        if not self.draining or self._flight.complete:
            return
        if not _abandoned(self._flight):  # a client joined it again during a silence
            self.close()
            return
        log.warning("gave up draining an abandoned stream after %.0fs", timeout)
        self._cut()

    def _cut(self) -> None:
        self._response.content.set_exception(_Cut())  # wakes the read under way

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def _terminated(event: Event) -> Event:
    """An event the upstream's body ended in without its blank line, ended with one (as
    the proxy ends its clients' streams cleanly)."""
    raw = event.raw
    return Event(raw + (b"\n" if raw.endswith(b"\n") else b"\n\n"), event.data)


def _ended(completion: dict[str, Any]) -> bool:
    """Every choice of an assembled completion has a finish_reason (else the stream was
    cut short, e.g. by an error event: a partial answer)."""
    choices = completion.get("choices")
    return (
        isinstance(choices, list)
        and bool(choices)
        and all(isinstance(c, dict) and c.get("finish_reason") is not None for c in choices)
    )


def _abandoned(flight: Flight) -> bool:
    """No client follows the flight any more: none here, none on another replica (a mirror
    a follower asked for)."""
    return flight.subscribers == 0 and not getattr(flight.mirror, "active", False)


def _completion(body: bytes) -> dict[str, Any] | None:
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if isinstance(parsed, dict) and isinstance(parsed.get("choices"), list):
        return parsed
    return None
