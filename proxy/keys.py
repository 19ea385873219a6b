"""Canonical request -> cache key. Pure functions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

from policies.canonical import canonical_fields, stream_fields


def chat_key(prefix: str, body: Mapping[str, Any], ignore_fields: Iterable[str] = ()) -> str:
    """Key of a chat completion request: sha256 over the canonical JSON of every field that
    can change the answer (sorted keys, so field order and whitespace do not matter)."""
    # one stored completion serves both stream shapes
    canonical = canonical_fields(body, stream_fields(body).union(ignore_fields))
    digest = hashlib.sha256(orjson.dumps(canonical, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return f"{prefix}:c:{digest}"


def _model_part(model: str) -> bytes:
    """The model as it starts an embedding key's hashed bytes (`<model>\\0<dims>\\0<item>`):
    itself, unless a NUL in it could shift where the dimensions and the item begin (model
    `m\\x000\\x00sa` with input `b` would be model `m` with input `a\\x000\\x00sb`); such a
    name is hashed, behind two NULs that start no other model's bytes."""
    raw = model.encode()
    if b"\x00" not in raw:
        return raw
    return b"\x00\x00" + hashlib.sha256(raw).hexdigest().encode()


def embedding_key(prefix: str, model: str, dimensions: int | None, item: str | list[int]) -> str:
    """Key of one embedding input item; text and token-id inputs never collide."""
    h = hashlib.sha256()
    h.update(_model_part(model))
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
    base = hashlib.sha256(_model_part(model))
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
