"""Reorders that keep the meaning: comma-set adjuncts moved to the front, the question
put before the statement it asks about, two stated facts joined by "and" in the other
order, what is judged put first ("Is $49 a month a fair price for X?" / "Is X at $49 a
month a fair price?"), a clause moved whole across a question whatever mark ends it
(``block_moved``), the other voice with the doer as the place ("Should book clubs allow
audiobooks?" / "Should audiobooks be allowed in book clubs?"). ``direction_swap`` reads
these as the same order; events told in another order (``events_reordered``) it does not."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from policies.verify.senses import names_person, person_or_pet
from policies.verify.text import Parsed, parse

_CHUNK_WORD = re.compile(r"[a-z0-9']+")
# words an adjunct starts with: a phrase or clause that may stand before or after its clause
_ADJUNCT_LEADS = frozenset(
    """during at in on after before if when whenever while because since although though
    even unless until once without for as from""".split()
)


def clauses_moved(a: Parsed, b: Parsed) -> bool:
    """``b`` is ``a`` with comma-set adjuncts moved to the front ("During the group project,
    if the senior covers for the freshman, how should I handle it?" / "How should I handle it
    if the senior covers for the freshman during the group project?"): the same words in each
    chunk, every chunk but one starting with an adjunct's lead word, that one the rest of
    the other side once the adjuncts are taken out where they stand)."""
    chunks = [_CHUNK_WORD.findall(c) for c in b.source.lower().replace("\u2019", "'").split(",")]
    if not 2 <= len(chunks) <= 4 or any(not c for c in chunks):
        return False
    target = _CHUNK_WORD.findall(a.source.lower().replace("\u2019", "'"))
    if len(target) != sum(len(c) for c in chunks):
        return False
    if sum(c[0] not in _ADJUNCT_LEADS for c in chunks) != 1:
        return False
    if [w for c in chunks for w in c] == target:
        return False  # nothing moved
    rest = target
    for c in chunks:
        if c[0] not in _ADJUNCT_LEADS:
            continue
        at = _find(rest, c)
        if at < 0:
            return False
        rest = rest[:at] + rest[at + len(c) :]
    return rest == next(c for c in chunks if c[0] not in _ADJUNCT_LEADS)


def _find(words: list[str], run: list[str]) -> int:
    n = len(run)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == run:
            return i
    return -1


_COND_LEADS = frozenset(("if", "when", "since", "because"))


def _chunks(p: Parsed) -> list[list[str]]:
    return [_CHUNK_WORD.findall(c) for c in p.source.lower().replace("\u2019", "'").split(",")]


def question_moved(a: Parsed, b: Parsed) -> bool:
    """ "My roommate kicked me out, what are my rights?" / "What are my rights if my roommate
    kicked me out?", "..., is that normal?" / "Is it normal that ...?": a statement and the
    question asked about it, the question put first with the statement after "if" / "when"
    / "since" / "because" (or "that" after "is it ...")."""
    ca = _chunks(a)
    if len(ca) != 2 or "," in b.source or not ca[0] or len(ca[1]) < 2:
        return False
    state, ask = ca
    tb = _CHUNK_WORD.findall(b.source.lower().replace("\u2019", "'"))
    n = len(ask)
    if tb[:n] == ask and n < len(tb) and tb[n] in _COND_LEADS:
        return _negated_alike(tb[n + 1 :]) == _negated_alike(state)
    if ask[:2] == ["is", "that"] and tb[:2] == [
        "is",
        "it",
    ]:  # "is that normal" / "is it normal that"
        m = n
        return (
            tb[2:m] == ask[2:] and m < len(tb) and tb[m] in ("that", "if") and tb[m + 1 :] == state
        )
    return False


# A present or future "not" said with another auxiliary: "My HOA won't allow antennas, what
# can I do?" / "What can I do if my HOA doesn't allow antennas?" (said in place, "won't
# allow" / "doesn't allow" already match: "will" and "does" are function words); "didn't"
# (the past) and "can't" (an ability) stay as said.
_NOT_AUX = frozenset(("won't", "doesn't", "don't"))
_AUX_BEFORE_NOT = frozenset(("will", "does", "do"))


def _negated_alike(words: list[str]) -> list[str]:
    """``words`` with "won't" / "doesn't" / "don't" / "will not" / "does not" / "do not" one
    token."""
    if _NOT_AUX.isdisjoint(words) and "not" not in words:
        return words
    out: list[str] = []
    for w in words:
        if w in _NOT_AUX:
            out.append("doesn't")
        elif w == "not" and out and out[-1] in _AUX_BEFORE_NOT:
            out[-1] = "doesn't"
        else:
            out.append(w)
    return out


def conjuncts_swapped(a: Parsed, b: Parsed) -> bool:
    """ "Our rent is $950 and one bedroom is bigger, how should we split it?" / "One bedroom is
    bigger and our rent is $950, how ...": two stated facts joined by "and", in another order.
    Only present states ("is / are / has" with an adjective or a number) are order-free; an
    event ("I was fired", "I got sick", "my visa expired") has a place in the story."""
    ca, cb = _chunks(a), _chunks(b)
    if len(ca) != len(cb) or len(ca) < 2 or ca[1:] != cb[1:]:
        return False
    first = ca[0]
    for i, w in enumerate(first):
        if w != "and" or i == 0:
            continue
        left, right = first[:i], first[i + 1 :]
        if not (_fact(left) and _fact(right)):
            continue  # "I was sick and I was fired": events have an order
        if cb[0] == [*right, "and", *left]:
            return True
    return False


def subject_moved(a: Parsed, b: Parsed) -> bool:
    """ "Is $49 a month a fair price for a gym membership?" / "Is a gym membership at $49 a
    month a fair price?": what is judged put first with its price or time after "at"; "Is
    June a good time to list a house?" / "Is it a good time to list a house in June?"."""
    if a.content != b.content:
        return False
    ta, tb = a.words, b.words
    if len(tb) == len(ta) + 2 and tb[1] == "it":
        for size in (1, 2, 3):
            when, rest = ta[1 : 1 + size], ta[1 + size :]
            if len(when) < size:  # "Is" / "Is it okay": no words left to be the time
                break
            if tb[-size - 1] in _WHEN_PREPS and tb[2:] == (*rest, tb[-size - 1], *when):
                return True
    if len(ta) != len(tb):
        return False
    for k in range(2, min(len(tb) - 2, 7)):
        if tb[k] != "at":
            continue
        judged = tb[1:k]
        if ta[len(ta) - k :] == ("for", *judged) and ta[1 : len(ta) - k] == tb[k + 1 :]:
            return True
    return False


