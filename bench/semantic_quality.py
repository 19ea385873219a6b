"""Semantic-cache quality: plain cosine threshold vs the shipped verification policy.

    python bench/semantic_quality.py [--data ../shared/data] [--cache-dir bench/results]

For every ``*.jsonl`` in the data directory: embed both sides with all-MiniLM-L6-v2
(cached as .npy under --cache-dir), then print markdown tables of precision, recall
(duplicates served), false-hit rate and n, for (a) a plain cosine threshold and (b)
``policies.verify.verify`` with the default ``VerifyConfig``; at the shipped default
threshold (all pairs, and the fixed training / held-out halves used by
``bench/train_verifier.py``) and across thresholds. ``gptcache_mock_999`` follows
GPTCache's protocol (insert every ``a``, query every ``b``, top-1 over all entries).
Finally, ``verify()`` latency per call next to two baselines measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pairdata

from policies.verify import VerifyConfig, verify

DEFAULT = VerifyConfig()
THRESHOLDS = (0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.95, 0.96, 0.98)
TOP_K = 3  # candidates the policy may try, best first, in the GPTCache protocol


def policy_verdicts(s: pairdata.PairSet) -> np.ndarray:
    """verify() acceptance for every pair with the threshold disabled (applied later)."""
    cfg = replace(DEFAULT, threshold=-1.0)
    return np.array(
        [verify(a, b, float(c), cfg).accept for a, b, c in zip(s.a, s.b, s.cosine, strict=True)]
    )


def stats(accepted: np.ndarray, dup: np.ndarray) -> tuple[str, str, str]:
    tp = int((accepted & dup).sum())
    fp = int((accepted & ~dup).sum())
    precision = f"{tp / (tp + fp):.3f}" if tp + fp else "n/a"
    recall = f"{tp / dup.sum():.1%}" if dup.sum() else "n/a"
    fhr = f"{fp / (~dup).sum():.1%}" if (~dup).sum() else "n/a"
    return precision, recall, fhr


def pair_tables(s: pairdata.PairSet, ok: np.ndarray) -> None:
    cos, dup, held = s.cosine, s.duplicate, s.held_out()
    t0 = DEFAULT.threshold
    print(f"\n### {s.name} (pairs: {len(dup)}, duplicates: {int(dup.sum())})\n")
    print(f"At the shipped default threshold {t0}:\n")
    print("| split | n | method | precision | recall | false-hit rate |")
    print("|---|---:|---|---:|---:|---:|")
    for split, mask in (("all", np.ones_like(dup)), ("train", ~held), ("held-out", held)):
        for method, acc in (("plain cosine", cos >= t0), ("shipped policy", ok & (cos >= t0))):
            p, r, f = stats(acc[mask], dup[mask])
            print(f"| {split} | {int(mask.sum())} | {method} | {p} | {r} | {f} |")
    print("\nAcross thresholds (all pairs; policy also on the held-out half):\n")
    print(
        "| threshold | plain P | plain recall | plain FHR | policy P | policy recall "
        "| policy FHR | held-out policy recall | held-out policy FHR |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for t in THRESHOLDS:
        plain = stats(cos >= t, dup)
        pol = stats(ok & (cos >= t), dup)
        hold = stats((ok & (cos >= t))[held], dup[held])
        mark = " (default)" if abs(t - t0) < 1e-9 else ""
        print(f"| {t:.2f}{mark} | " + " | ".join((*plain, *pol, hold[1], hold[2])) + " |")


def mock_protocol(s: pairdata.PairSet) -> None:
    """GPTCache: insert all a, query each b; positive / negative (wrong row) / fail."""
    sims = s.eb @ s.ea.T
    order = np.argsort(-sims, axis=1)[:, :TOP_K]
    cfg = replace(DEFAULT, threshold=-1.0)
    n = len(s.a)
    print(f"\n### {s.name} (GPTCache protocol: {n} entries, {n} queries)\n")
    print("| threshold | method | positive | negative (false hit) | fail |")
    print("|---:|---|---:|---:|---:|")
    for t in (0.80, DEFAULT.threshold, 0.90, 0.95):
        plain = [0, 0, 0]
        pol = [0, 0, 0]
        for q in range(n):
            best = int(order[q, 0])
            if sims[q, best] >= t:
                plain[0 if best == q else 1] += 1
            else:
                plain[2] += 1
            chosen = None
            for cand in order[q]:
                c = float(sims[q, cand])
                if c < t:
                    break
                if verify(s.a[cand], s.b[q], c, cfg).accept:
                    chosen = int(cand)
                    break
            pol[2 if chosen is None else 0 if chosen == q else 1] += 1
        for method, counts in (("plain cosine", plain), ("shipped policy", pol)):
            print(f"| {t:.2f} | {method} | " + " | ".join(str(c) for c in counts) + " |")


def latency(sets: list[pairdata.PairSet]) -> None:
    pairs = [
        (a, b, max(float(c), DEFAULT.threshold), ea, eb)
        for s in sets
        for a, b, c, ea, eb in zip(s.a, s.b, s.cosine, s.ea, s.eb, strict=True)
    ][:3000]

    def measure(fn: object) -> tuple[float, float]:
        times = []
        for args in pairs:
            t = time.perf_counter_ns()
            fn(*args)  # type: ignore[operator]
            times.append(time.perf_counter_ns() - t)
        arr = np.array(times) / 1000.0
        return float(np.percentile(arr, 50)), float(np.percentile(arr, 99))

    rows = (
        (
            "verify(), full path (similarity forced >= threshold)",
            lambda a, b, c, ea, eb: verify(a, b, c, DEFAULT),
        ),
        (
            "baseline: cosine dot product of two 384-d vectors",
            lambda a, b, c, ea, eb: float(ea @ eb),
        ),
        (
            "baseline: lower().split() of both prompts",
            lambda a, b, c, ea, eb: (a.lower().split(), b.lower().split()),
        ),
    )
    for _, fn in rows:  # warm up
        measure(fn)
    print(f"\n### verify() latency ({len(pairs)} pairs from the files above)\n")
    print("| what | p50 µs | p99 µs |")
    print("|---|---:|---:|")
    for name, fn in rows:
        p50, p99 = measure(fn)
        print(f"| {name} | {p50:.1f} | {p99:.1f} |")
    long_a = " ".join(["The patient reported mild symptoms after the first dose."] * 50)
    long_b = long_a.replace("first dose", "second dose", 1)
    t = time.perf_counter_ns()
    for _ in range(100):
        v = verify(long_a, long_b, 0.99, DEFAULT)
    per = (time.perf_counter_ns() - t) / 100 / 1000
    print(f"| verify(), ~500-word prompt with one changed word ({v.reasons}) | {per:.1f} | |")
    # the worst case of the role readings (review 29): clauses several readings apply to in
    # turn ("by", "who", "than mine", "someone else's"), one word dropped mid-prompt
    clauses = (
        "My sister's installer charged her less than mine charged me for the panels,",
        "the taxi driver who cut me off was fined by the inspector for speeding and",
        "the dog that bit mine belongs to someone else's son who was bitten by a cat,",
        "after she cut me off I was covering the defenseman who was hit by the puck and",
    )
    words = " ".join(clauses[i % 4] for i in range(34)).split()[:500]
    roles_a = " ".join(words)
    roles_b = " ".join(words[:250] + words[251:])
    t = time.perf_counter_ns()
    for _ in range(5):
        v = verify(roles_a, roles_b, 0.99, DEFAULT)
    per = (time.perf_counter_ns() - t) / 5 / 1000
    print(f"| verify(), 500 words of role readings' clauses, one word dropped | {per:.1f} | |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=pairdata.DEFAULT_DATA)
    parser.add_argument("--cache-dir", type=Path, default=pairdata.DEFAULT_CACHE)
    args = parser.parse_args()
    sets = pairdata.load_all(args.data, args.cache_dir)
    print(f"## Semantic cache quality: all-MiniLM-L6-v2, default {DEFAULT!r}")
    for s in sets:
        if bool(s.duplicate.all()):
            mock_protocol(s)
        else:
            pair_tables(s, policy_verdicts(s))
    latency(sets)


if __name__ == "__main__":
    main()
