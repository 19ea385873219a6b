"""Namespace + version -> key prefix. Bumping a team's version makes every older entry
unreachable at once; the old entries then age out by TTL."""

from __future__ import annotations

import hashlib
import re

_SAFE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def key_prefix(team: str, version: int, namespace: str | None = None, variant: str = "") -> str:
    """`ls:<team>:v<version>` plus a sub-namespace inside the team when asked for, plus a
    hash of the request's variant when it has one (its query string and project headers,
    see `proxy.upstream.request_variant`): the same body under another is another request.

    The namespace only ever narrows the caller's own team: it is appended after the team,
    never used in its place. Unsafe or long namespaces are hashed so keys stay bounded.

    Both come from header values: a byte that is not UTF-8 reaches us as a surrogate
    (`surrogateescape`) and is hashed as that byte."""
    prefix = f"ls:{team}:v{version}"
    if namespace:
        if not _SAFE.match(namespace):
            namespace = "h" + hashlib.sha256(_raw(namespace)).hexdigest()[:24]
        prefix = f"{prefix}:n:{namespace}"
    if variant:
        prefix = f"{prefix}:q:" + hashlib.sha256(_raw(variant)).hexdigest()[:24]
    return prefix


def _raw(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")