_WHEN_PREPS = frozenset(("in", "on", "at", "during"))


_CLAUSE_SUBJECTS = frozenset("i we you he she they it".split())
_OBJECTS = frozenset("me us him them".split())


def _clause(words: list[str]) -> bool:
    """A clause with a verb, not a noun phrase: a subject pronoun first ("I quit"), or a
    past tense or an object pronoun after the first word ("my boss yelled at me")."""
    if len(words) < 2:
        return False
    if words[0] in _CLAUSE_SUBJECTS:
        return True
    return any(w.endswith("ed") or w in _OBJECTS or w in _PAST_BE for w in words[1:])


_FACTS = frozenset("am is are has have".split())
_PAST_BE = frozenset("was were had got".split())


def and_reordered(a: Parsed, b: Parsed) -> bool | None:
    """Two parts joined by "and" in the other order, every other word in place: True for two
    clauses telling what happened ("My boss yelled at me and I quit" / "I quit and my boss
    yelled at me": what came first, what followed from what), False for two facts ("My tutor
    is strict and my son is lazy" / "My son is lazy and my tutor is strict": the same), None
    for anything else (no such swap, or noun phrases: "my boss and my coworker")."""
    ta = _CHUNK_WORD.findall(a.source.lower().replace("\u2019", "'"))
    tb = _CHUNK_WORD.findall(b.source.lower().replace("\u2019", "'"))
    if len(ta) != len(tb) or ta == tb:
        return None
    i = 0
    while ta[i] == tb[i]:
        i += 1
    j = 0
    while ta[-1 - j] == tb[-1 - j]:
        j += 1
    n = len(ta)
    for k in range(i + 1, n - j - 1):
        if ta[k] != "and":
            continue
        for s in range(i, -1, -1):  # the swapped part starts at or before the first change
            for e in range(n - j, n + 1):
                left, right = ta[s:k], ta[k + 1 : e]
                if tb[s:e] != [*right, "and", *left]:
                    continue
                if _fact(left) and _fact(right):
                    return False
                if not (_clause(left) and _clause(right)):
                    return None
                return True  # "I was sick and I was fired" / "I was fired and I was sick"
    return None


