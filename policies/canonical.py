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
