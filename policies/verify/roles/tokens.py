"""Each side as tokens in statement order, and the readings a wh-word or a pronoun leaves open."""

from __future__ import annotations

from policies.verify import lexicon as lx
from policies.verify.roles.verbs import _BARE_FORMS, _FORMS, _NOT_NOUNS, _PAST_FORMS
from policies.verify.text import Parsed

# Gated by the same content words on both sides in another order (or another order of
# persons). Each side is read into tokens (a person pronoun by person, a be / do form as one
# token, a word by its canonical form); do-support wh-questions are put in statement order
# ("Who did Amazon invest in" -> "amazon invest in who"). A swap is a participant X, a
# predicate M, a participant Y on one side and Y M X on the other: "My brother is angry at
# me" / "I'm angry at my brother", "What fish do dolphins hunt" / "What fish hunt dolphins".

_BE_T = frozenset("is are was were am be been being".split())
_DO_T = frozenset("do does did".split())
_MODALS = frozenset("will would can could should must may might shall".split())
_WH_OBJ = frozenset(("who", "whom", "what", "which"))
_POSS_T = frozenset("my our your his their its".split())
# Predicates true both ways round, or no predicate at all: a clean swap around them is the
# same question ("Does Tom date Ann" / "Does Ann date Tom", "X and Y", "X similar to Y").
_SYMMETRIC = frozenset(
    """marry married marri meet met date dat dating play fight fought similar same differ
    different compar compare compared resembl resemble alik alike equal equival equivalent
    compat compatible relat related friend friends together along versus vs cousin sibl
    sibling neighbor neighbour than plai difference compatibl engag""".split()
)
_WITH_SYMMETRIC = frozenset(
    "talk speak chat argu argue agre agr agree fight meet play plai work live liv".split()
)


def _token(p: Parsed, i: int) -> str:
    w = p.words[i]
    person = lx.PERSONS.get(w)
    if person:
        return "@" + person
    if w in _BE_T:
        return "=be"
    if w in _DO_T:
        return "=do"
    lemma = _PAST_FORMS.get(w) or _BARE_FORMS.get(w)
    if lemma:
        return lemma  # "lost" / "lose"
    c = p.canon[i]
    if c:
        return c
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]  # "wants" / "want"
    return w


def _side(p: Parsed) -> tuple[list[str], list[str]]:
    """Tokens and words, a do-support wh-question put in statement order."""
    toks = [_token(p, i) for i in range(len(p.words))]
    words = [*p.words]
    # "Who did Amazon invest in" -> "amazon invest in who" (only a one-sentence question)
    if len(words) > 3 and words[0] in _WH_OBJ and (not p.sentences or p.sentences[-1] == 0):
        k = 1
        while k < len(words) and k <= 3 and p.canon[k] and words[k] not in _DO_T:
            k += 1
        if k < len(words) - 2 and (words[k] in _DO_T or words[k] in _MODALS):
            # the wh-phrase goes where its preposition was left ("invest in _ before ...")
            at = len(words)
            for r in range(k + 2, len(words)):
                if words[r] in _NOT_NOUNS and (r + 1 == len(words) or words[r + 1] in _NOT_NOUNS):
                    at = r + 1
                    break
            toks = toks[k + 1 : at] + toks[:k] + toks[at:]
            return toks, words[k + 1 : at] + words[:k] + words[at:]
    return toks, words


_GAP_MAX = 7  # tokens between two participants ("responsible for a package stolen from")
_SUBJ_PRON = frozenset("i we you he she they".split())
_NP_LEAD = _POSS_T | lx.DETERMINERS | frozenset(("her",))


