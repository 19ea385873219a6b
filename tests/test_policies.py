"""Table-driven tests of the pure decisions in policies/ and of cache keys. No I/O."""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any

import pytest

from policies.cacheability import (
    NEVER_FRESH,
    CacheControl,
    CachePolicy,
    combined,
    decide,
    finished,
    model_allowed,
)
from policies.semantic import SemanticPolicy
from policies.semantic import query as semantic_query
from policies.ttl import TtlPolicy, parse_duration, ttl_for
from policies.versioning import key_prefix
from proxy.keys import chat_key, embedding_key

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]}


@pytest.mark.parametrize(
    "header, expected",
    [
        (None, CacheControl()),
        ("", CacheControl()),
        ("no-store", CacheControl(no_store=True)),
        ("No-Cache", CacheControl(no_cache=True)),
        ("max-age=30", CacheControl(max_age=30.0)),
        ('max-age="5", no-cache', CacheControl(no_cache=True, max_age=5.0)),
        ("max-age=soon", CacheControl()),
        ("max-age=-4", CacheControl(max_age=0.0)),
        ("only-if-cached, private", CacheControl(only_if_cached=True)),
    ],
)
def test_cache_control_parsing(header: str | None, expected: CacheControl) -> None:
    assert CacheControl.parse(header) == expected


@pytest.mark.parametrize(
    "body, control, policy, read, write, reasons",
    [
        (CHAT, "", CachePolicy(), True, True, ()),
        (CHAT, "no-store", CachePolicy(), False, False, ("no-store",)),
        (CHAT, "no-cache", CachePolicy(), False, True, ("no-cache",)),
        (CHAT, "no-store", CachePolicy(honor_cache_control=False), True, True, ()),
        (CHAT, "", CachePolicy(enabled=False), False, False, ("disabled",)),
        (CHAT, "", CachePolicy(chat=False), False, False, ("disabled",)),
        (CHAT, "", CachePolicy(models_deny=("gpt-4o*",)), False, False, ("model",)),
        (CHAT, "", CachePolicy(models_allow=("claude-*",)), False, False, ("model",)),
        ({**CHAT, "model": 3}, "", CachePolicy(), False, False, ("model",)),
        (
            {**CHAT, "temperature": 0.9},
            "",
            CachePolicy(max_temperature=0.5),
            False,
            False,
            ("temperature",),
        ),
        ({**CHAT, "temperature": 0.2}, "", CachePolicy(max_temperature=0.5), True, True, ()),
        (
            {**CHAT, "tools": [{"type": "function"}]},
            "",
            CachePolicy(cache_tools=False),
            False,
            False,
            ("tools",),
        ),
        ({**CHAT, "n": 2}, "", CachePolicy(cache_n=False), False, False, ("n",)),
        ({**CHAT, "n": 1}, "", CachePolicy(cache_n=False), True, True, ()),
        (
            {**CHAT, "logprobs": True},
            "",
            CachePolicy(cache_logprobs=False),
            False,
            False,
            ("logprobs",),
        ),
        ({**CHAT, "seed": 1}, "", CachePolicy(cache_seed=False), False, False, ("seed",)),
    ],
)
def test_chat_cacheability(
    body: dict[str, Any],
    control: str,
    policy: CachePolicy,
    read: bool,
    write: bool,
    reasons: tuple[str, ...],
) -> None:
    decision = decide("chat", body, 100, CacheControl.parse(control), policy)
    assert (decision.read, decision.write, decision.reasons) == (read, write, reasons)


@pytest.mark.parametrize(
    "lines, joined",
    [
        ([], None),
        (["no-store"], "no-store"),
        (["max-age=600", "no-store"], "max-age=600, no-store"),  # RFC 9110 5.3
        (["max-age=600", "", " "], "max-age=600"),
    ],
)
def test_repeated_cache_control_lines_are_one_value(lines: list[str], joined: str | None) -> None:
    assert combined(lines) == joined


def test_a_later_cache_control_line_counts() -> None:
    control = CacheControl.parse(combined(["max-age=600", "no-store"]))
    assert control == CacheControl(no_store=True, max_age=600.0)
    assert decide("chat", CHAT, 100, control, CachePolicy()).bypass


