"""The doer moved with the other words kept (rounds 58-59, written before it).

- A complement's doer moved: "ask X to stop taking my calls" / "ask X to stop me taking their
  calls", "ask X to re-inspect my truck" / "ask X to let me re-inspect their truck": a person
  put between "stop / let / make / keep / prevent" and the same verb on one side only.
- The subject and a "to" receiver of one verb traded: "if it rents desks to us" / "if we rent
  desks to it", "I am subleasing my truck to a chef" / "A chef is subleasing their truck to me";
  one noun told apart by its owner on both sides (round 65: "Our team lent our AWPer to another
  team" / "Another team lent their AWPer to our team").
- "The owner who vetoed the trade" / "The owner whose trade was vetoed": the head the doer on
  one side and the owner of what the act is done to on the other.
- "The commissioner's co-owner" / "The co-owner's commissioner": an owner and its head
  reversed (two nouns, not person pronouns).
"""

from __future__ import annotations

import re
import unicodedata

from policies.verify.roles.close import _CLOSE_SYMMETRIC
from policies.verify.roles.tokens import _SYMMETRIC
from policies.verify.roles.written import tokens
from policies.verify.text import Parsed

_PERSON = {
    "i": "1s", "me": "1s", "we": "1p", "us": "1p", "you": "2", "he": "3m", "him": "3m",
    "she": "3f", "her": "3f", "it": "3n", "they": "3p", "them": "3p",
}  # fmt: skip
_PERSONS = frozenset(_PERSON)
_CONTROL = frozenset("stop stopping let letting make making keep keeping prevent".split())
_OBJ = frozenset("me us him her them".split())
_AUX = frozenset(
    "am is are was were be been being will would can could should may might must do does did"
    " 's 're 'm".split()
)
_NP_SKIP = frozenset("the a an my our your his her their its this that new".split())
_NP_ENDS = frozenset(
    "while before after since because until unless so if when who which that and or but for"
    " with in on at about of from by to".split()
)
_TOK_RE = re.compile(r"[a-z]+(?:[-'][a-z]+)*|[^\sa-z]")


def _toks(p: Parsed) -> list[str]:
    return _TOK_RE.findall(p.source.lower().replace("\u2019", "'"))


def _stem(w: str) -> str:
    return re.sub(r"(?:ing|ed|es|s)$", "", w)


def complement_doer_moved(a: Parsed, b: Parsed) -> bool:
    """A person put between a verb of stopping / letting and the same verb on one side only."""
    ca = not _CONTROL.isdisjoint(a.words) and not _OBJ.isdisjoint(a.words)
    cb = not _CONTROL.isdisjoint(b.words) and not _OBJ.isdisjoint(b.words)
    if not (ca or cb):
        return False
    ta, tb = _toks(a), _toks(b)
    return (cb and _doer_put(ta, tb)) or (ca and _doer_put(tb, ta))


def _doer_put(x: list[str], y: list[str]) -> bool:
    if _CONTROL.isdisjoint(y):
        return False
    for i in range(len(y) - 2):
        if y[i] not in _CONTROL or y[i + 1] not in _OBJ:
            continue
        k = i + 3 if y[i + 2] == "from" and i + 3 < len(y) else i + 2
        verb = y[k]
        for j in range(1, len(x)):
            if x[j] != verb:
                continue
            before = x[j - 1]
            if before in _OBJ or (j >= 2 and x[j - 2] in _CONTROL | _OBJ):
                continue  # "stop me from V", "require me to V": the doer named there too
            if before == "to" and i >= 2 and y[i - 1] == "to" and x[j - 2] == y[i - 2]:
                return True  # "ask X to V" / "ask X to let me V"
            if before == y[i] and j >= 2 and x[j - 2] == y[i - 1]:
                return True  # "to stop V-ing" / "to stop me V-ing"
    return False


def _np_key(toks: list[str], i: int, width: int = 5, stops: frozenset[str] = frozenset()) -> str:
    """The last word of the noun phrase starting at ``i`` (a pronoun read by person), at
    most ``width`` words, ended early by any word in ``stops`` too; "" if none."""
    if i >= len(toks):
        return ""
    if toks[i] in _PERSON:
        return _PERSON[toks[i]]
    last = ""
    for w in toks[i : i + width]:
        if w in _NP_ENDS or w in stops or not w[0].isalpha():
            break
        last = w
    return "" if last in _NP_SKIP else last


