"""One small error hierarchy, mapped to OpenAI-style error responses at the boundary."""

from __future__ import annotations

import orjson
from aiohttp import web


class ProxyError(Exception):
    """An error the proxy itself reports to the client."""

    status = 500
    type = "proxy_error"
    code: str | None = None

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def response(self) -> web.Response:
        return error_response(self.status, self.message, self.type, self.code, self.param)


class BadRequest(ProxyError):
    status = 400
    type = "invalid_request_error"


class InvalidJSON(BadRequest):
    code = "invalid_json"


class BodyTooLarge(ProxyError):
    status = 413
    type = "invalid_request_error"
    code = "request_too_large"


class NotCached(ProxyError):
    """`Cache-Control: only-if-cached` and nothing stored (RFC 9111: 504)."""

    status = 504
    type = "cache_miss"
    code = "only_if_cached"


class UpstreamUnreachable(ProxyError):
    status = 502
    type = "upstream_error"
    code = "upstream_unreachable"


class UpstreamTimeout(ProxyError):
    status = 504
    type = "upstream_error"
    code = "upstream_timeout"


class UpstreamBroken(ProxyError):
    """The upstream answered, but its answer ended early or could not be read."""

    status = 502
    type = "upstream_error"
    code = "upstream_incomplete"


class LeaderLost(UpstreamBroken):
    """The replica answering an identical request died midway; a client that has not
    received anything yet goes upstream itself instead."""


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
    )
