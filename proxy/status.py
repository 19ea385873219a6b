"""`Cache-Status` (RFC 9211) values, cache name `llmstash`, and the `Age` header."""

from __future__ import annotations

NAME = "llmstash"
HIT = f"{NAME}; hit"
MISS = f"{NAME}; fwd=miss"
MISS_STORED = f"{NAME}; fwd=miss; stored"
REFRESH_STORED = f"{NAME}; fwd=request; stored"
STALE_STORED = f"{NAME}; fwd=stale; stored"
BYPASS = f"{NAME}; fwd=bypass"
PARTIAL = f"{NAME}; fwd=partial"  # embeddings: some items cached, the rest forwarded
PARTIAL_STORED = f"{PARTIAL}; stored"


def after(theirs: list[str] | tuple[str, ...], ours: str) -> str:
    """`ours` appended to the upstream's own `Cache-Status` list (`theirs`: its lines, one
    list however many lines it came in), on an answer that came from the upstream: RFC 9211
    lists the cache closest to the origin first. A hit carries `ours` alone."""
    members = [line for line in theirs if line.strip()]  # (an empty line is no member)
    return f"{', '.join(members)}, {ours}" if members else ours


def ours(value: str) -> str:
    """Our member of a `Cache-Status` list: the last (the upstream's come before it), from
    its last `llmstash;` (an llmstash upstream's members name it too)."""
    at = value.rfind(f"{NAME};")
    return value[at:] if at > 0 else value


def bypass(reasons: tuple[str, ...]) -> str:
    return f'{BYPASS}; detail="{",".join(reasons)}"' if reasons else BYPASS


def semantic_hit(similarity: float, *, judged: bool = False) -> str:
    value = f"{HIT}; detail=semantic; similarity={similarity:.3f}"
    return f"{value}; judged" if judged else value


def forwarded(*, refresh: bool, stale: bool, stored: bool, collapsed: bool = False) -> str:
    """Status of an answer that came from the upstream."""
    fwd = "request" if refresh else "stale" if stale else "miss"
    value = f"{NAME}; fwd={fwd}"
    if stored:
        value += "; stored"
    if collapsed:
        value += "; collapsed"
    return value


def error(detail: str, *, forwarded: bool) -> str:
    """An error the proxy answered itself. `fwd=miss` when the request went towards the
    upstream and failed there (unreachable, timed out, broken answer); no `fwd` when it
    never left (an invalid request, `only-if-cached` with nothing stored)."""
    return f'{NAME}; fwd=miss; detail="{detail}"' if forwarded else f'{NAME}; detail="{detail}"'
