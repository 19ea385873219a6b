"""A kept noun reached the opposite way, or the thing against a fear of it (pure).

- ``into_against_out_of``: only the verb phrase before the same noun differs, "into" on
  one side and "out of" on the other ("a mower that won't go into gear" / "... won't come
  out of gear", "get into safe mode" / "get out of safe mode"): one movement, opposite
  directions. Hardening pass 41 (blind rounds 272 and 274) widens the reading to a named
  place reached against a named place kept inside (``toward_against_within``): the one
  preposition before the same name differs, "to" / "from" / "out of" / "toward" on one side
  and "within" / "inside" / "throughout" on the other ("ship 500 kazoos to Germany" / "...
  within Germany", "move money to the EU" / "... within the EU"): crossing a border against
  staying inside it. "into" against "within" / "inside" is left out ("fits into my budget" /
  "fits within my budget", "go into the house" / "go inside the house" are one place), and
  so are "in" ("ship to Germany" / "ship in Germany" is read both ways), "across" and
  "around" ("use my phone from Canada" / "across Canada"), a time or an amount ("up to 30
  days" / "within 30 days") and a place not named ("stick to the budget" / "stick within
  the budget").
- ``cause_against_fear``: after "due to" / "because of", one side names a cause, the other
  the fear (threat, risk, forecast) of it ("a trip cancelled due to a hurricane" / "... due
  to fear of a hurricane"): what happened against what only might.
- ``traded_with_pronouns``: two content words trade places and only third-person pronouns
  differ besides ("My dog has fleas. Can I use a cat flea treatment on him?" / "My cat has
  fleas. Can I use a dog flea treatment on her?"): the pronoun follows the noun that moved.
- ``kept_against_removed``: one part (its head noun) kept in or on on one side, taken out or
  off on the other ("with the SIM card still in it" / "after taking the SIM card out", "with
  the battery in" / "with the battery removed"): opposite states of one thing.
- ``cause_effect_traded``: the cause of one yes/no question is the effect of the other and
  the other way round, said with other words ("Does diabetes damage the retina?" / "Does
  retinal damage cause diabetes?"); the same words traded are ``direction_swap``'s.
"""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.direction import differing
from policies.verify.lexicon import DETERMINERS
from policies.verify.text import Parsed
from policies.verify.words import canonical, common_prefix, lone_values_differ, stem

_MAX_VERB = 3  # words of the verb phrase before "into" / "out of", at most


def _ends_into(span: tuple[str, ...]) -> bool:
    return len(span) <= _MAX_VERB + 1 and span[-1:] == ("into",) and "out" not in span


def _ends_out_of(span: tuple[str, ...]) -> bool:
    return len(span) <= _MAX_VERB + 2 and span[-2:] == ("out", "of") and "into" not in span


_WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def into_against_out_of(cached: str, incoming: str) -> bool:
    """The differing words end in "into" on one side and "out of" on the other, the noun
    after them the same and the rest word for word (read as typed: a rewrite reads "come
    out" as "release")."""
    if "into" not in cached.lower() and "into" not in incoming.lower():
        return False
    wa = tuple(_WORD_RE.findall(cached.lower()))
    wb = tuple(_WORD_RE.findall(incoming.lower()))
    if ("into" in wa) == ("into" in wb) or ("out" in wa) == ("out" in wb):
        return False
    i, ea, eb = differing(wa, wb)
    if ea >= len(wa) or eb >= len(wb):
        return False  # no noun kept after them
    ma, mb = wa[i:ea], wb[i:eb]
    if not ma or not mb:
        return False
    return (_ends_into(ma) and _ends_out_of(mb)) or (_ends_into(mb) and _ends_out_of(ma))


# a preposition that takes a place across its border, and one that keeps to its inside
_CROSSING = frozenset((("to",), ("from",), ("out", "of"), ("toward",), ("towards",)))
_INSIDE = frozenset((("within",), ("inside",), ("throughout",)))
_INSIDE_WORDS = frozenset(w for (w,) in _INSIDE)


