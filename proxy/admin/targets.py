"""An admin lookup/delete body -> the cache keys a request with that body would use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from proxy.entry_keys import chat_entry_key, embedding_entry_keys
from proxy.errors import BadRequest
from proxy.tenancy import Tenant
from proxy.upstream import keyed_query, variant_of
from proxy.vectors import split_input


@dataclass(frozen=True, slots=True)
class Target:
    kind: Literal["chat", "embedding"]
    keys: list[str]  # chat: one; embedding: one per input item, in input order


def resolve_target(tenant: Tenant, body: Any) -> Target:
    """`{"chat": {...}}` or `{"embedding": {"model", "input", "dimensions"?}}`, plus an
    optional `"namespace"` (the `X-Llmstash-Namespace` the requests were made with), `"query"`
    (their query string, e.g. `api-version=2024-10-21`), `"organization"` and `"project"`
    (their `OpenAI-Organization` and `OpenAI-Project` headers)."""
    if not isinstance(body, dict):
        raise BadRequest("the body must be a JSON object")
    namespace = _text(body, "namespace")
    query = _text(body, "query")
    variant = variant_of(
        keyed_query("?" + query.removeprefix("?")) if query else "",
        _text(body, "organization"),
        _text(body, "project"),
    )
    chat, embedding = body.get("chat"), body.get("embedding")
    if (chat is None) == (embedding is None):
        raise BadRequest("give exactly one of 'chat' (a request body) or 'embedding'")
    if chat is not None:
        if not isinstance(chat, dict) or not isinstance(chat.get("model"), str):
            raise BadRequest("'chat' must be a chat completion request body", param="chat")
        return Target("chat", [chat_entry_key(tenant, chat, namespace, variant)])
    if not isinstance(embedding, dict) or not isinstance(embedding.get("model"), str):
        raise BadRequest("'embedding' must be {model, input, dimensions?}", param="embedding")
    dimensions = embedding.get("dimensions")
    if not (dimensions is None or (isinstance(dimensions, int) and dimensions > 0)):
        raise BadRequest("'dimensions' must be a positive integer", param="embedding.dimensions")
    split = split_input(embedding.get("input"))
    if split is None:
        raise BadRequest("'input' must be a string, token ids or a list of them", param="input")
    items = split[0]
    keys = embedding_entry_keys(tenant, embedding["model"], dimensions, items, namespace, variant)
    return Target("embedding", keys)


def _text(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise BadRequest(f"'{name}' must be a string", param=name)
    return value