# Present-tense verbs of a state or a measure ("my bag weighs 25 kg", "my sister lives in
# Ohio", "I earn $50k"): said in the present they tell how things stand, not what happened.
_STATE_VERBS = frozenset(
    """weigh weighs cost costs measure measures hold holds contain contains last lasts owe
    owes earn earns make makes pay pays charge charges need needs want wants live lives
    work works""".split()
)


# (a state verb's fact with "he" / "him" in it is not moved: whom the pronoun stands for
# changes with the order, red team 7: "My brother works for my dad and he pays him $15 an
# hour" / "He pays him $15 an hour and my brother works for my dad")
_REFERS = frozenset("he she him her they them his their".split())


def _fact(words: list[str]) -> bool:
    """ "my tutor is strict", "I have a cat", "my bag weighs 25 kg": a present state, no
    event ("was", "got", a word in -ed: "I was fired", "my bag got lost")."""
    return (
        len(words) >= 3
        and (
            not _FACTS.isdisjoint(words)
            or (not _STATE_VERBS.isdisjoint(words) and _REFERS.isdisjoint(words))
        )
        and _PAST_BE.isdisjoint(words)
        and not any(w.endswith("ed") for w in words)
    )


# A clause moved whole across a sentence or clause mark ("My bag was delayed; how can I get a
# refund?" / "How can I get a refund when my bag was delayed?", "Is the airline responsible?
# My suitcase got soaked." / "My suitcase got soaked; is the airline responsible?").
_TOKEN = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*|[,;:?!]|\.(?![a-z0-9])")
_MARKS = frozenset(",;:.?!")
_STOPS = frozenset(";:.?!")  # what ends a clause said on its own ("," joins one to the next)
# what says a stated fact is the question's setting: "... when my bag was delayed" reads as
# "My bag was delayed; ..." ("unless", "until", "before", "although" say otherwise)
_CONTEXT_LEADS = (
    ("now", "that"),
    ("given", "that"),
    ("if",),
    ("when",),
    ("whenever",),
    ("since",),
    ("because",),
    ("once",),
    ("after",),
)
# words that may stand before an adjunct's lead word: "right after", "just before"
_INTENSIFIERS = frozenset("right just shortly immediately soon long only especially".split())
_ASKING = frozenset(
    "what which who whom whose how why where when is are was were am do does did can could"
    " will would should shall may might must has have".split()
)


# words that tie what follows to what comes before: a clause after one is no adjunct moved
_LINKS = _ADJUNCT_LEADS | frozenset(
    "and or but nor that than to of unless until where which who".split()
)


def _tokens(p: Parsed) -> tuple[tuple[str, int, int], ...]:
    """Words and marks of ``p`` as written, with where each starts and ends."""
    return _tokens_of(p.source)


@lru_cache(maxsize=1 << 8)
def _tokens_of(source: str) -> tuple[tuple[str, int, int], ...]:
    text = source.lower().replace("\u2019", "'")
    if len(text) != len(source):
        return ()  # a letter whose lower case is longer: the places would not match
    return tuple((m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text))


def _adjunct(words: list[str]) -> bool:
    """``words`` open with an adjunct's lead word, maybe after "right" / "just" ..."""
    k = 1 if words[0] in _INTENSIFIERS and len(words) > 1 else 0
    return words[k] in _ADJUNCT_LEADS or words[k] == "where"


