"""Reading and validating request bodies of the intercepted routes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import orjson
from aiohttp import hdrs, web
from aiohttp.web_request import BaseRequest

from proxy.appkeys import TENANCY
from proxy.errors import (
    BadRequest,
    BodiesFull,
    BodyTooLarge,
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
    62 KB gzip bombs held 1.3 GB). A body is counted from when it is read until its request
    has been answered. One that would not fit gets a retryable 503 at once rather than a
    wait: the budget is only full under hundreds of megabytes of bodies in flight (an
    overload or an attack), when a waiting request would keep its connection and what it
    read meanwhile; SDKs retry a 503 after its Retry-After. Also the bodies' deadlines
    (`server.body_timeout`, `body_min_rate`)."""

    __slots__ = ("floor", "held", "limit", "rate", "refused", "timed_out")

    def __init__(self, settings: ServerSettings) -> None:
        self.limit = settings.max_body_memory
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
        """When a body of `size` bytes, begun at `start` (loop time), must have arrived."""
        return start + self.floor + size / self.rate

    def too_slow(self) -> RequestTimeout:
        self.timed_out += 1
        return RequestTimeout(
            f"The request body did not arrive in time (server.body_timeout {self.floor:g}s "
            f"plus its size at {self.rate} bytes/s)."
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


async def read_json_object(request: web.Request) -> tuple[bytes, dict[str, Any]]:
    """(raw bytes, parsed object). Invalid JSON, a non-object body or a body that does not
    decode -> 400; too large -> 413; too slow -> 408; no room -> 503."""
    try:
        raw = await _read(request, request.app[BODIES])
    except web.RequestPayloadError as exc:
        raise undecodable(request, exc) from None
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
    if length is not None and length > MAX_BODY:
        raise BodyTooLarge(f"request body larger than {MAX_BODY} bytes")
    content = request.content
    if length is not None and hdrs.CONTENT_ENCODING not in request.headers:
        bodies.hold().add(length)  # its size is known: counted before it is read
        if content.is_eof():  # it came with the headers (the usual small body): no timer
            return await request.read()
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(bodies.deadline(loop.time(), length)):
                return await request.read()
        except TimeoutError:
            abandon(request)
            raise bodies.too_slow() from None
    # decoded as it is read (Content-Encoding) or of unknown length (chunked): counted as
    # it comes, its deadline moving with what has come
    limit = MAX_BODY
    if length is not None:  # compressed: bounded by its compressed size too
        limit = min(MAX_BODY, max(INFLATE_FLOOR, INFLATE_RATIO * length))
    loop = asyncio.get_running_loop()
    start = loop.time()
    chunks: list[bytes] = []
    size = 0
    held = bodies.hold()
    try:
        async with asyncio.timeout_at(bodies.deadline(start, 0)) as deadline:
            while chunk := await content.readany():
                size += len(chunk)
                if size > limit:  # e.g. a gzip bomb: no more of it is decoded
                    abandon(request)
                    too_large = BodyTooLarge(_too_large(limit))
                    too_large.closes = True
                    raise too_large
                held.add(len(chunk))
                chunks.append(chunk)
                deadline.reschedule(bodies.deadline(start, size))
    except TimeoutError:
        abandon(request)
        raise bodies.too_slow() from None
    return b"".join(chunks)


async def paced(request: web.Request, size: int) -> AsyncIterator[bytes]:
    """The body in chunks of up to `size` bytes as they come (a passed-through body is
    streamed, never held), each by its deadline (`Bodies.deadline`): else `RequestTimeout`
    (aiohttp's client raises it as the `__cause__` of the failed upstream request)."""
    bodies = request.app[BODIES]
    content = request.content
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
        yield chunk


def _too_large(limit: int) -> str:
    if limit == MAX_BODY:
        return f"request body larger than {MAX_BODY} bytes"
    return (
        f"request body larger than {limit} bytes decoded ({INFLATE_RATIO} times its "
        "compressed size): send it uncompressed"
    )


async def begin(
    request: web.Request, route: str
) -> tuple[bytes, dict[str, Any], Tenant, Observation]:
    """What every intercepted route starts with: the parsed body (ProxyError on bad input),
    the caller's tenant, and the request's observation (for metrics and logs)."""
    raw, body = await read_json_object(request)
    tenant = request.app[TENANCY].for_request(request)
    observation = Observation(route, tenant.label, str(body.get("model")))
    request[OBSERVATION] = observation
    return raw, body, tenant, observation
