"""May this request be read from the cache, and may its answer be stored?"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import translate
from typing import Any, Literal

Endpoint = Literal["chat", "embeddings"]


@dataclass(frozen=True, slots=True)
class CacheControl:
    """The request's `Cache-Control` directives that a cache client may send."""

    no_store: bool = False
    no_cache: bool = False
    max_age: float | None = None
    only_if_cached: bool = False

    @classmethod
    def parse(cls, header: str | None) -> CacheControl:
        if not header:
            return _NO_DIRECTIVES
        no_store = no_cache = only_if_cached = False
        max_age: float | None = None
        for part in header.split(","):
            name, _, value = part.strip().partition("=")
            name = name.strip().lower()
            if name == "no-store":
                no_store = True
            elif name == "no-cache":
                no_cache = True
            elif name == "only-if-cached":
                only_if_cached = True
            elif name == "max-age":
                try:
                    max_age = max(0.0, float(value.strip().strip('"')))
                except ValueError:
                    continue  # RFC 9111: an invalid max-age is ignored
        return cls(no_store, no_cache, max_age, only_if_cached)


_NO_DIRECTIVES = CacheControl()
NEVER_FRESH = float("-inf")
"""A `max_age` no stored answer is young enough for (not even one a replica whose clock is
ahead stored "in the future"): every one would need validating with the upstream."""


def combined(lines: Iterable[str]) -> str | None:
    """The value of a header sent as several field lines (`headers.getall(name)`), as one
    (RFC 9110 5.3: joined with ", "): `Cache-Control: max-age=600` then `Cache-Control:
    no-store` is `max-age=600, no-store`. None when there is none."""
    values = [line for line in lines if line.strip()]
    return ", ".join(values) if values else None


@dataclass(frozen=True, slots=True)
class CachePolicy:
    """A team's cacheability rules."""

    enabled: bool = True
    chat: bool = True
    embeddings: bool = True
    models_allow: tuple[str, ...] = ("*",)
    models_deny: tuple[str, ...] = ()
    max_temperature: float | None = None
    cache_tools: bool = True
    cache_n: bool = True
    cache_logprobs: bool = True
    cache_seed: bool = True
    max_body_bytes: int = 4 * 1024 * 1024
    honor_cache_control: bool = True
    ignore_fields: tuple[str, ...] = (
        "user",
        "metadata",
        "store",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
    )


# Request fields that decide what is asked or the shape of the answer: part of every chat
# key, never in `ignore_fields` (requests differing in them would share one answer). Any
# other field may be ignored, sampling knobs (temperature, top_p, seed, ...) included.
KEYED_FIELDS = frozenset(
    {
        "messages",
        "model",
        "tools",
        "functions",
        "tool_choice",
        "function_call",
        "parallel_tool_calls",
        "response_format",
        "n",
        "logprobs",
        "top_logprobs",
        "modalities",
        "audio",
        "prediction",
        "input",
        "dimensions",
        "encoding_format",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "reasoning_effort",
        "verbosity",
        "web_search_options",
        "stream_options",
        "prompt",
        "suffix",
        "echo",
    }
)


@dataclass(frozen=True, slots=True)
class Decision:
    """What the cache may do for one request, and why not when it may not."""

    read: bool
    write: bool
    max_age: float | None = None
    only_if_cached: bool = False
    reasons: tuple[str, ...] = field(default=())

    @property
    def bypass(self) -> bool:
        return not self.read and not self.write


def decide(
    endpoint: Endpoint,
    body: Mapping[str, Any],
    body_size: int,
    control: CacheControl,
    policy: CachePolicy,
) -> Decision:
    """Pure cacheability decision for one parsed request body."""
    reasons = _refusals(endpoint, body, body_size, policy)
    if reasons:  # never from the cache: with only-if-cached, never from the upstream either
        only = policy.honor_cache_control and control.only_if_cached
        return Decision(read=False, write=False, only_if_cached=only, reasons=reasons)
    if not policy.honor_cache_control:
        return _READ_WRITE
    if control.only_if_cached:
        # RFC 9111 5.2.1.7: answer from the cache or with a 504, never from the upstream.
        # `no-cache` asks for an answer validated with the upstream, which it may not ask:
        # none will do. `no-store` only forbids storing: a stored answer will.
        if control.no_cache:
            return Decision(True, False, NEVER_FRESH, True, ("no-cache",))
        reasons = ("no-store",) if control.no_store else ()
        return Decision(True, not control.no_store, control.max_age, True, reasons)
    if control.no_store:
        return Decision(read=False, write=False, reasons=("no-store",))
    if control.no_cache:
        return Decision(read=False, write=True, reasons=("no-cache",))
    if control.max_age is None:
        return _READ_WRITE  # (most requests: one frozen object, not a new one each)
    return Decision(read=True, write=True, max_age=control.max_age)


_READ_WRITE = Decision(read=True, write=True)


