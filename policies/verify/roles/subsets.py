"""Role pass 98 (blind rounds 229-231): a subset question asked the other way round.

``subset_reversed``: "Are all X Y?" / "Are all Y X?" and "Is every X a Y?" / "Is every Y an
X?" (either frame against the other): the two noun phrases around the copula after "all /
every / each" traded, every word of them a content word and the words before the frame and
after its sentence the same ("Are all cacti succulents?" / "Are all succulents cacti?"). "all
X are Y" holds one way only; "Are any X Y?" is left (some X are Y just when some Y are X), and so
is "Do all X V?" (a verb, not a class, after the subject).
"""

from __future__ import annotations

from policies.verify.text import Parsed

_FRAMES = {("are", "all"): "all", ("is", "every"): "every", ("is", "each"): "every"}
_ARTICLES = frozenset(("a", "an"))


def _classes(p: Parsed) -> tuple[tuple[str, ...], tuple[str, ...], str, tuple[str, ...]] | None:
    """(words before the frame, the canon words after it, the frame, the words after its
    sentence), the words after the frame all content words (and one article for "every")."""
    w = p.words
    for i in range(len(w) - 3):
        frame = _FRAMES.get((w[i], w[i + 1]))
        if frame is None:
            continue
        end = i + 2
        sentence = p.sentences[i] if p.sentences else 0
        while end < len(w) and (not p.sentences or p.sentences[end] == sentence):
            end += 1
        rest = [(w[j], p.canon[j]) for j in range(i + 2, end)]
        if frame == "every":
            arts = [j for j, (word, _) in enumerate(rest) if word in _ARTICLES]
            if len(arts) != 1 or arts[0] in (0, len(rest) - 1):
                return None
            rest = [*rest[: arts[0]], ("|", "|"), *rest[arts[0] + 1 :]]
        if len(rest) < 2 or len(rest) > 7 or not all(c for _, c in rest):
            return None
        return w[:i], tuple(c for _, c in rest), frame, w[end:]
    return None


def _split(canon: tuple[str, ...], frame: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    if frame == "every":
        k = canon.index("|")
        return [(canon[:k], canon[k + 1 :])]
    return [(canon[:k], canon[k:]) for k in range(1, len(canon))]


def subset_reversed(a: Parsed, b: Parsed) -> bool:
    """ "Are all X Y?" / "Are all Y X?" ("Is every X a Y?"): which class holds the other."""
    if not ({"all", "every", "each"} & set(a.words) and {"all", "every", "each"} & set(b.words)):
        return False
    x, y = _classes(a), _classes(b)
    if x is None or y is None or x[0] != y[0] or x[3] != y[3]:
        return False
    if x[2] == "all" and y[2] == "all" and x[1] == y[1]:
        return False
    ways_b = _split(y[1], y[2])
    for one, two in _split(x[1], x[2]):
        if one == two:
            continue
        if (two, one) in ways_b and (one, two) not in ways_b:
            return True
    return False
