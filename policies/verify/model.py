"""Pair features and a logistic-regression scorer whose weights ship as plain JSON."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from policies.verify.diffs import Diff
from policies.verify.lexicon import word_classes
from policies.verify.questions import question_form
from policies.verify.text import Parsed
from policies.verify.whwords import wh_mismatch

FEATURES: tuple[str, ...] = (
    "similarity",
    "unmatched_cached",
    "unmatched_incoming",
    "substituted",
    "unmatched_names",
    "content_jaccard",
    "char_trigram_jaccard",
    "length_gap",
    "wh_mismatch",
    "size",
    "identical_content",
    "similarity_if_identical",
    "word_jaccard",
    "pronoun_shift",
    "rare_unmatched",
    "max_rare_unmatched",
    "rare_substitution",
    "weighted_jaccard",
    "question_form_mismatch",
)

# coarser than `lexicon.PERSONS` on purpose: the weights were fitted with this feature
_PERSONS = word_classes(
    first="i me my mine myself",
    first_plural="we us our ours ourselves",
    second="you your yours yourself",
    third="he him his she her they them their someone somebody people",
)


@dataclass(frozen=True, slots=True)
class Model:
    """score = sigmoid(bias + sum(weight_i * (x_i - mean_i) / scale_i))."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def score(self, x: tuple[float, ...]) -> float:
        z = self.bias
        for xi, m, s, w in zip(x, self.mean, self.scale, self.weights, strict=True):
            z += w * (xi - m) / s
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_json(cls, text: str) -> Model:
        raw = json.loads(text)
        model = cls(
            features=tuple(raw["features"]),
            mean=tuple(float(v) for v in raw["mean"]),
            scale=tuple(float(v) for v in raw["scale"]),
            weights=tuple(float(v) for v in raw["weights"]),
            bias=float(raw["bias"]),
        )
        if model.features != FEATURES:
            raise ValueError(f"verifier model features {model.features} != {FEATURES}")
        return model


@cache
def bundled_model() -> Model:
    """The weights shipped next to this module (``verify_model.json``), read once."""
    ref = resources.files("policies.verify").joinpath("verify_model.json")
    return Model.from_json(ref.read_text(encoding="utf-8"))


def _trigrams(words: tuple[str, ...], limit: int = 600) -> set[str]:
    """Character trigrams of the first ``limit`` characters (bounded cost on long prompts)."""
    text = (" " + " ".join(words) + " ")[:limit]
    return {text[i : i + 3] for i in range(len(text) - 2)}


def features(a: Parsed, b: Parsed, d: Diff, similarity: float) -> tuple[float, ...]:
    ua, ub = len(d.only_cached), len(d.only_incoming)
    names = len(d.only_cached & a.entities) + len(d.only_incoming & b.entities)
    union = a.content | b.content
    jaccard = 1.0 - (ua + ub) / len(union) if union else 1.0
    ta, tb = _trigrams(a.words), _trigrams(b.words)
    tri = len(ta & tb) / len(ta | tb) if ta or tb else 1.0
    na, nb = len(a.content), len(b.content)
    identical = 1.0 if ua == ub == 0 else 0.0
    wa, wb = set(a.words), set(b.words)
    word_jaccard = len(wa & wb) / len(wa | wb) if wa or wb else 1.0
    pa = {_PERSONS[w] for w in wa if w in _PERSONS}
    pb = {_PERSONS[w] for w in wb if w in _PERSONS}
    ra = [a.rare[w] for w in d.only_cached]
    rb = [b.rare[w] for w in d.only_incoming]
    shared = sum(1.0 + a.rare[w] for w in a.content & b.content)
    total = shared + sum(1.0 + r for r in ra) + sum(1.0 + r for r in rb)
    weighted = shared / total if total else 1.0
    return (
        similarity,
        float(ua),
        float(ub),
        float(min(ua, ub)),
        float(names),
        max(0.0, jaccard),
        tri,
        abs(math.log((na + 1) / (nb + 1))),
        1.0 if wh_mismatch(a, b) else 0.0,
        math.log1p(na + nb),
        identical,
        similarity * identical,
        word_jaccard,
        float(len(pa ^ pb)),
        sum(ra) + sum(rb),
        max(ra + rb, default=0.0),
        min(max(ra, default=0.0), max(rb, default=0.0)),
        weighted,
        1.0 if question_form(a) != question_form(b) else 0.0,
    )
