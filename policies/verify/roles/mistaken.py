"""Role pass 95 (blind rounds 227-228): whose mistake put "the wrong N" in the asker's hands.

``erring_party_traded``: "the wrong / an incorrect N" (or "a broken / damaged / defective N") the
object of a verb of giving done by one party to the one who got it ("My supplier shipped me the
wrong panels", "The restaurant brought me the wrong dish", "I was sent the wrong size by the
store") on one side, and of a verb of taking or choosing done by the one who got it on the other
("I ordered the wrong panels from my supplier", "I took the wrong key from my landlord"): the
giver erred on the one side and the taker on the other, so the answer (who pays, who fixes it)
is the other one's. Both sides giving, or both taking, are left to the readers of who does it;
"got / received the wrong N from X" is the giver's mistake as much as "X sent me" and is no
taking; and a condition of the thing ("a broken bike") sold on one side and bought on the other
is one sale told from its two ends, no choice of anyone's.
"""

from __future__ import annotations

from policies.verify.roles.written import MARKS, PERSON, tokens
from policies.verify.text import Parsed

_CHOICE = frozenset(("wrong", "incorrect"))  # the thing chosen wrongly: whose choice it was
_CONDITION = frozenset(("broken", "damaged", "defective"))
_FLAWS = _CHOICE | _CONDITION
_DETS = frozenset(("the", "a", "an"))


