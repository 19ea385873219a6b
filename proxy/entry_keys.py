"""The cache keys of a tenant's request: the one place the routes and the admin API derive
them, so an admin lookup or delete always names the entry a request would hit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from policies.versioning import key_prefix
from proxy.keys import chat_key, embedding_keys
from proxy.tenancy import Tenant
from proxy.vectors import Item


def entry_prefix(tenant: Tenant, namespace: str | None = None, variant: str = "") -> str:
    """`ls:<team scope>:v<effective version>[:n:<namespace>][:q:<variant hash>]`; `variant`:
    the request's `proxy.upstream.request_variant`."""
    return key_prefix(tenant.team, tenant.version, namespace, variant)


def chat_entry_key(
    tenant: Tenant, body: Mapping[str, Any], namespace: str | None = None, variant: str = ""
) -> str:
    ignored = tenant.policy.cacheability.ignore_fields
    return chat_key(entry_prefix(tenant, namespace, variant), body, ignored)


def embedding_entry_keys(
    tenant: Tenant,
    model: str,
    dimensions: int | None,
    items: Sequence[Item],
    namespace: str | None = None,
    variant: str = "",
) -> list[str]:
    return embedding_keys(entry_prefix(tenant, namespace, variant), model, dimensions, items)
