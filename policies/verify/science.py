"""One spelling for science homework written several ways (pure, precompiled).

Chemistry: the reaction arrows "→" / "⟶" / "=>" are "->", subscripts "H₂O" "H2O", a charge
"SO₄²⁻" / "SO4 2-" / "SO4^2-" one way, "½" "1/2", and a closed table of common compounds
by name ("carbon dioxide" CO2, "sodium chloride" NaCl, ...; "water" and "glucose" only in a
chemistry question): CO / CO2 and H2O / H2O2 still differ. "meters per second" is "m/s",
"kilometers per hour" / "km an hour" "km/h"; "J" is "joules" (after a number or in / to /
into), "s" / "sec" "seconds" (after a number; "1990s" stays); kg / kilograms and km /
kilometers are one already, "m" / "meters" is left alone. A homework wrapper ("Physics
homework:", "I have a test tomorrow,") is dropped and "Find / Compute / Determine /
Calculate the X of Y" is "What is the X of Y" (X at most four words).
"""

from __future__ import annotations

import re

__all__ = ["canonical_science"]

_I = re.IGNORECASE
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_CHARGE_SUPER_RE = re.compile(r"(?<=[A-Za-z0-9)])([⁰¹²³⁴⁵⁶⁷⁸⁹]?[⁺⁻])")
_CHARGE_SPACED_RE = re.compile(r"\b((?:[A-Z][a-z]?\d*){1,4})\s(\d[+-])(?=[\s?.,;)]|$)")
_ARROW_RE = re.compile(r"\s*(?:→|⟶|=>|-->)\s*")
_HALF_RE = re.compile(r"½\s*")

_COMPOUNDS = {
    "carbon dioxide": "CO2",
    "carbon monoxide": "CO",
    "sodium chloride": "NaCl",
    "methane": "CH4",
    "ammonia": "NH3",
    "sulfuric acid": "H2SO4",
    "sulphuric acid": "H2SO4",
    "hydrogen peroxide": "H2O2",
}
_CUED = {"water": "H2O", "glucose": "C6H12O6"}
_COMPOUND_RE = re.compile(r"\b(" + "|".join(_COMPOUNDS) + r")\b", _I)
_CUED_RE = re.compile(r"\b(water|glucose)\b", _I)
_CHEM_CUE_RE = re.compile(
    r"molar|\bmoles?\b|molecul|formula|lewis|balanc|react|\bbonds?\b|combust|->|oxidi|"
    r"\bph\b|electroly|titrat|isomer|compound",
    _I,
)
_CHARGE_HINT_RE = re.compile(r" \d[+-]")

# a speed's words written as its symbol (the phrases are units wherever they stand); "J" and
# "s" written as their words only where they are units (after a number, "J" after in / to /
# into): the words "joules" / "seconds" are left alone wherever they stand
_SPEED_RE = re.compile(
    r"\b(?:(?:met(?:er|re)s?)\s+per\s+(second)|(?:kilomet(?:er|re)s?|km)\s+(?:per|an)\s+(hour))\b",
    _I,
)
_JOULE_RE = re.compile(r"(?:(?<=\d)|(?<=\d )|(?<=\bin )|(?<=\bto )|(?<=\binto ))J\b(?!')")
_SECOND_RE = re.compile(r"(?<=\d)(?: s|\s?secs?)\b(?![\w'])")

_WRAPPERS = (
    re.compile(r"^\s*(?:physics|chemistry|science|math|maths)\s+homework\s*[:,-]\s*", _I),
    re.compile(r"^\s*i\s+have\s+an?\s+(?:test|exam|quiz)\s+(?:tomorrow|today|soon)\s*[,:-]\s*", _I),
)
_ASK_RE = re.compile(
    r"^\s*(?:find|compute|determine|calculate)\s+the\s+((?:[\w-]+\s+){1,4}?of\s)", _I
)


def canonical_science(text: str) -> str:
    """``text`` with the chemistry, units and homework wrappers above written one way."""
    if not text.isascii():
        text = text.translate(_SUBSCRIPTS)
        if "⁺" in text or "⁻" in text:
            text = _CHARGE_SUPER_RE.sub(lambda m: "^" + m.group(1).translate(_SUPER_DIGITS), text)
        if "½" in text:
            text = _HALF_RE.sub("1/2 ", text)
        if "→" in text or "⟶" in text:
            text = _ARROW_RE.sub(" -> ", text)
    elif "=>" in text or "-->" in text:
        text = _ARROW_RE.sub(" -> ", text)
    if ("+" in text or "-" in text) and _CHARGE_HINT_RE.search(text):
        text = _CHARGE_SPACED_RE.sub(r"\1^\2", text)
    low = text.lower()
    # every name in the table has one of these in it (oxide, chloride, sulfuric acid, ...)
    if "ide" in low or "acid" in low or "methane" in low or "ammonia" in low:
        text = _COMPOUND_RE.sub(lambda m: _COMPOUNDS[m.group(1).lower()], text)
    if ("water" in low or "glucose" in low) and _CHEM_CUE_RE.search(text):
        text = _CUED_RE.sub(lambda m: _CUED[m.group(1).lower()], text)
    if " per " in low or " an hour" in low:
        text = _SPEED_RE.sub(lambda m: "m/s" if m.group(1) else "km/h", text)
    if "J" in text and (
        "J " in text or "J?" in text or "J." in text or "J," in text or text.endswith("J")
    ):
        text = _JOULE_RE.sub("joules", text)
    if (
        " s " in low
        or " s." in low
        or " s?" in low
        or " s," in low
        or low.endswith(" s")
        or "sec" in low
    ):
        text = _SECOND_RE.sub(" seconds", text)
    start = low.lstrip()
    if "homework" in low or start.startswith("i have a"):
        for wrapper in _WRAPPERS:
            text = wrapper.sub("", text, count=1)
    first = start[:4]
    if first in ("find", "comp", "dete", "calc"):
        text = _ASK_RE.sub(r"What is the \1", text, count=1)
    return text
