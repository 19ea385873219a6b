"""Vector JSON: the response bytes, and the in-process LRU that spares re-encoding them."""

from __future__ import annotations

import base64

import numpy as np
import orjson
import pytest

from proxy.vector_text import VectorTexts
from proxy.vectors import response_body, vector_json


def vectors(n: int, dims: int = 8) -> list[bytes]:
    rows = np.random.default_rng(3).standard_normal((n, dims)).astype("<f4")
    rows[0, :5] = [np.nan, np.inf, -np.inf, -0.0, np.float32(1e-45)]
    return [row.tobytes() for row in rows]


@pytest.mark.parametrize("fmt", ["float", "base64"])
@pytest.mark.parametrize("model", ["text-embedding-3-small", 'odd "model" \u00e9'])
def test_response_body_is_what_orjson_writes(fmt: str, model: str) -> None:
    vecs = vectors(3)
    data = [
        {
            "object": "embedding",
            "index": i,
            "embedding": base64.b64encode(v).decode()
            if fmt == "base64"
            else np.frombuffer(v, dtype="<f4").astype(np.float64),  # each the double it is
        }
        for i, v in enumerate(vecs)
    ]
    usage = {"prompt_tokens": 7, "total_tokens": 7}
    want = orjson.dumps(
        {"object": "list", "data": data, "model": model, "usage": usage},
        option=orjson.OPT_SERIALIZE_NUMPY,
    )
    assert response_body(vecs, fmt, model, 7) == want
    known = [vector_json(vecs[0], fmt), None, vector_json(vecs[2], fmt)]
    assert response_body(vecs, fmt, model, 7, known) == want


def test_texts_are_kept_by_entry_stored_at_and_format() -> None:
    texts = VectorTexts()
    texts.put(("k", 1.0, "float"), b"[1.0]")
    assert texts.get_many([("k", 1.0, "float"), ("k", 2.0, "float"), ("k", 1.0, "base64")]) == [
        b"[1.0]",
        None,  # the entry was written again: another text
        None,
    ]


def test_texts_are_bounded_by_bytes_least_recently_used_first() -> None:
    texts = VectorTexts(max_bytes=3 * (100 + 1 + 200))  # three 100-byte texts of 1-char keys
    for key in "abc":
        texts.put((key, 0.0, "float"), b"x" * 100)
    texts.get_many([("a", 0.0, "float")])  # a is now the most recent
    texts.put(("d", 0.0, "float"), b"x" * 100)
    assert len(texts) == 3 and texts.bytes_used <= texts.max_bytes
    got = texts.get_many([(k, 0.0, "float") for k in "abcd"])
    assert [g is not None for g in got] == [True, False, True, True]
    texts.put(("huge", 0.0, "float"), b"x" * 10_000)  # larger than the whole budget: skipped
    assert texts.get_many([("huge", 0.0, "float")]) == [None] and len(texts) == 3
