"""How long an entry lives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}


def parse_duration(value: str | int | float) -> float:
    """'90', '90s', '15m', '7d', '250ms' -> seconds. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError(f"not a duration: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    else:
        match = _DURATION.match(value)
        if not match:
            raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 15m, 12h, 7d)")
        seconds = float(match.group(1)) * _UNIT[match.group(2) or "s"]
    if seconds < 0:
        raise ValueError(f"negative duration: {value!r}")
    return seconds


@dataclass(frozen=True, slots=True)
class TtlPolicy:
    chat: float = 7 * 86400.0
    embeddings: float = 30 * 86400.0
    per_model: tuple[tuple[str, float], ...] = ()  # (glob, seconds), first match wins
    max_client_ttl: float = 30 * 86400.0


CLIENT_TTL_FORMS = (
    "seconds (90, 1.5) or a number with a unit ms, s, m, h, d or w (250ms, 15m, 12h, 7d); "
    "0 stores nothing"
)


def client_ttl(value: str) -> float:
    """The seconds a client's `X-Llmstash-TTL` asks for (before the team's
    `max_client_ttl`). Raises ValueError naming the header and the forms it takes."""
    try:
        return parse_duration(value)
    except ValueError:
        raise ValueError(
            f"X-Llmstash-TTL: {value!r} is not a lifetime: use {CLIENT_TTL_FORMS}"
        ) from None


def ttl_for(policy: TtlPolicy, endpoint: str, model: str, requested: str | None) -> float:
    """Seconds to keep an answer; a client's `X-Llmstash-TTL` may lower or raise it up to
    the team's maximum. An unparsable header is ignored here: a route refuses it first
    (`client_ttl`), with a 400."""
    ttl = policy.embeddings if endpoint == "embeddings" else policy.chat
    for glob, seconds in policy.per_model:
        if fnmatchcase(model, glob):
            ttl = seconds
            break
    if requested:
        try:
            ttl = min(parse_duration(requested), policy.max_client_ttl)
        except ValueError:
            pass
    return ttl
