"""A prompt's embedding for the semantic cache: from the proxy's exact embedding cache when
it is there (stored by `/v1/embeddings` too, verbatim), else from the upstream (one call
for concurrent lookups of the same text), stored for the next time; never a vector that
cannot be compared (empty, zero, not finite, or not the width asked for)."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Mapping
from typing import Any

import numpy as np

from policies.semantic import SemanticPolicy
from proxy.embedding_call import Embedded, fetch_embeddings
from proxy.entries import pack_embedding, unpack_embedding
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import ProxyError
from proxy.refusals import Base64Vectors
from proxy.store.base import Store
from proxy.tenancy import Tenant
from proxy.throttled import ThrottledLog
from proxy.upstream import Upstream

log = logging.getLogger("llmstash.semantic")


class PromptEmbeddings:
    def __init__(
        self,
        upstream: Upstream,
        store: Store,
        formats: Base64Vectors | None,
        warnings: ThrottledLog,
    ) -> None:
        self.upstream = upstream
        self.store = store
        self.formats = formats  # what (upstream, model) pairs did with base64 vectors
        self._embedding: dict[str, asyncio.Future[bytes | None]] = {}  # key -> in flight
        self._log = warnings

    async def embed(
        self,
        tenant: Tenant,
        namespace: str | None,
        text: str,
        headers: Mapping[str, str],
        policy: SemanticPolicy,
        variant: str = "",
    ) -> np.ndarray | None:
        """The prompt's embedding (from the exact embedding cache when it is there), or None
        when there is none to compare: the upstream failed, or sent a vector without a
        direction. Never raises."""
        try:
            return await self._embedding_of(tenant, namespace, text, headers, policy, variant)
        except Exception as exc:  # a broken answer, a store or a bug: the lookup misses
            self._warn("embed", "semantic lookup skipped, embedding failed: %r", exc)
            return None

    async def _embedding_of(
        self,
        tenant: Tenant,
        namespace: str | None,
        text: str,
        headers: Mapping[str, str],
        policy: SemanticPolicy,
        variant: str = "",
    ) -> np.ndarray | None:
        model, dims = policy.embedding_model, policy.dimensions
        (key,) = embedding_entry_keys(tenant, model, dims, [text], namespace, variant)
        raw = await self.store.get(key)
        cached = unpack_embedding(raw) if raw is not None else None
        if cached is not None:  # stored by /v1/embeddings too, verbatim: check it
            return self._usable(cached[2], "cached", dims)
        flying = self._embedding.get(key)
        if flying is not None:  # the same text is being embedded for another request
            vector = await asyncio.shield(flying)
            return None if vector is None else np.frombuffer(vector, dtype="<f4")
        flying = self._embedding[key] = asyncio.get_running_loop().create_future()
        vector = None
        try:
            vector = await self._fetch(tenant, key, text, headers, policy)
        finally:
            del self._embedding[key]
            flying.set_result(vector)
        return None if vector is None else np.frombuffer(vector, dtype="<f4")

    async def _fetch(
        self,
        tenant: Tenant,
        key: str,
        text: str,
        headers: Mapping[str, str],
        policy: SemanticPolicy,
    ) -> bytes | None:
        """The upstream's embedding of `text`, stored under `key`; None on failure (and a
        vector that cannot be compared is never stored)."""
        body: dict[str, Any] = {"model": policy.embedding_model}
        if policy.dimensions:
            body["dimensions"] = policy.dimensions
        try:
            answer = await fetch_embeddings(
                self.upstream, headers, body, [text], formats=self.formats
            )
        except ProxyError as exc:
            self._warn("embed", "semantic lookup skipped, embedding failed: %s", exc.message)
            return None
        if not isinstance(answer, Embedded):
            log.info("semantic lookup skipped, embeddings answered %d", answer.status)
            return None
        vector = answer.vectors[0]
        if self._usable(vector, "upstream", policy.dimensions) is None:
            return None
        ttl = tenant.policy.ttl.embeddings
        value = pack_embedding(answer.prompt_tokens, time.time(), vector, answer.model)
        await self.store.set(key, value, ttl)
        return vector

    def _usable(self, vector: bytes, source: str, dims: int | None) -> np.ndarray | None:
        """`vector` as float32, or None (logged) when it has no direction to compare:
        empty, all zeros, NaN or infinite (an fp16 overflow upstream, say); or when it has
        not the `dims` asked for (an embedder that ignored `dimensions`: such a vector would
        be cached as the asked width's, and its row would never meet a right-sized query)."""
        if dims and len(vector) != 4 * dims:
            self._warn(
                "vector",
                "semantic lookup skipped, %s embedding has %d dimensions, not %d",
                source,
                len(vector) // 4,
                dims,
            )
            return None
        if vector and len(vector) % 4 == 0:
            row = np.frombuffer(vector, dtype="<f4")
            norm = math.sqrt(float(row @ row))  # as `partition.unit` will compute it
            if math.isfinite(norm) and norm > 0.0:
                return row
        self._warn("vector", "semantic lookup skipped, %s embedding is zero or not finite", source)
        return None

    def _warn(self, kind: str, message: str, *args: Any) -> None:
        self._log.warning(kind, message, *args)
