"""Structured access log: one JSON object per intercepted request on logger
"llmstash.access" (enabled by `server.access_log`). Never prompt or completion text, never a
key or credential: team, route, model, status, cache outcome, latency, tokens saved."""

from __future__ import annotations

import logging
import sys
import time
from typing import TextIO

import orjson

from proxy.observe import Observation

log = logging.getLogger("llmstash.access")


def record(o: Observation) -> dict[str, object]:
    line: dict[str, object] = {
        "ts": round(time.time(), 3),
        "team": o.team,
        "route": o.route,
        "model": o.model[:64],
        "status": o.status,
        "cache": o.cache,
        "stored": o.stored,
        "latency_ms": round(o.latency * 1000, 2),
        "prompt_tokens_saved": o.prompt_tokens_saved,
        "completion_tokens_saved": o.completion_tokens_saved,
    }
    if o.route == "embeddings":
        line["items"], line["cached_items"] = o.items, o.cached_items
    if o.similarity is not None:
        line["similarity"] = round(o.similarity, 4)
    return line


def access_log(o: Observation) -> None:
    """The observer."""
    if log.isEnabledFor(logging.INFO):
        log.info(orjson.dumps(record(o)).decode())


def configure(stream: TextIO | None = None) -> None:
    """Print access lines bare (JSON lines) to stdout, not through the root format.
    Idempotent: safe to call from every worker process."""
    if any(getattr(h, "_llmstash_access", False) for h in log.handlers):
        return
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler._llmstash_access = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
