"""The LLM judge's pure decisions (policies.judge): who is borderline, how answers read."""

from __future__ import annotations

from typing import Any

import pytest

from policies.judge import JudgePolicy, borderline, read_verdict, request_body, verdict_key
from policies.verify import Verdict

ON = JudgePolicy(enabled=True, min_score=0.5)


@pytest.mark.parametrize(
    "verdict, policy, expected",
    [
        (Verdict(False, 0.9, 0.7, ("classifier_reject",)), ON, True),
        (Verdict(False, 0.9, 0.5, ("classifier_reject",)), ON, True),
        (Verdict(False, 0.9, 0.49, ("classifier_reject",)), ON, False),  # too far below
        (Verdict(False, 0.9, 0.9, ("negation_mismatch", "classifier_reject")), ON, False),
        (Verdict(False, 0.9, 0.9, ("number_mismatch",)), ON, False),  # rules are final
        (Verdict(False, 0.8, 0.0, ("below_threshold",)), ON, False),
        (Verdict(True, 0.95, 0.99, ()), ON, False),  # already accepted
        (Verdict(False, 0.9, 0.7, ("classifier_reject",)), JudgePolicy(), False),  # off
    ],
)
def test_borderline(verdict: Verdict, policy: JudgePolicy, expected: bool) -> None:
    assert borderline(verdict, policy) is expected


def answer(content: Any) -> dict[str, Any]:
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}


@pytest.mark.parametrize(
    "reply, expected",
    [
        (answer("yes"), True),
        (answer("Yes."), True),
        (answer("  YES, they are the same"), True),
        (answer("**No**"), False),
        (answer("no"), False),
        (answer("Probably"), None),
        (answer(""), None),
        (answer(None), None),
        ({"choices": []}, None),
        ({"error": {"message": "x"}}, None),
        ("yes", None),
    ],
)
def test_read_verdict(reply: Any, expected: bool | None) -> None:
    assert read_verdict(reply) is expected


def test_request_names_both_prompts_in_order_and_the_model() -> None:
    body = request_body("cached prompt", "incoming prompt", JudgePolicy(model="m"))
    assert body["model"] == "m" and body["temperature"] == 0
    assert "max_completion_tokens" not in body
    text = body["messages"][1]["content"]
    assert text.index("cached prompt") < text.index("incoming prompt")
    capped = request_body("a", "b", JudgePolicy(max_completion_tokens=4))
    assert capped["max_completion_tokens"] == 4


def test_verdict_key_depends_on_order_and_model() -> None:
    p = JudgePolicy()
    assert verdict_key("a", "b", p) == verdict_key("a", "b", p)
    assert verdict_key("a", "b", p) != verdict_key("b", "a", p)
    assert verdict_key("a", "b", p) != verdict_key("a", "b", JudgePolicy(model="other"))


def test_config_section_is_parsed_and_checked() -> None:
    from proxy.settings import ConfigError
    from proxy.settings_values import semantic_policy

    raw = {"judge": {"enabled": True, "min_score": 0.4, "timeout": "5s", "model": "m"}}
    judge = semantic_policy(raw, "f.yaml", "defaults.semantic").judge
    assert judge == JudgePolicy(enabled=True, min_score=0.4, timeout=5.0, model="m")
    with pytest.raises(ConfigError, match=r"defaults\.semantic\.judge\.min_score"):
        semantic_policy({"judge": {"min_score": "5m"}}, "f.yaml", "defaults.semantic")
    with pytest.raises(ConfigError, match=r"defaults\.semantic\.judge\.modle"):
        semantic_policy({"judge": {"modle": "m"}}, "f.yaml", "defaults.semantic")
    with pytest.raises(ConfigError, match=r"defaults\.semantic\.judge"):
        semantic_policy({"judge": "yes"}, "f.yaml", "defaults.semantic")
