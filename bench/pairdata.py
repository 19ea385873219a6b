"""Labelled prompt pairs from ../shared/data and their cached MiniLM embeddings."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import orjson

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_CACHE = ROOT / "bench" / "results"


@dataclass(frozen=True, slots=True)
class PairSet:
    name: str
    a: list[str]
    b: list[str]
    duplicate: np.ndarray  # bool, shape (n,)
    source: list[str]
    ea: np.ndarray  # (n, 384) unit rows
    eb: np.ndarray

    @property
    def cosine(self) -> np.ndarray:
        return np.einsum("ij,ij->i", self.ea, self.eb)

    def held_out(self) -> np.ndarray:
        """Fixed 50/50 split by a hash of the pair text: True = held-out (test) half."""
        return np.array([is_held_out(x, y) for x, y in zip(self.a, self.b, strict=True)])


def is_held_out(a: str, b: str) -> bool:
    digest = hashlib.sha256(f"{a}\x00{b}".encode()).digest()
    return digest[0] % 2 == 1


def load(path: Path, cache_dir: Path = DEFAULT_CACHE) -> PairSet:
    rows = [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]
    a = [r["a"] for r in rows]
    b = [r["b"] for r in rows]
    raw = path.read_bytes()
    key = hashlib.sha256(raw).hexdigest()[:16]
    cache_file = cache_dir / f"{path.stem}.minilm.{key}.npy"
    if cache_file.exists():
        both = np.load(cache_file)
    else:
        from minilm import embed  # lazy: torch only when the cache is cold

        both = embed(a + b)
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(cache_file, both)
    n = len(rows)
    return PairSet(
        name=path.stem,
        a=a,
        b=b,
        duplicate=np.array([bool(r["duplicate"]) for r in rows]),
        source=[r.get("source", "") for r in rows],
        ea=both[:n],
        eb=both[n:],
    )


def load_all(data_dir: Path = DEFAULT_DATA, cache_dir: Path = DEFAULT_CACHE) -> list[PairSet]:
    paths = sorted(data_dir.glob("*.jsonl"))
    if not paths:  # e.g. run from a checkout that is not next to ../shared
        raise SystemExit(f"no labelled pairs (*.jsonl) in {data_dir}: pass --data DIR")
    return [load(p, cache_dir) for p in paths]
