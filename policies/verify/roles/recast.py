"""Role pass 44 (blind rounds 131-133): the same words recast so that the doer and the one done
to trade places.

``progressive_voice_traded``: "X is V-ing Y" / "X is being V-ed by Y" (the same subject, once
the doer and once the one done to: "My kid's team is hosting a team from Mexico" / "... is being
hosted by a team in Mexico"). ``clause_pronoun_traded``: a clause after "after" / "when" /
"because" ... whose pronoun subject and noun object trade places ("after it tipped the other
robot" / "after the other robot tipped it"). ``owner_moved_to_object``: "X's Y V ... her Z" /
"X V ... her Y's Z" and "his Y V-ed his Z" / "he V-ed his Y's Z" (the owner made the doer, the
doer made an owner: "my fiancée's friend keeps trying on her ring" / "my fiancée keeps trying on
her friend's ring"). ``stranded_relative_traded``: "the N X V-ed ... with" / "the N that V-ed
... with X" (a relative clause whose subject and stranded preposition's object trade: "the plow
company my HOA filed a complaint with" / "the plow company that filed a complaint with my HOA";
"lives with", "has a dispute with" are left: done with each other). ``passive_owner_traded``:
"O's N was V-ed by Y" / "O V-ed Y's N" ("Why was our team's best pitcher claimed on waivers by
our rival?" / "Why did our team claim our rival's best pitcher on waivers?").
``gerund_doer_traded``: "I was V-ing ... and V-ed X" / "X V-ing ... V-ed me".
``earlier_act_traded``: "I was ticketed by the officer I had sued" / "I sued the officer who had
ticketed me" (the same two acts, "had" on the other: which came first traded).
"""

from __future__ import annotations

import re
from functools import lru_cache

from policies.verify.text import Parsed
from policies.verify.words import stem

_TOKEN_RE = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
PUNCT = frozenset('.,;:!?()"')


@lru_cache(maxsize=1024)
def owned_tokens(source: str) -> tuple[str, ...]:
    """Lower-cased words and marks, an owner's "'s" split off as its own token (shared with
    ``owner_doer``)."""
    out: list[str] = []
    for w in _TOKEN_RE.findall(source.lower().replace("\u2019", "'")):
        if w.endswith("'s") and len(w) > 2:
            out += [w[:-2], "'s"]
        else:
            out.append(w)
    return tuple(out)


_AUX = r"(?:am|is|are|was|were)"
_ACTIVE_RE = re.compile(rf"\b{_AUX}\s+(?!being\b|going\b)(\w+ing)\b", re.IGNORECASE)
_PASSIVE_RE = re.compile(rf"\b{_AUX}\s+(?:being|getting)\s+(\w+)\s+by\b", re.IGNORECASE)


def _same_verb(ing: str, done: str) -> bool:
    if stem(ing) == stem(done):
        return True
    base = ing[:-3]
    return len(base) > 2 and done.startswith(base) and done[len(base) :] in ("ed", "en", "n", "d")


def progressive_voice_traded(a: Parsed, b: Parsed) -> bool:
    """ "X is V-ing Y" / "X is being V-ed by Y": the same words before the verb, the subject
    once the doer and once the one done to."""
    if "by" not in a.words and "by" not in b.words:
        return False
    if "being" not in a.words + b.words and "getting" not in a.words + b.words:
        return False
    for x, y in ((a, b), (b, a)):
        for mx in _ACTIVE_RE.finditer(x.source):
            head = " ".join(x.source[: mx.start()].lower().split())
            if not head:
                continue
            for my in _PASSIVE_RE.finditer(y.source):
                if " ".join(y.source[: my.start()].lower().split()) != head:
                    continue
                if _same_verb(mx.group(1).lower(), my.group(1).lower()):
                    return True
    return False


