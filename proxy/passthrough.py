"""Every `/v1/*` request that is not intercepted: forwarded untouched, streamed both ways."""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import unquote

import aiohttp
from aiohttp import hdrs, web

from proxy import status
from proxy.appkeys import TENANCY, UPSTREAM
from proxy.errors import BadRequest, BodyTooLarge, ProxyError, RequestTimeout
from proxy.hit_headers import with_request_id
from proxy.respond import forwarded
from proxy.routes.body import paced, undecodable
from proxy.tenancy import Tenant
from proxy.upstream import (
    request_headers,
    response_headers,
    split_raw,
    upstream_query,
)

log = logging.getLogger("llmstash.passthrough")

_CHUNK = 64 * 1024
# what every passed-through answer says of the cache: after the upstream's own Cache-Status
# members, if it sent any (RFC 9211: the cache closest to the origin first; preserved)
PASSED = status.bypass(("passthrough",))


async def passthrough(request: web.Request) -> web.StreamResponse:
    data = paced(request, _CHUNK) if request.body_exists else None
    return await relay(request, data, cache_status=PASSED)


async def relay(
    request: web.Request,
    data: Any,
    *,
    cache_status: str | None = None,
    tenant: Tenant | None = None,
) -> web.StreamResponse:
    """Send the request upstream with `data` as its body and stream the answer back as it
    comes: status, headers (minus hop-by-hop) and body bytes unchanged. `tenant`: the caller,
    when already resolved (its team's upstream key, if any, replaces the caller's).
    `cache_status`: ours, after the upstream's own members if it sent any (`status.after`)."""
    upstream = request.app[UPSTREAM]
    path = split_raw(request.raw_path)[0]
    refused = _refused_path(path)
    if refused is not None:
        return BadRequest(f"The path {path!r} {refused}.").response()
    if tenant is None:
        tenant = request.app[TENANCY].for_request(request)
    auth = tenant.upstream_authorization
    url = upstream.url(path[3:], upstream_query(request.raw_path, authorization=auth))  # no /v1
    headers = request_headers(request.headers, decoded=False, authorization=auth)
    if isinstance(data, bytes):
        headers[hdrs.CONTENT_LENGTH] = str(len(data))
    elif request.content_length is not None and hdrs.CONTENT_ENCODING not in request.headers:
        # (a coded body reaches us decoded, of a length not known before it is read)
        headers[hdrs.CONTENT_LENGTH] = str(request.content_length)
    response: web.StreamResponse | None = None
    try:
        # a body sent as it comes (`paced`), not one already read: its connection is held
        # at the client's pace, so it is one of the uploads' share (`Upstream`)
        upload = data is not None and not isinstance(data, bytes)
        async with upstream.request(
            request.method, url, headers, data, upload=upload
        ) as upstream_response:
            response = web.StreamResponse(
                status=upstream_response.status,
                reason=upstream_response.reason,
                headers=response_headers(upstream_response.headers, decoded=False),
            )
            if cache_status:
                forwarded(response.headers, cache_status)
            with_request_id(response.headers)
            await response.prepare(request)
            async for chunk in upstream_response.content.iter_any():
                await response.write(chunk)
            await response.write_eof()
            return response
    except ConnectionResetError:
        # aiohttp's ClientConnectionResetError on writing to a client that left: routine,
        # not an error (leaving the `async with` has already dropped the upstream answer)
        if response is None or not _client_gone(request):
            raise
        log.debug("client left during the answer to %s %s", request.method, request.path)
        return response
    except aiohttp.ClientConnectionError as exc:
        # sending the body failed because reading it from the client did (it does not
        # decode in its Content-Encoding, or ended early): the client's error, not ours
        cause = exc.__cause__
        if response is None and isinstance(cause, (RequestTimeout, BodyTooLarge)):
            return cause.response()  # it came too slowly, or decoded too large (`paced`)
        if response is not None or not isinstance(cause, web.RequestPayloadError):
            raise
        return undecodable(request, cause).response()
    except (ProxyError, aiohttp.ClientPayloadError) as exc:
        if response is None:
            if isinstance(exc, ProxyError):
                return exc.response()
            raise
        # Mid-body failure: the status line is gone; cut the connection so the client
        # sees an incomplete body rather than a falsely complete one.
        if request.transport is not None:
            request.transport.close()
        return response


def _refused_path(path: str) -> str | None:
    """Why the raw path (as sent, still percent-encoded) is not forwarded, if it is not.
    It must begin with `/v1/` as sent: routing reads the decoded path, so `/%76%31/models`
    (or the absolute form `http://host/v1/...`) is routed here too, yet what follows its
    first three characters is not what follows `/v1`. And no segment may be `.` or `..`,
    encoded or not, nor read as one by some server: with `;parameters` (`..;`, Tomcat and
    Spring) or between backslashes (`..%5c`, IIS and Windows): refused, never normalised."""
    if not path.startswith("/v1/"):
        return "does not begin with '/v1/' as sent (a percent-encoded or absolute path)"
    segments = unquote(path).replace("\\", "/").split("/")
    if any(_DOTS.fullmatch(segment.partition(";")[0]) for segment in segments):
        return "has a '.' or '..' segment"
    return None


_DOTS = re.compile(r"\.\.?")


def _client_gone(request: web.Request) -> bool:
    transport = request.transport
    return transport is None or transport.is_closing()
