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


def request_id() -> str:
    return f"req_llmstash_{os.urandom(12).hex()}"


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
    headers = {
        "X-Llmstash-Tokens-Saved": (
            f"{observation.prompt_tokens_saved}+{observation.completion_tokens_saved}"
        )
    }
    if observation.entries:
        ids = [entry_id(k) for k in dict.fromkeys(observation.entries)]
        headers["X-Llmstash-Entry"] = ",".join(ids[:MAX_IDS])
    return headers
