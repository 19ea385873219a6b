"""The semantic response cache's I/O driver: embed the prompt (through the proxy's own
embedding cache), search the partition's index, let `policies.semantic` choose, fetch the
chosen entry (or the next acceptable one, when the chosen one's answer is gone); and, once
a miss's answer is stored, record it in the semantic log that every replica's index
follows. Best effort throughout: a lookup that fails is a miss, never a failed request.

An answer whose recording failed (the embedding failed or came late, the log could not be
written) is not lost to paraphrases: the first exact hit on it finds it missing from this
replica's index (`unindexed`, a few dict lookups) and indexes it in the background
(`index_later`, deduplicated and bounded). A refresh records its answer anew, with the
new expiry."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from policies import semantic as decide
from policies.semantic import Candidate, Choice, SemanticPolicy, SemanticQuery
from policies.verdicts import Verdict
from proxy.entries import ChatEntry, unpack_chat
from proxy.refusals import Base64Vectors
from proxy.semantic.index import SemanticIndex
from proxy.semantic.judge import Judge
from proxy.semantic.log import IndexSync, Record, SemanticLog
from proxy.semantic.partition import Match
from proxy.semantic.prompt_embeddings import PromptEmbeddings
from proxy.store.base import Store
from proxy.store.guard import GuardedStore
from proxy.tasks import stop as stop_tasks
from proxy.tenancy import Tenant
from proxy.throttled import ThrottledLog
from proxy.upstream import Upstream

log = logging.getLogger("llmstash.semantic")
THREAD_VALUES = 2_000_000  # index values above which a search leaves the event loop
THREAD_CHARS = 800
"""Characters to verify (the prompt once per candidate, and each candidate) from which
candidates are verified in a worker thread: `verify` costs ~1 ms per pair of 400-character
prompts (5.6 ms at 4,000), and all `top_k` candidates may be refused."""
WARN_EVERY = 60.0  # seconds between two warnings of one kind (a failing upstream is loud)
SYNC_WAIT = 2.0  # seconds the first lookups wait for the index to replay the log
MAX_INDEXING = 32  # entries indexed at once in the background from exact hits
RETRY_AFTER = 30.0  # seconds before an exact hit tries again to index the same entry
TRIED_MAX = 10_000  # entries whose last try is remembered (the oldest are forgotten)


@dataclass(frozen=True, slots=True)
class Pending:
    """A semantic miss (or a refresh): what to index once its answer is stored. `vector`
    None: the embedding is still to come, from `late` (which yields None if it failed)."""

    partition: str
    text: str
    entries: str  # how the keys it may be recorded under start (`SemanticQuery.entries`)
    vector: np.ndarray | None
    late: asyncio.Future[np.ndarray | None] | None = None


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
    reason: str = ""  # why there was no lookup (or it failed), when there was none
    rejected: tuple[float, ...] = ()  # similarities of candidates the verifier refused
    judge: tuple[str, str] | None = None  # (verdict yes|no, source cache|upstream|error)


class SemanticCache:
    def __init__(
        self,
        index: SemanticIndex,
        log_: SemanticLog,
        upstream: Upstream,
        store: Store,
        sync: IndexSync | None = None,
        formats: Base64Vectors | None = None,
    ):
        self.index = index
        self.log = log_
        self.upstream = upstream
        self.store = store
        self.judge = Judge(upstream, store)
        self._log = ThrottledLog(log, WARN_EVERY)
        self.embeddings = PromptEmbeddings(upstream, store, formats, self._log)
        self._sync = sync
        self._syncing: asyncio.Task[None] | None = None
        # (loop time) lookups wait for the replay until then at most; None: until it is done
        self._sync_due: float | None = None
        self._synced = sync is None
        self._background: set[asyncio.Future[Any]] = set()  # late embeddings, indexing
        self._indexing: set[str] = set()  # entry keys being indexed from exact hits
        self._tried: OrderedDict[str, float] = OrderedDict()  # entry key -> monotonic time

    async def synced(self, *, whole: bool = False) -> None:
        """The index follows the semantic log from the first use on: a proxy whose teams
        do not use the semantic cache never reads it (nor warns about it while Redis is
        down). Started at start-up when the configuration enables it anywhere (`whole`:
        the replay of the log is waited for however long it takes)."""
        if self._synced:
            return
        loop = asyncio.get_running_loop()
        if self._syncing is None:
            assert self._sync is not None
            self._syncing = asyncio.create_task(self._sync.start(), name="llmstash-semantic-start")
            self._sync_due = None if whole else loop.time() + SYNC_WAIT
        # a replay that takes long (a big log, a frozen Redis) goes on in the background:
        # lookups search what it has indexed so far rather than wait for it
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(self._sync_due):
                await asyncio.shield(self._syncing)
        self._synced = self._syncing.done()

    async def close(self) -> None:
        await stop_tasks([t for t in self._background if isinstance(t, asyncio.Task)])
        if self._syncing is not None and not self._syncing.done():
            self._syncing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._syncing
        if self._sync is not None:
            await self._sync.stop()

    async def lookup(
        self,
        tenant: Tenant,
        body: Mapping[str, Any],
        prefix: str,
        namespace: str | None,
        headers: Mapping[str, str],
        max_age: float | None,
        variant: str = "",
    ) -> Lookup:
        """Best effort: whatever fails (the embedding, a vector that cannot be compared, a
        bug) makes the lookup a miss with a reason, never a failed request. `variant`: what
        besides the namespace keys the prompt's embedding (the project headers it is asked
        for with: `proxy.upstream.variant_of`)."""
        policy = tenant.policy.semantic
        query = decide.query(body, prefix, tenant.policy.cacheability.ignore_fields, policy)
        if isinstance(query, str):
            return Lookup(reason=query)
        # bounded apart from the upstream's read timeout: a slow embedder must not slow
        # every miss; the embedding goes on and, if it comes, indexes the answer
        embedding = self._spawn(
            self.embeddings.embed(tenant, namespace, query.text, headers, policy, variant)
        )
        try:
            async with asyncio.timeout(policy.embed_timeout):
                vector = await asyncio.shield(embedding)
        except TimeoutError:
            self._warn(
                "embed-timeout",
                "semantic lookup skipped, no embedding within %gs (semantic.embed_timeout)",
                policy.embed_timeout,
            )
            late = Pending(query.partition, query.text, query.entries, None, embedding)
            return Lookup(pending=late, reason="embedding-timeout")
        if vector is None:
            return Lookup(reason="embedding-failed")
        await self.synced()
        pending = Pending(query.partition, query.text, query.entries, vector)
        try:
            return await self._answer(tenant, query, pending, headers, max_age)
        except Exception as exc:
            self._warn("lookup", "semantic lookup failed, answered as a miss: %r", exc, trace=True)
            return Lookup(pending=pending, reason="lookup-failed")

    async def _answer(
        self,
        tenant: Tenant,
        query: SemanticQuery,
        pending: Pending,
        headers: Mapping[str, str],
        max_age: float | None,
    ) -> Lookup:
        """The first candidate the verifier (else the judge) accepts whose entry is still
        there and young enough. Candidates are verified lazily, best first: the usual
        hit costs one verification pass and one read, as if every entry were alive."""
        policy, now = tenant.policy.semantic, time.time()
        assert pending.vector is not None  # (a lookup's pending has its vector)
        matches = await self._search(query.partition, pending.vector, policy.top_k, now)
        rest = [
            Candidate(m.entry_key, m.text, m.similarity)
            for m in matches
            if m.entry_key.startswith(query.entries)
        ]
        verdicts: list[Verdict] = []
        examined: list[Candidate] = []
        while rest:
            try:
                choice = await _choose(query.text, rest, policy)
            except Exception:  # a verifier bug makes a miss, never a failed chat request
                self._log.warning("verify", "semantic verification failed", exc_info=True)
                break
            verdicts += choice.verdicts
            examined += choice.candidates
            if choice.accepted is None:
                break
            entry = await self._entry(choice.accepted.entry_key, now, max_age)
            if entry is not None:
                done = Choice(choice.accepted, tuple(verdicts), tuple(examined))
                hit = Hit(entry, choice.accepted.entry_key, choice.accepted.similarity)
                return Lookup(hit, pending, rejected=_refused(done, choice.accepted))
            rest = rest[len(choice.verdicts) :]  # gone or too old: the next one may do
        unanswered = Choice(None, tuple(verdicts), tuple(examined))
        judge = None
        for candidate in decide.to_judge(unanswered, policy):
            entry = await self._entry(candidate.entry_key, now, max_age)
            if entry is None:  # never pay a judge call for an answer that is gone
                continue
            same, source = await self.judge.same(
                tenant, candidate.text, query.text, headers, policy.judge, entry.stored_at
            )
            judge = ("yes" if same else "no", source)
            if same:
                hit = Hit(entry, candidate.entry_key, candidate.similarity, judged=True)
                return Lookup(hit, pending, rejected=_refused(unanswered, candidate), judge=judge)
        return Lookup(pending=pending, rejected=_refused(unanswered, None), judge=judge)

    async def _entry(self, entry_key: str, now: float, max_age: float | None) -> ChatEntry | None:
        """The candidate's entry, if it is there and young enough. One that is gone
        (evicted, deleted, purged) leaves the local index, so it stops winning searches."""
        raw = await self.store.get(entry_key)
        if raw is None:
            if _surely_absent(self.store):
                self.index.remove_entry(entry_key)
            return None
        entry = unpack_chat(raw)
        if entry is None or (max_age is not None and now - entry.stored_at > max_age):
            return None
        return entry

    async def remember(
        self, pending: Pending, entry_key: str, stored_at: float, ttl: float
    ) -> None:
        """Record `entry_key`, just stored, in the log. An embedding still to come is
        waited for in the background (the caller may hold the request's lock)."""
        if pending.vector is not None:
            await self._record(pending, pending.vector, entry_key, stored_at + ttl)
        elif pending.late is not None:
            self._spawn(self._remember_late(pending, entry_key, stored_at + ttl))

    def prepare(
        self,
        tenant: Tenant,
        body: Mapping[str, Any],
        prefix: str,
        namespace: str | None,
        headers: Mapping[str, str],
        variant: str = "",
    ) -> Pending | None:
        """What to record of a request answered without a lookup (a refresh), its
        embedding started in the background; None when it has no semantic text."""
        policy = tenant.policy.semantic
        query = decide.query(body, prefix, tenant.policy.cacheability.ignore_fields, policy)
        if isinstance(query, str):
            return None
        embedding = self._spawn(
            self.embeddings.embed(tenant, namespace, query.text, headers, policy, variant)
        )
        return Pending(query.partition, query.text, query.entries, None, embedding)

    def unindexed(self, entry_key: str) -> bool:
        """Whether an entry an exact hit just served wants indexing: this replica's index
        has no live row of it, it is not being indexed, and was not tried lately. The cost
        every exact hit of a semantic team pays: a few dict lookups."""
        expires = self.index.expires_at(entry_key)
        if expires is not None and expires > time.time():
            return False
        if entry_key in self._indexing or len(self._indexing) >= MAX_INDEXING:
            return False
        tried = self._tried.get(entry_key)
        return tried is None or time.monotonic() - tried > RETRY_AFTER

    def index_later(
        self,
        tenant: Tenant,
        body: Mapping[str, Any],
        prefix: str,
        namespace: str | None,
        headers: Mapping[str, str],
        variant: str,
        entry_key: str,
        expires_at: float,
    ) -> None:
        """Index `entry_key` (served exactly, `unindexed`) in the background, through the
        same embedding path as a lookup; at most `MAX_INDEXING` at once, one per entry."""
        # tried now, indexable or not: a prompt with no semantic text (a tool result last,
        # too long) is not looked at again on every hit
        self._tried[entry_key] = time.monotonic()
        self._tried.move_to_end(entry_key)
        while len(self._tried) > TRIED_MAX:
            self._tried.popitem(last=False)
        pending = self.prepare(tenant, body, prefix, namespace, headers, variant)
        if pending is None:
            return
        self._indexing.add(entry_key)
        task = self._spawn(self._remember_late(pending, entry_key, expires_at))
        task.add_done_callback(lambda _: self._indexing.discard(entry_key))

    async def forget_entries(self, entry_keys: list[str]) -> None:
        """Take the rows of `entry_keys` (whose answers were deleted) out of every
        replica's index, through the log. Raises StoreError."""
        for key in entry_keys:
            partition = self.index.partition_of(key)
            if partition is not None:
                self.index.remove(partition, key)
                await self.log.append(Record(partition, key, b"", "", 0.0, "del"))

    async def forget_scope(self, prefix: str) -> int:
        """Take every record of entry keys under `prefix` (a team's scope) out of the log,
        prompt texts and vectors with them, and their rows out of every replica's index
        (this one's at once, the others' through the log). Raises StoreError."""
        self.index.remove_prefix(prefix)
        return await self.log.purge(prefix)

    async def _remember_late(self, pending: Pending, entry_key: str, expires_at: float) -> None:
        assert pending.late is not None
        vector = await pending.late
        if vector is not None:
            await self._record(pending, vector, entry_key, expires_at)

    async def _record(
        self, pending: Pending, vector: np.ndarray, entry_key: str, expires_at: float
    ) -> None:
        if not entry_key.startswith(pending.entries):  # keyed under another version
            return
        await self.synced()
        record = Record(
            partition=pending.partition,
            entry_key=entry_key,
            vector=vector.astype("<f4").tobytes(),
            text=pending.text,
            expires_at=expires_at,
            op="add",
        )
        try:
            await self.log.append(record)
        except Exception as exc:  # the exact entry is stored; semantic recall just misses it
            log.warning("could not append to the semantic log: %r", exc)

    def _spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """A background task of this cache (kept referenced, stopped by `close`)."""
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    async def forget_near(
        self, tenant: Tenant, text: str, radius: float, headers: Mapping[str, str]
    ) -> list[str] | None:
        """Delete every cached answer of `tenant` whose prompt lies within cosine `radius`
        of `text`, on every replica (through the log). None when `text` cannot be embedded."""
        vector = await self.embeddings.embed(tenant, None, text, headers, tenant.policy.semantic)
        if vector is None:
            return None
        await self.synced()
        scope, now = f"ls:{tenant.team}:", time.time()
        doomed: list[tuple[str, str]] = []
        for partition in self.index.partitions():  # its rows of the vector's width only
            size = self.index.size(partition, vector.shape[0])
            if not size:
                continue
            matches = self.index.search(partition, vector, size, now, radius)
            doomed += [(partition, m.entry_key) for m in matches if m.entry_key.startswith(scope)]
        if doomed:
            await self.store.delete([key for _, key in doomed])
            for partition, key in doomed:
                await self.log.append(Record(partition, key, b"", "", 0.0, "del"))
        return [key for _, key in doomed]

    async def _search(self, partition: str, vector: np.ndarray, k: int, now: float) -> list[Match]:
        # the partition's rows of the vector's width only: an embedder whose vectors change
        # length (a model swapped upstream) has its rows of each length apart
        dims = vector.shape[0]
        if self.index.size(partition, dims) * dims > THREAD_VALUES:
            return await asyncio.to_thread(self.index.search, partition, vector, k, now)
        return self.index.search(partition, vector, k, now)

    def _warn(self, kind: str, message: str, *args: Any, trace: bool = False) -> None:
        """A warning of `kind` at most every `WARN_EVERY` seconds (with a traceback when
        `trace`)."""
        self._log.warning(kind, message, *args, exc_info=trace)


def _refused(choice: Choice, used: Candidate | None) -> tuple[float, ...]:
    """Similarities of the candidates the verifier turned down (but `used`, which the judge
    accepted); accepted candidates whose entry was gone are not refusals."""
    pairs = zip(choice.candidates, choice.verdicts, strict=True)
    return tuple(v.similarity for c, v in pairs if not v.accept and c is not used)


def _surely_absent(store: Store) -> bool:
    """Whether the None a read just returned means the key is absent: a fail-open store
    also answers None while its backend is down (then nothing may be concluded)."""
    return not isinstance(store, GuardedStore) or store.state == "ok"


async def _choose(text: str, candidates: list[Candidate], policy: SemanticPolicy) -> Choice:
    """`decide.choose`, in a worker thread when the prompts, as many as there are, are long
    enough for it to hold the event loop past ~1 ms (it is pure: nothing shared is
    touched)."""
    work = len(text) * len(candidates)
    for candidate in candidates:
        work += len(candidate.text)
    if work < THREAD_CHARS:
        return decide.choose(text, candidates, policy)
    return await asyncio.to_thread(decide.choose, text, candidates, policy)