def _one_clause(toks: tuple[tuple[str, int, int], ...]) -> bool:
    return any(t[0] not in _MARKS for t in toks) and all(t[0] not in _STOPS for t in toks)


def _counted_alike(a: Parsed, b: Parsed, clause: str) -> bool:
    """No word of the moved clause said more often on one side than on the other: "My
    neighbor's tree fell on my car; who pays?" / "Who pays my neighbor if my neighbor's tree
    fell on my car?" names the neighbor in the question too."""
    ca, cb = Counter(c for c in a.canon if c), Counter(c for c in b.canon if c)
    return all(ca[c] == cb[c] for c in parse(clause).canon if c)


def _asks(words: list[str], mark: str) -> bool:
    return mark == "?" or words[0] in _ASKING


def block_moved(a: Parsed, b: Parsed) -> tuple[str, str] | None:
    """When ``b`` is ``a`` with one clause moved from the front to the end, the two to
    compare (None: no such move): the rests, the clause taken out, where it is the same
    words on both sides ("My bag was delayed; how can I get a refund?" / "How can I get a
    refund when my bag was delayed?" -> "how can I get a refund" / "How can I get a
    refund"); else ``a`` and ``b`` with its clause put back where ``a`` says it.

    In ``a`` the clause is the words before a mark (three or more, no ";", ".", "?" among
    them), the rest after it; in ``b`` as many words at the end, after a mark, after a word
    saying the clause is the setting ("if", "when", "since", "because", "once", "after",
    "now that", "given that": dropped), or opening with the same adjunct lead word as in
    ``a`` ("Right after I land, what should I do?" / "What should I do right after I
    land?"). Each rest is one clause. A statement is only read so moved across a question
    (of the clause and the rest one asks, the other states): two statements in another
    order tell another story ("I quit my job. My boss yelled at me." / "My boss yelled at
    me. I quit my job."); a clause after "if" / "when" ... states, its rest asks. A clause
    with other words in it only when a stop (";", ".", "?") or a lead word ends it and most
    of its words are the same. No word of the clause may be said more often on one side
    ("My neighbor's tree fell on my car; who pays?" / "Who pays my neighbor if my
    neighbor's tree fell on my car?"). What the clauses say is for ``direction_swap`` to
    compare in the one order ("My sister moved to Ohio; should I move to Texas?" / "Should
    I move to Ohio if my sister moved to Texas?" trade the places)."""
    inner = a.source.rstrip(" .?!")
    if not any(mark in inner for mark in _MARKS):
        return None  # one clause: nothing moved
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return None
    end_mark = ta[-1][0] if ta[-1][0] in _MARKS else ""
    while tb and tb[-1][0] in _MARKS:
        tb = tb[:-1]
    wb = [k for k, t in enumerate(tb) if t[0] not in _MARKS]
    n = 0
    for after, (mark, _, _) in enumerate(ta):
        if mark not in _MARKS:
            n += 1
            continue
        if mark in _STOPS and n < 3:
            return None  # the first clause is no clause to move
        if n < 3 or n >= len(wb):
            continue
        clause = [t[0] for t in ta[:after] if t[0] not in _MARKS]
        rest_a = ta[after + 1 :]
        while rest_a and rest_a[-1][0] in _MARKS:
            rest_a = rest_a[:-1]
        if not _one_clause(rest_a):
            if mark in _STOPS:
                return None
            continue
        words_a = [t[0] for t in rest_a if t[0] not in _MARKS]
        states = not _asks(clause, mark)
        start = wb[-n]
        if not _one_clause(tb[start:]):
            continue  # the words at b's end are no one clause
        moved = [t[0] for t in tb[start:] if t[0] not in _MARKS]
        before = [t[0] for t in tb[:start]]
        cut = -1
        lead = None
        if before and before[-1] in _MARKS:
            if states == _asks(words_a, end_mark):
                cut = start - 1
        else:
            lead = next((x for x in _CONTEXT_LEADS if tuple(before[-len(x) :]) == x), None)
            if lead is not None:
                if states and _asks(words_a, end_mark):
                    cut = start - len(lead)
            elif before and before[-1] not in _LINKS and _adjunct(clause):
                k = 2 if clause[0] in _INTENSIFIERS else 1
                cut = start if moved[:k] == clause[:k] else -1
        rest_b = tb[: max(cut, 0)]
        while rest_b and rest_b[-1][0] in _MARKS:
            rest_b = rest_b[:-1]
        if cut < 0 or not _one_clause(rest_b):
            if mark in _STOPS:
                return None
            continue
        same = moved == clause
        if not same and (
            (mark not in _STOPS and lead is None) or 2 * len(set(moved) & set(clause)) < len(clause)
        ):
            continue  # other words: only a clause ended by a stop or a lead, mostly alike
        if not _counted_alike(a, b, a.source[ta[0][1] : ta[after - 1][2]]):
            return None
        said_a = a.source[rest_a[0][1] : rest_a[-1][2]]
        said_b = b.source[rest_b[0][1] : rest_b[-1][2]]
        if same:
            return said_a, said_b  # the same clause: the rests tell what differs
        return a.source, f"{b.source[tb[start][1] : tb[-1][2]]}{mark} {said_b}{end_mark}"
    return None


