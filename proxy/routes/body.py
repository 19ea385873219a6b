"""Reading and validating request bodies of the intercepted routes."""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import AsyncIterator
from typing import Any

import orjson
from aiohttp import hdrs, web
from aiohttp.web_request import BaseRequest
from multidict import istr

from policies.ttl import client_ttl
from proxy.appkeys import TENANCY
from proxy.errors import (
    BadRequest,
    BodiesFull,
    BodyTooLarge,
    ClientGone,
    InvalidJSON,
    ProxyError,
    RequestTimeout,
)
from proxy.observe import OBSERVATION, Observation
from proxy.settings import ServerSettings
from proxy.tenancy import Tenant

MAX_BODY = 64 * 1024 * 1024  # beyond any real request; bounds each request's memory
# A compressed body may decode to at most this many times its size (or INFLATE_FLOOR):
# JSON requests compress 3-20x, a gzip bomb ~1000x (62 KB of it were 63 MB decoded)
INFLATE_RATIO = 100
INFLATE_FLOOR = 4 * 1024 * 1024


class Bodies:
    """The decoded request bodies held at once by the intercepted routes, across requests
    (`server.max_body_memory`): MAX_BODY bounds one request, this bounds them all (twenty
    62 KB gzip bombs held 1.3 GB). A body is counted as its bytes arrive (never by the size
    it declares: four clients declaring 64 MB and sending nothing held the whole budget)
    until its request has been answered. One that would not fit gets a retryable 503 at
    once rather than a wait: the budget is only full under hundreds of megabytes of bodies
    in flight (an overload or an attack), when a waiting request would keep its connection
    and what it read meanwhile; SDKs retry a 503 after its Retry-After. Also the bodies'
    deadlines (`server.body_timeout`, `body_min_rate`)."""

    __slots__ = ("floor", "held", "largest", "limit", "rate", "refused", "timed_out")

    def __init__(self, settings: ServerSettings) -> None:
        self.limit = settings.max_body_memory
        # A budget below MAX_BODY also bounds each body: one larger than the whole budget
        # could never fit, so it gets a 413 naming the setting, not a 503 that SDKs retry
        # for ever. Such budgets stay allowed (a small container's way to lower the cap),
        # rather than refused at config check.
        self.largest = min(MAX_BODY, self.limit)
        self.floor = settings.body_timeout
        self.rate = settings.body_min_rate
        self.held = 0
        self.refused = 0  # 503s: the budget was full
        self.timed_out = 0  # 408s: a body came too slowly

    def hold(self) -> Held:
        """What the current request holds, given back once its handler has ended."""
        held = Held(self)
        task = asyncio.current_task()  # the request's handler (aiohttp: one task a request)
        if task is not None:
            task.add_done_callback(held.give)
        return held

    def deadline(self, start: float, size: int) -> float:
        """When a body of which `size` bytes have come, begun at `start` (loop time), must
        have come whole, or its next bytes: it moves with what has come, so a body that
        stops (or trickles below `rate`) times out whatever size it declared."""
        return start + self.floor + size / self.rate

    def too_large(self, limit: int) -> BodyTooLarge:
        """The 413 of a body larger than `limit` bytes decoded."""
        if limit == self.limit:  # the budget is the smallest bound
            return BodyTooLarge(
                f"request body larger than {limit} bytes: the proxy holds at most that much "
                "of all request bodies at once (server.max_body_memory)"
            )
        if limit == MAX_BODY:
            return BodyTooLarge(f"request body larger than {MAX_BODY} bytes")
        return BodyTooLarge(
            f"request body larger than {limit} bytes decoded ({INFLATE_RATIO} times its "
            "compressed size): send it uncompressed"
        )

    def too_slow(self) -> RequestTimeout:
        self.timed_out += 1
        return RequestTimeout(
            f"The request body did not arrive in time (server.body_timeout {self.floor:g}s "
            f"plus what has come at {self.rate} bytes/s)."
        )


class Held:
    """The bytes of one request's body counted in `Bodies`."""

    __slots__ = ("bodies", "size")

    def __init__(self, bodies: Bodies) -> None:
        self.bodies = bodies
        self.size = 0

    def add(self, size: int) -> None:
        """Count `size` more bytes, or refuse them (the request's 503)."""
        bodies = self.bodies
        if bodies.held + size > bodies.limit:
            bodies.refused += 1
            raise BodiesFull(
                "The proxy holds too many request bodies at once "
                "(server.max_body_memory); retry shortly."
            )
        bodies.held += size
        self.size += size

    def give(self, _task: object = None) -> None:
        self.bodies.held -= self.size
        self.size = 0


