"""One spelling for device-settings verbs and product names (pure, precompiled).

Settings verbs by polarity, through a closed table: "disable / deactivate / switch off /
shut off X" are "turn off X", "enable / switch on X" are "turn on X", "silence" is "mute";
"switch to X mode" is "turn on X mode"; "remove App from my Mac" (an app's capitalised
name, a device) is "uninstall App on Mac"; "turn X off" / "turn X on" put the particle first
("turn the Wi-Fi off" / "turn off the Wi-Fi"). "activate / deactivate" stay apart before an
account, a licence or a card ("activate Windows" is not "turn on Windows"). On / off, enable
/ disable and mute / unmute still differ.

Product names through a closed alias table: Google Chrome / Chrome, Mozilla Firefox /
Firefox, Microsoft (MS) Word / Outlook / Edge / Excel / PowerPoint and the short name, Google
Mail / Gmail, Google Sheets / Sheets, Microsoft / Windows Defender, macOS / Mac OS / Mac, and
iOS (not followed by a version) / iPhone. MacBook, iMac and iPad stay themselves.
"""

from __future__ import annotations

import re

__all__ = ["canonical_devices"]

_I = re.IGNORECASE
_KEPT = (
    r"(?!\s+(?:(?:my|your|the|a|an)\s+)?(?:\w+\s+)?"
    r"(?:account|licen[cs]e|sim|card|subscription|key|windows|office)\b)"
)
_OFF_RE = re.compile(rf"\b(?:disable|switch\s+off|shut\s+off|deactivate{_KEPT})\b", _I)
_ON_RE = re.compile(rf"\b(?:enable|switch\s+on|activate{_KEPT})\b", _I)
_SILENCE_RE = re.compile(r"\bsilence\b", _I)
_SWITCH_TO_RE = re.compile(r"\bswitch\s+to\s+((?:[\w-]+\s+)?mode)\b", _I)
# "remove App from my Mac": an app (capitalised name) removed from a device is uninstalled
_REMOVE_RE = re.compile(
    r"\b[Rr]emove\s+((?:[A-Z][\w.+-]*\s+){1,3}?)from\s+(?:(?:my|a|the|your)\s+)?"
    r"(Mac|PC|iPhone|iPad|Android|phone|computer|laptop|Windows(?:\s+\d+)?)\b"
)

# "turn X off" with X one to four words, none of them "on" / "off"
_PARTICLE_RE = re.compile(
    r"\bturn\s+((?:(?!on\b|off\b)[\w-]+\s+){0,3}?(?!on\b|off\b)[\w-]+)\s+(on|off)\b", _I
)
_ALIASES = tuple(
    (re.compile(p, _I), r)
    for p, r in (
        (r"\bGoogle\s+Chrome\b", "Chrome"),
        (r"\bMozilla\s+Firefox\b", "Firefox"),
        (r"\b(?:Microsoft|MS)\s+(Word|Outlook|Edge|Excel|PowerPoint)\b", r"\1"),
        (r"\bGoogle\s+Mail\b", "Gmail"),
        (r"\bGoogle\s+Sheets\b", "Sheets"),
        (r"\bMicrosoft\s+Defender\b", "Windows Defender"),
        (r"\b(?:macOS|Mac\s+OS(?:\s+X)?)\b(?![\s-]*\d)", "Mac"),
        (r"\biOS\b(?![\s-]*\d)", "iPhone"),
    )
)


def canonical_devices(text: str) -> str:
    """``text`` with the settings verbs and product names above written one way, or itself."""
    low = text.lower()
    if (
        "google" in low
        or "mozilla" in low
        or "ms " in low
        or "mac" in low
        or "ios" in low
        or ("microsoft" in low)
    ):
        for pattern, repl in _ALIASES:
            text = pattern.sub(repl, text)
    if "enable" in low or "disable" in low or "off" in low or "switch" in low or "activ" in low:
        text = _OFF_RE.sub("turn off", text)
        text = _ON_RE.sub("turn on", text)
    if "silence" in low:
        text = _SILENCE_RE.sub("mute", text)
    if "switch to" in low:
        text = _SWITCH_TO_RE.sub(r"turn on \1", text)
    if "remove" in low:
        text = _REMOVE_RE.sub(r"uninstall \1on \2", text)
    if "turn" in low:
        text = _PARTICLE_RE.sub(lambda m: f"turn {m.group(2).lower()} {m.group(1)}", text)
    return text
