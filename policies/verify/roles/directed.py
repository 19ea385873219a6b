"""Roles per directed verb: subject, objects and owners read around each table verb ("Who did
Spain beat?" / "Who beat Spain?", "my payment to the IRS" / "the IRS's payment to me")."""

from __future__ import annotations

import re

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import (
    _ACTS,
    _BARE_FORMS,
    _BE,
    _DETS,
    _DO_AUX,
    _FORMS,
    _NOT_NOUNS,
    _NP_MAX,
    _OBJECT_CASE,
    _PARTICLES,
    _PAST_FORMS,
    _POSSESSIVES,
    _PREPS,
    _SKIP,
    _SUBJECT_CASE,
    _WH,
    _WH_NOUNS,
    _content,
    _key,
    _person,
)
from policies.verify.roles.written import ABBREVIATIONS
from policies.verify.text import Parsed


class _Roles:
    __slots__ = ("known", "mod", "obj", "own", "subj")

    def __init__(self) -> None:
        self.known = False  # a subject was read, or the verb is passive
        self.subj: set[str] = set()
        self.obj: set[str] = set()
        self.own: set[str] = set()
        self.mod: set[str] = set()  # words before an object's last ("his supplier money")


def _noun_phrase(p: Parsed, i: int, end: int, roles: _Roles) -> int:
    """Read the noun phrase starting at ``i`` (before ``end``) as an object: its head into
    ``obj``, its owner and modifiers into ``own``. Returns the index after it (``i``: none)."""
    words = p.words
    if i >= end:
        return i
    w = words[i]
    if w in _OBJECT_CASE and not (w == "her" and i + 1 < end and _content(p, i + 1)):
        person = _person(w)
        if person:
            roles.obj.add(person)
            return i + 1
    j = i
    if w in _POSSESSIVES:
        j += 1
    elif w in _DETS:
        j += 1
        if j < end and words[j] in ("other", "another"):
            j += 1
    k = j
    while k < end and k - j < _NP_MAX and _content(p, k) and not (k > j and _after_head(p, k)):
        k += 1
    if k == j:
        return i
    roles.obj.add(_key(p, k - 1))
    if k - j > 1:
        roles.mod.update(_key(p, m) for m in range(j, k - 1))
    if k - j > 1 and "'" in p.source:
        # an owner ("another user's password"), not a modifier ("a car remote lock")
        text = p.source.lower().replace("\u2019", "'")
        roles.own.update(
            _key(p, m)
            for m in range(j, k - 1)
            if words[m] + "'s" in text or (words[m].endswith("s") and words[m] + "'" in text)
        )
    return k


def _after_head(p: Parsed, k: int) -> bool:
    """Role pass 94: a word after a noun that ends its phrase, not its head: a time word ("to
    my neighbor last week") or a participle said of it ("to the nibmeister uninsured", "my
    laptop damaged"; "speed", "bed" and the like are nouns)."""
    w = p.words[k]
    if w in lx.TIME_WORDS:
        return True
    return len(w) > 5 and w.endswith("ed") and not w.endswith("eed") and p.canon[k] != w


def _subject_before(p: Parsed, i: int, start: int) -> tuple[str | None, int]:
    """The subject ending just before index ``i`` (adverbs and auxiliaries skipped) and the
    index where it starts; (None, i) when there is none to read."""
    words = p.words
    k = i - 1
    while k >= start:
        if words[k] in _SKIP or words[k] in _DO_AUX or words[k] in _BE:
            k -= 1
        elif words[k] == "to" and k > start and words[k - 1] in _SEMI_MODALS:
            k -= 2  # "do I have to give", "my landlord needs to pay"
        else:
            break
    if k < start:
        return None, i
    w = words[k]
    if w in ("to", "from") and k > start:
        # "get her to pay me", "stop my son from hitting": the phrase before is the doer
        key, s = _subject_before_np(p, k, start, det_needed=True)
        return key, s
    if w in _WH:
        return ("?" if k == start else None), k
    if _content(p, k):
        return _subject_before_np(p, k + 1, start, det_needed=False)
    if w in _SUBJECT_CASE or (w in _OBJECT_CASE and w != "her"):
        return _person(w), k
    return _subject_before_np(p, k + 1, start, det_needed=False)


# "have to V", "need to V", "want to V": the subject is theirs before ("X has to give me").
_SEMI_MODALS = frozenset(
    "have has had need needs needed want wants wanted going ought got gotta".split()
)


def _subject_before_np(p: Parsed, i: int, start: int, det_needed: bool) -> tuple[str | None, int]:
    words = p.words
    k = i - 1
    if k < start:
        return None, i
    if det_needed and (words[k] in _OBJECT_CASE or words[k] in _SUBJECT_CASE):
        return _person(words[k]), k
    m = k
    while m >= start and k - m < _NP_MAX and _content(p, m):
        m -= 1
    if m == k:
        return None, i
    head = _key(p, k)
    if m >= start and words[m] in _WH and m == start:
        return "?", m  # "Which team beat ..."
    if m >= start and (words[m] in _DETS or words[m] in _POSSESSIVES):
        return head, m
    if det_needed:
        return None, i
    return head, m + 1


