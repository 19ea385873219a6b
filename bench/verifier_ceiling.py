"""How many QQP duplicates can ANY verifier built on our signals serve at a 1% false-hit rate?

    pip install scikit-learn           # bench only, like torch and the MiniLM package
    python bench/verifier_ceiling.py [--data ../shared/data] [--cache-dir bench/results]

Issue 3 asks for >= 30% of qqp_gptcache_8k duplicates served at <= 1% false hits. This
script measures the best a learned verifier can do with the signals a semantic cache has:
the MiniLM cosine, the shipped model's 19 pair features (``policies.verify.model``),
which rule fired (one-hot), and optionally the MiniLM embeddings themselves (u*v and |u-v|,
768 more features). It fits gradient-boosted trees and a logistic regression on the fixed
TRAINING half (``pairdata.is_held_out``) of pairs with cosine >= T (rules are features here,
not vetoes), ranks the HELD-OUT half by score and reports the recall it reaches before
its false hits exceed 1% (and 2%) of all held-out non-duplicates, next to the shipped
policy on the same half. A flexible model fitted and scored on one distribution is an
optimistic bound for the shipped one, which must also hold on other data.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pairdata

from policies.verify import VerifyConfig, rules, verify
from policies.verify.model import features
from policies.verify.text import parse

RULES = (
    "content_mismatch", "entity_mismatch", "number_mismatch", "negation_mismatch",
    "direction_swap", "unit_mismatch", "time_mismatch", "format_mismatch",
    "qualifier_mismatch", "question_mismatch",
)  # fmt: skip
THRESHOLDS = (0.75, 0.80, 0.86)
BUDGETS = (0.01, 0.02)  # false hits allowed, as a share of all held-out non-duplicates


def pair_features(s: pairdata.PairSet) -> tuple[np.ndarray, np.ndarray]:
    """Model features + which rule fired, per pair; and the shipped policy's verdicts."""
    rules_only = VerifyConfig(threshold=-1.0, classifier=False)
    shipped = replace(VerifyConfig(), threshold=-1.0)
    rows, accepted = [], []
    for a_text, b_text, sim in zip(s.a, s.b, s.cosine, strict=True):
        a, b = parse(a_text), parse(b_text)
        fired = set(verify(a_text, b_text, float(sim), rules_only).reasons)
        other = 1.0 if fired - set(RULES) else 0.0
        rows.append([*features(a, b, rules.diff(a, b), float(sim)),
                     *(1.0 if r in fired else 0.0 for r in RULES), other])  # fmt: skip
        accepted.append(verify(a_text, b_text, float(sim), shipped).accept)
    return np.array(rows), np.array(accepted)


def recall_within(score: np.ndarray, dup: np.ndarray, allowed: int, positives: int) -> float:
    """Recall of the best cut of `score` that admits at most `allowed` non-duplicates."""
    ranked = dup[np.argsort(-score)]
    false_hits = np.cumsum(~ranked)
    k = int(np.searchsorted(false_hits, allowed + 1))
    return float(ranked[:k].sum()) / positives


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=pairdata.DEFAULT_DATA)
    parser.add_argument("--cache-dir", type=Path, default=pairdata.DEFAULT_CACHE)
    args = parser.parse_args()
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        sys.exit("needs scikit-learn (bench only): pip install scikit-learn")

    s = pairdata.load(args.data / "qqp_gptcache_8k.jsonl", args.cache_dir)
    cos, dup, held = s.cosine, s.duplicate, s.held_out()
    lexical, shipped = pair_features(s)
    embedded = np.hstack([lexical, s.ea * s.eb, np.abs(s.ea - s.eb)])
    negatives, positives = int((~dup & held).sum()), int((dup & held).sum())
    models = (
        ("boosted trees, pair features + rules", lexical,
         lambda: HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)),
        ("boosted trees, + MiniLM u*v and abs(u-v)", embedded,
         lambda: HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05)),
        ("logistic, + MiniLM u*v and abs(u-v)", embedded,
         lambda: make_pipeline(StandardScaler(), LogisticRegression(C=0.1, max_iter=5000))),
    )  # fmt: skip
    print(f"\n### qqp_gptcache_8k, held-out half: {positives} duplicates, {negatives} not\n")
    head = " | ".join(f"recall at FHR <= {b:.0%}" for b in BUDGETS)
    print(f"| cosine >= | verifier | {head} |")
    print("|---:|---|" + "---:|" * len(BUDGETS))
    plain = [recall_within(cos[held], dup[held], int(b * negatives), positives) for b in BUDGETS]
    print("| any | plain cosine | " + " | ".join(f"{c:.1%}" for c in plain) + " |")
    for t in THRESHOLDS:
        pool = cos >= t
        train, test = pool & ~held, pool & held
        for name, x, make in models:
            model = make().fit(x[train], dup[train])
            score = model.predict_proba(x[test])[:, 1]
            cells = [recall_within(score, dup[test], int(b * negatives), positives)
                     for b in BUDGETS]  # fmt: skip
            print(f"| {t:.2f} | {name} | " + " | ".join(f"{c:.1%}" for c in cells) + " |")
        ours = shipped & pool & held
        print(f"| {t:.2f} | shipped policy (one operating point) | "
              f"{(ours & dup).sum() / positives:.1%} recall at "
              f"{(ours & ~dup).sum() / negatives:.2%} FHR | |")  # fmt: skip


if __name__ == "__main__":
    main()