_LEAD_WORDS = frozenset(w for lead in _CONTEXT_LEADS for w in lead[:1])


def stop_moved(a: Parsed, b: Parsed) -> bool:
    """Cheap, before ``block_moved`` looks for a clause with other words in it: ``a``'s
    first sentence opening ``b``'s last words as many, most of them alike; a ";" or ":" in
    ``a``; or a comma in ``a`` (not after a question word or a lead) and a setting word in
    ``b``. ``b`` opening as ``a`` does is no move. It only lets a swap be found: a clause
    it misses is compared as it stands."""
    if a.words[:1] == b.words[:1]:
        return False
    if a.sentences[-1:] != (0,):
        n = a.sentences.count(0)
        tail = b.words[-n:]
        if tail[:1] == a.words[:1] and 2 * len(set(a.words[:n]).intersection(tail)) >= n:
            return True
    if ";" in a.source or ":" in a.source:
        return True
    return (
        "," in a.source
        and _ASKING.isdisjoint(a.words[:1])
        and _LINKS.isdisjoint(a.words[:1])
        and not _LEAD_WORDS.isdisjoint(b.words)
    )


def events_reordered(a: Parsed, b: Parsed) -> bool:
    """The same sentences, two of them telling what happened in the other order ("I quit my
    job. My boss yelled at me. What can I do?" / "My boss yelled at me. I quit my job. What
    can I do?"): what came first, what followed from what. Facts ("I live in Texas. My
    sister lives in Ohio.") and questions may stand in any order."""
    if (
        a.sentences[-1:] == (0,)
        or a.sentences[-1:] != b.sentences[-1:]
        or len(a.words) != len(b.words)
        or a.words == b.words
    ):
        return False
    sa, sb = _sentence_words(a), _sentence_words(b)
    if len(sa) != len(sb) or sorted(sa) != sorted(sb) or len(set(sa)) != len(sa):
        return False
    told = [s for s in sa if _clause(list(s)) and not _fact(list(s)) and s[0] not in _ASKING]
    order = [s for s in sb if s in told]
    return len(told) >= 2 and order != told


def _sentence_words(p: Parsed) -> list[tuple[str, ...]]:
    """The words of each sentence or clause (ended by ".", "?", "!", ";") as written."""
    out: list[tuple[str, ...]] = []
    words: list[str] = []
    for w, _, _ in _tokens(p):
        if w in _STOPS:
            if words:
                out.append(tuple(words))
            words = []
        elif w not in _MARKS:
            words.append(w)
    if words:
        out.append(tuple(words))
    return out


_DETERMINER_KEYS = frozenset(
    "~" + w for w in "a an the my our your his her their its this that these those".split()
)
_PLACES = frozenset(("~in", "~at", "~on"))
_BE = frozenset(("~be", "~is", "~are", "~was", "~were", "~been", "~being"))
# "Do airlines allow pets?" / "Are pets allowed on airlines?": the tense kept
_DO_AS_BE = {"~do": ("~is", "~are"), "~does": ("~is", "~are"), "~did": ("~was", "~were")}


