"""Bearer tokens from the environment, compared in constant time: the admin API's
(`proxy.admin.auth`) and `/metrics`'s. `LLMSTASH_METRICS_TOKEN` unset leaves `/metrics` open
(Prometheus's convention: keep it inside the network policy); set, a scrape needs it
(`authorization: {credentials: ...}` in the scrape config): the metrics name every team and
model. (A module of its own: importing the `proxy.admin` package from `proxy.telemetry` is
circular.)"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import hdrs, web

from proxy.errors import error_response

METRICS_ENV = "LLMSTASH_METRICS_TOKEN"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def token_from(env: Mapping[str, str], name: str) -> str:
    return env.get(name, "").strip()


def matches(given: str, expected: str) -> bool:
    """Whether `given` is the token, in time independent of both: digests of equal length
    are compared (`compare_digest` on strings of different lengths returns at once, which
    tells the token's length). A header value that is not UTF-8 is compared as its bytes."""
    digest = hashlib.sha256(given.encode("utf-8", "surrogateescape")).digest()
    return hmac.compare_digest(digest, hashlib.sha256(expected.encode()).digest())


def bearer_only(handler: Handler, token: str, what: str) -> Handler:
    """`handler` behind `token` (no guard when it is empty)."""
    if not token:
        return handler

    async def guarded(request: web.Request) -> web.StreamResponse:
        return refused(request, token, what) or await handler(request)

    return guarded


def refused(request: web.Request, expected: str, what: str) -> web.Response | None:
    """The 401 for a request without `Authorization: Bearer <expected>`, else None."""
    scheme, _, given = request.headers.get(hdrs.AUTHORIZATION, "").partition(" ")
    if scheme.lower() == "bearer" and matches(given.strip(), expected):
        return None
    response = error_response(
        401, f"missing or invalid {what} token", "invalid_request_error", f"invalid_{what}_token"
    )
    response.headers[hdrs.WWW_AUTHENTICATE] = f'Bearer realm="llmstash {what}"'
    return response