def _subject(toks: list[str], k: int) -> str:
    j = k - 1
    while j >= 0 and toks[j] in _AUX:
        j -= 1
    if j < 0:
        return ""
    w = toks[j]
    if w in _PERSON:
        return _PERSON[w]
    return w if w[0].isalpha() and w not in _NP_SKIP and w not in _NP_ENDS else ""


def _to_readings(toks: list[str], told_apart: bool = False) -> set[tuple[str, str, str]]:
    """(verb, subject, "to" receiver) readings; with ``told_apart`` only those with one head
    told apart by its owner or determiner ("our team lent ... to another team")."""
    out = set()
    for k, v in enumerate(toks):
        if len(v) < 3 or not v[0].isalpha() or v in _AUX or v in _PERSON:
            continue
        for m in range(k + 1, min(k + 6, len(toks))):
            if not toks[m][0].isalpha():
                break
            if toks[m] == "to":
                if any(_symmetric(w) for w in toks[k:m]):
                    break  # "got engaged to", "introduced to": both ways round
                subj, recv = _subject(toks, k), _np_key(toks, m + 1)
                if subj and k >= 2 and m + 2 < len(toks) and toks[m + 2] == subj:
                    d1, d2 = toks[k - 2], toks[m + 1]  # "our club ... to another club"
                    if d1 != d2 and d1 in _TELLING and d2 in _TELLING:
                        out.add((_stem(v), f"{d1} {subj}", f"{d2} {subj}"))
                elif subj and recv and subj != recv and not told_apart:
                    out.add((_stem(v), subj, recv))
                break
    return out


# words that tell two of one noun apart: "our team" / "another team"
_TELLING = frozenset("my our your his her their the a an another other this that".split())


def _symmetric(w: str) -> bool:
    return w in _SYMMETRIC or _stem(w) in _SYMMETRIC or w.startswith(_CLOSE_SYMMETRIC)


def to_receiver_traded(a: Parsed, b: Parsed) -> bool:
    """The subject and the "to" receiver of the same verb traded places."""
    if a.words == b.words or "to" not in a.words or "to" not in b.words:
        return False
    # nouns traded are left to the table and the structural readers, unless one noun is told
    # apart on both sides ("our team" / "another team")
    apart = _PERSONS.isdisjoint(a.words) and _PERSONS.isdisjoint(b.words)
    if apart and len(set(a.words)) == len(a.words):
        return False  # no noun said twice: none told apart
    ra, rb = _to_readings(_toks(a), apart), _to_readings(_toks(b), apart)
    return any((v, r, s) in rb and (v, s, r) not in rb for v, s, r in ra)


_WHO_RE = re.compile(r"\bwho (\w+ed) (?:the|a|an|my|our|their|his|her) (\w+)")
_WHOSE_RE = re.compile(r"\bwhose (\w+) (?:was|were|is|are|got|has been|had been) (\w+ed)\b")


def who_whose(a: Parsed, b: Parsed) -> bool:
    """ "who vetoed the trade" / "whose trade was vetoed"."""
    if "whose" not in a.words and "whose" not in b.words:
        return False
    return _who_whose(a.source.lower(), b.source.lower()) or _who_whose(
        b.source.lower(), a.source.lower()
    )


def _who_whose(x: str, y: str) -> bool:
    if "whose" not in y or "whose" in x:
        return False
    done = {(v, t) for v, t in _WHO_RE.findall(x)}
    return any((v, t) in done for t, v in _WHOSE_RE.findall(y))


_POSS_RE = re.compile(r"([a-z][a-z-]+)'s ([a-z][a-z-]+)")
_NOT_OWNER = frozenset("what who it that there here he she where how let when why this".split())