def _is_verb(p: Parsed, i: int, start: int, end: int) -> bool:
    """A form of a table verb used as a verb here, not as a noun ("the charge", "a hit")."""
    words = p.words
    w = words[i]
    before = words[i - 1] if i > start else ""
    if before in _DETS or before in _POSSESSIVES:
        return False
    if w in _PAST_FORMS:
        return not _compound_adjective(p, i, end)
    if (
        before in _SUBJECT_CASE
        or before in _OBJECT_CASE
        or before in _DO_AUX
        or before in _SKIP
        or before in _BE
        or before in ("to", "from")
        or (before in _WH and i - 1 == start)
    ):
        return True
    if before and _do_support(p, i, start) is not None:
        return True  # "Did Spain beat", "Can another user reset"
    nxt = words[i + 1] if i + 1 < end else ""
    # "My team lead reports to me", "a friend driving my car"
    return bool(before) and (
        nxt in _OBJECT_CASE or nxt in _POSSESSIVES or nxt in _DETS or nxt in _PREPS
    )


def _compound_adjective(p: Parsed, i: int, end: int) -> bool:
    """Role pass 94: a participle joined to the word before by a hyphen ("a two-handed
    backhand", "self-taught"), or after a number before a noun ("a one handed backhand"), is
    part of an adjective, no verb."""
    if i == 0:
        return False
    before = p.words[i - 1]
    if before in lx.NUMBER_WORDS and i + 1 < end and _content(p, i + 1):
        return True
    return "-" in p.source and f"{before}-{p.words[i]}" in p.source.lower()


def _do_support(p: Parsed, i: int, start: int) -> int | None:
    """ "(wh ...) did <noun phrase> V": the index of the auxiliary, else None."""
    words = p.words
    k = i - 1
    while k >= start and i - k <= _NP_MAX + 2:
        w = words[k]
        if w in _DO_AUX:
            return k if k < i - 1 else None
        if w in _BE or w in _WH or w in _NOT_NOUNS or w in _FORMS:
            return None  # any other word may name the subject ("Alexander the Great")
        k -= 1
    return None


_TITLES = frozenset(a.lower() for a in ABBREVIATIONS)
"""The title abbreviations of ``written.tokens``, lowered (the parsed words are lower case)."""


def _sentence_ids(p: Parsed) -> tuple[int, ...]:
    """``p.sentences`` with no break after a title's period ("Who did Dr. Patel refer ...":
    one sentence, the name the subject of "refer")."""
    sents, words = p.sentences, p.words
    if not sents or sents[-1] == 0 or _TITLES.isdisjoint(words):
        return sents
    out, shift = [sents[0]], 0
    for i in range(1, len(sents)):
        if sents[i] != sents[i - 1] and words[i - 1] in _TITLES and _titled(p.source, words[i - 1]):
            shift += 1
        out.append(sents[i] - shift)
    return tuple(out)


def _titled(source: str, title: str) -> bool:
    """The title written with its period before a capitalised name ("Dr. Patel")."""
    return re.search(rf"\b(?i:{title})\. [A-Z]", source) is not None


