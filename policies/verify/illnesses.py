"""An illness against a shot or a test for it (pure): "a flu shot" is not "the flu".

- ``measure_against_illness``: one side names a vaccine, a shot or a test by the illness it
  is against ("getting a flu shot", "a covid test", "the measles vaccine", "a strep test"),
  the other names the illness itself ("having the flu", "covid", "measles", "strep") and no
  shot, vaccine or test at all, the rest nearly word for word. A test that only names a
  thing the other side keeps ("radon test kits" / "radon kits") is not one; the other side
  saying one anyhow ("vaccinated against the flu", "testing for covid", "a flu jab") is
  left to the other checks.
"""

from __future__ import annotations

from policies.verify.direction import differing
from policies.verify.lexicon import STOPWORDS
from policies.verify.text import Parsed

# the head nouns that turn the illness before them into a shot or a test against it
_MEASURES = frozenset(
    """shot shots jab jabs vaccine vaccines vaccination vaccinations booster boosters
    immunization immunizations immunisation immunisations test tests testing screening
    screenings swab swabs""".split()
)
# any word on the other side that says a shot or a test anyhow
_SAID_STEMS = tuple("vaccin immuni inocul test shot jab boost screen swab".split())
# what a shot or a test may only name ("radon test kits", "a covid test site")
_NAMED = frozenset(
    """kit kits strip strips site sites center centers centre centres clinic clinics card
    cards record records certificate certificates appointment appointments schedule
    requirement requirements mandate mandates""".split()
)
_SAID_WORDS = frozenset("result results positive negative".split())
_NOT_ILLNESS = STOPWORDS | frozenset("no first second next last".split())
_MAX_MIDDLE = 4  # the differing words on either side, at most


def _says_measure(words: tuple[str, ...]) -> bool:
    return any(w in _SAID_WORDS or w.startswith(_SAID_STEMS) for w in words)


def measure_against_illness(a: Parsed, b: Parsed) -> bool:
    """One side says "a flu shot" / "a covid test", the other "the flu" / "covid" with no
    shot, vaccine or test anywhere, the rest kept."""
    wa, wb = a.words, b.words
    p, ea, eb = differing(wa, wb)
    if ea - p > _MAX_MIDDLE or eb - p > _MAX_MIDDLE:
        return False
    for (x, ex), (y, ey) in (((wa, ea), (wb, eb)), ((wb, eb), (wa, ea))):
        if _says_measure(y):
            continue
        for k in range(max(p, 1), ex):
            illness = x[k - 1]
            if (
                x[k] in _MEASURES
                and illness.isalpha()
                and illness not in _NOT_ILLNESS
                and (k - 1 < p or illness in y[p:ey])  # said where the other side differs
                # the shot or test only names a thing kept on the other side ("radon test
                # kits" / "radon kits")
                and not (x[k + 1 : k + 2] and x[k + 1] in _NAMED and x[k + 1] in y)
            ):
                return True
    return False
