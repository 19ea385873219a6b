"""Embedding inputs and vectors: splitting `input` into items, reading the upstream's
vectors as raw float32 bytes, and encoding them the way the client asked. Pure."""

from __future__ import annotations

import binascii
from collections.abc import Sequence
from typing import Any

import numpy as np
import orjson

Item = str | list[int]
Buffer = bytes | memoryview  # a vector's float32 bytes, or a text, without a copy


def _b64encode_std(data: Buffer) -> bytes:
    return binascii.b2a_base64(data, newline=False)


def _b64decode_std(text: str | Buffer) -> bytes:
    return binascii.a2b_base64(text, strict_mode=True)


try:  # SIMD base64 (the `fast` extra): ~40x binascii on megabytes; same bytes, same errors
    import pybase64

    def _b64encode_simd(data: Buffer) -> bytes:
        return pybase64.b64encode(data)

    def _b64decode_simd(text: str | Buffer) -> bytes:
        return pybase64.b64decode(text, validate=True)

    b64encode, b64decode = _b64encode_simd, _b64decode_simd
except ImportError:  # pragma: no cover - without the extra
    b64encode, b64decode = _b64encode_std, _b64decode_std
# b64decode is strict: anything but the standard alphabet with correct padding is an error


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
        raw = b64decode(embedding)
        if len(raw) % 4:
            raise ValueError("base64 embedding is not a whole number of float32 values")
        return raw
    if isinstance(embedding, list):
        return np.asarray(embedding, dtype="<f4").tobytes()
    raise ValueError(f"unexpected embedding of type {type(embedding).__name__}")


def finite_rows(vectors: Sequence[Buffer]) -> list[bool]:
    """Per float32 vector: no NaN and no infinity. (Joined first when there are many: one
    numpy pass, ~2 ms for 2,048 x 1,536, instead of ~2.5 us of overhead per vector.)"""
    sizes = {len(v) for v in vectors}
    if len(vectors) <= 16 or len(sizes) != 1 or 0 in sizes:
        return [bool(np.isfinite(np.frombuffer(v, "<f4")).all()) for v in vectors]
    rows = np.frombuffer(b"".join(vectors), "<f4").reshape(len(vectors), -1)
    return [bool(ok) for ok in np.isfinite(rows).all(axis=1)]


def float_text(vector: Buffer) -> bytes:
    """The float array of a vector's float32 values, each written as the double it is
    (`0.0032488424330949783`, as Python and vLLM write a float32 turned into a float), so a
    client that parses JSON numbers as doubles, as JSON parsers do, gets exactly the float32
    values: the shortest float32 text (`0.0032488424`) parses to a nearby double instead,
    unequal to the same vector read from base64. ~40 us for 1,536 values."""
    values = np.frombuffer(vector, dtype="<f4").astype(np.float64)
    return orjson.dumps(values, option=orjson.OPT_SERIALIZE_NUMPY)


def vector_json(vector: Buffer, encoding_format: str) -> bytes:
    """The JSON value a response holds for one vector: a base64 string, or its
    `float_text`."""
    if encoding_format == "base64":
        return b'"' + b64encode(vector) + b'"'
    return float_text(vector)


def body_parts(
    texts: Sequence[Buffer], encoding_format: str, model: str, prompt_tokens: int
) -> list[Buffer]:
    """The `/v1/embeddings` response as pieces to write one after the other (never joined
    into one copy of megabytes). `texts`, in input order: each vector's float array, or
    its base64 *without* quotes (the pieces around it carry them). The bytes are those
    orjson writes for the same object."""
    quote = b'"' if encoding_format == "base64" else b""
    usage = {"prompt_tokens": prompt_tokens, "total_tokens": prompt_tokens}
    tail = b'],"model":' + orjson.dumps(model) + b',"usage":' + orjson.dumps(usage) + b"}"
    if not texts:
        return [b'{"object":"list","data":[' + tail]
    item = b'{"object":"embedding","index":%d,"embedding":' + quote
    between = quote + b"}," + item
    parts: list[Buffer] = [b'{"object":"list","data":[' + item % 0, texts[0]]
    for i in range(1, len(texts)):
        parts.append(between % i)
        parts.append(texts[i])
    parts.append(quote + b"}" + tail)
    return parts


def response_body(
    vectors: Sequence[Buffer],
    encoding_format: str,
    model: str,
    prompt_tokens: int,
    values: Sequence[bytes | None] | None = None,
) -> bytes:
    """The `/v1/embeddings` response for vectors in input order, in one piece. `values`:
    each vector's `vector_json` when the caller has it already (None where not)."""
    given = values if values is not None else [None] * len(vectors)
    texts: list[Buffer] = []
    for vector, value in zip(vectors, given, strict=True):
        if value is None:
            texts.append(b64encode(vector) if encoding_format == "base64" else float_text(vector))
        else:  # a JSON value: a base64 string loses its quotes (the frames carry them)
            texts.append(memoryview(value)[1:-1] if encoding_format == "base64" else value)
    return b"".join(body_parts(texts, encoding_format, model, prompt_tokens))