def _read(p: Parsed, lemmas: frozenset[str]) -> dict[str, _Roles]:
    """Roles per verb (of ``lemmas``) and per act noun."""
    words, sents = p.words, _sentence_ids(p)
    out: dict[str, _Roles] = {}
    n = len(words)
    for i, w in enumerate(words):
        lemma = _PAST_FORMS.get(w) or _BARE_FORMS.get(w)
        act = w in _ACTS and "#" + w.rstrip("s") in lemmas
        if lemma is None and not act:
            continue
        if lemma is not None and lemma not in lemmas:
            continue
        sent = sents[i] if sents else 0
        start = i
        while start > 0 and (not sents or sents[start - 1] == sent):
            start -= 1
        end = i + 1
        while end < n and (not sents or sents[end] == sent):
            end += 1
        if act:
            _read_act(p, i, start, end, out.setdefault("#" + w.rstrip("s"), _Roles()))
            continue
        if lemma is None or not _is_verb(p, i, start, end):
            continue
        roles = out.setdefault(lemma, _Roles())
        doer, s = _subject_before(p, i, start)
        inverted = s > start and words[s - 1] in _BE  # "Was X sacked", "Why was X sent"
        by = w in _PAST_FORMS and "by" in words[i + 1 : end]
        if inverted and s - 1 > start and words[s - 2] in _WH_NOUNS and not by:
            continue  # "What was the reason X invaded": a passive or not, unread
        passive = w in _PAST_FORMS and (
            inverted
            or _had_done(p, s, i, start)
            or any(x in _BE for x in words[s:i])
            or (i + 1 < end and words[i + 1] == "by")  # "the answers given by Siri"
        )
        if passive:
            roles.known = True
            if doer:
                roles.obj.add(doer)
        else:
            if doer:
                roles.known = True
                roles.subj.add(doer)
            aux = _do_support(p, i, start) if doer != "?" else None
            if aux is not None and aux > start and words[start] in _WH:
                roles.known = True
                roles.obj.add("?")  # "Who did Spain beat", "Which team did the Kings trade"
        k = i + 1
        while k < end and words[k] in _PARTICLES:
            k += 1
        nk = _noun_phrase(p, k, end, roles)
        if nk > k and nk < end and (words[k] in _OBJECT_CASE or words[nk] in ("a", "an")):
            nk = _noun_phrase(p, nk, end, roles)  # "gave me a warning", "charged X a fee"
        elif nk == k and k < end and words[k] == "it":
            nk += 1  # "shipped it back to him": no one, the phrases after read
        k = nk
        while k > i + 1 and k + 1 < end and words[k] in _PARTICLES and words[k + 1] in _PREPS:
            k += 1  # role pass 94: "shipped my pen back to me"
        for _ in range(2):
            if k + 1 < end and words[k] in _PREPS:
                nk = _noun_phrase(p, k + 1, end, roles)
                if nk == k + 1:
                    break
                k = nk
            elif k + 1 == end and words[k] == "by" and passive and words[start] in _WH:
                roles.subj.add("?")  # "Who was Hamilton shot by?"
                break
            elif k + 1 < end and words[k] == "by" and passive:
                agent = _Roles()
                nk = _noun_phrase(p, k + 1, end, agent)
                if nk == k + 1:
                    break
                roles.subj.update(agent.obj)
                break  # "sacked by X from Y": Y is no object of the verb
            else:
                break
    return out


# "have a cake delivered", "had my pen shipped back": the noun phrase undergoes the verb
_HAVE = frozenset(("have", "has", "had", "having"))


def _had_done(p: Parsed, s: int, i: int, start: int) -> bool:
    """Role pass 94: "(to / I) have N V-ed" read as a passive, N the one acted on ("Is it
    possible to have a cake delivered to X" / "Can a cake be delivered to X"; "get N V-ed" is
    read so already), N with a phrase after it too ("have a package for my guest delivered");
    "Has / Why has N V-ed ..." is a perfect asked, left."""
    words = p.words
    if not start + 1 < s < i or words[s] in _SUBJECT_CASE:
        return False
    for _ in range(2):
        if words[s - 1] in _HAVE:
            return s - 1 > start and words[s - 2] not in lx.WH_WORDS
        if words[s - 1] not in _OF_PHRASE:
            return False
        k = s - 2  # the noun phrase the phrase follows ("a package for my guest")
        while k > start and k > s - 2 - _NP_MAX and _content(p, k):
            k -= 1
        if k == s - 2 or not (words[k] in _DETS or words[k] in _POSSESSIVES):
            return False
        s = k
        if s <= start + 1:
            return False
    return False


_OF_PHRASE = frozenset("for of with from in at on".split())


def _read_act(p: Parsed, i: int, start: int, end: int, roles: _Roles) -> None:
    """ "my payment to the IRS": the owner did it, the "to" phrase received it."""
    words = p.words
    if i + 2 >= end or words[i + 1] not in _PREPS:
        return
    before = words[i - 1] if i > start else ""
    if i > start and _content(p, i - 1):
        roles.subj.add(_key(p, i - 1))
    elif before in _POSSESSIVES:
        person = _person(before)
        if person:
            roles.subj.add(person)
    else:
        return
    roles.known = True
    _noun_phrase(p, i + 2, end, roles)


def _lemmas(p: Parsed) -> frozenset[str]:
    found = _FORMS.intersection(p.words)
    acts = _ACTS.intersection(p.words)
    out = {_PAST_FORMS.get(w) or _BARE_FORMS[w] for w in found}
    out.update("#" + w.rstrip("s") for w in acts)
    return frozenset(out)


_THIRD = frozenset(("he", "she", "they"))


def pronoun_for_named(x: _Roles, y: _Roles, who: str) -> bool:
    """Role pass 94: ``who``, a doer on side ``x`` only and acted on by ``y``, is a pronoun
    for a noun ``y`` names as the doer in its place (or that noun for the pronoun), both sides
    saying two doers of the verb, the others the same: the two acts told both ways round ("I
    shipped my pen to X and he shipped it back" / "X shipped my pen back after I shipped it to
    him"). One doer on a side ("He sent my pen to X" / "X sent my pen to him") stays a trade."""
    if len(x.subj) < 2:
        return False
    for other in (y.subj - x.subj) & (x.obj | x.own):
        if (who in _THIRD) != (other in _THIRD) and x.subj - {who} == y.subj - {other}:
            return True
    return False
