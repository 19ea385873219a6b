"""Role pass 42 (blind rounds 125-127): readings that let the role readers see a trade.

``by_question_said``: a passive wh-question with its preposition stranded and its agent after
"by" ("Which office was my appeal forwarded to by the dean?") read as the active "the dean
forwarded my appeal to which office?", against "Which office forwarded my appeal to the dean?".
``let_dropped``: "asked X to let me / her V" read as "asked X to V" ("my daughter asked her coach
to let her wrestle" / "my daughter's coach asked her to wrestle": the asker traded).
``pronoun_resolved``: a pronoun opening a clause after "when / if / after ..." read as the noun
before it ("tell my patient when his wife dies" as "... when my patient's wife dies", "tell my
patient's wife when he dies" as "... when my patient dies"). ``modifier_dropped``: a modifier
("different", "new", "other") said on both sides left out ("Can a patient request a different
volunteer?" / "Can a volunteer request a different patient?"). ``paired_objects_traded``: "V X
to A and Y to B" / "V Y to A and X to B" (the two objects traded across the same two places).
"""

from __future__ import annotations

import re

from policies.verify.roles.followed import _FRAME_RE
from policies.verify.text import Parsed, parse

_SUBJECT_AS_OBJECT = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
_BY_QUESTION_RE = re.compile(
    r"\b(which|what|whose) ((?:[\w'-]+ ){0,2}?[\w'-]+) (was|were|is|are|has been|have been|got)"
    r" ((?:[\w'-]+ ){0,3}?[\w'-]+) (\w+ed|\w+en|sent|sold|told|brought|taught|lent) "
    r"(to|from|into|for|with|at|toward|towards|about) by ((?:[\w'-]+ ){0,3}?[\w'-]+?)(?=[?.,;!]|$)",
    re.IGNORECASE,
)