_CLAUSE_MARKS = frozenset(
    "after before when whenever because since while until once if though although as".split()
)
_OBJECT_FORM = {
    "it": "it",
    "you": "you",
    "he": "him",
    "she": "her",
    "they": "them",
    "we": "us",
    "i": "me",
}
_NOT_VERB = frozenset(
    "the a an my your his her our their its this that these those and or but not to of".split()
)
_NP_MAX = 4


def _np(words: tuple[str, ...]) -> bool:
    return not (PUNCT.intersection(words) or _CLAUSE_MARKS.intersection(words))


def clause_pronoun_traded(a: Parsed, b: Parsed) -> bool:
    """ "after it V-ed X" / "after X V-ed it": a subordinate clause's pronoun subject and noun
    object traded, the rest the same."""
    if _CLAUSE_MARKS.isdisjoint(a.words) or len(set(a.words) ^ set(b.words)) > 6:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if len(ta) != len(tb) or ta == tb or _CLAUSE_MARKS.isdisjoint(ta):
        return False
    if len(set(ta) ^ set(tb)) > 4:
        return False  # "after she V-ed him" / "after he V-ed her": the pronouns' forms only
    for x, y in ((ta, tb), (tb, ta)):
        for i in range(1, len(x) - 2):
            obj = _OBJECT_FORM.get(x[i])
            if obj is None or x[i - 1] not in _CLAUSE_MARKS or x[:i] != y[:i]:
                continue
            for v in (1, 2):
                verb = x[i + 1 : i + 1 + v]
                if _NOT_VERB.intersection(verb) or not _np(verb):
                    continue
                for n in range(1, _NP_MAX + 1):
                    noun = x[i + 1 + v : i + 1 + v + n]
                    if len(noun) < n or not _np(noun) or x[i] in noun or obj in noun:
                        continue
                    if y[i:] == (*noun, *verb, obj, *x[i + 1 + v + n :]):
                        return True
    return False


_POSSESSIVE = {"his": "he", "her": "she", "my": "i", "our": "we", "their": "they", "your": "you"}
_OWNED_BY = frozenset((*_POSSESSIVE, "its"))


def _owners(x: tuple[str, ...], k: int) -> list[tuple[tuple[str, ...], int]]:
    """The owner starting at k said as a subject, and where the owned noun starts."""
    out: list[tuple[tuple[str, ...], int]] = []
    if x[k] in _POSSESSIVE:
        out.append(((_POSSESSIVE[x[k]],), k + 1))
    for m in range(1, 4):
        if k + m < len(x) and x[k + m] == "'s" and _np(x[k : k + m]) and "'s" not in x[k : k + m]:
            out.append((x[k : k + m], k + m + 1))
    return out


def owner_moved_to_object(a: Parsed, b: Parsed) -> bool:
    """ "X's Y V ... her Z" / "X V ... her Y's Z" ("his Y V-ed his Z" / "he V-ed his Y's Z"):
    the one owning the doer made the doer, the doer made the owner of the thing done to."""
    if "'s" not in a.source.replace("\u2019", "'") + b.source.replace("\u2019", "'"):
        return False
    if len(set(a.words) ^ set(b.words)) > 4:
        return False  # "his" / "he"
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if abs(len(ta) - len(tb)) > 1 or ta == tb:
        return False
    for x, y in ((ta, tb), (tb, ta)):
        for k in range(len(x) - 3):
            for subject, start in _owners(x, k):
                if x[:k] + subject != y[: k + len(subject)]:
                    continue
                for n in (1, 2):
                    owned = x[start : start + n]
                    rest = start + n
                    if len(owned) < n or not _np(owned) or _OWNED_BY.intersection(owned):
                        continue
                    for p in range(rest + 1, len(x) - 1):
                        if not _np(x[rest:p]):
                            break
                        if x[p] not in _OWNED_BY:
                            continue
                        said = (*x[:k], *subject, *x[rest : p + 1], *owned, "'s", *x[p + 1 :])
                        if said == y:
                            return True
    return False


