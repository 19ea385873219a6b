"""`POST /v1/embeddings`: exact per-item cache; only the missing items go upstream.

A batch of up to 2,048 inputs is work by the megabyte (2,048 x 1,536 float32 = 12 MB of
vectors, 17 MB of base64 or 39 MB of float JSON to answer). So: one MGET reads every item;
cached vectors are never copied (views of the stored values); a large answer is written
piece by piece, never joined; a large batch's new entries are counted (tokens), packed and
stored once its answer is out (write-behind: the same items sent again within those few
milliseconds may miss again), in small writes. And no step holds the event loop for more
than about a millisecond: above `BIG_ITEMS` inputs, per-item Python (keys, reading the
hits, encoding) runs on the loop in slices, since it holds the GIL and a worker thread
would only trade a long step for a long wait on the GIL (5 ms switch interval); work that
lets go of the GIL (joining megabytes, token counting) runs in a thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import payload, web
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http_writer import StreamWriter
from multidict import CIMultiDict

from policies.cacheability import CacheControl, decide
from policies.ttl import ttl_for
from proxy import status
from proxy.appkeys import EMBEDDING_FLIGHTS, STORE, TASKS, UPSTREAM, VECTOR_TEXTS
from proxy.embedding_call import fetch_embeddings
from proxy.entries import embedding_model, pack_embedding, unpack_embeddings
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import NotCached, ProxyError
from proxy.item_flights import Claim
from proxy.passthrough import relay
from proxy.routes.body import begin
from proxy.store import Store, takes_writes
from proxy.tasks import spawn
from proxy.tokens import calibrated, count_texts
from proxy.upstream import request_headers, request_variant, upstream_query
from proxy.vector_text import TextId
from proxy.vectors import (
    Buffer,
    Item,
    b64encode,
    body_parts,
    finite_rows,
    float_text,
    split_input,
)

BIG_ITEMS = 256  # inputs above which per-item work is done in slices of ~0.5 ms
SLICE_ITEMS = 256  # keys made, or cached values read, between two event-loop turns
THREAD_CHARS = 16_384  # input characters above which token counting leaves the loop
PIECES_BYTES = 64 * 1024  # answers larger than this are written in pieces, never joined
BEHIND_BYTES = 256 * 1024  # new vectors above this are stored once the answer is out
STORE_CHUNK_BYTES = 32 * 1024  # store writes of a large batch: the Redis store pipelines these
SLICE = 0.0005  # seconds of encoding between two event-loop turns (large batches)
GROUP_PIECES = 512  # pieces of an answer handed to the socket at once (~2-5 MB, one writev)
SENT_WAIT = 2.0  # seconds a large batch's entries wait for its answer to leave, at most

Hit = tuple[int, float, Buffer]  # item tokens, stored at, float32 bytes
In = TypeVar("In")
Out = TypeVar("Out")


async def embeddings(request: web.Request) -> web.StreamResponse:
    app = request.app
    try:
        raw, body, tenant, observation = await begin(request, "embeddings")
    except ProxyError as exc:
        return exc.response()
    policy = tenant.policy
    control = CacheControl.parse(request.headers.get("Cache-Control"))
    decision = decide("embeddings", body, len(raw), control, policy.cacheability)
    split = split_input(body.get("input"))
    encoding_format = body.get("encoding_format") or "float"
    dimensions = body.get("dimensions")
    if (
        decision.bypass
        or split is None
        or encoding_format not in ("float", "base64")
        or not (dimensions is None or (isinstance(dimensions, int) and dimensions > 0))
    ):
        # not ours to answer (or not understood): the upstream decides, and errors itself
        return await relay(
            request, raw, cache_status=status.bypass(decision.reasons), tenant=tenant
        )
    items, single_token_list = split
    model: str = body["model"]
    namespace = request.headers.get("X-Llmstash-Namespace")
    variant = request_variant(request.raw_path, request.headers)
    big = len(items) > BIG_ITEMS

    def keys_of(part: Sequence[Item]) -> list[str]:
        return embedding_entry_keys(tenant, model, dimensions, part, namespace, variant)

    keys = await _sliced(keys_of, items, big)
    first: dict[str, Item] = {}  # each key's first item, in order
    for key, item in zip(keys, items, strict=True):
        if key not in first:
            first[key] = item
    unique = list(first)
    found: dict[str, Hit] = {}
    stale = False  # an item was there, older than the request's max-age
    model_named = model  # in the answer: the upstream's name for it (stored with the items)

    async def read(part: list[str]) -> None:
        nonlocal stale, model_named
        values = await app[STORE].mget(part)  # one round trip for the whole batch
        if values and values[0] is not None:
            model_named = embedding_model(values[0]) or model
        now, max_age = time.time(), decision.max_age
        for key, entry in zip(part, await _sliced(unpack_embeddings, values, big), strict=True):
            if entry is not None and (max_age is None or now - entry[1] <= max_age):
                found[key] = entry
            elif entry is not None:
                stale = True

    if decision.read:
        await read(unique)
    missing = [k for k in unique if k not in found]
    if missing and decision.only_if_cached:
        return NotCached("not in the cache (Cache-Control: only-if-cached)").response()
    ttl = ttl_for(policy.ttl, "embeddings", model, request.headers.get("X-Llmstash-TTL"))
    write = decision.write and ttl > 0 and takes_writes(app[STORE])
    claim: Claim[Hit] | None = None
    if missing and decision.read and policy.stampede.enabled:
        # items another request of this replica is embedding right now are waited for and
        # taken from it (one upstream call for N identical misses); the rest are claimed
        flights = app[EMBEDDING_FLIGHTS]
        # a request that will not store its items (TTL 0) does not claim them; with the
        # store down nobody can, and sharing is all the help there is
        claims = write or not takes_writes(app[STORE])
        missing, claim = await flights.share(missing, found, policy.stampede.wait, claim=claims)

    storing: Coroutine[Any, Any, None] | None = None  # the store write, after the answer
    storing_releases = False  # the store write hands the claim's items to their waiters
    try:
        upstream_tokens = 0
        extra_headers: CIMultiDict[str] = CIMultiDict()
        new: _New | None = None
        if missing:
            headers = request_headers(
                request.headers, decoded=True, authorization=tenant.upstream_authorization
            )
            new_items = [first[k] for k in missing]
            try:
                answer = await fetch_embeddings(
                    app[UPSTREAM],
                    headers,
                    body,
                    new_items,
                    single_token_list=single_token_list,
                    query=upstream_query(
                        request.raw_path, authorization=tenant.upstream_authorization
                    ),
                )
            except ProxyError as exc:
                return exc.response()
            if isinstance(answer, web.Response):
                return answer  # upstream error, passed through untouched and not cached
            upstream_tokens = answer.prompt_tokens
            model_named, extra_headers = answer.model, answer.headers
            new = _New(
                missing, new_items, answer.vectors, time.time(), upstream_tokens, answer.model
            )
            for key, vector in zip(missing, answer.vectors, strict=True):
                found[key] = (0, new.at, vector)  # its tokens are counted to be stored, not here
            if len(unique) < len(keys):  # an input sent twice is billed twice: sent once
                upstream_tokens += _repeated_tokens(keys, new, model)

        gone = set(missing)
        texts = app[VECTOR_TEXTS]  # the float JSON of vectors answered before: no re-encoding
        ids: list[TextId] = []
        known: list[bytes | None] = []
        if encoding_format == "float":
            ids = [(k, found[k][1], "float") for k in unique]
            known = texts.get_many(ids)
        todo = (keys, unique, found, gone, known, encoding_format, model_named, upstream_tokens)
        out = await _render(*todo, cooperative=big)
        for i, text in out.made:
            texts.put(ids[i], text, cold=unique[i] in gone)
        observation.items, observation.cached_items = len(keys), len(out.served)
        observation.prompt_tokens_saved = out.saved
        observation.entries = out.served

        parts, size = out.parts, out.size
        behind = new is not None and sum(len(v) for v in new.vectors) > BEHIND_BYTES
        sent = asyncio.Event() if behind and size > PIECES_BYTES else None
        if size > PIECES_BYTES:
            response = web.Response(body=_Pieces(parts, size, sent), headers=extra_headers)
        else:
            response = web.Response(
                body=b"".join(parts), content_type="application/json", headers=extra_headers
            )
        if new is not None and (write or claim is not None):
            store = app[STORE] if write else None
            if sent is not None:  # counted, packed and stored once the answer is out
                storing = _store_after(store, sent, new, model, ttl, claim)
                storing_releases = True
            else:
                if sum(len(it) for it in new.items) > THREAD_CHARS:
                    entries, landed = await asyncio.to_thread(_entries, new, model, ttl)
                else:
                    entries, landed = _entries(new, model, ttl)
                if claim is not None:
                    claim.release(landed)  # the waiters go on before the store write
                if store is not None:
                    storing = store.mset(entries)

        if not missing:
            response.headers["Cache-Status"] = status.HIT
            oldest = min(found[k][1] for k in unique)
            response.headers["Age"] = str(int(max(0.0, time.time() - oldest)))
        elif len(missing) < len(unique):
            response.headers["Cache-Status"] = status.PARTIAL_STORED if write else status.MISS
        else:
            response.headers["Cache-Status"] = status.forwarded(
                refresh=not decision.read, stale=stale, stored=write
            )
        response.headers["X-Llmstash-Cached-Items"] = f"{len(out.served)}/{len(keys)}"
        return response
    finally:
        if storing is not None:
            spawn(app[TASKS], storing)
        if claim is not None and not storing_releases:
            claim.release()  # failed (or released above already: then nothing happens)


async def _sliced(
    work: Callable[[Sequence[In]], list[Out]], items: Sequence[In], cooperative: bool
) -> list[Out]:
    """`work(items)`; `cooperative`: `SLICE_ITEMS` at a time, letting the event loop run
    other tasks in between (per-item Python holds the GIL: in a worker thread it would
    stall the loop for a whole switch interval, 5 ms, at a time)."""
    if not cooperative:
        return work(items)
    done: list[Out] = []
    for i in range(0, len(items), SLICE_ITEMS):
        done += work(items[i : i + SLICE_ITEMS])
        await asyncio.sleep(0)
    return done


@dataclass(frozen=True, slots=True)
class _Rendered:
    parts: list[Buffer]  # the answer, in pieces
    size: int  # their bytes
    made: list[tuple[int, bytes]]  # (index in `unique`, text) of each float text made here
    served: list[str]  # the keys of the items answered from the cache, in input order
    saved: int  # their tokens


async def _render(
    keys: list[str],
    unique: list[str],
    found: dict[str, Hit],
    gone: set[str],
    known: list[bytes | None],
    encoding_format: str,
    model: str,
    upstream_tokens: int,
    *,
    cooperative: bool,
) -> _Rendered:
    """The answer, and what it tells of the cache. `gone`: the keys that were missing;
    `known`: the float texts cached for `unique` (empty for base64, which is cheaper to
    encode again than to keep). `cooperative`: hand the event loop back every `SLICE`
    seconds (the encoders hold the GIL: in a worker thread they would stall the loop for a
    whole switch interval, 5 ms, at a time)."""
    served = [k for k in keys if k not in gone]
    saved = sum(found[k][0] for k in served)  # per input, as the upstream bills them
    made: list[tuple[int, bytes]] = []
    text_of: dict[str, Buffer] = {}
    clock = time.perf_counter
    due = clock() + SLICE
    for i, key in enumerate(unique):
        if encoding_format == "base64":
            text_of[key] = b64encode(found[key][2])
        else:
            text = known[i]
            if text is None:
                text = float_text(found[key][2])
                made.append((i, text))
            text_of[key] = text
        if cooperative and clock() > due:
            await asyncio.sleep(0)
            due = clock() + SLICE
    ordered = [text_of[k] for k in keys] if len(unique) < len(keys) else list(text_of.values())
    parts = body_parts(ordered, encoding_format, model, upstream_tokens + saved)
    size = sum(len(p) for p in parts)
    return _Rendered(parts, size, made, served, saved)


@dataclass(frozen=True, slots=True)
class _New:
    """The items this request had embedded, to be stored."""

    keys: list[str]
    items: list[Item]
    vectors: list[bytes]
    at: float  # when
    upstream_tokens: int  # the upstream's count for all of them
    model: str  # the model the upstream's answer named


def _item_tokens(items: Sequence[Item], model: str) -> list[int]:
    texts = [it for it in items if isinstance(it, str)]
    counted = iter(count_texts(texts, model))
    return [len(it) if isinstance(it, list) else next(counted) for it in items]


def _repeated_tokens(keys: list[str], new: _New, model: str) -> int:
    """The tokens of the inputs sent again within one batch that the upstream was asked
    for once (it bills each input: so does the answer)."""
    extra: dict[str, int] = {}
    for key in keys:
        extra[key] = extra.get(key, -1) + 1
    position = {key: i for i, key in enumerate(new.keys) if extra.get(key)}
    if not position:
        return 0
    repeated = [new.items[i] for i in position.values()]
    counts = _item_tokens(repeated, model)
    return sum(extra[key] * n for key, n in zip(position, counts, strict=True))


Landed = dict[str, Hit]  # what a request embedded, for the requests waiting on it


def _entries(new: _New, model: str, ttl: float) -> tuple[list[tuple[str, bytes, float]], Landed]:
    """The store entries of new items, each with its own token count so that a later hit
    reports usage: tiktoken's, scaled to add up to the upstream's count for the batch
    (counting 1,024 inputs takes milliseconds: done when storing, so never before the
    answer of a large batch). A vector that is not finite (NaN, inf: a broken
    model server) is passed to the client as it came but never stored or shared."""
    counts = _item_tokens(new.items, model)
    texts = [i for i, item in enumerate(new.items) if isinstance(item, str)]
    if texts:  # token ids count exactly (their number): the texts get the rest of the total
        rest = new.upstream_tokens - (sum(counts) - sum(counts[i] for i in texts))
        for i, count in zip(texts, calibrated([counts[i] for i in texts], rest), strict=True):
            counts[i] = count
    at = new.at
    entries: list[tuple[str, bytes, float]] = []
    landed: Landed = {}
    finite = finite_rows(new.vectors)
    for key, tokens, vector, ok in zip(new.keys, counts, new.vectors, finite, strict=True):
        if ok:
            entries.append((key, pack_embedding(tokens, at, vector, new.model), ttl))
            landed[key] = (tokens, at, vector)
    return entries, landed


async def _store_after(
    store: Store | None,
    sent: asyncio.Event,
    new: _New,
    model: str,
    ttl: float,
    claim: Claim[Hit] | None,
) -> None:
    """Store a large batch's new entries once its answer is out (they are not on the
    client's path), in writes of `STORE_CHUNK_BYTES`: each one short, none holding up the
    store's other callers for long, each under its own deadline. `claim`: released with
    the entries once they are counted (before the store write)."""
    try:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(SENT_WAIT):
                await sent.wait()
        entries, landed = await asyncio.to_thread(_entries, new, model, ttl)
        if claim is not None:
            claim.release(landed)
        if store is None:
            return
        chunk: list[tuple[str, bytes, float]] = []
        size = 0
        for entry in entries:
            if chunk and size + len(entry[1]) > STORE_CHUNK_BYTES:
                await store.mset(chunk)
                chunk, size = [], 0
            chunk.append(entry)
            size += len(entry[1])
        if chunk:
            await store.mset(chunk)
    finally:
        if claim is not None:
            claim.release()


class _Pieces(payload.Payload):
    """A JSON body written piece by piece. Joined, megabytes would be copied twice (the
    join, then aiohttp putting the headers in front) before the socket copies them again;
    written one by one through aiohttp, a few thousand small writes cost more than the
    copies. So the pieces go to the transport in groups, one `writelines` (one writev with
    uvloop, nothing copied) each. `sent` is set once every piece has been handed over."""

    def __init__(self, parts: Sequence[Buffer], size: int, sent: asyncio.Event | None) -> None:
        super().__init__(parts, content_type="application/json")
        self._size = size
        self._sent = sent

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        return b"".join(self._value).decode(encoding, errors)

    async def write(self, writer: AbstractStreamWriter) -> None:
        try:
            parts: Sequence[Buffer] = self._value
            await writer.write(parts[0])  # small: goes out with the headers
            if (
                not isinstance(writer, StreamWriter)  # the server's is
                or writer.chunked  # framing and coding are aiohttp's to apply
                or writer._compress is not None
            ):
                for part in parts[1:]:
                    await writer.write(part)
                return
            for i in range(1, len(parts), GROUP_PIECES):
                if i > 1:
                    await asyncio.sleep(0)  # other requests run between groups
                group = parts[i : i + GROUP_PIECES]
                transport = writer.transport
                if transport is None or transport.is_closing():
                    raise ConnectionResetError("Cannot write to closing transport")
                transport.writelines(group)
                writer.output_size += sum(len(part) for part in group)  # as aiohttp counts
            await writer.drain()
        finally:
            if self._sent is not None:
                self._sent.set()

    async def write_with_length(
        self, writer: AbstractStreamWriter, content_length: int | None
    ) -> None:
        if content_length is None or content_length >= (self._size or 0):
            await self.write(writer)
        else:  # pragma: no cover - a server response is never cut short
            await writer.write(b"".join(self._value)[:content_length])
