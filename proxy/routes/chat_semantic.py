"""The chat route's semantic cache calls: look a request's prompt up, and index an exact hit
that this replica's semantic index lacks."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from multidict import CIMultiDict, istr

from policies.ttl import ttl_for
from proxy.appkeys import SEMANTIC
from proxy.entry_keys import entry_prefix
from proxy.semantic.cache import Lookup
from proxy.tenancy import Tenant
from proxy.upstream import request_headers, request_variant

TTL_HEADER = istr("X-Llmstash-TTL")


async def semantic_lookup(
    request: web.Request, tenant: Tenant, body: dict[str, Any], variant: str, max_age: float | None
) -> Lookup:
    namespace, headers, asked_as, prefix = semantic_args(request, tenant, variant)
    return await request.app[SEMANTIC].lookup(
        tenant, body, prefix, namespace, headers, max_age, asked_as
    )


def index_hit(
    request: web.Request,
    tenant: Tenant,
    body: dict[str, Any],
    variant: str,
    key: str,
    stored_at: float,
) -> None:
    """An exact hit on an entry this replica's semantic index lacks (its recording failed,
    or came late): index it in the background, so that its paraphrases find it."""
    semantic = request.app[SEMANTIC]
    if not semantic.unindexed(key):  # the usual case: a few dict lookups
        return
    ttl = ttl_for(tenant.policy.ttl, "chat", str(body["model"]), request.headers.get(TTL_HEADER))
    namespace, headers, asked_as, prefix = semantic_args(request, tenant, variant)
    semantic.index_later(tenant, body, prefix, namespace, headers, asked_as, key, stored_at + ttl)


def semantic_args(
    request: web.Request, tenant: Tenant, variant: str
) -> tuple[str | None, CIMultiDict[str], str, str]:
    """(namespace, upstream headers, embedding variant, entry prefix) of the request's
    semantic lookup or recording."""
    namespace = request.headers.get("X-Llmstash-Namespace")
    headers = request_headers(
        request.headers, decoded=True, authorization=tenant.upstream_authorization
    )
    # the prompt is embedded without the query string, with the project headers
    asked_as = request_variant(request.path, request.headers)
    return namespace, headers, asked_as, entry_prefix(tenant, namespace, variant)
