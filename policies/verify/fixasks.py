"""A pasted error with a request to fix it, framed in other words ("Fix this: E", "How do I
fix this error: E", "E how do I fix this?", "pls help: E"), rewritten to one frame before
any rule reads it (pure, precompiled). Only fix requests are one frame: "why does this
happen?" or "what causes this" ask for a cause, and a bare error asks nothing said; the
error text itself must be the same on both sides for the prompts to match afterwards. The
frame is dropped, as a bare pasted error asks for its fix too."""

from __future__ import annotations

import re

_PLEASE = r"(?:(?:please|pls|plz)\s+)?"
_HOW_FIX = (
    r"how\s+(?:do\s+i|to|can\s+i|should\s+i)\s+(?:fix|solve|resolve)\s+(?:this|it)(?:\s+error)?"
)
_FIX = (
    rf"{_PLEASE}(?:help(?:\s+me)?(?:\s+(?:fix|solve)\s+(?:this|it))?"
    rf"|fix\s+this(?:\s+error)?|{_HOW_FIX})"
)
_LEAD_RE = re.compile(rf"^\s*{_FIX}\s*(?:[?!.]?\s*(?::|\n)|[?!]\s)\s*", re.IGNORECASE)
# after the error: on a line of its own or after a dash or comma; "how do I fix this" also
# after a plain space ("E how do I fix this?"), not a bare "help" ("where can I get help")
_TRAIL_RE = re.compile(
    rf"(?:(?:\s*\n\s*|\s+[-\u2013\u2014]\s+|\s*[,;]\s*){_FIX}|\s+{_HOW_FIX})\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_MAX_CHARS = 4000
_TRAIL_SPAN = 80  # characters at the end a trailing request is looked for in

# What an error looks like: a named error or exception, or the words tools fail with.
_ERROR_RE = re.compile(
    r"error|exception|fatal|failed|failure|denied|not found|traceback|panic|warning"
    r"|segmentation fault|core dumped|refused|timed out|cannot|can't|unable to|invalid"
    r"|\b[A-Z]{1,4}\d{3,5}\b|\b[45]\d\d\b",
    re.IGNORECASE,
)


def canonical_fix_ask(text: str) -> str:
    """The error alone, when ``text`` is an error framed by a request to fix it (a pasted
    error asks for its fix unsaid)."""
    if len(text) > _MAX_CHARS:
        return text
    lower = text.lower()
    if "fix" not in lower and "help" not in lower and "solve" not in lower:
        return text
    lead = _LEAD_RE.match(text)
    error = text[lead.end() :] if lead else text
    trail = _TRAIL_RE.search(error, max(0, len(error) - _TRAIL_SPAN))
    if trail:
        error = error[: trail.start()]
    if not (lead or trail) or (lead and trail) or not _ERROR_RE.search(error):
        return text
    return error.strip() or text
