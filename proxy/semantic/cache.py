"""The semantic response cache's I/O driver: embed the prompt (through the proxy's own
embedding cache), search the partition's index, let `policies.semantic` choose, fetch the
chosen entry; and, once a miss's answer is stored, record it in the semantic log that
every replica's index follows."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from policies import semantic as decide
from policies.semantic import Candidate, SemanticPolicy
from proxy.embedding_call import Embedded, fetch_embeddings
from proxy.entries import ChatEntry, pack_embedding, unpack_chat, unpack_embedding
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import ProxyError
from proxy.semantic.index import SemanticIndex
from proxy.semantic.judge import Judge
from proxy.semantic.log import Record, SemanticLog
from proxy.semantic.partition import DimensionMismatch, Match
from proxy.store.base import Store
from proxy.tenancy import Tenant
from proxy.upstream import Upstream

log = logging.getLogger("llmstash.semantic")
THREAD_VALUES = 2_000_000  # index values above which a search leaves the event loop


@dataclass(frozen=True, slots=True)
class Pending:
    """A semantic miss: what to index once its answer is stored."""

    partition: str
    text: str
    vector: np.ndarray


@dataclass(frozen=True, slots=True)
class Hit:
    entry: ChatEntry
    entry_key: str
    similarity: float
    judged: bool = False  # accepted by the LLM judge, not by the verifier alone


@dataclass(frozen=True, slots=True)
class Lookup:
    hit: Hit | None = None
    pending: Pending | None = None
    reason: str = ""  # why there was no lookup, when there was none
    rejected: tuple[float, ...] = ()  # similarities of candidates the verifier refused
    judge: tuple[str, str] | None = None  # (verdict yes|no, source cache|upstream|error)


class SemanticCache:
    def __init__(self, index: SemanticIndex, log_: SemanticLog, upstream: Upstream, store: Store):
        self.index = index
        self.log = log_
        self.upstream = upstream
        self.store = store
        self.judge = Judge(upstream, store)
        self._embedding: dict[str, asyncio.Future[bytes | None]] = {}  # key -> in flight

    async def lookup(
        self,
        tenant: Tenant,
        body: Mapping[str, Any],
        prefix: str,
        namespace: str | None,
        headers: Mapping[str, str],
        max_age: float | None,
    ) -> Lookup:
        policy = tenant.policy.semantic
        query = decide.query(body, prefix, tenant.policy.cacheability.ignore_fields, policy)
        if isinstance(query, str):
            return Lookup(reason=query)
        vector = await self._embed(tenant, namespace, query.text, headers, policy)
        if vector is None:
            return Lookup(reason="embedding-failed")
        pending = Pending(query.partition, query.text, vector)
        now = time.time()
        matches = await self._search(query.partition, vector, policy.top_k, now)
        candidates = [Candidate(m.entry_key, m.text, m.similarity) for m in matches]
        choice = decide.choose(query.text, candidates, policy)
        accepted, judge = choice.accepted, None
        for candidate in decide.to_judge(choice, policy):
            same, source = await self.judge.same(
                tenant, candidate.text, query.text, headers, policy.judge
            )
            judge = ("yes" if same else "no", source)
            if same:
                accepted = candidate
                break
        rejected = decide.rejected(choice, accepted)
        if accepted is None:
            return Lookup(pending=pending, rejected=rejected, judge=judge)
        raw = await self.store.get(accepted.entry_key)
        entry = unpack_chat(raw) if raw is not None else None
        if entry is None or (max_age is not None and now - entry.stored_at > max_age):
            return Lookup(pending=pending, rejected=rejected, judge=judge)
        hit = Hit(entry, accepted.entry_key, accepted.similarity, judged=judge is not None)
        return Lookup(hit, pending, rejected=rejected, judge=judge)

    async def remember(
        self, pending: Pending, entry_key: str, stored_at: float, ttl: float
    ) -> None:
        record = Record(
            partition=pending.partition,
            entry_key=entry_key,
            vector=pending.vector.astype("<f4").tobytes(),
            text=pending.text,
            expires_at=stored_at + ttl,
            op="add",
        )
        try:
            await self.log.append(record)
        except Exception as exc:  # the exact entry is stored; semantic recall just misses it
            log.warning("could not append to the semantic log: %r", exc)

    async def forget_near(
        self, tenant: Tenant, text: str, radius: float, headers: Mapping[str, str]
    ) -> list[str] | None:
        """Delete every cached answer of `tenant` whose prompt lies within cosine `radius`
        of `text`, on every replica (through the log). None when `text` cannot be embedded."""
        vector = await self._embed(tenant, None, text, headers, tenant.policy.semantic)
        if vector is None:
            return None
        scope, now = f"ls:{tenant.team}:", time.time()
        doomed: list[tuple[str, str]] = []
        for partition in self.index.partitions():
            try:
                size = self.index.size(partition)
                matches = self.index.search(partition, vector, size, now, radius)
            except DimensionMismatch:
                continue
            doomed += [(partition, m.entry_key) for m in matches if m.entry_key.startswith(scope)]
        if doomed:
            await self.store.delete([key for _, key in doomed])
            for partition, key in doomed:
                await self.log.append(Record(partition, key, b"", "", 0.0, "del"))
        return [key for _, key in doomed]

    async def _search(self, partition: str, vector: np.ndarray, k: int, now: float) -> list[Match]:
        try:
            if self.index.size(partition) * vector.shape[0] > THREAD_VALUES:
                return await asyncio.to_thread(self.index.search, partition, vector, k, now)
            return self.index.search(partition, vector, k, now)
        except DimensionMismatch:  # the embedder changed under a live partition
            return []

    async def _embed(
        self,
        tenant: Tenant,
        namespace: str | None,
        text: str,
        headers: Mapping[str, str],
        policy: SemanticPolicy,
    ) -> np.ndarray | None:
        """The prompt's embedding, from the exact embedding cache when it is there."""
        model, dims = policy.embedding_model, policy.dimensions
        (key,) = embedding_entry_keys(tenant, model, dims, [text], namespace)
        raw = await self.store.get(key)
        cached = unpack_embedding(raw) if raw is not None else None
        if cached is not None:
            return np.frombuffer(cached[2], dtype="<f4")
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
        """The upstream's embedding of `text`, stored under `key`; None on failure."""
        body: dict[str, Any] = {"model": policy.embedding_model}
        if policy.dimensions:
            body["dimensions"] = policy.dimensions
        try:
            answer = await fetch_embeddings(self.upstream, headers, body, [text])
        except ProxyError as exc:
            log.info("semantic lookup skipped, embedding failed: %s", exc.message)
            return None
        if not isinstance(answer, Embedded):
            log.info("semantic lookup skipped, embeddings answered %d", answer.status)
            return None
        vector = answer.vectors[0]
        ttl = tenant.policy.ttl.embeddings
        await self.store.set(key, pack_embedding(answer.prompt_tokens, time.time(), vector), ttl)
        return vector