def _noun_run(keys: list[str]) -> bool:
    """A noun phrase as keyed: content words, an article or owner before them."""
    body = keys[1:] if keys and keys[0] in _DETERMINER_KEYS else keys
    return bool(body) and all(k[0] != "~" for k in body)


def passive_placed(keys_a: list[str], keys_b: list[str]) -> bool:
    """One side "X V Y", the other the passive "Y be V-ed" with X the place whose rule it is (V
    allows, bans, requires or accepts: `_RULED`; "Should book clubs allow audiobooks?" /
    "Should audiobooks be allowed in book clubs?", "Do airlines allow pets?" / "Are pets
    allowed on airlines?"): the same doer, the same receiver. Word for word: the same
    opening ("should", or "do" / "does" / "did" as "is" / "are" / "was" / "were"), X and Y
    noun phrases said alike, "in" / "at" / "on" before X (not "for": "Should phones be
    banned for teachers?" is no "Should teachers ban phones?"), the same words after. A
    passive whose subject is the doer ("Should hospitals be allowed visitors?") has X and Y
    the other way round: not read so."""
    return _passive_placed(keys_a, keys_b) or _passive_placed(keys_b, keys_a)


# Verbs of a rule a place sets (keys as `direction.keys` gives them: "permitted" reads
# "allowed"): only a place's own rule makes it the doer. Red team 7: "Was the suspect arrested
# at the airport?" is no "Did the airport arrest the suspect?", nor "Was my data leaked on
# Facebook?" a "Did Facebook leak my data?".
_RULED = frozenset(
    """allowed ban banned prohibit prohibited forbid forbidden accept accepted requir
    required""".split()
)


def _passive_placed(active: list[str], passive: list[str]) -> bool:
    for v in range(2, len(passive) - 2):
        if passive[v + 1] not in _PLACES or passive[v] not in _RULED or passive[v] not in active:
            continue
        u = active.index(passive[v])
        k = 0
        while k < u and active[k][0] == "~" and active[k] not in _DETERMINER_KEYS:
            k += 1
        opening = active[:k]
        if not opening:
            continue
        if passive[:k] == opening and passive[v - 1] in _BE:
            y = passive[k : v - 1]
        elif opening[-1] in _DO_AS_BE and passive[: k - 1] == opening[:-1]:
            if passive[k - 1] not in _DO_AS_BE[opening[-1]]:
                continue
            y = passive[k:v]
        else:
            continue
        x = active[k:u]
        if not (_noun_run(x) and _noun_run(y)) or active[u + 1 : u + 1 + len(y)] != y:
            continue
        place = v + 2
        if (
            passive[place : place + len(x)] == x
            and passive[place + len(x) :] == active[u + 1 + len(y) :]
        ):
            return True
    return False


# Recall 17. Adverbs of how often or how that say the same wherever they stand in one
# clause ("Why do arborists leave tall stumps sometimes?" / "Why do arborists sometimes
# leave tall stumps?"). Not the scope words ("only", "just", "even", "also", "still",
# "already", "not"): moved, they say another thing.
_FREE_ADVERBS = frozenset(
    """sometimes usually often typically generally normally regularly occasionally
    frequently safely quickly properly correctly easily slowly carefully effectively
    efficiently cheaply""".split()
)
# words that open another clause or scope, or join two verbs ("how do I quickly ask my son
# to stop" / "how do I ask my son to quickly stop"): with one of them the adverb may move
# from one verb to another
_ADVERB_BARRIERS = frozenset(
    """not no never only just even also still already too and or nor but if when whenever
    while because since although though unless until after before that which who whom whose
    where to than as so then without""".split()
)


