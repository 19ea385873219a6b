"""Reading and validating request bodies of the intercepted routes."""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import hdrs, web
from aiohttp.web_request import BaseRequest

from proxy.appkeys import TENANCY
from proxy.errors import BadRequest, BodyTooLarge, InvalidJSON, ProxyError
from proxy.observe import OBSERVATION, Observation
from proxy.tenancy import Tenant

MAX_BODY = 64 * 1024 * 1024  # beyond any real request; bounds the proxy's memory


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


async def read_json_object(request: web.Request) -> tuple[bytes, dict[str, Any]]:
    """(raw bytes, parsed object). Invalid JSON, a non-object body or a body that does not
    decode -> 400."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise BodyTooLarge(f"request body larger than {MAX_BODY} bytes")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise BodyTooLarge(f"request body larger than {MAX_BODY} bytes") from None
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