def _sides(p: Parsed) -> list[tuple[list[str], list[str], list[int]]]:
    """The side in statement order, and the readings a wh-word or a pronoun leaves open:
    "Who did the dean of students suspend last week" -> "the dean of students suspend who
    last week", "Who is the professor mentoring" -> "the professor is mentoring who", "see
    who I ghosted" -> "see I ghosted who", "his teacher" -> "my son's teacher"."""
    toks, words = _side(p)
    n = len(p.words)
    sents = [*p.sentences] if len(p.sentences) == n else [0] * n
    out = [(toks, words, sents if len(toks) == n else [0] * len(toks))]
    if not p.sentences or p.sentences[-1] == 0:
        w0 = list(p.words)
        t0 = [_token(p, i) for i in range(n)]
        for q in range(n - 2):
            wh = w0[q]
            if wh not in _WH_OBJ or (q > 0 and w0[q - 1] not in _CLAUSE_LEAD) or sents[q]:
                continue
            aux = w0[q + 1]
            if q == 0 and n > 3 and (aux in _DO_T or aux in _MODALS or aux in _BE_T):
                if w0[q + 2] not in _NP_LEAD and not p.canon[q + 2]:
                    continue
                if aux in _BE_T and wh not in ("who", "whom"):
                    continue  # "What is the average GPA": no object moved
                keep = [t0[q + 1]] if aux in _BE_T else []
                first = q + 2
            elif q > 0 and aux in _SUBJ_PRON:
                keep, first = [], q + 1  # "see who I ghosted"
            else:
                continue
            for v in range(first + 1, min(n, first + 6)):
                if keep and not w0[v].endswith("ing"):
                    continue  # "Who is the professor mentoring"
                subj = t0[first:v]
                if not _span_ok(subj, 0, len(subj)) and not _of_np(w0, first, v):
                    continue
                for at in range(v + 1, min(n, v + 3) + 1):
                    t = t0[:q] + subj + keep + t0[v:at] + [t0[q]] + t0[at:]
                    w = w0[:q] + w0[first:v] + w0[q + 1 : q + 1 + len(keep)]
                    w += [*w0[v:at], wh, *w0[at:]]
                    out.append((t, w, [0] * len(t)))
    resolved = _resolve(p)
    if resolved is not None:
        out.append(resolved)
    return out


_CLAUSE_LEAD = frozenset("see know find tell check out find show".split())


def _of_np(words: list[str], i: int, j: int) -> bool:
    """ "the dean of students": a noun phrase with an "of" part."""
    return (
        j - i >= 3
        and "of" in words[i + 1 : j - 1]
        and all(w not in _BE_T and w not in _DO_T and w not in _MODALS for w in words[i:j])
    )


def _resolve(p: Parsed) -> tuple[list[str], list[str], list[int]] | None:
    """Third-person pronouns read as the person they stand for: a possessive "his / her /
    their" as the first person named ("My son is annoyed with his teacher": my son), an
    object "him / her / them" as the owner of the subject ("My son's teacher is annoyed with
    him": my son). None when there is no such pronoun or no one to read it as."""
    words = p.words
    if not any(w in _THIRD_WORDS for w in words):
        return None
    toks = [_token(p, i) for i in range(len(words))]
    first = _first_np(p)
    owner = _first_owner(p)
    t_out: list[str] = []
    w_out: list[str] = []
    s_out: list[int] = []
    sents = [*p.sentences] if len(p.sentences) == len(words) else [0] * len(words)
    changed = False
    for i, w in enumerate(words):
        nxt_content = i + 1 < len(words) and bool(p.canon[i + 1])
        span = None  # the words a pronoun stands for: the first person named, or the owner
        if w in ("his", "their") or (w == "her" and nxt_content):
            span = first
        elif w in ("him", "them") or (w == "her" and not nxt_content):
            span = owner
        if span is not None and i >= span[1]:
            t_out += [toks[m] for m in range(*span)]
            w_out += [words[m] for m in range(*span)]
            s_out += [sents[i]] * (span[1] - span[0])
            changed = True
            continue
        t_out.append(toks[i])
        w_out.append(w)
        s_out.append(sents[i])
    return (t_out, w_out, s_out) if changed else None


_THIRD_WORDS = frozenset("his her their him them".split())


