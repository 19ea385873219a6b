"""One small error hierarchy, mapped to OpenAI-style error responses at the boundary."""

from __future__ import annotations

import orjson
from aiohttp import web

from proxy.hit_headers import request_id
from proxy.redact import masked_url
from proxy.status import error as error_status


class ProxyError(Exception):
    """An error the proxy itself reports to the client."""

    status = 500
    type = "proxy_error"
    code: str | None = None
    detail: str | None = None  # its `Cache-Status` detail (none: no `Cache-Status`)
    forwarded = False  # the request went towards the upstream (`fwd=miss`)
    closes = False  # its answer closes the connection (the request's body was left unread)
    # no retry can change its answer (a 5xx SDKs would retry): `x-should-retry: false`,
    # which the official OpenAI SDKs obey before their status rules
    final = False

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
        if self.final:
            response.headers["x-should-retry"] = "false"
        if self.closes:
            response.force_close()
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


class RequestTimeout(ProxyError):
    """The request body did not arrive in time (`server.body_timeout`, `body_min_rate`).
    The rest of it is never read: the answer closes the connection."""

    status = 408
    type = "invalid_request_error"
    code = "request_timeout"
    detail = "invalid-request"
    closes = True


class ClientGone(ProxyError):
    """The client closed its connection before its request body arrived: nobody gets this
    answer; it is logged and counted as nginx's 499 (client closed request), not as
    aiohttp's unhandled-error traceback."""

    status = 499
    type = "invalid_request_error"
    code = "client_closed_request"
    detail = "invalid-request"
    closes = True


class Retryable(ProxyError):
    """The proxy is out of a resource for now (a 503 with `Retry-After`): SDKs retry it."""

    status = 503
    retry_after = 1

    def response(self) -> web.Response:
        response = super().response()
        response.headers["Retry-After"] = str(self.retry_after)
        return response


class UpstreamBusy(Retryable):
    """Every connection of the proxy's upstream pool (`upstream.max_connections`) stayed in
    use for `upstream.pool_timeout`: the upstream may be healthy, the proxy is saturated."""

    type = "upstream_connections_busy"
    code = "upstream_pool_exhausted"
    detail = "upstream-busy"


class BodiesFull(Retryable):
    """The request bodies held at once would exceed `server.max_body_memory`."""

    type = "server_overloaded"
    code = "request_bodies_memory_full"
    detail = "overloaded"
    closes = True  # its body is left unread (aiohttp reads and drops it first, up to 10 s)


class NotCached(ProxyError):
    """`Cache-Control: only-if-cached` and nothing stored (RFC 9111: 504)."""

    status = 504
    type = "cache_miss"
    code = "only_if_cached"
    detail = "only-if-cached"
    final = True  # the SDKs' retries of a 504 would find the cache as empty

    @classmethod
    def uncacheable(cls, reasons: tuple[str, ...]) -> NotCached:
        """A request the cache never answers (`reasons`), asked `only-if-cached`."""
        why = ", ".join(reasons) or "not cacheable"
        return cls(
            f"this request is never answered from the cache ({why}), and "
            "Cache-Control: only-if-cached forbids asking the upstream"
        )


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
    included), and no credential in a URL it names (aiohttp names the URL, query and
    all, on a connect timeout: `?access_token=...`)."""
    status, message = getattr(exc, "status", None), getattr(exc, "message", None)
    if isinstance(status, int) and isinstance(message, str):
        return masked_url(f"{type(exc).__name__} {status} {message}")
    return masked_url(f"{type(exc).__name__}: {exc}") if str(exc) else type(exc).__name__