BODIES = web.AppKey("bodies", Bodies)


class UndecodableBody(BadRequest):
    """The body does not decode in its `Content-Encoding` (or ended early). The server's
    parser stops reading the connection at such a body, so the answer closes it."""

    code = "invalid_body_encoding"

    def response(self) -> web.Response:
        response = super().response()
        response.force_close()
        return response


class UnsupportedEncoding(ProxyError):
    """A `Content-Encoding` this server cannot decode (e.g. `br` without Brotli)."""

    status = 415
    type = "invalid_request_error"
    code = "unsupported_content_encoding"
    detail = "unsupported-encoding"


def undecodable(request: BaseRequest, exc: web.RequestPayloadError) -> UndecodableBody:
    """The client error for a body that failed to decode (aiohttp decodes request bodies
    while it reads them). The stream is marked ended: nothing more of it will come, and
    aiohttp would otherwise try to read its rest after the answer and log the failure."""
    request.content.feed_eof()
    coding = request.headers.get(hdrs.CONTENT_ENCODING)
    if coding:
        message = f"The request body could not be decoded as Content-Encoding: {coding}."
    else:
        message = "The request body could not be read (it ended early or was malformed)."
    return UndecodableBody(message)


def abandon(request: BaseRequest) -> None:
    """The rest of the body will not be read: the answer (which must close the connection)
    goes out and the connection closes at once. aiohttp would first read and drop up to
    10 s more of it: a stalled client's time, a compressed body's decoding. (Not for a body
    merely refused: unread bytes make the close a reset, which may lose the answer.)"""
    request.content.feed_eof()
    transport = request.transport
    if transport is not None:
        transport.pause_reading()  # nothing more is parsed into the ended body


async def read_json_object(
    request: web.Request, *, parse_within: int | None = None
) -> tuple[bytes, dict[str, Any]]:
    """(raw bytes, parsed object). Invalid JSON, a non-object body or a body that does not
    decode -> 400; too large -> 413; too slow -> 408; no room -> 503. A body larger than
    `parse_within` bytes is not parsed (see `unparsed`)."""
    try:
        raw = await _read(request, request.app[BODIES])
    except web.RequestPayloadError as exc:
        raise undecodable(request, exc) from None
    if parse_within is not None and len(raw) > parse_within:
        return raw, unparsed(raw)
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidJSON(
            f"We could not parse the JSON body of your request: {exc}. "
            "(The body must be valid JSON.)"
        ) from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return raw, body


async def _read(request: web.Request, bodies: Bodies) -> bytes:
    length = request.content_length
    if length is not None and length > bodies.largest:
        raise bodies.too_large(bodies.largest)
    content = request.content
    coded = hdrs.CONTENT_ENCODING in request.headers
    if length is not None and not coded and content.is_eof():
        # it came with the headers (the usual small body): counted whole, no timer, taken
        # from the buffer as it is (request.read() would copy it, in two more coroutines)
        bodies.hold().add(length)
        return content.read_nowait()
    # counted as it comes (a declared size is only a claim), its deadline moving with what
    # has come; decoded as it is read (Content-Encoding) or of unknown length (chunked)
    largest = bodies.largest
    loop = asyncio.get_running_loop()
    start = loop.time()
    chunks: list[bytes] = []
    size = 0
    held = bodies.hold()
    try:
        async with asyncio.timeout_at(bodies.deadline(start, 0)) as deadline:
            while chunk := await content.readany():
                size += len(chunk)
                limit = decoded_limit(request, largest) if coded else largest
                if size > limit:  # e.g. a gzip bomb: no more of it is decoded
                    raise refuse_large(request, bodies, limit)
                held.add(len(chunk))
                chunks.append(chunk)
                deadline.reschedule(bodies.deadline(start, size))
    except TimeoutError:
        abandon(request)
        raise bodies.too_slow() from None
    except ConnectionResetError:  # aiohttp's "Connection lost": the client left mid-body
        raise ClientGone("the client closed the connection before its body arrived") from None
    return b"".join(chunks)