def _refusals(
    endpoint: Endpoint, body: Mapping[str, Any], body_size: int, policy: CachePolicy
) -> tuple[str, ...]:
    if not policy.enabled or not (policy.chat if endpoint == "chat" else policy.embeddings):
        return ("disabled",)
    reasons: list[str] = []
    if body_size > policy.max_body_bytes:
        reasons.append("body-too-large")
    model = body.get("model")
    if not isinstance(model, str) or not model_allowed(model, policy):
        reasons.append("model")
    if endpoint == "chat":
        reasons.extend(_upstream_only(body))
        reasons.extend(_chat_refusals(body, policy))
    elif not EMBEDDING_FIELDS.issuperset(body):
        reasons.append("fields")
    return tuple(reasons)


# What an embeddings entry is keyed by (model, dimensions, each input item), and what
# changes only the answer's encoding (`encoding_format`) or nothing at all (`user`). Any
# other field is a server's own (`input_type` on NVIDIA NIM and Cohere-style gateways,
# `truncate_prompt_tokens` on vLLM, ...) and may change the vectors: not cached.
EMBEDDING_FIELDS = frozenset({"model", "input", "dimensions", "encoding_format", "user"})


def _upstream_only(body: Mapping[str, Any]) -> list[str]:
    """Chat requests only the upstream can answer, whatever the team's policy."""
    reasons = []
    if body.get("store") is True:
        # the upstream is asked to record this completion (retrievable by its id, listed
        # with its `metadata`): a hit would hand out the id of a completion never stored
        reasons.append("store")
    modalities = body.get("modalities")
    if body.get("audio") is not None or (isinstance(modalities, list) and "audio" in modalities):
        # audio output names server-side audio (`audio.id`, reused in later turns) that
        # expires (`audio.expires_at`) long before a cached answer would
        reasons.append("audio")
    return reasons


def _chat_refusals(body: Mapping[str, Any], policy: CachePolicy) -> list[str]:
    reasons = []
    temperature = body.get("temperature")
    if policy.max_temperature is not None and isinstance(temperature, int | float):
        if temperature > policy.max_temperature:
            reasons.append("temperature")
    if not policy.cache_tools and (body.get("tools") or body.get("functions")):
        reasons.append("tools")
    n = body.get("n")
    if not policy.cache_n and isinstance(n, int) and n > 1:
        reasons.append("n")
    if not policy.cache_logprobs and body.get("logprobs"):
        reasons.append("logprobs")
    if not policy.cache_seed and body.get("seed") is not None:
        reasons.append("seed")
    return reasons


def model_allowed(model: str, policy: CachePolicy) -> bool:
    """Whether `model` matches a glob of `models_allow` and none of `models_deny` (as
    `fnmatch.fnmatchcase` matches them)."""
    deny = policy.models_deny
    if deny and matcher(deny)(model):
        return False
    return matcher(policy.models_allow)(model)


@functools.lru_cache(maxsize=256)  # (a team's lists: the same few tuples on every request)
def matcher(globs: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a name matches any of `globs` (`fnmatch.fnmatchcase` rules), built once per
    list: every name for a `*`, a set lookup for globs without wildcards, one regex for
    the others."""
    if "*" in globs:
        return _any_name
    exact = frozenset(g for g in globs if not _WILDCARD.search(g))
    patterns = [translate(g) for g in globs if g not in exact]
    if not patterns:
        return exact.__contains__
    match = re.compile("|".join(patterns)).match
    return lambda name: name in exact or match(name) is not None


_WILDCARD = re.compile(r"[*?\[]")  # what `fnmatch.translate` does not match literally


def _any_name(_name: str) -> bool:
    return True


# Finish reasons that mean the generation ended as the model or the request meant it to
# (compared in lower case: some gateways pass a vendor's STOP / MAX_TOKENS on): OpenAI's,
# TGI's (eos_token, stop_sequence), Together's (eos), Mistral's (model_length), Anthropic-
# style gateways' (end_turn, max_tokens, tool_use), Cohere's (complete), vLLM's repetition
# stop. Anything else is an answer the server cut short, paused or filtered (vLLM and
# SGLang `abort`, `error`, DeepSeek `insufficient_system_resource`, `content_filter`,
# Anthropic `pause_turn` and `refusal`): relayed, never stored.
FINISH_REASONS = frozenset(
    {
        "stop",
        "length",
        "tool_calls",
        "function_call",
        "eos",
        "eos_token",
        "stop_sequence",
        "end_turn",
        "max_tokens",
        "tool_use",
        "complete",
        "model_length",
        "repetition",
    }
)


def _finished(reason: Any) -> bool:
    if reason in FINISH_REASONS:
        return True
    return isinstance(reason, str) and reason.lower() in FINISH_REASONS


def finished(completion: Mapping[str, Any]) -> bool:
    """A chat completion worth storing: at least one choice, and every choice ended by
    the model or by the request's own limits (a known `finish_reason`). A stream closed
    with `[DONE]` but no finish reason is a generation cut short somewhere on the way (a
    gateway, a vendor's failure path); so is one whose server says it aborted it."""
    choices = completion.get("choices")
    return (
        isinstance(choices, list)
        and bool(choices)
        and all(isinstance(c, dict) and _finished(c.get("finish_reason")) for c in choices)
    )
