"""One spelling for retirement-account names and limits (pure, precompiled).

"401k" / "401(k)" / "401 k" and "403b" / "403(b)" / "457b" / "457(b)" are one; "max(imum) X
contribution" / "X max(imum) contribution" / "X contribution max(imum)" are "X contribution
limit"; "Roth IRA" is "Roth" only in "backdoor Roth IRA" and "Roth IRA conversion", where the
account is implied (a "Roth 401(k)" and a "Roth IRA" still differ elsewhere).

A loan payment asked several ways: "Monthly payment on a $P loan at R% for N years" / "What
would I pay per month for an N-year $P loan at R% interest?" / "Calculate the monthly
payment: $P, R% APR, N years" / "$P loan, R% APR, N-year term, monthly payment?" are one
(a loan or a mortgage as written; principal, rate and term all kept).
"""

from __future__ import annotations

import re

__all__ = ["canonical_finance"]

_I = re.IGNORECASE
_PLAN_RE = re.compile(r"\b(401|403|457)\s?\(?([kb])\)?(?![\w(])", _I)
_PLAN = (
    r"(?:401\(k\)|403\(b\)|457\(b\)|IRA|Roth\s+IRA|HSA|traditional\s+IRA|Roth\s+401\(k\)|SEP\s+IRA)"
)
_MAX_RE = re.compile(
    rf"\b(?:the\s+)?max(?:imum)?\s+(?P<p>{_PLAN})\s+contribution(?!\s+limit)\b"
    rf"|\b(?P<q>{_PLAN})\s+(?:max(?:imum)?\s+contribution|contribution\s+max(?:imum)?)\b",
    _I,
)
_P = r"\$(?P<p>\d[\d,]*(?:\.\d+)?(?:\s?[km]\b)?)"
_R = r"(?P<r>\d+(?:\.\d+)?)\s?%(?:\s+(?:interest|APR|annual\s+interest))?"
_N = r"(?P<n>\d+)"
_LOAN = r"(?P<l>loan|mortgage|car\s+loan|auto\s+loan)"
_Q = r"\s*[?.]?\s*$"
_LOAN_FRAMES = tuple(
    re.compile(p, _I)
    for p in (
        rf"^\s*(?:what\s+is\s+|what's\s+|calculate\s+)?(?:the\s+)?monthly\s+payments?\s+"
        rf"(?:on|for)\s+an?\s+{_P}\s+{_LOAN}\s+at\s+{_R}\s+(?:for|over)\s+{_N}\s+years{_Q}",
        rf"^\s*what\s+(?:would|will)\s+i\s+pay\s+(?:per|a|each)\s+month\s+(?:for|on)\s+an?\s+"
        rf"{_N}-year\s+{_P}\s+{_LOAN}\s+at\s+{_R}{_Q}",
        rf"^\s*(?:calculate\s+)?(?:the\s+)?monthly\s+payment:\s+{_P},\s+{_R},\s+{_N}\s+years{_Q}",
        rf"^\s*{_P}\s+{_LOAN},\s+{_R},\s+{_N}-year\s+term,\s+monthly\s+payment{_Q}",
    )
)
_ROTH_RE = re.compile(r"\b(backdoor\s+Roth|Roth)\s+IRA(\s+conversion)?\b", _I)


def _plan(m: re.Match[str]) -> str:
    return f"{m.group(1)}({m.group(2).lower()})"


def _roth(m: re.Match[str]) -> str:
    if m.group(1).lower().startswith("backdoor"):
        return m.group(1) + (m.group(2) or "")
    return "Roth conversion" if m.group(2) else m.group(0)


def canonical_finance(text: str) -> str:
    """``text`` with the account names and limit phrasings above written one way, or itself."""
    if "40" in text or "45" in text:
        text = _PLAN_RE.sub(_plan, text)
    low = text.lower()
    if "max" in low and "contribution" in low:
        text = _MAX_RE.sub(lambda m: f"{m.group('p') or m.group('q')} contribution limit", text)
    if "roth" in low and "ira" in low:
        text = _ROTH_RE.sub(_roth, text)
    if "$" in text and "%" in text and "month" in low:
        for frame in _LOAN_FRAMES:
            m = frame.match(text)
            if m is not None:
                loan = (m.groupdict().get("l") or "loan").lower()
                p, r, n = m.group("p"), m.group("r"), m.group("n")
                return f"Monthly payment on a ${p} {loan} at {r}% for {n} years?"
    return text