@pytest.mark.parametrize(
    "header, read, write, max_age, reasons",
    [
        ("only-if-cached", True, True, None, ()),
        ("only-if-cached, max-age=60", True, True, 60.0, ()),
        # no-store forbids storing only: a stored answer may be served, nothing is written
        ("only-if-cached, no-store", True, False, None, ("no-store",)),
        ("no-store, only-if-cached, max-age=5", True, False, 5.0, ("no-store",)),
        # no-cache needs the upstream to validate, which only-if-cached forbids: no stored
        # answer will do (a 504)
        ("only-if-cached, no-cache", True, False, NEVER_FRESH, ("no-cache",)),
        ("only-if-cached, no-cache, no-store", True, False, NEVER_FRESH, ("no-cache",)),
    ],
)
def test_only_if_cached_never_goes_upstream(
    header: str, read: bool, write: bool, max_age: float | None, reasons: tuple[str, ...]
) -> None:
    decision = decide("chat", CHAT, 100, CacheControl.parse(header), CachePolicy())
    assert decision.only_if_cached and not decision.bypass  # answered by the cache, or a 504
    assert (decision.read, decision.write, decision.max_age) == (read, write, max_age)
    assert decision.reasons == reasons
    if max_age == NEVER_FRESH:  # no age is young enough, not one skewed clocks made < 0
        assert not any(age <= max_age for age in (0.0, -5.0))


def test_size_limit_and_max_age() -> None:
    small = CachePolicy(max_body_bytes=10)
    assert decide("chat", CHAT, 11, CacheControl(), small).reasons == ("body-too-large",)
    assert decide("embeddings", {"model": "m"}, 5, CacheControl(max_age=3), small).max_age == 3
    assert decide(
        "embeddings", {"model": "m"}, 5, CacheControl(), CachePolicy(embeddings=False)
    ).bypass


_GLOBS = ["*", "gpt-4o", "gpt-4o*", "gpt-?o", "o[13]-*", "o[!1]*", "a[b", "x]y", "*mini*", ""]
_MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-5o", "o1-preview", "o3-mini", "o2", "a[b", "x]y", "c.d"]


@pytest.mark.parametrize(
    "allow, deny",
    [
        (("*",), ()),
        (("gpt-4o",), ()),
        (("gpt-4o", "o[13]-*"), ("o3-*",)),
        (("gpt-?o", "c.d", "a[b"), ("x]y",)),
        (tuple(_GLOBS), ("*mini*", "")),
        ((), ()),
        (("",), ()),
    ],
)
def test_model_globs_match_as_fnmatch_does(allow: tuple[str, ...], deny: tuple[str, ...]) -> None:
    policy = CachePolicy(models_allow=allow, models_deny=deny)
    for model in [*_MODELS, "", "gpt-4o\n", "cxd"]:
        expected = not any(fnmatchcase(model, g) for g in deny) and any(
            fnmatchcase(model, g) for g in allow
        )
        assert model_allowed(model, policy) is expected, model