def _free_adverb(p: Parsed) -> tuple[str, int] | None:
    """The one free adverb in ``p`` and its place, if ``p`` is one clause with no barrier."""
    if any(m in p.source for m in ",;:") or (p.sentences and p.sentences[-1] > 0):
        return None
    found = [(w, i) for i, w in enumerate(p.words) if w in _FREE_ADVERBS]
    if len(found) != 1 or not _ADVERB_BARRIERS.isdisjoint(p.words):
        return None
    return found[0]


def adverb_moved(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides one clause with the same free adverb said once (``_FREE_ADVERBS``), beside
    other words on each side: both without it, to be compared again."""
    fa, fb = _free_adverb(a), _free_adverb(b)
    if fa is None or fb is None or fa[0] != fb[0]:
        return None
    wa, wb = a.words, b.words
    ia, ib = fa[1], fb[1]
    if wa[ia - 1 : ia] == wb[ib - 1 : ib] or wa[ia + 1 : ia + 2] == wb[ib + 1 : ib + 2]:
        return None  # not moved (or moved along a word: read as said)
    word = re.compile(rf"\b{fa[0]}\b\s*", re.IGNORECASE)
    return parse(word.sub("", a.source, count=1)), parse(word.sub("", b.source, count=1))


def _keys(p: Parsed) -> list[str]:
    return [c if c else "~" + w for c, w in zip(p.canon, p.words, strict=True)]


_ARTICLES = frozenset(("~a", "~an", "~the"))


def _bare(keys: list[str]) -> list[str]:
    return [k for k in keys if k not in _ARTICLES]


def extraposed(a: Parsed, b: Parsed) -> bool:
    """One side "Is it X to V Y?", the other "Is V-ing Y X?" ("Is it a good workout to jump
    at a trampoline park?" / "Is jumping at a trampoline park a good workout?"), or "Would
    V-ing Y be X?" ("Is it tacky to have a cash bar?" / "Would having a cash bar be tacky?"),
    word for
    word but for articles: X is what is said of the act, Y the act's own words, each kept in
    its order; no "for" in X (whose act it is moves: "Is it safe for kids to ...")."""
    return _extraposed(a, b) or _extraposed(b, a)


def _extraposed(p: Parsed, q: Parsed) -> bool:
    kp, kq = _bare(_keys(p)), _bare(_keys(q))
    lead = 3 if kp[:3] == ["~would", "~it", "~be"] else 2
    if kp[:2] not in (["~is", "~it"], ["~would", "~it"]) or "~to" not in kp:
        return False
    t = kp.index("~to")
    x, v, y = kp[lead:t], kp[t + 1 : t + 2], kp[t + 2 :]
    if not x or not v or "~for" in x or "~to" in y:
        return False
    if len(q.words) < 2 or not q.words[1].endswith("ing"):
        return False
    if kq[1] != v[0]:  # a verb read as a function word: "to have" / "having"
        w = [k for k in p.words if "~" + k not in _ARTICLES][t + 1]
        if v[0] != "~" + w or q.words[1] not in (w + "ing", w[:-1] + "ing", w + w[-1] + "ing"):
            return False
    # "Is it tacky to have a cash bar?" / "Would having a cash bar be tacky?"
    said = kq[2:]
    return (kq[0] == "~is" and said == [*y, *x]) or (kq[0] == "~would" and said == [*y, "~be", *x])


_COST_WORDS = frozenset(("tak", "price"))  # "take", "cost" as keyed


def cost_of_act(a: Parsed, b: Parsed) -> bool:
    """ "How long does a Rolex service take?" / "How long does it take to service a Rolex?",
    "How much does a car repair cost?" / "How much does it cost to repair a car?": the thing
    the act is done to said before the act's noun, or after its verb; word for word but
    for articles. The thing no person, doer ("-er", "-or", "-ist") nor pet: "a teacher
    review" is no "to review a teacher", "a plumber visit" no "to visit a plumber"."""
    return _cost_of_act(a, b) or _cost_of_act(b, a)


def _cost_of_act(p: Parsed, q: Parsed) -> bool:
    kp, kq = _bare(_keys(p)), _bare(_keys(q))
    if len(kp) < 6 or kp[:2] not in (["~how", "long"], ["~how", "~much"]):
        return False
    if kp[2] not in ("~does", "~do") or kp[-1] not in _COST_WORDS:
        return False
    if kq[:3] != kp[:3] or kq[3:6] != ["~it", kp[-1], "~to"]:
        return False
    thing, act = kp[3:-2], kp[-2]
    if not thing or act[0] == "~" or kq[6:] != [act, *thing]:
        return False
    named = [k for k in thing if k[0] != "~"]
    if not named or len(named) > 3 or any(k[0] == "~" for k in thing[1:]):
        return False
    thing_words = " ".join(p.words[-2 - len(named) : -2])
    return not (person_or_pet(thing_words) or names_person(thing_words, doers=True))


_JOINS = frozenset(("~and", "~or"))
# a whole thing referred to ("one" stands for a noun only: "a reverse one")
_PRONOUNS = frozenset(("~it", "~they", "~them", "~that"))
_ASK_OPENINGS = frozenset(
    "~" + w
    for w in """what why how where when which who is are was were can could do does did
    should would will""".split()
)


def _ask_keys(p: Parsed) -> list[str]:
    """Keys without articles, "how can" read as "how do", a word in "-ing" marked "+"."""
    out = [
        "+" + k if k[0] != "~" and w.endswith("ing") else k
        for k, w in zip(_keys(p), p.words, strict=True)
        if k not in _ARTICLES
    ]
    return [
        "~do" if k == "~can" and i > 0 and out[i - 1] == "~how" else k for i, k in enumerate(out)
    ]


def asks_swapped(a: Parsed, b: Parsed) -> bool:
    """Two asks joined by "and" / "or", told in the other order, the thing asked about named
    in the first ask and referred to in the second ("What causes wheel bite and how do I
    prevent it?" / "How can I prevent wheel bite, and what causes it?", "What does topping a
    tree mean and why is it bad?" / "Why is topping a tree bad, and what does it mean?").
    Word for word but for articles: each ask keeps its own words, the name and the pronoun
    trade places only; two asks opening alike ("How do I remove X, and how do I replace it?",
    steps in an order) are not read, nor a name after a word in "-ing" on either side ("What
    does topping a tree mean and why is it bad?": "it" may be "topping a tree" or "a tree")."""
    ka, kb = _ask_keys(a), _ask_keys(b)
    if _JOINS.isdisjoint(ka) or _JOINS.isdisjoint(kb):
        return False
    return _asks_swapped(ka, kb) or _asks_swapped(kb, ka)


def _asks_swapped(ka: list[str], kb: list[str]) -> bool:
    for j, join in enumerate(ka):
        if join not in _JOINS or join not in kb:
            continue
        c1, c2 = ka[:j], ka[j + 1 :]
        if not c1 or not c2 or c1[0] == c2[0]:
            continue
        if c1[0] not in _ASK_OPENINGS or c2[0] not in _ASK_OPENINGS:
            continue
        said = [i for i, k in enumerate(c2) if k in _PRONOUNS]
        if len(said) != 1:
            continue
        i = said[0]
        for jb, joined in enumerate(kb):
            if joined != join:
                continue
            d1, d2 = kb[:jb], kb[jb + 1 :]
            tail = len(c2) - i - 1
            if len(d1) <= len(c2) - 1 or d1[:i] != c2[:i] or d1[len(d1) - tail :] != c2[i + 1 :]:
                continue
            name = d1[i : len(d1) - tail]
            if any(k in _PRONOUNS or k in _JOINS for k in name):
                continue
            at = [s for s in range(len(c1)) if c1[s : s + len(name)] == name]
            if len(at) != 1:
                continue
            s = at[0]
            if (s and c1[s - 1][0] == "+") or (i and d1[i - 1][0] == "+"):
                continue  # after a word in "-ing": "it" is "topping a tree", or "a tree"?
            put = [*c1[:s], "", *c1[s + len(name) :]]
            if len(d2) == len(put) and all(
                (x == y) if x else (y in _PRONOUNS) for x, y in zip(put, d2, strict=True)
            ):
                return True
    return False