def owner_reversed(a: Parsed, b: Parsed) -> bool:
    """ "the commissioner's co-owner" / "the co-owner's commissioner"."""
    if "'s" not in a.source or "'s" not in b.source:
        return False
    pa = _pairs(a.source)
    if not pa:
        return False
    pb = _pairs(b.source)
    return any((y, x) in pb and (x, y) not in pb and (y, x) not in pa for x, y in pa)


def _pairs(text: str) -> set[tuple[str, str]]:
    t = text.lower().replace("\u2019", "'")
    return {(x, y) for x, y in _POSS_RE.findall(t) if x not in _NOT_OWNER and x != y}


# Role pass 74 (blind rounds 201-202): a relation asked one way and the other. "Who was X's N?"
# / "who X's N was" / "who the N of X was" asks for the N of X; "Whose N was X?" / "whose N X
# was" asks for the one X is the N of ("who my grandmother's godmother was" / "whose godmother
# my grandmother was"). A relation true both ways round ("cousin", "neighbor", "spouse") asks
# the same either way and is left.
# Role pass 87 (blind round 212): "the N to / of the M X" (X named by the M before it, "the
# answer to the crossword clue 'Oreo'") asks for the N of X, the M; "a M whose N is X" for the M
# whose N X is: X the M on one side and the N on the other ("What's a good crossword clue whose
# answer is OREO?" / "What's the answer to the crossword clue 'Oreo'?"). "the answer X" (X the
# N itself: "a clue for the answer OREO") is no "to / of" phrase and is left.
_ASK_WH = frozenset(("who", "whom", "what"))
_OF = frozenset(("of", "to"))
_ASK_BE = frozenset("is are was were".split())
_BOTH_WAYS = frozenset(
    "spouse partner roommate housemate flatmate classmate teammate coworker co-worker colleague"
    " twin peer"
    # role pass 87: a word's "opposite" is the word it is the opposite of
    " opposite antonym synonym anagram rhyme counterpart equivalent".split()
)
_REL_MAX = 2  # "godmother", "best friend"
_HOLDER_MAX = 5  # "my late grandmother's", "the new ceo's", "the crossword clue 'x'"


def _relation(w: str) -> bool:
    # role pass 118: a hyphened word ("co-driver", "ex-wife") is one word
    return w.replace("-", "").isalpha() and w not in _ASK_BE and w not in _NP_ENDS and w not in _AUX