def toward_against_within(a: Parsed, b: Parsed) -> bool:
    """Only the preposition before the same named place differs: "to" / "from" / "out of" /
    "toward" on one side, "within" / "inside" / "throughout" on the other ("How do I ship
    500 kazoos to Germany?" / "... within Germany?", "Can I move money to the EU?" / "...
    within the EU?"): into or out of the place against inside it.

    Limits: the differing words are the two prepositions and nothing else (a verb changed
    too is the substitution rules'); the place is a name (a determiner may open it: "the
    EU"); "into" against "within" / "inside" is not read ("fits into my budget" / "fits
    within my budget"), nor "in", "across", "around"."""
    wa, wb = a.words, b.words
    if _INSIDE_WORDS.isdisjoint(wa) and _INSIDE_WORDS.isdisjoint(wb):
        return False
    i, ea, eb = differing(wa, wb)
    ma, mb = wa[i:ea], wb[i:eb]
    if not ((ma in _CROSSING and mb in _INSIDE) or (mb in _CROSSING and ma in _INSIDE)):
        return False
    k = ea
    while k < len(wa) and wa[k] in DETERMINERS:
        k += 1
    return k < len(wa) and canonical(wa[k]) in a.entities and canonical(wa[k]) in b.entities


_CAUSES = (("due", "to"), ("because", "of"), ("owing", "to"))
_FEARS = frozenset(
    """fear fears worry worries threat threats risk risks chance chances forecast forecasts
    prospect possibility likelihood danger warning warnings rumor rumors rumour rumours
    prediction predictions""".split()
)


def _fear_of(span: tuple[str, ...]) -> bool:
    """``span`` is "[a determiner] fear of [a determiner]" or the like."""
    s = span[1:] if span[:1] and span[0] in DETERMINERS else span
    if len(s) < 2 or s[0] not in _FEARS or s[1] != "of":
        return False
    return all(w in DETERMINERS for w in s[2:]) and len(s) <= 3


def cause_against_fear(a: Parsed, b: Parsed) -> bool:
    """Right after "due to" / "because of", one side adds "fear of" (threat, risk ...)
    before the same cause; the rest word for word (a determiner may change)."""
    wa, wb = a.words, b.words
    if _FEARS.isdisjoint(wa) and _FEARS.isdisjoint(wb):
        return False
    i, ea, eb = differing(wa, wb)
    if i < 2 or wa[i - 2 : i] not in _CAUSES:
        return False
    ma, mb = wa[i:ea], wb[i:eb]
    if ea >= len(wa) or eb >= len(wb):
        return False  # the cause must be kept after the added words
    for plain, feared in ((ma, mb), (mb, ma)):
        if len(plain) <= 1 and all(w in DETERMINERS for w in plain) and _fear_of(feared):
            return True
    return False


_PRONOUNS = frozenset("he she it him her his hers its".split())  # third person


def traded_with_pronouns(a: Parsed, b: Parsed) -> bool:
    """Same length, two content words trade places, and every other differing word is a
    third-person pronoun swapped for another ("him" / "her", "his" / "its")."""
    wa, wb = a.words, b.words
    if len(wa) != len(wb) or wa == wb:
        return False
    diff = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    if len(diff) < 3:
        return False  # a plain trade is ``direction_swap``'s
    traded = [k for k in diff if wa[k] not in _PRONOUNS or wb[k] not in _PRONOUNS]
    if len(traded) != 2 or len(diff) - 2 > 2:
        return False
    p, q = traded
    if wa[p] != wb[q] or wa[q] != wb[p] or not a.canon[p] or not a.canon[q]:
        return False
    return a.canon[p] != a.canon[q]


# -- a part kept in (on) against taken out (off) -------------------------------------------

# A state word after the part: in / on (kept), out / off / removed (taken away)
_KEPT_IN = frozenset("in on inside attached installed inserted connected".split())
_TAKEN_OUT = frozenset(
    "out off removed detached disconnected unplugged uninstalled ejected missing".split()
)
# "with the cap left on", "with the SIM card still in it"
_STATE_ADVERBS = frozenset("still left already fully completely securely firmly".split())
# What may follow "in" / "on" when it is the part's state ("with the battery in",
# "with the SIM card still in it", "with the lid on, or"): an "in" / "on" before a noun
# places something else ("with my son in the car")
_STATE_ENDS = frozenset(
    "it them there place and or but while when if during so before after".split()
)
# Verbs that take a part out ("after removing the battery"), or out / off with a particle
# ("after taking the SIM card out", "after pulling off the cap")
_REMOVING = frozenset(
    """remove removes removed removing detach detached detaching unplug unplugged unplugging
    disconnect disconnected disconnecting uninstall uninstalled uninstalling eject ejected
    ejecting""".split()
)
_TAKING = frozenset("take takes took taken taking pull pulls pulled pulling".split())
_PARTICLES = frozenset(("out", "off"))
# Verbs that put a part in ("after putting the battery back in", "once I insert the card")
_PUTTING = frozenset(
    """put puts putting insert inserts inserted inserting install installs installed
    installing attach attaches attached attaching""".split()
)
_STATE_SUBJECTS = frozenset("i we you he she they having".split())
_STATE_WORDS = _KEPT_IN | _TAKEN_OUT | _REMOVING | _TAKING
_STATE_OPENERS = frozenset(("with", "after", "once", "without"))
_PART_MAX = 4  # words of the part's noun phrase, at most
_TOKEN_RE = re.compile(r"[^\W_]+(?:['-][^\W_]+)*|[?.!,;:()]")
_NOT_PART = lx.STOPWORDS | _STATE_WORDS | _STATE_ADVERBS | _PUTTING


