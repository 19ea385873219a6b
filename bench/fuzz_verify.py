"""Prompts cut short, against the verifier: every exception `verify()` raises, by site.

    python bench/fuzz_verify.py [--pairs 20000] [--seed 1] [--data ../shared/data]

The verifier's readers look words ahead of where they stand; one that does not bound its
look-ahead by the prompt's length raises on a short prompt. The proxy answers such a lookup
as a miss and logs a warning, so a crash costs a hit, not a request, but it is a bug. This
takes the labelled prompts (``bench/rounds`` and ``--data``), cuts them to word prefixes
or suffixes of 1-6 words with varied end marks, pairs them (a cut against a cut of the same
length, a whole prompt against a cut, two cuts of one prompt) and runs `verify()` both ways
with the similarity forced above the threshold, so every reader runs. It needs no model.
Prints one row per exception site (type, file, line, first pair that raised) and exits 1 if
there is any. Stop 43 found three this way, after a blind round hit one of them.
"""

from __future__ import annotations

import argparse
import random
import sys
import traceback
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policies.verify import VerifyConfig, verify

HERE = Path(__file__).resolve().parent


def _prompts(data: Path) -> list[tuple[str, str]]:
    pairs = []
    for path in sorted((HERE / "rounds").glob("*.jsonl")) + sorted(data.glob("*.jsonl")):
        for line in path.read_bytes().splitlines():
            row = orjson.loads(line)
            pairs.append((str(row["a"]), str(row["b"])))
    return pairs


def _cut(rng: random.Random, text: str, size: int, tail: bool) -> str:
    words = text.rstrip("?.!").split()
    kept = words[-size:] if tail else words[:size]
    return " ".join(kept) + rng.choice(("?", "", ".", "!"))


def _variants(rng: random.Random, a: str, b: str) -> tuple[str, str]:
    size, tail, mode = rng.randint(1, 6), rng.random() < 0.3, rng.random()
    if mode < 0.4:
        return _cut(rng, a, size, tail), _cut(rng, b, size, tail)
    if mode < 0.7:
        return a, _cut(rng, b, size, tail)
    return _cut(rng, a, size, tail), _cut(rng, a, rng.randint(1, 6), tail)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    args = parser.parse_args()
    rng, config = random.Random(args.seed), VerifyConfig()
    prompts = _prompts(args.data)
    sites: dict[tuple[str, str, int], tuple[int, str, str]] = {}
    for _ in range(args.pairs):
        x, y = _variants(rng, *rng.choice(prompts))
        for cached, incoming in ((x, y), (y, x)):
            try:
                verify(cached, incoming, 0.99, config)
            except Exception as exc:  # every site is reported, none stops the run
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                site = (type(exc).__name__, Path(frame.filename).name, frame.lineno or 0)
                count, first_a, first_b = sites.get(site, (0, cached, incoming))
                sites[site] = (count + 1, first_a, first_b)
    print(f"{args.pairs} pairs of cut prompts from {len(prompts)} labelled pairs, both ways\n")
    print("| exception | where | times | first pair |")
    print("|---|---|---:|---|")
    for (name, file, line), (count, a, b) in sorted(sites.items()):
        print(f"| {name} | {file}:{line} | {count} | {a!r} / {b!r} |")
    if not sites:
        print("| none | | 0 | |")
    sys.exit(1 if sites else 0)


if __name__ == "__main__":
    main()
