"""Which thing a definition asked by a pronoun ("..., and what is it?") is about (pure).

"What are index funds and should I move them into a Roth IRA?" / "Should I move my index
funds into a Roth IRA, and what is it?": the second side's "it" can only be the Roth IRA
(the index funds are plural), so it asks another definition. "What is X ..." on one side,
"what is it / what are they / what is one" on the other: the pronoun is resolved against
the noun phrases of the other side's ask by number (it / one: singular; they / them:
plural), and the pair is refused when it resolves to a noun phrase other than X, when two
or more noun phrases of its number could take it ("Do I need a real estate attorney for a
1031 exchange, and what is it?"), or when X is not named there at all. Three narrower
cases of the same shape: the thing is another's ("his", "her", "their", "our") where the
X side says no such owner; the X side's "one" is any one, the other's "the X" a given one;
the X side counts ("only one", "more than one") where the other names the thing. "What is a
nuc" named again instead of a pronoun is left to the other rules. Noun phrases are found
without a tagger: a run of words after a determiner, a preposition or a verb (the word after
"I", "you", "we", "to"), or a capitalised name, ending at a stopword; X itself wherever its
words stand alone (not inside a longer phrase: "a trust fund" names no trust). A phrase
ending in X's words names X ("a mortgage rate lock"), so does its other number when both
are generic ("moving pods" / "a moving pod"). No rival: a time ("this year"), a number
("at 60"), a place ("in California"), a role ("as a freelancer"), a person ("my dad"), a
bare singular word (a mass noun: "take money out"), the asker's own subject ("Why did my
HOA send me ...").
"""

from __future__ import annotations

import re

__all__ = ["definition_mismatch"]

