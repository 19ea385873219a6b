"""The optional LLM judge for borderline semantic candidates. Pure: which candidates are
borderline, the request that asks the judge, and how its answer reads.

The verifier's hard rules (numbers, negation, direction, languages, ...) are final; only a
candidate that every rule let through and that the classifier scored just under its
cut-off is worth a judge call. Off by default: it costs an upstream call on those misses.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from policies.verdicts import Verdict

INSTRUCTIONS = (
    "You decide whether a cached answer may be reused. You get two requests, A and B. "
    "Reply yes only if every correct answer to A is also a complete and correct answer to B: "
    "the same question, with the same numbers, units, names, direction, languages, time "
    "frame and output format. Different wording, politeness, typos and word order do not "
    "matter. Otherwise reply no. Reply with the single word yes or no."
)


@dataclass(frozen=True, slots=True)
class JudgePolicy:
    enabled: bool = False
    model: str = "gpt-4o-mini"
    min_score: float = 0.5  # classifier score from which a rejected candidate is borderline
    max_calls: int = 1  # judge calls per request, best candidate first
    timeout: float = 10.0  # seconds; no verdict in time = not the same question
    verdict_ttl: float = 7 * 24 * 3600.0  # verdicts are cached this long
    max_completion_tokens: int | None = None  # cap on the judge's answer, when the model allows


def borderline(verdict: Verdict, policy: JudgePolicy) -> bool:
    """A candidate only the classifier turned down, with a score close to its cut-off."""
    return (
        policy.enabled
        and not verdict.accept
        and verdict.reasons == ("classifier_reject",)
        and verdict.score >= policy.min_score
    )


def request_body(cached: str, incoming: str, policy: JudgePolicy) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": policy.model,
        "messages": [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": f"A:\n<<<\n{cached}\n>>>\n\nB:\n<<<\n{incoming}\n>>>"},
        ],
        "temperature": 0,
    }
    if policy.max_completion_tokens:
        body["max_completion_tokens"] = policy.max_completion_tokens
    return body


def read_verdict(answer: Any) -> bool | None:
    """True / False from a chat completion's JSON, None when it says neither."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(content, str):
        return None
    words = content.strip().lower().split()
    first = words[0].strip(".,!:;\"'*`") if words else ""
    return {"yes": True, "no": False}.get(first)


def verdict_key(cached: str, incoming: str, policy: JudgePolicy) -> str:
    """The part of a verdict's store key that names the question asked (order matters:
    A's answer reused for B is not B's answer reused for A)."""
    raw = "\x00".join((policy.model, INSTRUCTIONS, cached, incoming)).encode()
    return hashlib.sha256(raw).hexdigest()[:32]