def _part(t: list[str], j: int) -> tuple[str, int]:
    """The head of the noun phrase at ``t[j]`` (determiners skipped, up to four words that
    are no function word, state word nor punctuation) and where it ends; "" without one."""
    while j < len(t) and t[j] in DETERMINERS:
        j += 1
    k = j
    while k < len(t) and k - j < _PART_MAX and t[k][0].isalnum() and t[k] not in _NOT_PART:
        k += 1
    return (t[k - 1] if k > j else ""), k


def _state_after(t: list[str], k: int) -> str:
    """ "in" / "out" for the state word at ``t[k]`` (after an adverb: "still in it", "left
    on"), "" for none."""
    while k < len(t) and t[k] in _STATE_ADVERBS:
        k += 1
    if k >= len(t):
        return ""
    w, nxt = t[k], (t[k + 1] if k + 1 < len(t) else "")
    if (
        nxt in ("or", "and")
        and t[k + 2 : k + 3]
        and (t[k + 2] in _KEPT_IN or t[k + 2] in _TAKEN_OUT)
    ):
        return ""  # "with the lid on or off": both
    if w in ("in", "on", "inside"):
        return "in" if not nxt or not nxt[0].isalnum() or nxt in _STATE_ENDS else ""
    if w in _KEPT_IN:
        return "in"
    if w in _TAKEN_OUT:
        return "out"
    if w in _TAKING and nxt in _PARTICLES:
        return "out"  # "with the battery taken out"
    return ""


def _part_states(text: str) -> dict[str, set[str]]:
    """Each part a prompt says kept in or taken out -> its states: "with X (still) in /
    on (it)", "with X out / off / removed", "after / once (I) removing / taking X out /
    off", "after putting / inserting X (in)", "without removing / taking out X" (X kept)."""
    t = _TOKEN_RE.findall(text.lower())
    found: dict[str, set[str]] = {}
    for i, w in enumerate(t):
        if w not in _STATE_OPENERS:
            continue
        head, state = "", ""
        if w == "with":
            head, k = _part(t, i + 1)
            state = _state_after(t, k) if head else ""
        else:
            j = i + 1
            while j < len(t) and t[j] in _STATE_SUBJECTS:
                j += 1
            verb = t[j] if j < len(t) else ""
            if verb in _TAKING or verb in _REMOVING:
                particle = t[j + 1 : j + 2] != [] and t[j + 1] in _PARTICLES
                head, k = _part(t, j + 1 + particle)
                taken = verb in _REMOVING or particle or t[k : k + 1] in (["out"], ["off"])
                state = "out" if head and taken else ""
            elif verb in _PUTTING and w != "without":
                head, _ = _part(t, j + 1)
                state = "in" if head else ""
            if state and w == "without":
                state = "in"  # "without removing the SIM card": it stays in
        if state:
            found.setdefault(canonical(head), set()).add(state)
    return found


# a part taken out said somewhere (the quick way out)
_STATE_HINT_RE = re.compile(r"\b(?:out|off|remov|detach|unplug|disconnect|uninstal|eject|missing)")


def kept_against_removed(cached: str, incoming: str) -> bool:
    """The same part kept in (on) on one side and taken out (off) on the other: "Is it
    safe to sell a phone with the SIM card still in it?" / "... after taking the SIM card
    out?", "with the battery in" / "with the battery removed", "with the cap on" / "after
    taking the cap off". Read as typed, the part by its head noun; a side that says both
    states of it is not read, nor "without" before a noun ("without the cap"): the
    negation checks read that. "without removing X" keeps X in."""
    la = cached.lower()
    if not (" with" in la or " after " in la or " once " in la):
        return False
    lb = incoming.lower()
    if not (" with" in lb or " after " in lb or " once " in lb):
        return False
    if not (_STATE_HINT_RE.search(la) or _STATE_HINT_RE.search(lb)):
        return False
    sa = _part_states(cached)
    if not sa:
        return False
    return lone_values_differ(sa, _part_states(incoming))


