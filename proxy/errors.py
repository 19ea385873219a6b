"""One small error hierarchy, mapped to OpenAI-style error responses at the boundary."""

from __future__ import annotations

import orjson
from aiohttp import web

from proxy.hit_headers import request_id
from proxy.status import error as error_status


class ProxyError(Exception):
    """An error the proxy itself reports to the client."""

    status = 500
    type = "proxy_error"
    code: str | None = None
    detail: str | None = None  # its `Cache-Status` detail (none: no `Cache-Status`)
    forwarded = False  # the request went towards the upstream (`fwd=miss`)

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def response(self) -> web.Response:
        """The OpenAI-style error answer, with its `Cache-Status` and the error itself
        attached (`response[PROXY_ERROR]`) for the observers: metrics, logs."""
        response = error_response(self.status, self.message, self.type, self.code, self.param)
        if self.detail is not None:
            response.headers["Cache-Status"] = error_status(self.detail, forwarded=self.forwarded)
        response[PROXY_ERROR] = self
        return response


class BadRequest(ProxyError):
    status = 400
    type = "invalid_request_error"
    detail = "invalid-request"


class InvalidJSON(BadRequest):
    code = "invalid_json"


class BodyTooLarge(ProxyError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"
    detail = "request-too-large"


class NotCached(ProxyError):
    """`Cache-Control: only-if-cached` and nothing stored (RFC 9111: 504)."""

    status = 504
    type = "cache_miss"
    code = "only_if_cached"
    detail = "only-if-cached"


class UpstreamUnreachable(ProxyError):
    status = 502
    type = "upstream_error"
    code = "upstream_unreachable"
    detail = "upstream-unreachable"
    forwarded = True


class UpstreamTimeout(ProxyError):
    status = 504
    type = "upstream_error"
    code = "upstream_timeout"
    detail = "upstream-timeout"
    forwarded = True


class UpstreamBroken(ProxyError):
    """The upstream answered, but its answer ended early or could not be read."""

    status = 502
    type = "upstream_error"
    code = "upstream_incomplete"
    detail = "upstream-incomplete"
    forwarded = True


class LeaderLost(UpstreamBroken):
    """The replica answering an identical request died midway; a client that has not
    received anything yet goes upstream itself instead."""


PROXY_ERROR = web.ResponseKey("proxy_error", ProxyError)
"""On a response the proxy generated for an error: that error."""


def error_body(
    message: str, type_: str, code: str | None = None, param: str | None = None
) -> bytes:
    return orjson.dumps(
        {"error": {"message": message, "type": type_, "param": param, "code": code}}
    )


def error_response(
    status: int, message: str, type_: str, code: str | None = None, param: str | None = None
) -> web.Response:
    return web.Response(
        status=status,
        body=error_body(message, type_, code, param),
        content_type="application/json",
        # every error of our own, also those written outside the /v1 routes' `observed`
        # (the drain's 503, the 415 of an unsupported Content-Encoding)
        headers={"X-Request-Id": request_id()},
    )


def described(exc: BaseException) -> str:
    """An exception as a client or a log line may see it: its kind and message, never its
    repr (an aiohttp response error's repr carries the request's headers, credentials
    included)."""
    status, message = getattr(exc, "status", None), getattr(exc, "message", None)
    if isinstance(status, int) and isinstance(message, str):
        return f"{type(exc).__name__} {status} {message}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