@pytest.mark.parametrize(
    "text, seconds",
    [
        ("90", 90.0),
        (90, 90.0),
        ("250ms", 0.25),
        ("15m", 900.0),
        ("12h", 43200.0),
        ("7d", 604800.0),
        ("1w", 604800.0),
        (" 2.5s ", 2.5),
    ],
)
def test_durations(text: str | int, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("bad", ["", "soon", "5 years", "-3s", True, "1d2h"])
def test_bad_durations(bad: Any) -> None:
    with pytest.raises(ValueError):
        parse_duration(bad)


@pytest.mark.parametrize(
    "endpoint, model, header, expected",
    [
        ("chat", "gpt-4o-mini", None, 3600.0),
        ("embeddings", "text-embedding-3-small", None, 7200.0),
        ("chat", "gpt-4o", None, 60.0),  # first matching glob wins
        ("chat", "gpt-4o-2024", None, 60.0),
        ("chat", "o3", None, 30.0),
        ("chat", "gpt-4o-mini", "10m", 600.0),
        ("chat", "gpt-4o-mini", "1000d", 86400.0),  # bounded by the team maximum
        ("chat", "gpt-4o-mini", "garbage", 3600.0),  # ignored
    ],
)
def test_ttl(endpoint: str, model: str, header: str | None, expected: float) -> None:
    policy = TtlPolicy(
        chat=3600.0,
        embeddings=7200.0,
        per_model=(("gpt-4o", 60.0), ("gpt-4o-2*", 60.0), ("o*", 30.0)),
        max_client_ttl=86400.0,
    )
    if model == "gpt-4o-mini":
        policy = TtlPolicy(chat=3600.0, embeddings=7200.0, max_client_ttl=86400.0)
    assert ttl_for(policy, endpoint, model, header) == expected


def test_namespace_and_variant_of_any_bytes_are_keyed_by_those_bytes() -> None:
    # header values that are not UTF-8 reach us with their bytes as surrogates
    namespace, variant = b"caf\xe9".decode("utf-8", "surrogateescape"), "\ncaf\udce9\n"
    prefix = key_prefix("kabc", 1, namespace, variant)
    assert prefix.startswith("ls:kabc:v1:n:h") and ":q:" in prefix
    assert prefix.isascii()
    assert prefix != key_prefix("kabc", 1, "caf\udce8", variant)
    assert prefix != key_prefix("kabc", 1, "café", variant)  # é in UTF-8 is other bytes
    assert key_prefix("kabc", 1, "café") != key_prefix("kabc", 1, "caf\udce9")


@pytest.mark.parametrize(
    "team, version, namespace, expected",
    [
        ("kabc", 0, None, "ls:kabc:v0"),
        ("kabc", 3, "", "ls:kabc:v3"),
        ("kabc", 1, "billing-eu", "ls:kabc:v1:n:billing-eu"),
        ("kabc", 1, "ls:kother:v1", "ls:kabc:v1:n:h"),  # hashed, still inside kabc
    ],
)
def test_key_prefix_stays_inside_the_team(
    team: str, version: int, namespace: str | None, expected: str
) -> None:
    assert key_prefix(team, version, namespace).startswith(expected)


def test_chat_key_canonical() -> None:
    a = {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": 0}
    b = {"temperature": 0, "messages": [{"content": "x", "role": "user"}], "model": "m"}
    assert chat_key("p", a) == chat_key("p", b)
    assert chat_key(
        "p", {**a, "stream": True, "stream_options": {"include_usage": True}}
    ) == chat_key("p", a)
    assert chat_key("p", {**a, "user": "u"}, ("user",)) == chat_key("p", a)
    assert chat_key("p", {**a, "user": "u"}) != chat_key("p", a)
    assert chat_key("p", {**a, "temperature": 1}) != chat_key("p", a)
    # 1 and 1.0 are the same number to the upstream: one entry
    assert chat_key("p", {**a, "temperature": 0.0}) == chat_key("p", a)
    assert chat_key("p", {**a, "temperature": 1.0, "top_p": 1}) == chat_key(
        "p", {**a, "temperature": 1, "top_p": 1.0}
    )
    assert chat_key("p", {**a, "temperature": 0.5}) != chat_key("p", a)
    assert chat_key("q", a) != chat_key("p", a)
    assert chat_key("p", a).startswith("p:c:")


def test_embedding_key() -> None:
    base = embedding_key("p", "m", None, "hello")
    assert base.startswith("p:e:")
    assert embedding_key("p", "m", None, "hello") == base
    assert embedding_key("p", "m", 256, "hello") != base
    assert embedding_key("p", "m2", None, "hello") != base
    assert embedding_key("p", "m", None, [1, 2]) != embedding_key("p", "m", None, "[1,2]")


def test_semantic_partition_is_everything_but_the_last_user_text() -> None:
    on = SemanticPolicy(enabled=True)
    msgs = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}]
    base = {"model": "m", "messages": msgs, "temperature": 1}

    def part(body: dict[str, Any], prefix: str = "p") -> str:
        q = semantic_query(body, prefix, (), on)
        assert not isinstance(q, str), q
        return q.partition

    other_text = {**base, "messages": [msgs[0], {"role": "user", "content": "hello"}]}
    assert part(other_text) == part(base)
    assert part({**base, "temperature": 1.0, "stream": True}) == part(base)
    assert part({**base, "temperature": 0.7}) != part(base)
    assert part({**base, "model": "m2"}) != part(base)
    assert part(base, prefix="q") != part(base)  # another team or namespace
    other_system = [{"role": "system", "content": "be long"}, msgs[1]]
    assert part({**base, "messages": other_system}) != part(base)
    tool_turn = {**base, "messages": [*msgs, {"role": "tool", "content": "x"}]}
    assert semantic_query(tool_turn, "p", (), on) == "last-message-not-user"


@pytest.mark.parametrize(
    ("reasons", "stored"),
    [
        (["stop"], True),
        (["length"], True),
        (["tool_calls"], True),
        (["eos_token"], True),  # TGI
        (["tool_use"], True),  # Anthropic-style gateways
        (["STOP"], True),  # a vendor's own spelling passed on
        (["stop", "length"], True),
        (["abort"], False),  # vLLM, SGLang: the server cut it short
        (["error"], False),
        (["insufficient_system_resource"], False),  # DeepSeek
        (["content_filter"], False),
        (["pause_turn"], False),
        (["stop", "abort"], False),  # one cut choice spoils the answer
        ([None], False),  # a stream that never said
        ([], False),
    ],
)
def test_only_answers_ended_by_the_model_or_the_request_are_stored(
    reasons: list[str | None], stored: bool
) -> None:
    choices = [{"index": i, "finish_reason": r} for i, r in enumerate(reasons)]
    assert finished({"choices": choices}) is stored