def _forms(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SELL = _forms("sell sells sold selling")
_GIVE = _SELL | _forms(
    """ship ships shipped shipping send sends sent sending bring brings brought bringing
    give gives gave given giving deliver delivers delivered delivering hand hands handed
    handing mail mails mailed mailing serve serves served serving issue issues issued issuing
    assign assigns assigned assigning dispense dispenses dispensed dispensing prescribe
    prescribes prescribed prescribing"""
)
_BUY = _forms("buy buys bought buying purchase purchases purchased purchasing")
_TAKE = _BUY | _forms(
    """order orders ordered ordering pick picks picked picking take takes took taken taking
    choose chooses chose chosen choosing select selects selected selecting grab grabs grabbed
    grabbing book books booked booking reserve reserves reserved reserving"""
)
_PARTICLES = frozenset(("up", "out"))  # "picked up the wrong package"
_PASSIVE_AUX = frozenset(("was", "were", "got", "get", "gets", "been", "being", "am", "is", "are"))
_SKIP = frozenset(
    """accidentally mistakenly just already also somehow apparently then again actually
    obviously clearly carelessly inadvertently wrongly probably recently once have has had
    did do does will would may might must could should can""".split()
)
_NOT = frozenset(("not", "never"))
_BE = frozenset(("am", "is", "are", "was", "were", "been"))  # "is sending me", "had been giving"
_RELATIVE = frozenset(("who", "that", "which"))
_ASKER = frozenset(("1s", "1p"))  # "I" and "we" ask alike
_UNNAMED = "*"  # a passive's doer left unsaid: another than the one it was done to
_RECEIVER_DETS = frozenset(("my", "our", "the", "his", "her", "their", "a", "an"))
# a word that ends the flawed thing's phrase
_ENDS = MARKS | frozenset(
    """from at to for by in on with and but or so because when if after before that which who
    instead than off back again yesterday today last this""".split()
)
_FUNCTION = (
    _ENDS
    | _SKIP
    | _NOT
    | _PASSIVE_AUX
    | _DETS
    | _RECEIVER_DETS
    | frozenset("""how what why where whether it there you your its these those some any""".split())
)


def _who(t: tuple[str, ...], i: int) -> str | None:
    """The participant a word at ``i`` names: "asker" for "I / we / me / us", a pronoun's
    person, a noun as written ("'s" off); None for a function word."""
    if i < 0:
        return None
    w = t[i]
    key = PERSON.get(w)
    if key is not None:
        return "asker" if key in _ASKER else (None if key == "2" else key)
    if w in _FUNCTION or not w.replace("'", "").isalpha():
        return None
    return w.removesuffix("'s")


def _subject(t: tuple[str, ...], v: int) -> str | None:
    """The doer of the verb at ``v``: the word before it past adverbs and auxiliaries, a
    relative word read as its head; None where the verb is denied or has no subject there."""
    k = v - 1
    while k >= 0 and (t[k] in _SKIP or t[k] in _NOT or t[k] in _BE):
        if t[k] in _NOT:
            return None
        k -= 1
    if k >= 1 and t[k] in _RELATIVE:
        k -= 1
    return _who(t, k)


def _head(t: tuple[str, ...], f: int) -> frozenset[str]:
    """The words of the flawed thing's phrase after the flaw word at ``f`` (plurals off), up
    to a function word or a person ("the wrong edition won't answer": "edition")."""
    words = []
    for w in t[f + 1 : f + 4]:
        if w in _FUNCTION or w in PERSON:
            break
        words.append(w.removesuffix("s"))
    return frozenset(words)


def _named(t: tuple[str, ...], n: int) -> str | None:
    """The one a noun phrase starting at ``n`` names: its last word before the phrase ends
    ("to my landlord's contractor": "contractor")."""
    while n < len(t) and t[n] in _RECEIVER_DETS:
        n += 1
    if n >= len(t):
        return None
    last = n
    while t[n] not in PERSON and last + 1 < min(n + 3, len(t)):
        if t[last + 1] in _FUNCTION or t[last + 1] in PERSON:
            break
        last += 1
    return _who(t, last)


def _after(t: tuple[str, ...], f: int, word: str) -> str | None:
    """The one named after ``word`` ("to", "by") following the thing's phrase, in its clause."""
    for k in range(f + 1, min(f + 7, len(t) - 1)):
        if t[k] in MARKS:
            return None
        if t[k] == word:
            return _named(t, k + 1)
    return None


def _thing_passive(t: tuple[str, ...], f: int, n: int) -> tuple[str, str, str | None, str] | None:
    """The flawed thing the subject of a passive, "the wrong N was / got V-ed (to X) (by Y)":
    (kind, doer, receiver, verb); a giving verb's doer unnamed is another than the one it went
    to, a taking verb's must be named."""
    k = f + 1 + n
    if k + 1 >= len(t) or t[k] not in _PASSIVE_AUX or t[k + 1].endswith(("ing", "s")):
        return None
    verb = t[k + 1]
    by = _after(t, k + 1, "by")
    if verb in _GIVE:
        return "give", by or _UNNAMED, _after(t, k + 1, "to"), verb
    if verb in _TAKE and by is not None:
        return "take", by, by, verb
    return None


# (kind, the one who erred, the one who got it or None, the thing's head, a condition word,
# a verb of selling / buying)
_Reading = tuple[str, str, str | None, frozenset[str], bool, bool]


def _readings(t: tuple[str, ...]) -> list[_Reading]:
    out: list[_Reading] = []
    for f in range(1, len(t)):
        if t[f] not in _FLAWS or t[f - 1] not in _DETS:
            continue
        head = _head(t, f)
        if not head:
            continue
        cond = t[f] in _CONDITION
        said = _thing_passive(t, f, len(head))
        if said is not None:  # "the wrong N was sent (to X) (by Y)"
            kind, erred, got, word = said
            out.append((kind, erred, got, head, cond, word in _SELL | _BUY))
            continue
        j = f - 2  # the word before the determiner
        if j < 0:
            continue
        if t[j] in _PARTICLES and j >= 1 and t[j - 1] in _TAKE:
            j -= 1
        if t[j] in _TAKE:
            doer = _subject(t, j)
            if doer is not None:
                out.append(("take", doer, doer, head, cond, t[j] in _BUY))
            continue
        verb, receiver = -1, None
        if t[j] in _GIVE:
            verb, receiver = j, _after(t, f, "to")
        elif j >= 1 and t[j] in PERSON and t[j - 1] in _GIVE:
            verb, receiver = j - 1, _who(t, j)  # "shipped me the wrong N"
        else:
            for k in (j - 1, j - 2):  # "sent my son the wrong N", "gave the new hire ..."
                if k >= 1 and t[k] in _RECEIVER_DETS and t[k - 1] in _GIVE:
                    verb, receiver = k - 1, _who(t, j)
                    break
        if verb < 0:
            continue
        if verb == j >= 1 and t[verb - 1] in _PASSIVE_AUX and not t[verb].endswith(("ing", "s")):
            sent_to = _subject(t, verb - 1)  # "I was sent the wrong N (by X)"
            if sent_to is not None:
                by = _after(t, f, "by") or _UNNAMED
                out.append(("give", by, sent_to, head, cond, t[verb] in _SELL))
            continue
        giver = _subject(t, verb)
        if giver is not None:
            out.append(("give", giver, receiver, head, cond, t[verb] in _SELL))
    return out


def _same(x: str, y: str) -> bool:
    """The same participant, a third-person pronoun for any noun."""
    if x == y:
        return True
    third = ("3m", "3f", "3p")
    return (x in third and y not in ("asker", *third)) or (
        y in third and x not in ("asker", *third)
    )


def _traded(give: _Reading, take: _Reading) -> bool:
    _, giver, receiver, head, cond, sold = give
    _, taker, _, head2, cond2, bought = take
    if head.isdisjoint(head2) or cond != cond2 or (cond and sold and bought):
        return False  # another thing; "sold me a broken N" / "bought a broken N": one sale
    if _same(giver, taker):
        return False  # the same one erred either way
    # the taker the one the giver gave it to, or the asker one of the two ("to my house")
    return "asker" in (giver, taker) or (receiver is not None and _same(receiver, taker))


def erring_party_traded(a: Parsed, b: Parsed) -> bool:
    """ "X V-ed me the wrong N" / "I V2-ed the wrong N from X" (V giving, V2 taking or
    choosing): the mistake X's on one side and the asker's on the other."""
    if _FLAWS.isdisjoint(a.words) or _FLAWS.isdisjoint(b.words):
        return False
    ra, rb = _readings(tokens(a.source)), _readings(tokens(b.source))
    if not ra or not rb:
        return False
    for x, y in ((ra, rb), (rb, ra)):
        gives = [r for r in x if r[0] == "give"]
        takes = [r for r in y if r[0] == "take"]
        if any(r[0] == "take" for r in x) or any(r[0] == "give" for r in y):
            continue  # each side reads one kind: a side telling both is read by others
        if any(_traded(g, k) for g in gives for k in takes):
            return True
    return False
