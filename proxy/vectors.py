"""Embedding inputs and vectors: splitting `input` into items, reading the upstream's
vectors as raw float32 bytes, and encoding them the way the client asked. Pure."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

import numpy as np
import orjson

Item = str | list[int]


def split_input(value: Any) -> tuple[list[Item], bool] | None:
    """(items, single_token_list) for every input shape the API accepts, None otherwise.
    `single_token_list`: the input was one tokenized text (list[int]), not a batch."""
    if isinstance(value, str):
        return [value], False
    if not isinstance(value, list) or not value:
        return None
    if all(isinstance(v, str) for v in value):
        return list(value), False
    if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        return [value], True
    if all(
        isinstance(v, list) and v and all(isinstance(t, int) and not isinstance(t, bool) for t in v)
        for v in value
    ):
        return [list(v) for v in value], False
    return None


def vector_bytes(embedding: Any) -> bytes:
    """The upstream's vector as little-endian float32 bytes (from base64 or a float list)."""
    if isinstance(embedding, str):
        raw = base64.b64decode(embedding, validate=True)
        if len(raw) % 4:
            raise ValueError("base64 embedding is not a whole number of float32 values")
        return raw
    if isinstance(embedding, list):
        return np.asarray(embedding, dtype="<f4").tobytes()
    raise ValueError(f"unexpected embedding of type {type(embedding).__name__}")


def vector_json(vector: bytes, encoding_format: str) -> bytes:
    """The JSON value a response holds for one vector: a base64 string, or the float array
    orjson writes for float32 values."""
    if encoding_format == "base64":
        return b'"' + base64.b64encode(vector) + b'"'
    return orjson.dumps(np.frombuffer(vector, dtype="<f4"), option=orjson.OPT_SERIALIZE_NUMPY)


def response_body(
    vectors: Sequence[bytes],
    encoding_format: str,
    model: str,
    prompt_tokens: int,
    values: Sequence[bytes | None] | None = None,
) -> bytes:
    """The `/v1/embeddings` response for vectors in input order. `values`: each vector's
    `vector_json` when the caller has it already (None where not). The bytes are those
    orjson writes for the same object, assembled around the vectors' JSON."""
    given = values if values is not None else [None] * len(vectors)
    parts = [b'{"object":"list","data":[']
    for i, (vector, value) in enumerate(zip(vectors, given, strict=True)):
        parts.append(b'%s{"object":"embedding","index":%d,"embedding":' % (b"," if i else b"", i))
        parts.append(value if value is not None else vector_json(vector, encoding_format))
        parts.append(b"}")
    usage = {"prompt_tokens": prompt_tokens, "total_tokens": prompt_tokens}
    parts += [b'],"model":', orjson.dumps(model), b',"usage":', orjson.dumps(usage), b"}"]
    return b"".join(parts)  # one copy of the (possibly large) vectors' text
