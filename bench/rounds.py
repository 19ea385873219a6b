"""Blind rounds and red teams: the project's own labelled prompt pairs, measured.

    python bench/rounds.py [--rounds bench/rounds] [--threshold 0.86]

Each ``bench/rounds/*.jsonl`` holds pairs a helper wrote for one round, in the format of
``../shared/data`` plus ``kind`` ("dup", "role": the same words with who does what to whom
traded, "ordinary": one detail changed, "attack": a red team's negative aimed at one rule)
and ``note`` (why the label). Blind rounds were written by a writer who never read
``policies/verify/`` and measured on the commit before their fixes (the numbers in
bench/README.md); run today they are in sample. Red-team and attack files were written
against a diff. Embeds both sides with all-MiniLM-L6-v2 (cached under bench/results) and
prints, per file and kind, what a plain cosine threshold and the shipped policy serve, then
every negative the policy serves.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pairdata

from policies.verify import VerifyConfig, verify

KINDS = ("dup", "role", "ordinary", "attack")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=Path, default=Path(__file__).parent / "rounds")
    parser.add_argument("--threshold", type=float, default=VerifyConfig().threshold)
    args = parser.parse_args()
    cfg = VerifyConfig(threshold=args.threshold)
    served: list[str] = []
    print(f"| file | kind | n | plain cosine >= {args.threshold} | shipped policy |")
    print("|---|---|---:|---:|---:|")
    for path in sorted(args.rounds.glob("*.jsonl")):
        rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
        pairs = pairdata.load(path)
        cos = pairs.cosine
        plain = cos >= args.threshold
        policy = np.array(
            [
                verify(a, b, float(c), cfg).accept
                for a, b, c in zip(pairs.a, pairs.b, cos, strict=True)
            ]
        )
        by_kind: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            by_kind[row.get("kind") or ("dup" if row["duplicate"] else "ordinary")].append(i)
            if policy[i] and not row["duplicate"]:
                served.append(
                    f"- {path.stem} [{row.get('kind')}] {cos[i]:.3f}: {row['a']!r} / {row['b']!r}"
                )
        for kind in sorted(by_kind, key=lambda k: KINDS.index(k) if k in KINDS else len(KINDS)):
            ix = np.array(by_kind[kind])
            cells = [f"{int(x[ix].sum())} ({x[ix].mean():.1%})" for x in (plain, policy)]
            print(f"| {path.stem} | {kind} | {len(ix)} | {cells[0]} | {cells[1]} |", flush=True)
    print("\nNegatives the shipped policy serves:\n")
    print("\n".join(served) if served else "(none)")


if __name__ == "__main__":
    main()