def by_question_said(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "Which N was X V-ed P by Z?" read as "Z V-ed X P which N?" on the side that says it."""
    said = [_by_active(x) for x in (a, b)]
    if (said[0] is None) == (said[1] is None):
        return None
    return said[0] or a, said[1] or b


def _by_active(p: Parsed) -> Parsed | None:
    if "by" not in p.words:
        return None
    m = _BY_QUESTION_RE.search(p.source)
    if m is None:
        return None
    wh, head, _, theme, verb, prep, agent = m.groups()
    theme = _SUBJECT_AS_OBJECT.get(theme.lower(), theme)
    active = f"{agent} {verb} {theme} {prep} {wh.lower()} {head}"
    return parse(f"{p.source[: m.start()]}{active}{p.source[m.end() :]}")


# Role pass 45 (round 134: "My son's coach pushed him to play" / "My son pushed his coach to
# let him play"): any verb of asking or urging, not "ask" alone.
_LET_RE = re.compile(
    r"\b((?:ask|beg|push|pressur|urg|convinc|persuad|pester|nag|begg)(?:ed|es|e|s|ing)?) "
    r"((?:[\w'-]+ ){1,4}?)to let (?:me|him|her|them|us) "
)


def let_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """ "asked X to let me V" read as "asked X to V" when one side says it: the one who asked
    is the one who would V. Role pass 97: the asker's own leave, "(Can / Should) I let Y V",
    read as "(Can / Should) Y V" where the other side names V after its doer ("Can I let my
    neighbor's kid ride our trampoline?" / "Can my kid ride my neighbor's trampoline?"): the
    one let is the one who does V, so whose kid rides whose trampoline is read as it stands."""
    if ("let" in a.words) == ("let" in b.words):
        return None
    xa, xb = (_LET_RE.sub(r"\1 \2to ", x.source, count=1) for x in (a, b))
    if xa == a.source and xb == b.source:
        xa, xb = _asker_let_dropped(a, b), _asker_let_dropped(b, a)
        if xa == a.source and xb == b.source:
            return None
    return parse(xa), parse(xb)


# Role pass 97: "I / we let Y V" read as "Y V", and "Is it ADJ to let Y V" as "Is it ADJ for Y
# to V": Y a phrase of two to four words (a determiner or owner first: "my friend's teenager",
# "the kids") whose head the other side says with V after it, or an object pronoun ("let them
# use" / "they use")
_ASKER_LET_RE = re.compile(r"\b(?:i|we) let (?=[a-z])", re.IGNORECASE)
_LET_WORD_RE = re.compile(r"[a-z][a-z'\u2019]*", re.IGNORECASE)
_LET_LEADS = frozenset("my our your his her their the a an this that these those some".split())
_LET_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we"}
_NOT_LET_VERB = frozenset(
    "to be and or but of in on at for with from by my our your his her their the a an it".split()
)


def _asker_let_dropped(x: Parsed, other: Parsed) -> str:
    src = x.source
    m = _ASKER_LET_RE.search(src)
    if m is not None:
        start, end = m.start(), m.end()
    else:  # "Is it okay to let Y V": the asker lets
        f = _FRAME_RE.search(src)
        if f is None or f.group(1) is not None or src[f.end() : f.end() + 4].lower() != "let ":
            return src
        start, end = f.end() - len("to "), f.end() + len("let ")
    words = list(_LET_WORD_RE.finditer(src, end))[:5]
    said, j = other.words, 0
    if len(words) > 1 and words[0].group(0).lower() in _LET_PRONOUNS:
        verb = words[1].group(0).lower()
        j = 1 if verb in said and verb not in _NOT_LET_VERB else 0
    elif words and words[0].group(0).lower() in _LET_LEADS:
        for k in range(2, len(words)):
            noun, verb = words[k - 1].group(0).lower(), words[k].group(0).lower()
            if noun in _NOT_LET_VERB or verb in _NOT_LET_VERB:
                break  # the phrase let ends before its head and a verb the other side says
            if noun in said and verb in said[said.index(noun) + 1 :]:
                j = k
                break
    if not j:
        return src
    doer, tail = src[end : words[j - 1].end()], src[words[j - 1].end() :]
    if m is None:
        return f"{src[:start]}for {doer} to{tail}"
    return f"{src[:start]}{_LET_PRONOUNS.get(doer.lower(), doer)}{tail}"


_CLAUSE_PRONOUN_RE = re.compile(
    r"\b((?:my|our|your|the|a) [\w-]+)((?:'s [\w-]+)?) (when|if|after|before|once|until|while|"
    r"because|since|whether) (his|her|their|he|she|they)\b",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset(("his", "her", "their"))  # "when she" / "when her N"


def pronoun_owner_traded(a: Parsed, b: Parsed) -> bool:
    """ "tell my patient when his wife dies" / "tell my patient's wife when he dies": the one
    the verb takes and the one the clause is about traded, the owner moved with them."""
    if "'s" not in a.source + b.source:
        return False
    for x, y in ((a, b), (b, a)):
        mx, my = _CLAUSE_PRONOUN_RE.search(x.source), _CLAUSE_PRONOUN_RE.search(y.source)
        if mx is None or my is None or mx.group(2) or not my.group(2):
            continue
        if mx.group(4).lower() not in _POSSESSIVE or my.group(4).lower() in _POSSESSIVE:
            continue
        if x.source[: mx.start()].lower() != y.source[: my.start()].lower():
            continue
        if (mx.group(1).lower(), mx.group(3).lower()) != (my.group(1).lower(), my.group(3).lower()):
            continue
        owned = my.group(2)[3:].lower()
        if x.source[mx.end() :].lower() == f" {owned}{y.source[my.end() :].lower()}":
            return True
    return False


_MODIFIER_RE = re.compile(r"\b(?:different|new|other|specific|particular) (?=[a-z])", re.I)
_MODIFIED_RE = re.compile(r"\b(different|new|other|specific|particular) ([a-z]+)")


def modifier_dropped(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """The same modifier said once on both sides left out of both, when the words agree."""
    if a.content != b.content or a.words == b.words:
        return None
    ma, mb = _MODIFIED_RE.findall(a.source.lower()), _MODIFIED_RE.findall(b.source.lower())
    if not ma or sorted(m for m, _ in ma) != sorted(m for m, _ in mb) or set(ma) == set(mb):
        return None  # the same modifier, on another noun ("new hens" on both sides: no trade)
    xa, xb = _MODIFIER_RE.sub("", a.source), _MODIFIER_RE.sub("", b.source)
    return parse(xa), parse(xb)


_NP = r"(?:me|him|her|them|us|it|(?:my|his|her|their|our|your|the|a|an) (?:[\w'-]+ )?[\w'-]+)"
_PAIRED_RE = re.compile(
    rf"\b([a-z]+ed|put|sent|set|sold|gave|took|brought|kept|left) ({_NP}) (to|into|onto|on|in|at|"
    rf"for) ((?:[\w'-]+ ){{0,2}}?[\w'-]+) and ({_NP}) \3 ((?:[\w'-]+ ){{0,2}}?[\w'-]+?)"
    r"(?=[?.,;!]|$)",
    re.IGNORECASE,
)


def paired_objects_traded(a: Parsed, b: Parsed) -> bool:
    """ "moved him to JV and his friend to varsity" / "moved his friend to JV and him to
    varsity": the same verb, the same two places, the two objects traded."""
    if a.content != b.content or a.words == b.words or "and" not in a.words:
        return False
    ma, mb = _PAIRED_RE.search(a.source), _PAIRED_RE.search(b.source)
    if ma is None or mb is None:
        return False
    if a.source[: ma.start()].lower() != b.source[: mb.start()].lower():
        return False
    if a.source[ma.end() :].lower() != b.source[mb.end() :].lower():
        return False
    va, xa, pa, aa, ya, ba = (ma.group(i).lower() for i in (1, 2, 3, 4, 5, 6))
    vb, xb, pb, ab, yb, bb = (mb.group(i).lower() for i in (1, 2, 3, 4, 5, 6))
    same = (va, pa, aa, ba) == (vb, pb, ab, bb)
    return same and xa != ya and (xa, ya) == (yb, xb)


_OFFER = r"(offer(?:ed|s)?|promise[sd]?)"
_OFFERED_TO_RE = re.compile(
    rf"\b(?:the|my|a|an|our|his|her|their|your) ([\w-]+) {_OFFER} to ([a-z]+)\b", re.IGNORECASE
)
_OFFERED_OBJ_RE = re.compile(
    rf"\b(?:i|we|he|she|they) {_OFFER} (?:the|my|a|an|our|his|her|their|your) ([\w-]+)\b"
    r"[^.?!;]*? to ([a-z]+)\b",
    re.IGNORECASE,
)


def offerer_traded(a: Parsed, b: Parsed) -> bool:
    """ "The appraiser offered to inflate it" / "I offered the appraiser extra to inflate it":
    the one who offers traded for the one offered to (the same verb, the same deed)."""
    if not (_OFFER_WORDS.intersection(a.words) and _OFFER_WORDS.intersection(b.words)):
        return False
    for x, y in ((a, b), (b, a)):
        mx, my = _OFFERED_TO_RE.search(x.source), _OFFERED_OBJ_RE.search(y.source)
        if mx is None or my is None or _OFFERED_TO_RE.search(y.source) is not None:
            continue
        doer, verb, deed = (g.lower() for g in mx.groups())
        verb_y, party, deed_y = (g.lower() for g in my.groups())
        if doer == party and deed == deed_y and verb[:5] == verb_y[:5]:
            return True
    return False


_OFFER_WORDS = frozenset("offer offers offered promise promises promised".split())
