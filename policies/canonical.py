"""The fields of a request that can change its answer, in one canonical form.

JSON does not tell `1` from `1.0` (the upstream reads both as the same temperature), but a
serialiser does: integral floats at the top level (temperature, top_p, penalties, ...)
are written as integers, so the SDK that sends `1.0` and the curl that sends `1` share
one entry. Nested values (messages, tools, schemas) are left as sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def canonical_fields(body: Mapping[str, Any], ignored: Iterable[str]) -> dict[str, Any]:
    """`body` without `ignored` fields, integral floats at the top level as integers."""
    skip = ignored if isinstance(ignored, (set, frozenset)) else frozenset(ignored)
    return {
        k: int(v) if type(v) is float and v.is_integer() and abs(v) < _INT64 else v
        for k, v in body.items()
        if k not in skip
    }


_INT64 = 2.0**63  # what a JSON encoder writes as an integer

_STREAM = frozenset({"stream", "stream_options"})
_STREAM_FLAG = frozenset({"stream"})


def stream_fields(body: Mapping[str, Any]) -> frozenset[str]:
    """The stream fields that never key a request: `stream` (one answer serves both shapes)
    and, on a stream, `stream_options`. A request that does not stream keys its
    `stream_options`: OpenAI and vLLM refuse them (a 400, never stored), other servers
    ignore them, and either way only an answer to such a request may answer it."""
    if body.get("stream") is True or body.get("stream_options") is None:
        return _STREAM
    return _STREAM_FLAG