_PRONOUN_DEF_RE = re.compile(
    r"\bwhat(?:'s|\u2019s|\s+is|\s+are)\s+(?:exactly\s+)?(it|they|them|one)"
    r"(?:\s+exactly)?\s*(?:[?.!]|$)",
    re.IGNORECASE,
)
# "What is (a / an / the) X and ..." / "What is X?" opening a side
_THING_DEF_RE = re.compile(
    r"^\s*what(?:'s|\u2019s|\s+is|\s+are)\s+(?:exactly\s+)?(?:(?P<det>a|an|the)\s+)?"
    r"(?P<x>[\w'\u2019\s-]+?)\s*(?:,|\?|\.|;|\band\b|$)",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")

_PRONOUNS = frozenset(("it", "they", "them", "one"))
_DETERMINERS = frozenset(
    """a an the my your his her our their its this these those some any each every another
    both several many""".split()
)
_OWNERS = frozenset(("his", "her", "their", "our"))
_POSSESSIVES = _OWNERS | frozenset(("my", "your"))
# people a definition is not asked about
_PEOPLE = frozenset(
    """dad mom father mother parent parents husband wife spouse partner son daughter kid kids
    child children boss brother sister friend friends family grandma grandpa""".split()
)
_MAX_THING = 6  # words: "What is X" longer than this is no noun phrase to match
_PLURAL_DETERMINERS = frozenset("these those both several many".split())
_SINGULAR_DETERMINERS = frozenset("a an another each every this".split())
_SUBJECTS = frozenset("i you we he she they to".split())
_PREPOSITIONS = frozenset(
    """for in into with of from about on to at by as than instead over under after before
    without within between through out up off via per like against during""".split()
)
_OTHER_STOP = frozenset(
    """and or but nor if when while because so then what which who whom whose where why how
    is are was were be been being am do does did can could should would will shall may
    might must have has had i you he she it we they me him us them one mine yours not no
    too also only just still yet again first ever really even late early now today soon
    already online back away instead together more less much few enough all that this
    there here own very rid sure ready able better worse started""".split()
)
_STOP = _PREPOSITIONS | _OTHER_STOP | _DETERMINERS
_AUX = frozenset(
    "is are was were do does did can could should would will shall may might must".split()
)
_WH = frozenset(("who", "what", "which"))
_ROLE_PREPOSITIONS = frozenset(("as",))
_PLACE_PREPOSITIONS = frozenset(("in", "at", "from"))
_TIMES = frozenset(
    """year years month months week weeks day days time times weekend morning night evening
    summer winter spring fall autumn season quarter semester""".split()
)
_COUNTING = frozenset("only just than least exactly most".split())
# singular despite the final s, or either number
_SINGULAR_S = frozenset(
    "news lens gas canvas atlas alias bias chaos corps ethos thermos iris cosmos kudos".split()
)
_EITHER = frozenset("series species means headquarters fish sheep deer".split())
_IRREGULAR_PLURALS = frozenset(
    "people children men women feet teeth mice geese data criteria media cattle police".split()
)


def _words(text: str) -> list[str]:
    """Tokens, hyphenated words kept whole ("K-1s", "W-2")."""
    return [w.casefold().replace("\u2019", "'") for w in _TOKEN_RE.findall(text)]


def _parts(words: list[str] | tuple[str, ...]) -> list[str]:
    """Words with hyphens read as spaces ("work-for-hire clause" / "work for hire clause")."""
    return [p for w in words for p in w.split("-") if p]


def _span(words: list[str], i: int, x: list[str]) -> int:
    """The end of X's words starting at ``i`` (hyphens read as spaces), or -1."""
    got: list[str] = []
    j = i
    while j < len(words) and len(got) < len(x):
        got.extend(_parts([words[j]]))
        j += 1
    return j if got == x else -1


def _numbers(words: list[str], det: str | None) -> frozenset[str]:
    """The grammatical numbers a noun phrase may take ("sg", "pl")."""
    if det in _PLURAL_DETERMINERS:
        return frozenset(("pl",))
    head = words[-1]
    if head in _EITHER:
        return frozenset(("sg", "pl"))
    if head in _IRREGULAR_PLURALS:
        return frozenset(("pl",))
    plural = (
        len(head) > 2
        and head.endswith("s")
        and not head.endswith(("ss", "us", "is", "ics", "'s"))
        and head not in _SINGULAR_S
    ) or head.endswith("s'")
    if plural and det in _SINGULAR_DETERMINERS and not head.endswith("s'"):
        return frozenset(("sg", "pl"))  # "a 1099-Ks"? leave it open
    return frozenset(("pl",) if plural else ("sg",))


def _same_thing(phrase: list[str], det: str | None, x: list[str], xdet: str | None) -> bool:
    """A noun phrase names X: its words, a modifier before them allowed ("a mortgage rate
    lock" / "a rate lock"), or its other number when both are generic ("moving pods" /
    "a moving pod"; not "the closing cost" / "closing costs")."""
    words = _parts(phrase)
    if words[-len(x) :] == x:
        return True
    if words[-len(x) : -1] != x[:-1] or len(words) < len(x):
        return False
    one, many = (words[-1], x[-1]) if det in ("a", "an") else (x[-1], words[-1])
    generic = (det is None and xdet in ("a", "an")) or (xdet is None and det in ("a", "an"))
    return generic and many in (one + "s", one + "es", one[:-1] + "ies")


def _phrases(
    words: list[str], raw: list[str], x: list[str], xdet: str | None
) -> list[tuple[tuple[str, ...], str | None, bool]]:
    """The noun phrases of an ask: (words, determiner, names X)."""
    n = len(words)
    taken = [False] * n
    found: list[tuple[tuple[str, ...], str | None, bool]] = []
    for i in range(n):
        end = _span(words, i, x)
        if end < 0 or any(taken[i:end]):
            continue
        after = words[end] if end < n else None
        before = words[i - 1] if i else None
        if after is not None and after not in _STOP:
            continue  # "a trust fund" names no trust
        if (
            before is not None
            and before not in _STOP
            and not (i > 1 and words[i - 2] in _SUBJECTS | _WH)  # "buy X", "who pays X"
        ):
            continue  # "a living will" names no will
        det = before if before in _DETERMINERS else None
        for j in range(i - (det is not None), end):
            taken[j] = True
        found.append((tuple(words[i:end]), det, True))
    i = 0
    verb = -1  # the index of a verb read off a subject before it
    while i < n:
        w = words[i]
        after_verb = i > 0 and (words[i - 1] in _SUBJECTS or i - 1 == verb)
        if taken[i] or (w in _STOP and w not in _DETERMINERS and w not in _PREPOSITIONS):
            i += 1
            continue
        if w in _DETERMINERS or w in _PREPOSITIONS:
            start = i + 1
            if w in _PREPOSITIONS and start < n and words[start] in _DETERMINERS:
                i += 1
                if w in _ROLE_PREPOSITIONS:
                    i += 1  # "as a freelancer": the asker's role, no thing
                continue  # the determiner opens it
        elif after_verb:
            start = i + 1  # the verb itself
        elif raw[i][:1].isupper() and i > 0:
            start = i  # a name: "UTMA", "Bitcoin"
        else:
            i += 1
            continue
        j = start
        while j < n and words[j] not in _STOP and not taken[j]:
            j += 1
        phrase = words[start:j]
        det = w if w in _DETERMINERS else None
        agent = False
        if phrase and j < n and len(phrase) > 1 and i > 0 and words[i - 1] in _AUX:
            # "should my parents get ...": a subject, then its verb
            phrase.pop()
            j -= 1
            verb = j
            agent = det in _POSSESSIVES  # "my HOA", "our club": the asker's, who acts
        opener = words[i - 1] if det and i > 0 else w
        if phrase and not agent and _is_thing(phrase, det, raw[start], opener):
            found.append((tuple(phrase), det, _same_thing(phrase, det, x, xdet)))
        i = max(j, i + 1)
    return found


def _is_thing(phrase: list[str], det: str | None, first: str, opener: str) -> bool:
    """Whether a noun phrase may be what a definition asks about: not a time ("this year"),
    a number ("at 60"), a place ("in California") or a bare singular word (a mass noun or
    a verb's "-ing": "take money out", "before closing")."""
    head = phrase[-1]
    if head in _TIMES or head in _PEOPLE or head.isdigit() or opener in _ROLE_PREPOSITIONS:
        return False
    if det is None and opener in _PLACE_PREPOSITIONS and first[:1].isupper():
        return False
    return not (det is None and not first[:1].isupper() and "pl" not in _numbers(phrase, det))


def _resolve(
    text: str, match: re.Match[str], x: list[str], xdet: str | None
) -> list[tuple[tuple[str, ...], str | None, bool]] | None:
    """The noun phrases the pronoun of ``match`` may stand for (None: none at all)."""
    pronoun = match.group(1).casefold()
    before, after = text[: match.start()], text[match.end() :]
    ask = before if _TOKEN_RE.search(before) else after
    raw = _TOKEN_RE.findall(ask)
    words = _words(ask)
    found = _phrases(words, raw, x, xdet)
    if not found:
        return None
    want = "pl" if pronoun in ("they", "them") else "sg"
    agreeing = [f for f in found if want in _numbers(list(f[0]), f[1])]
    if not agreeing and want == "pl" and len({f[0] for f in found}) == 1:
        return found  # "Do I need a fiduciary, and what are they?": a person's "they"
    return agreeing


def definition_mismatch(cached: str, incoming: str) -> bool:
    """One side asks "What is X ...", the other "..., and what is it / are they / is one?"
    where the pronoun stands for another noun phrase than X, for one of several, or for an
    X another person owns or that is counted on the other side."""
    if "what" not in cached.casefold() or "what" not in incoming.casefold():
        return False
    for thing_side, pronoun_side in ((cached, incoming), (incoming, cached)):
        m = _PRONOUN_DEF_RE.search(pronoun_side)
        if m is None or _PRONOUN_DEF_RE.search(thing_side):
            continue
        t = _THING_DEF_RE.match(thing_side)
        if t is None:
            continue
        x = _parts(_words(t.group("x")))
        if not x or len(x) > _MAX_THING or x[0] in _STOP:
            continue  # "What are these white spots ...", "What is it"
        xdet = (t.group("det") or "").casefold() or None
        cands = _resolve(pronoun_side, m, x, xdet)
        if not cands:
            # nothing of its number, or X not named (its words anywhere: left to the others)
            named = _parts(_words(pronoun_side[: m.start()] + " " + pronoun_side[m.end() :]))
            if cands is None and any(
                _same_thing(named[i : i + len(x)], None, x, "a")
                for i in range(len(named) - len(x) + 1)
            ):
                continue
            return True
        if any(not is_x for _, _, is_x in cands):
            return True  # another noun phrase, or several that may take it
        dets = {d for _, d, _ in cands}
        rest = _words(thing_side[t.end() :])
        if dets & _OWNERS and not _OWNERS.intersection(rest):
            return True  # "his Social Security card" / the asker's
        ones = [i for i, w in enumerate(rest) if w == "one"]
        if ones and not dets <= {"a", "an"}:
            return True  # "should I cancel one" / "the credit card"
        if any(i and rest[i - 1] in _COUNTING for i in ones):
            pron_words = _words(pronoun_side[: m.start()])
            if "one" not in pron_words:
                return True  # "only one" / "only a W-4"
    return False
