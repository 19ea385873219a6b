"""Canonical request -> cache key. Pure functions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from policies.canonical import canonical_fields

# Never part of a chat key: one stored completion serves both stream shapes.
_ALWAYS_IGNORED = frozenset({"stream", "stream_options"})


def chat_key(prefix: str, body: Mapping[str, Any], ignore_fields: Iterable[str] = ()) -> str:
    """Key of a chat completion request: sha256 over the canonical JSON of every field that
    can change the answer (sorted keys, so field order and whitespace do not matter)."""
    canonical = canonical_fields(body, _ALWAYS_IGNORED.union(ignore_fields))
    digest = hashlib.sha256(orjson.dumps(canonical, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return f"{prefix}:c:{digest}"


def embedding_key(prefix: str, model: str, dimensions: int | None, item: str | list[int]) -> str:
    """Key of one embedding input item; text and token-id inputs never collide."""
    h = hashlib.sha256()
    h.update(model.encode())
    h.update(b"\x00%d\x00" % (dimensions or 0))
    if isinstance(item, str):
        h.update(b"s")
        h.update(item.encode())
    else:
        h.update(b"t")
        h.update(orjson.dumps(item))
    return f"{prefix}:e:{h.hexdigest()}"


def embedding_keys(
    prefix: str, model: str, dimensions: int | None, items: Sequence[str | list[int]]
) -> list[str]:
    """`embedding_key` of each item (a batch of 2,048), the common start hashed once."""
    base = hashlib.sha256(model.encode())
    base.update(b"\x00%d\x00" % (dimensions or 0))
    text, tokens = base.copy(), base.copy()
    text.update(b"s")
    tokens.update(b"t")
    head = f"{prefix}:e:"
    keys = []
    for item in items:
        if isinstance(item, str):
            h = text.copy()
            h.update(item.encode())
        else:
            h = tokens.copy()
            h.update(orjson.dumps(item))
        keys.append(head + h.hexdigest())
    return keys
