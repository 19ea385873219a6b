"""Debugging headers on answers served from cache, so a developer needs no logs:

- `X-Llmstash-Entry`: short id of the entry that answered (the first 16 hex digits of its
  key digest; never the team scope or the credential). Embeddings: one id per cached item,
  comma-separated, at most `MAX_IDS` of them.
- `X-Llmstash-Tokens-Saved`: `<prompt>+<completion>` tokens the upstream did not bill.

And `X-Request-Id` on every answer the proxy wrote itself (hits, its own errors), as the
upstream puts one on its answers: the SDK shows it as `_request_id`, the access log carries
it, so a hit reported by an application can be found in the logs. `req_llmstash_...` says it
is not the upstream's (no use asking the provider about it).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multidict import CIMultiDict

    from proxy.observe import Observation

MAX_IDS = 8
_SERVED = frozenset({"hit", "semantic_hit", "partial"})
_POOL = 256  # ids made at once: one getrandom call per _POOL answers, not one each
# ids made, not handed out yet; a process forked from this one makes its own (it never
# hands out the ones its parent holds)
_IDS: list[str] = []
os.register_at_fork(after_in_child=_IDS.clear)


def request_id() -> str:
    if not _IDS:
        digits = os.urandom(12 * _POOL).hex()  # 12 random bytes an id
        _IDS.extend(f"req_llmstash_{digits[i : i + 24]}" for i in range(0, len(digits), 24))
    return _IDS.pop()


def with_request_id(headers: CIMultiDict[str]) -> None:
    """An answer relayed as it arrives (its headers leave before the handler returns): an
    id of our own when the upstream sent none (vLLM, Ollama and most local servers)."""
    if "X-Request-Id" not in headers:
        headers["X-Request-Id"] = request_id()


def entry_id(key: str) -> str:
    """`ls:<team>:v<n>[:n:<ns>]:c:<sha256>` -> the first 16 hex digits of the digest."""
    return key.rsplit(":", 1)[-1][:16]


def hit_headers(observation: Observation) -> dict[str, str]:
    if observation.cache not in _SERVED:
        return {}
    return served(observation, {})


def served(observation: Observation, headers: dict[str, str]) -> dict[str, str]:
    """`headers` with the debugging headers of an answer served from cache added."""
    headers["X-Llmstash-Tokens-Saved"] = (
        f"{observation.prompt_tokens_saved}+{observation.completion_tokens_saved}"
    )
    entries = observation.entries
    if len(entries) == 1:  # (a chat hit)
        headers["X-Llmstash-Entry"] = entry_id(entries[0])
    elif entries:
        ids = [entry_id(k) for k in dict.fromkeys(entries)]
        headers["X-Llmstash-Entry"] = ",".join(ids[:MAX_IDS])
    return headers
