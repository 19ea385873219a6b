"""Admin authentication: a bearer token from the environment, compared in constant time.

Unset (`LLMSTASH_ADMIN_TOKEN` empty): every admin route answers 403 "admin API disabled".
Missing or wrong token: 401. Errors have the OpenAI shape like every other proxy error.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import hdrs, web

from proxy.errors import error_response

ENV = "LLMSTASH_ADMIN_TOKEN"
ADMIN_TOKEN = web.AppKey("admin_token", str)  # "" when the admin API is disabled
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def token_from(env: Mapping[str, str]) -> str:
    return env.get(ENV, "").strip()


def matches(given: str, expected: str) -> bool:
    """Whether `given` is the token, in time independent of both: digests of equal length
    are compared (`compare_digest` on strings of different lengths returns at once, which
    tells the token's length). A header value that is not UTF-8 is compared as its bytes."""
    digest = hashlib.sha256(given.encode("utf-8", "surrogateescape")).digest()
    return hmac.compare_digest(digest, hashlib.sha256(expected.encode()).digest())


def admin_only(handler: Handler) -> Handler:
    async def guarded(request: web.Request) -> web.StreamResponse:
        expected = request.app[ADMIN_TOKEN]
        if not expected:
            return error_response(
                403, f"admin API disabled: set {ENV} to enable it", "admin_error", "admin_disabled"
            )
        scheme, _, given = request.headers.get(hdrs.AUTHORIZATION, "").partition(" ")
        if scheme.lower() != "bearer" or not matches(given.strip(), expected):
            response = error_response(
                401,
                "missing or invalid admin token",
                "invalid_request_error",
                "invalid_admin_token",
            )
            response.headers[hdrs.WWW_AUTHENTICATE] = 'Bearer realm="llmstash admin"'
            return response
        return await handler(request)

    return guarded
