"""Semantic caching decisions: what text is embedded, what must match exactly (the
partition), and which candidate, if any, may answer. Pure."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from policies.canonical import canonical_fields, stream_fields
from policies.judge import JudgePolicy, borderline
from policies.verdicts import Verdict, VerifyConfig

_PLACEHOLDER = "\x00llmstash:semantic-text\x00"


@dataclass(frozen=True, slots=True)
class SemanticPolicy:
    enabled: bool = False
    embedding_model: str = "text-embedding-3-small"
    dimensions: int | None = None
    top_k: int = 4
    max_text_chars: int = 4000  # longer prompts are only cached exactly
    # seconds a lookup waits for the prompt's embedding: past it the request is a semantic
    # miss and goes upstream (a late embedding still indexes its answer)
    embed_timeout: float = 2.0
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    judge: JudgePolicy = field(default_factory=JudgePolicy)


@dataclass(frozen=True, slots=True)
class SemanticQuery:
    text: str  # what is embedded and compared
    partition: str  # everything else, hashed: it must match exactly
    # how every entry key it may be answered from (or recorded as) starts: the prefix's
    # team, version and namespace. An entry keyed under an older version (a bump landed
    # between the key's making and this query's) is never filed or served under this one.
    entries: str


@dataclass(frozen=True, slots=True)
class Candidate:
    entry_key: str
    text: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Choice:
    accepted: Candidate | None
    verdicts: tuple[Verdict, ...]  # one per candidate examined, best first
    candidates: tuple[Candidate, ...] = ()  # the candidates examined, same order


def query(
    body: Mapping[str, Any], prefix: str, ignore_fields: Iterable[str], policy: SemanticPolicy
) -> SemanticQuery | str:
    """The semantic query of a chat request, or the reason it has none."""
    if not policy.enabled:
        return "disabled"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages or not isinstance(messages[-1], dict):
        return "no-messages"
    last = messages[-1]
    if last.get("role") != "user":
        return "last-message-not-user"  # tool results, agent loops: exact only
    text = _text(last.get("content"))
    if text is None:
        return "non-text-content"
    if not text.strip() or len(text) > policy.max_text_chars:
        return "text-length"
    rest = canonical_fields(body, stream_fields(body).union(ignore_fields))
    rest["messages"] = [*messages[:-1], {**last, "content": _PLACEHOLDER}]
    canonical = orjson.dumps(
        {"prefix": prefix, "embedder": [policy.embedding_model, policy.dimensions], "rest": rest},
        option=orjson.OPT_SORT_KEYS,
    )
    partition = hashlib.sha256(canonical).hexdigest()[:32]
    return SemanticQuery(text=text, partition=partition, entries=f"{prefix}:c:")


def choose(incoming: str, candidates: Sequence[Candidate], policy: SemanticPolicy) -> Choice:
    """The first candidate (best similarity first) the verifier accepts."""
    verify = verifier()
    verdicts = []
    for candidate in candidates:
        verdict = verify(candidate.text, incoming, candidate.similarity, policy.verify)
        verdicts.append(verdict)
        if verdict.accept:
            return Choice(candidate, tuple(verdicts), tuple(candidates[: len(verdicts)]))
    return Choice(None, tuple(verdicts), tuple(candidates))


def to_judge(choice: Choice, policy: SemanticPolicy) -> list[Candidate]:
    """Candidates worth an LLM judge call (none unless the team enabled it), best first."""
    if choice.accepted is not None or not policy.judge.enabled:
        return []
    pairs = zip(choice.candidates, choice.verdicts, strict=True)
    return [c for c, v in pairs if borderline(v, policy.judge)][: policy.judge.max_calls]


def rejected(choice: Choice, accepted: Candidate | None) -> tuple[float, ...]:
    """Similarities of the candidates examined and not used."""
    pairs = zip(choice.candidates, choice.verdicts, strict=True)
    return tuple(v.similarity for c, v in pairs if c is not accepted)


def _text(content: Any) -> str | None:
    """The text of a message: a string, or text parts only (an image changes the question,
    so a message with other parts has no semantic text)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list) and content:
        texts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text":
                return None
            texts.append(str(part.get("text", "")))
        return "\n".join(texts)
    return None


def verifier() -> Callable[[str, str, float, VerifyConfig], Verdict]:
    """`policies.verify.verify`, its rules loaded on first use (~0.3 s of regular expressions
    compiled): spared to every process that never verifies (`llmstash` commands, a server
    whose teams do not cache semantically). `proxy.settings_load` calls this when a config
    turns semantic caching on, so a server has it loaded before it takes requests."""
    from policies.verify import verify

    return verify
