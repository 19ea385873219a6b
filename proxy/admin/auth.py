"""Admin authentication: a bearer token from the environment, compared in constant time.

Unset (`LLMSTASH_ADMIN_TOKEN` empty): every admin route answers 403 "admin API disabled".
Missing or wrong token: 401. Errors have the OpenAI shape like every other proxy error.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import hdrs, web

from proxy.errors import error_response

ENV = "LLMSTASH_ADMIN_TOKEN"
ADMIN_TOKEN = web.AppKey("admin_token", str)  # "" when the admin API is disabled
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def token_from(env: Mapping[str, str]) -> str:
    return env.get(ENV, "").strip()


def admin_only(handler: Handler) -> Handler:
    async def guarded(request: web.Request) -> web.StreamResponse:
        expected = request.app[ADMIN_TOKEN]
        if not expected:
            return error_response(
                403, f"admin API disabled: set {ENV} to enable it", "admin_error", "admin_disabled"
            )
        scheme, _, given = request.headers.get(hdrs.AUTHORIZATION, "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), expected.encode()
        ):
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
