"""Role pass 112 (blind round 247): a thing and the one who handles it said by an agent noun
("the fiddler", "the guitarist", "the drummer", "the banjo player"), two of them traded
between a clause's subject and the owner of a place: "the banjo is too loud in the fiddler's
monitor" / "the fiddle is too loud in the banjo player's monitor", "the guitar is too loud in
the drummer's headphones" / "the drums are too loud in the guitarist's headphones". Read with
each agent noun said as its thing ("the fiddle's monitor" / "the banjo's monitor") the two
things trade places, which the other readers see. Read only when the trade crosses: one side
names X and an agent of Y, the other Y and an agent of X ("the banjo ... the fiddler's" /
"the banjo ... the fiddle player's" names one thing and one agent on both sides, and stays)."""

from __future__ import annotations

import re

from policies.verify.text import Parsed, parse

_DETERMINERS = frozenset("the a an my our your his her its their this that these those".split())
# "-er" / "-r" / "-ist", plural or not: drummer, fiddler, guitarist, pianists
_AGENT_RE = re.compile(r"(?:er|ist)s?$")
_PLAYERS = frozenset(("player", "players"))


def _roots(agent: str) -> tuple[str, ...]:
    """What ``agent`` may be formed from: "drummer" -> "drumm", "drum"; "fiddler" ->
    "fiddl", "fiddle"; "guitarist" -> "guitar"."""
    word = agent.removesuffix("s")
    if word.endswith("ist"):
        root = word[:-3]
        return (root,)
    root = word[:-2]
    out = [root, word[:-1]]
    if len(root) > 3 and root[-1] == root[-2]:
        out.append(root[:-1])  # "drummer": "drum"
    return tuple(out)


def _forms(thing: str) -> tuple[str, ...]:
    """A thing's forms an agent noun is made from: "drums" -> "drum", "piano" -> "pian"."""
    out = [thing]
    if thing.endswith("s") and not thing.endswith("ss"):
        out.append(thing[:-1])
    if thing[-1] in "aeiou":
        out.append(thing[:-1])  # "piano": "pianist", "cello": "cellist"
    return tuple(out)


def _agent_of(agent: str, thing: str) -> bool:
    if len(thing) < 4 or agent == thing or not agent.startswith(thing[:3]):
        return False
    forms = _forms(thing)
    return any(r in forms for r in _roots(agent) if len(r) >= 3)


def _determined(words: tuple[str, ...], i: int) -> bool:
    """A noun at ``i`` after a determiner, one word between at most ("the lead guitarist")."""
    return (i >= 1 and words[i - 1] in _DETERMINERS) or (i >= 2 and words[i - 2] in _DETERMINERS)


def _agents_and_things(
    words: tuple[str, ...],
) -> tuple[list[tuple[int, int, str]], set[str]]:
    """Agent nouns as (start, end, word or the played thing) and the things named alone."""
    agents: list[tuple[int, int, str]] = []
    inside: set[int] = set()
    for i, w in enumerate(words):
        if w in _PLAYERS and i and words[i - 1].isalpha() and _determined(words, i - 1):
            agents.append((i - 1, i + 1, words[i - 1]))  # "the banjo player"
            inside.update((i - 1, i))
        elif len(w) > 5 and _AGENT_RE.search(w) and _determined(words, i):
            agents.append((i, i + 1, w))
            inside.add(i)
    things = {
        w
        for i, w in enumerate(words)
        if i not in inside and len(w) >= 4 and w.isalpha() and _determined(words, i)
    }
    return agents, things


def _said_thing(agent: str, start: int, end: int, things: set[str]) -> str | None:
    if end - start == 2:
        return agent if agent in things else None  # "the banjo player": "banjo"
    return next((t for t in sorted(things) if _agent_of(agent, t)), None)


def agent_said_thing(a: Parsed, b: Parsed) -> tuple[Parsed, Parsed] | None:
    """Both sides read with their agent nouns said as the things the other side names alone,
    when one side names X and an agent of Y and the other Y and an agent of X."""
    ag_a, th_a = _agents_and_things(a.words)
    if not ag_a:
        return None
    ag_b, th_b = _agents_and_things(b.words)
    if not ag_b:
        return None
    said_a = [(s, e, _said_thing(w, s, e, th_b - th_a)) for s, e, w in ag_a]
    said_b = [(s, e, _said_thing(w, s, e, th_a - th_b)) for s, e, w in ag_b]
    done_a = {t for *_, t in said_a if t}
    done_b = {t for *_, t in said_b if t}
    if not done_a or not done_b or not done_a <= th_b - th_a or not done_b <= th_a - th_b:
        return None
    return _said(a, said_a), _said(b, said_b)


def _said(p: Parsed, said: list[tuple[int, int, str | None]]) -> Parsed:
    """``p`` with each agent noun replaced by its thing, "'s" kept ("the banjo player's
    monitor": "the banjo's monitor", "the fiddler's": "the fiddle's")."""
    text = p.source
    for s, e, thing in said:
        if not thing:
            continue
        said_as = r"\s+".join(re.escape(x) for x in p.words[s:e])
        text = re.sub(rf"\b{said_as}\b", thing, text, count=1, flags=re.IGNORECASE)
    return parse(text)