def _first_np(p: Parsed) -> tuple[int, int] | None:
    """The first "my / the X" naming a person or thing (a lone possessive and nouns)."""
    words = p.words
    for i, w in enumerate(words[:4]):
        if w in ("my", "our", "the") and i + 1 < len(words) and p.canon[i + 1]:
            j = i + 1
            # "Why is my dad angry at": an inverted subject, its predicate next
            most = 1 if i > 0 and words[i - 1] in _BE_T | _DO_T | _MODALS else 3
            while j < len(words) and j - i <= most and p.canon[j] and _noun_here(p, i, j):
                if "'" in p.source and _owned_after(p, words[j]):
                    return i, j + 1  # "my dad's nurse": my dad
                if j > i + 1 and _verb_like(words, j):
                    break  # "my grandmother checks on her": the noun phrase ends before
                j += 1
            return i, j
    return None


def _noun_here(p: Parsed, i: int, j: int) -> bool:
    """Not a table verb, unless it is the owner right after the lead ("the coach's")."""
    w = p.words[j]
    return w not in _FORMS or (j == i + 1 and "'" in p.source and _owned_after(p, w))


_VERB_NEXT = frozenset("on at to with for in about her him them me us my his their the a".split())


def _verb_like(words: tuple[str, ...] | list[str], j: int) -> bool:
    """An -s word after a noun, before a preposition, an object or an -ing form: a verb
    ("checks on", "keeps comparing")."""
    w = words[j]
    return (
        w.endswith("s")
        and not w.endswith("ss")
        and j + 1 < len(words)
        and (words[j + 1] in _VERB_NEXT or words[j + 1].endswith("ing"))
    )


def _owned_after(p: Parsed, word: str) -> bool:
    text = p.source.lower().replace("\u2019", "'")
    return word + "'s " in text or word + "' " in text


def _first_owner(p: Parsed) -> tuple[int, int] | None:
    """ "my son's teacher": my son, the owner in the first noun phrase."""
    if "'" not in p.source:
        return None
    first = _first_np(p)
    if first is None or first[1] >= len(p.words) or not p.canon[first[1]]:
        return None
    return first if _owned_after(p, p.words[first[1] - 1]) else None


def _span_ok(toks: list[str], i: int, j: int) -> bool:
    """``toks[i:j]`` can be a participant: a pronoun, or a (det / wh) noun run."""
    if j - i == 1 and toks[i][0] == "@":
        return True
    k = i
    t = toks[k]
    if t in lx.DETERMINERS or t in _WH_OBJ or t[0] == "@":
        k += 1
    if k >= j:
        return j - i == 1 and t in _WH_OBJ
    for m in range(k, j):
        x = toks[m]
        if x == "in" and k < m < j - 1 and toks[m + 1] == "law":
            continue  # "daughter-in-law"
        if x == "of" and k < m < j - 1 and j - i >= 3:
            continue  # "the dean of students"
        if (
            x[0] in "@="
            or not x.isalnum()
            or x in _NOT_NOUNS
            or x in lx.DETERMINERS
            or x in _WH_OBJ
        ):
            return False
    return _content_tok(toks[j - 1])


def _content_tok(t: str) -> bool:
    return t.isalnum() and t not in _NOT_NOUNS and t not in _STOP_TOK


_STOP_TOK = frozenset(
    """a an the this that these those it there here how why when where what who which whom
    not no and or but if so to for of in on at by with about as from""".split()
)


def _spans(toks: list[str]) -> list[tuple[int, int]]:
    n = len(toks)
    return [
        (i, j) for i in range(n) for j in range(i + 1, min(n, i + 4) + 1) if _span_ok(toks, i, j)
    ]


def _owner(toks: list[str], words: list[str], i: int, j: int) -> bool:
    """A lone possessive pronoun owning the next noun ("my birthday")."""
    return (
        j - i == 1
        and (words[i] in _POSS_T or words[i] == "her")
        and j < len(toks)
        and _content_tok(toks[j])
    )