async def paced(request: web.Request, size: int) -> AsyncIterator[bytes]:
    """The body in chunks of up to `size` bytes as they come (a passed-through body is
    streamed, never held), each by its deadline (`Bodies.deadline`): else `RequestTimeout`
    (aiohttp's client raises it as the `__cause__` of the failed upstream request). A
    compressed body (which aiohttp decodes as it is read, in pieces of 64 KB) is bounded as
    the intercepted routes bound theirs (`decoded_limit`, up to MAX_BODY): else
    `BodyTooLarge`, and no more of it is decoded. (One sent as it is is not: it costs its
    sender every byte, and uploads, e.g. `/v1/files`, may be larger than MAX_BODY.)"""
    bodies = request.app[BODIES]
    content = request.content
    coded = hdrs.CONTENT_ENCODING in request.headers
    loop = asyncio.get_running_loop()
    start = loop.time()
    received = 0
    while True:
        try:
            async with asyncio.timeout_at(bodies.deadline(start, received)):
                chunk = await content.read(size)
        except TimeoutError:
            abandon(request)
            raise bodies.too_slow() from None
        if not chunk:
            return
        received += len(chunk)
        if coded and received > (limit := decoded_limit(request, MAX_BODY)):
            raise refuse_large(request, bodies, limit)
        yield chunk


def decoded_limit(request: BaseRequest, largest: int) -> int:
    """The most bytes a compressed body (`Content-Encoding`) may decode to: `largest`, and
    INFLATE_RATIO times its compressed size (or INFLATE_FLOOR). Without a Content-Length
    (chunked), its compressed size is what aiohttp has decoded of it so far."""
    compressed = request.content_length
    if compressed is None:
        compressed = request.content.total_raw_bytes  # (as received: still compressed)
    return min(largest, max(INFLATE_FLOOR, INFLATE_RATIO * compressed))


def refuse_large(request: BaseRequest, bodies: Bodies, limit: int) -> BodyTooLarge:
    """The 413 of a body found larger than `limit` while read: the rest of it is not read
    (nor decoded), and the answer closes the connection."""
    abandon(request)
    too_large = bodies.too_large(limit)
    too_large.closes = True
    return too_large


TTL_HEADER = istr("X-Llmstash-TTL")


async def begin(
    request: web.Request, route: str
) -> tuple[bytes, dict[str, Any], Tenant, Observation]:
    """What every intercepted route starts with: the parsed body (ProxyError on bad input),
    the caller's tenant, and the request's observation (for metrics and logs). A body
    larger than the team's `max_body_bytes`, never cached, is not parsed (`unparsed`)."""
    tenant = request.app[TENANCY].for_request(request)
    limit = tenant.policy.cacheability.max_body_bytes
    raw, body = await read_json_object(request, parse_within=limit)
    observation = Observation(route, tenant.label, str(body.get("model")))
    request[OBSERVATION] = observation
    requested_ttl = request.headers.get(TTL_HEADER)
    if requested_ttl:  # refused whether or not it would be stored (a hit, a bypass)
        try:
            client_ttl(requested_ttl)
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
    return raw, body, tenant, observation


def unparsed(raw: bytes) -> dict[str, Any]:
    """What stands for a body too large to be cached, which is relayed as it came: its
    `model` alone (for the metrics), if it has one that is a string. Its
    parse would hold the event loop, and a thread would not free it (orjson holds the
    GIL: 46 MB of small messages held the loop 1.5 s either way), for nothing: the
    cacheability decision refuses it by its size whatever it holds, and the upstream
    answers it (also if it is not valid JSON). A quoted name followed by `:` is a key (a
    `"` within a string is escaped), found by a search at memchr's pace."""
    start = 0
    for _ in range(_MODEL_KEYS):
        start = raw.find(b'"model"', start)
        if start < 0:
            break
        match = _MODEL.match(raw, start)
        if match is not None:
            with contextlib.suppress(orjson.JSONDecodeError):  # (a lone surrogate)
                return {"model": orjson.loads(match[1])}
        start += 7
    return {}


_MODEL = re.compile(rb'"model"[ \t\r\n]*:[ \t\r\n]*("(?:[^"\\\x00-\x1f]|\\.){0,256}")')
_MODEL_KEYS = 16  # "model" keys looked at (e.g. a tool parameter's, an object)
