"""Reading and validating request bodies of the intercepted routes."""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import web

from proxy.appkeys import TENANCY
from proxy.errors import BadRequest, BodyTooLarge, InvalidJSON
from proxy.observe import OBSERVATION, Observation
from proxy.tenancy import Tenant

MAX_BODY = 64 * 1024 * 1024  # beyond any real request; bounds the proxy's memory


async def read_json_object(request: web.Request) -> tuple[bytes, dict[str, Any]]:
    """(raw bytes, parsed object). Invalid JSON or a non-object body -> 400."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise BodyTooLarge(f"request body larger than {MAX_BODY} bytes")
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise BodyTooLarge(f"request body larger than {MAX_BODY} bytes") from None
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
    tenant = request.app[TENANCY].resolve(request.headers)
    observation = Observation(route, tenant.label, str(body.get("model")))
    request[OBSERVATION] = observation
    return raw, body, tenant, observation