# -- cause and effect traded, in other words --------------------------------------------------

_CAUSE_OPENERS = frozenset("does do did can could will would may might".split())
# Verbs that say a cause, with the particle before the effect ("lead to", "result in")
_CAUSING = {
    "cause": "",
    "lead": "to",
    "trigger": "",
    "result": "in",
    "contribute": "to",
    "induce": "",
    "provoke": "",
    "bring": "on",
}
# Verbs that say an effect on a thing ("diabetes damages the retina"); often nouns too
# ("retinal damage"), so read only where no causing verb is
_AFFECTING = frozenset(
    """damage harm hurt affect worsen weaken raise increase lower reduce prevent""".split()
)
_CAUSE_VERBS = frozenset(_CAUSING) | _AFFECTING
_PASSIVE = frozenset(("be", "been", "being", "by"))
_CAUSE_MAX = 5  # content words on either side of the verb, at most
_STEM_MIN = 4  # letters of a stem another side's word may extend ("retina" / "retinal")


def _cause_effect(p: Parsed) -> tuple[frozenset[str], frozenset[str]] | None:
    """The cause and the effect of a one-sentence yes/no question "Does / Can X cause (lead
    to, trigger, result in, damage, affect, ...) Y?", as stems of their content words; None
    for any other shape (a passive, a second clause, "or" between two asks)."""
    w = p.words
    if len(w) < 4 or w[0] not in _CAUSE_OPENERS or "or" in w or p.sentences[-1:] != (0,):
        return None
    verbs = [k for k in range(2, len(w) - 1) if w[k] in _CAUSING]
    if len(verbs) != 1:
        verbs = [k for k in range(2, len(w) - 1) if w[k] in _AFFECTING] if not verbs else []
        if len(verbs) != 1:
            return None
    k = verbs[0]
    particle = _CAUSING.get(w[k], "")
    if particle and w[k + 1] != particle:
        return None  # "result from", "lead dust": no cause before its effect
    effect_at = k + 1 + (particle != "")
    cause = [stem(x) for x, c in zip(w[1:k], p.canon[1:k], strict=True) if c]
    effect = [stem(x) for x, c in zip(w[effect_at:], p.canon[effect_at:], strict=True) if c]
    if not cause or not effect or len(cause) > _CAUSE_MAX or len(effect) > _CAUSE_MAX:
        return None
    if not _PASSIVE.isdisjoint(w):
        return None  # "Can X be caused by Y", "Could my toddler be harmed by lead dust"
    return frozenset(cause), frozenset(effect)


def _akin(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """A stem of ``xs`` one of ``ys`` or one word with it: they start alike up to the last
    letter of the shorter, at least four letters ("retina" / "retinal", "diabet" /
    "diabetic", "economi" / "economic", "spin" / "spinal")."""
    if not xs.isdisjoint(ys):
        return True
    for x in xs:
        for y in ys:
            n = min(len(x), len(y))
            if n >= _STEM_MIN and common_prefix(x, y) >= max(_STEM_MIN, n - 1):
                return True
    return False


def cause_effect_traded(a: Parsed, b: Parsed) -> bool:
    """Cause and effect traded, said with other words: "Does diabetes damage the retina?" /
    "Does retinal damage cause diabetes?", "Can kidney disease raise blood pressure?" / "Can
    high blood pressure cause kidney disease?". Each side one yes/no question "Does X <verb>
    Y?" with a causing or affecting verb; what one side names as the cause the other names
    as the effect and the other way round, and no word is on the same side of both."""
    if not (a.words and b.words and a.words[0] in _CAUSE_OPENERS and b.words[0] in _CAUSE_OPENERS):
        return False
    if _CAUSE_VERBS.isdisjoint(a.words) or _CAUSE_VERBS.isdisjoint(b.words):
        return False
    ra = _cause_effect(a)
    if ra is None:
        return False
    rb = _cause_effect(b)
    if rb is None:
        return False
    (ca, ea), (cb, eb) = ra, rb
    return _akin(ca, eb) and _akin(ea, cb) and not _akin(ca, cb) and not _akin(ea, eb)
