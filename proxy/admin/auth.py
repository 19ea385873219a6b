"""Admin authentication: a bearer token from the environment (`proxy.bearer`).

Unset (`LLMSTASH_ADMIN_TOKEN` empty): every admin route answers 403 "admin API disabled".
Missing or wrong token: 401. Errors have the OpenAI shape like every other proxy error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from proxy import bearer
from proxy.errors import error_response

ENV = "LLMSTASH_ADMIN_TOKEN"
ADMIN_TOKEN = web.AppKey("admin_token", str)  # "" when the admin API is disabled
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def admin_only(handler: Handler) -> Handler:
    async def guarded(request: web.Request) -> web.StreamResponse:
        expected = request.app[ADMIN_TOKEN]
        if not expected:
            return error_response(
                403, f"admin API disabled: set {ENV} to enable it", "admin_error", "admin_disabled"
            )
        return bearer.refused(request, expected, "admin") or await handler(request)

    return guarded