_RELATIVE = frozenset(("that", "who", "which"))
_STRANDED = frozenset("with to from for at about against on into onto toward towards by".split())
_SUBJECT_FORM = {v: k for k, v in _OBJECT_FORM.items() if k != "it"}
# "lives with", "has a dispute with": done with each other, the same either way round
MUTUAL = frozenset(
    "live lives living lived work works working worked share shares shared meet meets met"
    " argue argues argued fight fights fought agree agrees agreed split splits talk talks talked"
    " speak speaks spoke chat chats chatted partner partnered date dates dated deal dealt"
    " dispute argument fight deal contract lease agreement partnership relationship meeting"
    " conversation call disagreement feud affair friends friend roommates business".split()
)
MUTUAL_STEMS = frozenset(stem(w) for w in MUTUAL)  # "dating", "meeting": done with each other


def stranded_relative_traded(a: Parsed, b: Parsed) -> bool:
    """ "the N X V-ed ... with" / "the N that V-ed ... with X": the relative clause's subject
    and its stranded preposition's object traded."""
    if _RELATIVE.isdisjoint(a.words + b.words) or _STRANDED.isdisjoint(a.words):
        return False
    if len(set(a.words) ^ set(b.words)) > 5:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if abs(len(ta) - len(tb)) > 1 or ta == tb or len(set(ta) ^ set(tb)) > 3:
        return False  # "that", "i" / "me"
    for x, y in ((ta, tb), (tb, ta)):
        for t in range(1, len(y) - 3):
            if y[t] not in _RELATIVE:
                continue
            for p in range(t + 2, len(y) - 1):
                if not _np(y[t + 1 : p]):
                    break
                if y[p] not in _STRANDED or (y[p] == "with" and MUTUAL.intersection(y[t:p])):
                    continue
                for n in range(1, _NP_MAX):
                    noun = y[p + 1 : p + 1 + n]
                    if len(noun) < n or not _np(noun):
                        break
                    subject = (_SUBJECT_FORM.get(noun[0], noun[0]),) if n == 1 else noun
                    said = (*subject, *y[t + 1 : p + 1], *y[p + 1 + n :])
                    if x in ((*y[:t], *said), (*y[: t + 1], *said)):
                        return True
    return False


_BE = frozenset("was were is are got get gets been be being".split())


def _passive_parts(
    x: tuple[str, ...],
) -> list[tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]]]:
    """ "O's N was V-ed ... by Y": (O, N, V, Y) for each owner length."""
    out = []
    for s in range(1, len(x) - 3):
        if x[s] != "'s":
            continue
        asked = _BE.intersection(x[max(0, s - 5) : s])  # "Why was our team's N V-ed by Y?"
        for e in range(s + 2, min(s + 5, len(x) - 1)):
            if not _np(x[s + 1 : e]) or _BE.intersection(x[s + 1 : e]):
                break
            if x[e] in _BE:
                v = e + 1
            elif asked:
                v = e
            else:
                continue
            for by in range(v + 1, len(x) - 1):
                if x[by] in PUNCT:
                    break
                if x[by] != "by":
                    continue
                agent: list[str] = []
                for w in x[by + 1 : by + 1 + _NP_MAX]:
                    if w in PUNCT:
                        break
                    agent.append(w)
                for m in range(1, 4):
                    owner = x[max(0, s - m) : s]
                    if len(owner) == m and _np(owner) and owner != tuple(agent):
                        out.append((owner, x[s + 1 : e], x[v], tuple(agent)))
    return out


def _find(seq: tuple[str, ...], part: tuple[str, ...], start: int = 0) -> int:
    for i in range(start, len(seq) - len(part) + 1):
        if seq[i : i + len(part)] == part:
            return i
    return -1


