"""Admin API under `/admin/` (token from LLMSTASH_ADMIN_TOKEN) and the `/dashboard` page."""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources

from aiohttp import web

from proxy.admin import routes
from proxy.admin.auth import ADMIN_TOKEN, ENV, admin_only
from proxy.bearer import token_from
from proxy.errors import error_response

_PAGE = web.AppKey("dashboard_page", bytes)
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; img-src data:; base-uri 'none'; frame-ancestors 'none'"
)


def add_admin(app: web.Application, env: Mapping[str, str] | None = None) -> None:
    app[ADMIN_TOKEN] = token_from(os.environ if env is None else env, ENV)
    app[_PAGE] = resources.files(__package__).joinpath("dashboard.html").read_bytes()
    add = app.router.add_route
    add("GET", "/admin/stats", admin_only(routes.stats))
    for action in ("lookup", "delete", "invalidate", "purge"):
        add("POST", f"/admin/teams/{{team}}/{action}", admin_only(getattr(routes, action)))
    add("POST", "/admin/teams/{team}/semantic-invalidate", admin_only(routes.semantic_invalidate))
    add("*", "/admin/{tail:.*}", admin_only(_not_found))
    app.router.add_get("/dashboard", dashboard)


async def dashboard(request: web.Request) -> web.Response:
    """One self-contained page (inline CSS/JS, SVG charts): works offline, no build step."""
    return web.Response(
        body=request.app[_PAGE],
        content_type="text/html",
        charset="utf-8",
        headers={
            "Cache-Control": "no-store",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": _CSP,
        },
    )


async def _not_found(request: web.Request) -> web.Response:
    message = f"no admin route {request.method} {request.path}"
    return error_response(404, message, "invalid_request_error")
