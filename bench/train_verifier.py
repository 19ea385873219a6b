"""Train the verifier's logistic model on the TRAINING half of ../shared/data; write JSON.

    python bench/train_verifier.py [--data ../shared/data] [--out policies/verify/verify_model.json]
        [--rounds bench/rounds/round64.jsonl ... [--rounds-weight 0.5] [--rounds-cache-dir DIR]]

Split: a fixed 50/50 split by a hash of the pair text (``pairdata.is_held_out``); only
the training half is used to fit weights and to pick cut-offs; the held-out half is
reported separately. Only pairs that reach the classifier (cosine >= --floor and no rule
fired) are used for fitting, since those are the only ones it decides. The data itself
is never written anywhere: the output holds one weight, a mean and a scale per feature.

``--rounds FILE...`` (default: none, i.e. exactly the model above) adds every pair of those
labelled files (all of it, no split: never pass a round you mean to test on) that reaches the
classifier under the same rule (cosine >= --floor, passing all rules), with a total weight of
``--rounds-weight`` times the QQP training pairs' total weight.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pairdata

from policies.verify import VerifyConfig, verify
from policies.verify.model import FEATURES

TRAIN_FILES = ("qqp_gptcache_8k", "cache_blindspots_300")


class _Recorder:
    """Stands in for the model inside ``verify()`` and keeps the features it is asked to score.

    ``verify()`` scores the pair after its own canonical rewrites of both prompts, so features
    taken from a plain ``parse`` of the raw text (what this script fitted on until 2026-12-07)
    differ for about a quarter of the pairs the model decides: a fit on those learns from
    inputs the model never sees at run time.
    """

    def __init__(self) -> None:
        self.x: tuple[float, ...] | None = None

    def score(self, x: tuple[float, ...]) -> float:
        self.x = x
        return 1.0


def pair_rows(s: pairdata.PairSet) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per pair: the features ``verify()`` scores, whether every rule passes, and whether a
    sameness check serves the pair without asking the model (score 1.0 at run time)."""
    recorder = _Recorder()
    config = VerifyConfig(threshold=-1.0, min_score=0.0, model=recorder)
    blank = (0.0,) * len(FEATURES)
    xs, ok, bypass = [], [], []
    for a_text, b_text, sim in zip(s.a, s.b, s.cosine, strict=True):
        recorder.x = None
        ok.append(verify(a_text, b_text, float(sim), config).accept)
        bypass.append(recorder.x is None)
        xs.append(recorder.x or blank)
    return np.array(xs, dtype=np.float64), np.array(ok), np.array(bypass)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, w: np.ndarray) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (numpy only)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -30, 30)))
        grad = xb.T @ (w * (p - y)) + reg * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=pairdata.DEFAULT_DATA)
    parser.add_argument("--cache-dir", type=Path, default=pairdata.DEFAULT_CACHE)
    parser.add_argument(
        "--out", type=Path, default=pairdata.ROOT / "policies" / "verify" / "verify_model.json"
    )
    parser.add_argument("--floor", type=float, default=0.80)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument(
        "--thresholds", type=float, nargs="*", default=[0.84, 0.86, 0.88, 0.90, 0.92]
    )
    parser.add_argument(
        "--min-scores", type=float, nargs="*", default=[0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95]
    )
    parser.add_argument("--rounds", type=Path, nargs="*", default=[])
    parser.add_argument("--rounds-weight", type=float, default=0.5)
    parser.add_argument("--rounds-cache-dir", type=Path, default=None)
    args = parser.parse_args()

    sets = {n: pairdata.load(args.data / f"{n}.jsonl", args.cache_dir) for n in TRAIN_FILES}
    rows = {name: (s, *pair_rows(s)) for name, s in sets.items()}
    xs, ys, ws = [], [], []
    for name, (s, x, ok, bypass) in rows.items():
        train = ~s.held_out() & ok & ~bypass & (s.cosine >= args.floor)
        xs.append(x[train])
        ys.append(s.duplicate[train].astype(float))
        # The small hand-made file would be drowned by QQP: give it equal total weight.
        ws.append(np.full(int(train.sum()), 1.0 if name.startswith("qqp") else 4.0))
    extra = ""
    if args.rounds:
        qqp_weight = float(ws[0].sum())
        cache = args.rounds_cache_dir or args.cache_dir
        picked = []
        for path in args.rounds:
            s = pairdata.load(path, cache)
            x, ok, bypass = pair_rows(s)
            keep = ok & ~bypass & (s.cosine >= args.floor)
            picked.append((x[keep], s.duplicate[keep].astype(float)))
        n = sum(len(y_) for _, y_ in picked)
        for x_, y_ in picked:
            xs.append(x_)
            ys.append(y_)
            ws.append(np.full(len(y_), args.rounds_weight * qqp_weight / max(n, 1)))
        extra = (
            f"; plus all of {', '.join(p.stem for p in args.rounds)}: {n} pairs "
            f"({int(sum(y_.sum() for _, y_ in picked))} duplicates), total weight "
            f"{args.rounds_weight} x the QQP pairs'"
        )
    x, y, w = np.vstack(xs), np.concatenate(ys), np.concatenate(ws)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    beta = fit_logistic((x - mean) / scale, y, args.l2, w)
    model = {
        "features": list(FEATURES),
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "weights": [round(float(v), 6) for v in beta[:-1]],
        "bias": round(float(beta[-1]), 6),
        "trained_on": f"training half of {', '.join(TRAIN_FILES)}; cosine >= {args.floor}; "
        f"pairs passing all rules: {len(y)} ({int(y.sum())} duplicates); l2={args.l2}; "
        "word rarity from cl100k_base BPE ranks" + extra,
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} from {len(y)} training pairs")
    for name, weight in zip(FEATURES, beta[:-1], strict=True):
        print(f"  {name:26s} {weight:+.3f}")

    print("\ncut-off grid on the TRAINING half (false-hit rate / recall):")
    z = {n: (x_ - mean) / scale @ beta[:-1] + beta[-1] for n, (_, x_, _, _) in rows.items()}
    print("| threshold | min_score | " + " | ".join(f"{n} FHR | {n} recall" for n in rows) + " |")
    for t in args.thresholds:
        for ms in args.min_scores:
            cells = []
            for n, (s, _, ok, bypass) in rows.items():
                train = ~s.held_out()
                scored = bypass | (1 / (1 + np.exp(-z[n])) >= ms)
                acc = ok & (s.cosine >= t) & scored & train
                d = s.duplicate
                cells.append(f"{(acc & ~d).sum() / (train & ~d).sum():.4f}")
                cells.append(f"{(acc & d).sum() / (train & d).sum():.4f}")
            print(f"| {t} | {ms} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