def passive_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "O's N was V-ed by Y" (Y did it to O's N) / "O V-ed Y's N" (O did it to Y's N): the
    owner made the doer and the doer made the owner."""
    if "by" not in a.words and "by" not in b.words:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    for x, y in ((ta, tb), (tb, ta)):
        if "by" in y or "'s" not in y:
            continue
        for owner, owned, verb, agent in _passive_parts(x):
            i = _find(y, owner)
            if i < 0 or not agent:
                continue
            done = stem(verb)
            if not any(stem(w) == done for w in y[i + len(owner) : i + len(owner) + 3]):
                continue
            for n in range(len(agent), 0, -1):
                if _find(y, (*agent[:n], "'s", *owned), i + len(owner)) >= 0:
                    return True
    return False


def gerund_doer_traded(a: Parsed, b: Parsed) -> bool:
    """ "I was V-ing ... and V-ed X" / "X V-ing ... V-ed me": the one doing it and the one it was
    done to traded ("I was merging onto the highway and hit a car in the right lane" / "A car
    merging onto the highway hit me in the right lane")."""
    if "and" not in a.words + b.words or _OBJECT_FORM.keys().isdisjoint(a.words + b.words):
        return False
    if len(set(a.words) ^ set(b.words)) > 7:
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    if abs(len(ta) - len(tb)) > 4 or ta == tb or len(set(ta) ^ set(tb)) > 5:
        return False  # "was", "and", "i" / "me" (and "in" / "at" ...)
    for x, y in ((ta, tb), (tb, ta)):
        for i in range(len(x) - 5):
            obj = _OBJECT_FORM.get(x[i])
            if obj is None or x[i + 1] not in _BE or not x[i + 2].endswith("ing"):
                continue
            for j in range(i + 3, len(x) - 2):
                if x[j] in PUNCT:
                    break
                if x[j] != "and":
                    continue
                for n in range(1, _NP_MAX + 1):
                    noun = x[j + 2 : j + 2 + n]
                    if len(noun) < n or not _np(noun):
                        break
                    said = (*x[:i], *noun, *x[i + 2 : j], x[j + 1], obj, *x[j + 2 + n :])
                    if said == y:
                        return True
    return False


def _had_done(x: tuple[str, ...]) -> list[tuple[int, str]]:
    return [(i + 1, stem(x[i + 1])) for i in range(len(x) - 1) if x[i] in ("had", "'d")]


def earlier_act_traded(a: Parsed, b: Parsed) -> bool:
    """ "I was V-ed by the N I had W-ed" / "I W-ed the N who had V-ed me": the same two acts,
    "had" (the one done first) on the other one."""
    if not ("had" in a.words or "'d" in a.source) or not ("had" in b.words or "'d" in b.source):
        return False
    ta, tb = owned_tokens(a.source), owned_tokens(b.source)
    ha, hb = _had_done(ta), _had_done(tb)
    if len(ha) != 1 or len(hb) != 1 or ha[0][1] == hb[0][1]:
        return False
    (ia, first_a), (ib, first_b) = ha[0], hb[0]
    other_a = {stem(w) for i, w in enumerate(ta) if i != ia}
    other_b = {stem(w) for i, w in enumerate(tb) if i != ib}
    if first_b not in other_a or first_a not in other_b:
        return False
    sa, sb = set(ta), set(tb)
    return len(sa & sb) >= 0.6 * len(sa | sb)


_CLOSE_READERS = (  # each needs the two word sets to differ in a few words only
    progressive_voice_traded,
    clause_pronoun_traded,
    owner_moved_to_object,
    stranded_relative_traded,
    gerund_doer_traded,
)
_CLOSE = 8  # "hosting ... from" / "being hosted by ... in"


def recast_swap(a: Parsed, b: Parsed) -> bool:
    """Any of role pass 44's readers."""
    if passive_owner_traded(a, b) or earlier_act_traded(a, b):
        return True
    if abs(len(a.words) - len(b.words)) > 4 or len(set(a.words) ^ set(b.words)) > _CLOSE:
        return False
    return any(read(a, b) for read in _CLOSE_READERS)
