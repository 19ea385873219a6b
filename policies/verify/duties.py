"""Deadlines, legality, rules and polite telling, each asked one way (pure, precompiled).

Round 58 (closed frames lost in rounds 54-57), each an opening of the whole prompt, the
rest kept as said:

- a deadline: "How long (How much time) do I (we, you) have to V Y?" / "What's (When is)
  the deadline (for me) to V Y?" -> "What's the deadline to V Y?"; "How long does X have to
  V Y?" / "What's the deadline for X to V Y?" -> "What's the deadline for X to V Y?". Only
  a verb of a closed list of one-off acts with a deadline (file, sue, notify, dispute,
  appeal, refund ...; not a duty that lasts, "register", "report", "claim", "reimburse",
  red team 5), and not with "as / under / on probation / for N years" after it: "How long
  do I have to wait (keep records, wear a cast, pay child support, charge my phone)" asks a
  duration or a retention period; "How long does it take to V"
  holds no "have to"; "did" / "will" / "was" (tense), "for X" (another person) and "not"
  stay as said.
- legality said with "legally": "Am I legally allowed (permitted) to V" / "Can I legally
  V" -> "Can I legally V"; "Is (Are) X legally allowed to V" / "Can X legally V" -> "Can X
  legally V"; the past "Was (Were) X legally allowed to V" -> "Was X allowed by law to V"
  (as said the rules read it as "Can X legally V", a present). "Is it legal (for X) to V"
  and plain "Is X allowed to V" stay as said: HEAD serves "Is it legal for my landlord to
  V" for "Can my landlord V" (a labelled duplicate of round 20) and `wordings` reads "Is X
  allowed to V" as "Can X V", so either one merged with "Can X legally V" would serve
  "Can X legally V" for a plain "Can X V" (an ability, or leave given by a school, a venue
  or a contract). "not", "Could I", "Isn't" stay as said.
- a rule: "What's (What is) the rule when (if) X" / "What does the rulebook say when (if)
  X" / "What do the rules say when (if) X" -> "What does the rulebook say if X" (not
  "the law", not "was", not "about").
- telling politely: "How do (can, should) I politely tell X" / "What's a nice (polite)
  way to tell X" -> "How do I politely tell X" (not "the best way", not "say", not another
  teller).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# a person or a party named by a noun phrase (up to four words, none a negation) or by a
# capitalised name
_WORD = r"(?!(?:not|never|legally|allowed|permitted|have|has|to)\b)[\w\-'&]+"
_PARTY = (
    rf"(?:(?:the|my|our|your|his|her|their|a|an|this|that)\s+{_WORD}(?:\s+{_WORD}){{0,3}}?"
    r"|(?-i:(?!I\b)[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2}))"
)
# one-off acts done by a deadline: "How long do I have to V" asks when V is due only for
# these; for a duty it asks how long the duty lasts ("register as a sex offender", "report
# my whereabouts", "claim my son as a dependent", "reimburse my employer if I quit",
# "indemnify the buyer", "submit to drug testing", "compensate", "accept reduced hours",
# "contact my ex", "bill my patients", "note my hours", "renew my subscription" all last:
# red team 5); "return to work" is no return of a thing, "apply pressure (ice)" lasts
_DEADLINE_VERBS = (
    r"file|sue|notify|dispute|appeal|contest|challenge|object|refund|respond|reply|request"
    r"|cancel|reject|apply(?=\s+for\b)|redeem|rescind|revoke|return(?!\s+to\b)"
)
# what follows the act says it lasts: "as a dependent", "under the order", "on probation",
# "for 10 years", "while ...", "each (every) month"
_LASTING_RE = re.compile(
    r"\b(?:as|under|on\s+probation|while|during|each|every|until|for\s+(?:\d+|a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|several|many|the\s+next)\s+\w*\s*(?:years?"
    r"|months?|weeks?|days?|hours?))\b",
    _I,
)
_HOW_LONG_RE = re.compile(
    r"^\s*how\s+(?:long|much\s+time)\s+(?:do\s+(i|we|you|one)|does\s+"
    rf"({_PARTY}))\s+have\s+to\s+({_DEADLINE_VERBS})\s+(?=\w)",
    _I,
)
_DEADLINE_RE = re.compile(
    r"^\s*(?:what(?:'s|\s+is)|when\s+is)\s+the\s+deadline\s+"
    rf"(?:for\s+(?:(me|us)|({_PARTY}))\s+)?to\s+({_DEADLINE_VERBS})\s+(?=\w)",
    _I,
)

_LEGAL_ME_RE = re.compile(
    r"^\s*(?:can\s+i\s+legally|am\s+i\s+legally\s+(?:allowed|permitted)\s+to)"
    r"\s+(?!not\b|never\b)(?=[a-z])",
    _I,
)
_LEGAL_PARTY_RE = re.compile(
    rf"^\s*(?:can\s+(we|you|{_PARTY})\s+legally"
    rf"|(?:is|are)\s+(we|you|{_PARTY})\s+legally\s+(?:allowed|permitted)\s+to)"
    r"\s+(?!not\b|never\b)(?=[a-z])",
    _I,
)
_WAS_LEGAL_RE = re.compile(
    rf"^\s*(?:was|were)\s+(i|we|you|{_PARTY})\s+legally\s+(?:allowed|permitted)\s+to\s+"
    r"(?!not\b|never\b)(?=[a-z])",
    _I,
)

_RULE_RE = re.compile(
    r"^\s*(?:what(?:'s|\s+is)\s+the\s+rule|what\s+does\s+the\s+rule\s?book\s+say"
    r"|what\s+do\s+the\s+rules\s+say)\s+(?:when|if)\s+(?=\w)",
    _I,
)
_POLITELY_RE = re.compile(
    r"^\s*(?:how\s+(?:do|can|should)\s+i\s+politely\s+tell"
    r"|what(?:'s|\s+is)\s+a\s+(?:nice|polite)\s+way\s+to\s+tell)\s+(?=\w)",
    _I,
)


def _deadline(text: str) -> str | None:
    m = _HOW_LONG_RE.match(text) or _DEADLINE_RE.match(text)
    if m is None or _LASTING_RE.search(text, m.end()):
        return None
    party = m.group(2)
    verb = m.group(3).lower()
    if party is None:
        return f"What's the deadline to {verb} " + text[m.end() :]
    return f"What's the deadline for {party} to {verb} " + text[m.end() :]


def _legal(text: str) -> str | None:
    if m := _LEGAL_ME_RE.match(text):
        return "Can I legally " + text[m.end() :]
    if m := _LEGAL_PARTY_RE.match(text):
        party = next(g for g in m.groups() if g is not None)
        return f"Can {party} legally " + text[m.end() :]
    if m := _WAS_LEGAL_RE.match(text):
        party = "I" if m.group(1).lower() == "i" else m.group(1)
        was = "Were" if party.lower() in ("we", "you") else "Was"
        return f"{was} {party} allowed by law to " + text[m.end() :]
    return None


def canonical_duty(text: str) -> str:
    """``text`` with a deadline, a legality question, a rule or a polite telling above in its
    one wording, or itself."""
    if len(text) > 300:
        return text
    head = text.lstrip()[:4].lower()
    out: str | None = None
    if head == "how ":
        if "have to" in text:
            out = _deadline(text)
        elif "polite" in text:
            out = (m := _POLITELY_RE.match(text)) and "How do I politely tell " + text[m.end() :]
    elif head in ("what", "when"):
        low = text.lower()
        if "deadline" in low:
            out = _deadline(text)
        elif "rule" in low:
            out = (m := _RULE_RE.match(text)) and "What does the rulebook say if " + text[m.end() :]
        elif " way to tell" in low:
            out = (m := _POLITELY_RE.match(text)) and "How do I politely tell " + text[m.end() :]
    elif head in ("can ", "am i", "was ", "were") or head[:3] in ("is ", "are"):
        if "legally" in text.lower():
            out = _legal(text)
    return out or text