def _asked_of(t: tuple[str, ...]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(N, X) of "who (is) X's N (is)" and "who (is) the N of / to X (is)"."""
    out: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for i in range(len(t)):
        s = _wh_be(t, i)
        if s < 0:
            continue
        # "X's N": the owner ends at the first word marked "'s"
        for j in range(s, min(s + _HOLDER_MAX, len(t))):
            if not t[j][0].isalpha():
                break
            if t[j].endswith("'s") and t[j] != "'s":
                holder = (*t[s:j], t[j][:-2])
                for n in range(1, _REL_MAX + 1):
                    rel = t[j + 1 : j + 1 + n]
                    if len(rel) == n and all(map(_relation, rel)):
                        out.add((rel, holder))
                break
        if t[s : s + 1] != ("the",):
            continue
        for n in range(1, _REL_MAX + 1):  # "the N of X"
            rel = t[s + 1 : s + 1 + n]
            if t[s + 1 + n : s + 2 + n] not in (("of",), ("to",)) or not all(map(_relation, rel)):
                continue
            k = s + 2 + n
            for m in range(k + 1, min(k + _HOLDER_MAX, len(t)) + 1):
                holder = t[k:m]
                if all(map(_relation, holder)) and (m == len(t) or not _relation(t[m])):
                    out.add((rel, holder))
    return out


def _asked_whose(t: tuple[str, ...], rel: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """``t`` says "whose N (is) X (is)"."""
    n, m = len(rel), len(holder)
    for i, w in enumerate(t):
        if w != "whose" or t[i + 1 : i + 1 + n] != rel:
            continue
        k = i + 1 + n
        after = t[k + 1 : k + 1 + m] if t[k : k + 1] and t[k] in _ASK_BE else ()
        if after == holder and (k + 1 + m == len(t) or not _relation(t[k + 1 + m])):
            return True  # "Whose godmother was my grandmother?"
        if t[k : k + m] == holder and t[k + m : k + m + 1] and t[k + m] in _ASK_BE:
            return True  # "whose godmother my grandmother was"
        if i and t[k : k + 1] and t[k] in _ASK_BE and _named_by_head(t, k + 1, t[i - 1], holder):
            return True  # "a clue whose answer is X" / "the answer to the clue X"
    return False


def _named_by_head(t: tuple[str, ...], k: int, head: str, holder: tuple[str, ...]) -> bool:
    """``t`` says X from k on, to its end or a word no relation, and the holder is "... M X"
    with M the head of the "whose" relative (X named by that noun before it)."""
    for x in (1, 2):
        said = t[k : k + x]
        if len(said) < x or not all(map(_relation, said)):
            return False
        if k + x < len(t) and _relation(t[k + x]):
            continue
        if len(holder) > x + 1 and holder[-x:] == said and holder[-x - 1] == head:
            return True
    return False


def whose_relation_asked(a: Parsed, b: Parsed) -> bool:
    """Role pass 74: the N of X asked on one side, the one X is the N of on the other (pass
    87: "the N to the M X" asks the N of the M X; pass 118: "Who is X the N for?" asks the
    one X is the N of, as "Whose N is X?" does)."""
    if "whose" not in a.words and "whose" not in b.words:
        return (
            _relation_for_asked(a, b)
            or _relation_for_asked(b, a)
            or _relation_done_asked(a, b)
            or _relation_done_asked(b, a)
        )
    if ("whose" in a.words) == ("whose" in b.words):
        return False
    asker, whose = (b, a) if "whose" in a.words else (a, b)
    tw = tokens(_folded(whose.source))
    return any(_asked_whose(tw, rel, holder) for rel, holder in _asked(asker))


def _asked(asker: Parsed) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(N, X) of each "who (is) X's N" / "the N of X" the asker's side asks, N no relation
    true both ways round."""
    if (_ASK_WH.isdisjoint(asker.words) and "which" not in asker.words) or not (
        not _OF.isdisjoint(asker.words) or "'" in asker.source or "\u2019" in asker.source
    ):
        return []
    return [
        (rel, holder)
        for rel, holder in _asked_of(_owner_tokens(asker.source))
        if rel[-1] not in _BOTH_WAYS
        and not _symmetric(rel[-1])
        and (len(rel) == 1 or rel[0] not in _BOTH_WAYS | _MUTUAL_MODS)
    ]


# Role pass 174 (blind round 318): "Which N is X's R?" asks for the R of X, "Which N is / are X
# the R for / of / to?" for the one X is the R of ("Which club is the Swifts' feeder team?" /
# "Which club are the Swifts the feeder team for?"): a "which" phrase of one or two words before
# the be form opens either question as "who" does, and a plural owner's bare apostrophe ("the
# Swifts'") marks the owner as "'s" does. A modifier that makes the relation mutual ("sister
# school", "twin town") is left, as a relation true both ways round is.
_MUTUAL_MODS = frozenset(("sister", "twin"))
_WHICH_MAX = 2  # "which club", "which football club"
_PLURAL_OWNER_RE = re.compile(r"(?<=[a-z]s)'(?=\s)")  # "the Swifts' feeder team"


def _owner_tokens(text: str) -> tuple[str, ...]:
    return tokens(_PLURAL_OWNER_RE.sub("'s", _folded(text).replace("\u2019", "'")))


def _wh_be(t: tuple[str, ...], i: int) -> int:
    """The index after the be form that follows the wh-word at ``i`` ("who is", "which (M) N
    are"); ``i + 1`` after a "who / what" with no be form; -1 when ``t[i]`` opens no such
    question."""
    if t[i] in _ASK_WH:
        return i + 2 if t[i + 1 : i + 2] and t[i + 1] in _ASK_BE else i + 1
    if t[i] != "which":
        return -1
    for b in range(i + 2, min(i + 2 + _WHICH_MAX, len(t))):
        if t[b] in _ASK_BE:
            return b + 1
        if not _relation(t[b]):
            break
    return -1


# Role pass 118 (blind round 254): "Who is / was X the / a N for / of / to?" asks for the one X
# is the N of (X holds the role), against "Who is X's N?" / "Who is the N of X?" asking for the
# one who holds it ("Who is Kalle Rovanperä's co-driver?" / "Who is Kalle Rovanperä the
# co-driver for?", "Who is Obama's speechwriter?" / "Who was Obama a speechwriter for?"). X the
# same words both sides, the N too, the preposition the last word; a relation true both ways
# round ("teammate", "cousin") is left, and so is "Who is the N for X?" (no X before the N: the
# N of X asked both ways).
_ROLE_DETS = frozenset(("the", "a", "an"))
_ROLE_PREPS = frozenset(("for", "of", "to"))
_WHO_WHICH = frozenset(("who", "whom", "which"))


def _relation_for_asked(asker: Parsed, held: Parsed) -> bool:
    if _ROLE_PREPS.isdisjoint(held.words) or _WHO_WHICH.isdisjoint(held.words):
        return False
    asked = _asked(asker)
    if not asked:
        return False
    th = _owner_tokens(held.source)
    return any(_asked_for(th, rel, holder) for rel, holder in asked)


def _asked_for(t: tuple[str, ...], rel: tuple[str, ...], holder: tuple[str, ...]) -> bool:
    """``t`` says "who / whom (is) X the / a N for / of / to" (pass 174: "which (M) N is / are X
    the N for"), a mark or its end after."""
    n, m = len(rel), len(holder)
    for i, w in enumerate(t[:-3]):
        if w not in _WHO_WHICH:
            continue
        s = _wh_be(t, i)
        if s < 0 or t[s - 1] not in _ASK_BE:
            continue
        k = s + m
        if t[s:k] != holder or t[k : k + 1] == () or t[k] not in _ROLE_DETS:
            continue
        if t[k + 1 : k + 1 + n] != rel or t[k + 1 + n : k + 2 + n] == ():
            continue
        e = k + 2 + n
        if t[e - 1] in _ROLE_PREPS and (e == len(t) or not t[e][0].isalpha()):
            return True
    return False


# Role pass 119 (blind round 257): "Who did / does X V (T)?" asks for the one X V-s, against
# "Who is / was X's N (T)?" (or "the N of X") with N the noun of the one who V-s ("mentor",
# "coach": the verb itself; "teacher", "advisor": the verb and "-er / -or"): the N of X V-s X, so
# the asked-for party is the other one ("Who was Jim Henson's mentor in puppetry?" / "Who did Jim
# Henson mentor in puppetry?", "Who was Plato's teacher?" / "Who did Plato teach?"). X the same
# words, the tail the same. A noun for the one the verb is done to ("hire", "pick", "employee":
# X's hire is the one X hired) and a relation true both ways round are left; "Who mentored X?"
# (no do-support: the N of X asked both ways) is served.
_DO_ASK = frozenset(("do", "does", "did"))
_DONE_TO_NOUNS = frozenset("hire pick choice love crush date recruit invite find catch".split())


def _relation_done_asked(asker: Parsed, doer: Parsed) -> bool:
    if _DO_ASK.isdisjoint(doer.words) or ("who" not in doer.words and "whom" not in doer.words):
        return False
    asked = [(rel, h) for rel, h in _asked(asker) if len(rel) == 1]
    if not asked:
        return False
    td, ta = tokens(_folded(doer.source)), tokens(_folded(asker.source))
    for i, w in enumerate(td[:-3]):
        if w not in ("who", "whom") or td[i + 1] not in _DO_ASK or td[:i] != ta[:i]:
            continue
        for rel, holder in asked:
            k = i + 2 + len(holder)
            if td[i + 2 : k] != holder or k >= len(td) or not _agent_of(rel[0], td[k]):
                continue
            n = len(td) - k - 1  # the same tail after the verb and after "X's N" / "N of X"
            if n and ta[-n:] != td[k + 1 :]:
                continue
            if ta[: len(ta) - n][-1:] in (rel, holder[-1:]):
                return True
    return False


def _agent_of(noun: str, verb: str) -> bool:
    """``noun`` names the one who does ``verb``: the verb itself, or with "-er / -or"."""
    if noun in _DONE_TO_NOUNS or not verb.isalpha() or len(verb) < 3:
        return False
    if noun == verb:
        return True
    for end in ("er", "or", "r"):
        if noun.endswith(end) and noun[: -len(end)] in (verb, verb.removesuffix("e")):
            return True
    return False


def _folded(text: str) -> str:
    """The text with its letters' accents dropped ("Rovanperä" as "Rovanpera"): the written
    tokens read ASCII words."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Role pass 102 (blind round 236): a phrase "P the N of X" / "P X's N" on a wh-question asking
# for the one the clause is about, against "P whose N AUX X ...", X the clause's subject: "Who
# was beheaded on the orders of Anne Boleyn?" / "On whose orders was Anne Boleyn beheaded?", "Who
# was arrested at the request of the mayor?" / "At whose request was the mayor arrested?". X owns
# the N on one side (gives the orders) and undergoes the verb on the other, so the asked-for party
# is another. The same P and N both sides (the N in the singular or the plural), X the same words.
_PHRASE_PREPS = frozenset("on at by upon under in for with from".split())
_WHOSE_AUX = frozenset(
    "was were is are did does do has have had will would could should can".split()
)
_DETS_X = frozenset(("the", "a", "an"))


def _bare(holder: tuple[str, ...]) -> tuple[str, ...]:
    return holder[1:] if holder[:1] and holder[0] in _DETS_X else holder


def _noun_key(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _phrase_owners(t: tuple[str, ...]) -> set[tuple[str, str, tuple[str, ...]]]:
    """(P, N, X) of each "P the N of X" and "P X's N" after the opening wh-phrase."""
    out: set[tuple[str, str, tuple[str, ...]]] = set()
    for i in range(1, len(t) - 2):
        if t[i] not in _PHRASE_PREPS:
            continue
        if t[i + 1] == "the" and i + 3 < len(t) and t[i + 3] == "of" and _relation(t[i + 2]):
            k = i + 4
            m = k
            while m < len(t) and m - k < _HOLDER_MAX and _relation(t[m]):
                m += 1
            if m > k and (m == len(t) or not t[m][0].isalpha() or t[m] in _NP_ENDS):
                out.add((t[i], _noun_key(t[i + 2]), _bare(t[k:m])))
            continue
        for j in range(i + 1, min(i + 1 + _HOLDER_MAX, len(t) - 1)):
            w = t[j]
            if not w[0].isalpha() or (w not in ("the",) and not _relation(w.removesuffix("'s"))):
                break
            if w.endswith("'s") and w != "'s":
                if _relation(t[j + 1]):
                    out.add((t[i], _noun_key(t[j + 1]), _bare((*t[i + 1 : j], w[:-2]))))
                break
    return out


def whose_phrase_traded(a: Parsed, b: Parsed) -> bool:
    """Role pass 102: X the owner of "P the N of X" on a wh-question against X the subject
    after "P whose N AUX" on the other side."""
    if ("whose" in a.words) == ("whose" in b.words):
        return False
    asker, whose = (b, a) if "whose" in a.words else (a, b)
    if asker.words[0] not in _ASK_WH and asker.words[0] != "which":
        return False
    tw = tokens(whose.source)
    said = {
        (tw[i - 1], _noun_key(tw[i + 1]))
        for i in range(1, len(tw) - 3)
        if tw[i] == "whose" and tw[i - 1] in _PHRASE_PREPS and tw[i + 2] in _WHOSE_AUX
    }
    if not said:
        return False
    for prep, noun, holder in _phrase_owners(tokens(asker.source)):
        if (prep, noun) not in said or not holder:
            continue
        for i in range(1, len(tw) - 3):
            if tw[i] != "whose" or (tw[i - 1], _noun_key(tw[i + 1])) != (prep, noun):
                continue
            k = i + 3
            m = k + (1 if tw[k : k + 1] and tw[k] in _DETS_X else 0)
            if tw[m : m + len(holder)] == holder:
                return True  # "On whose orders was Anne Boleyn beheaded?"
    return False
