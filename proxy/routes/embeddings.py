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
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import payload, web
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http_writer import StreamWriter
from multidict import CIMultiDict

from policies.cacheability import CacheControl, combined, decide
from policies.ttl import ttl_for
from proxy import status
from proxy.appkeys import (
    EMBEDDING_FLIGHTS,
    EMBEDDING_FORMATS,
    STORE,
    TASKS,
    UPSTREAM,
    VECTOR_TEXTS,
)
from proxy.embedding_call import Embedded, fetch_embeddings, renumbered
from proxy.entries import embedding_model, pack_embedding, unpack_embeddings
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import NotCached, ProxyError
from proxy.item_flights import Claim, ItemFlights, Joined
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
    control = CacheControl.parse(combined(request.headers.getall("Cache-Control", ())))
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
        if decision.only_if_cached:
            return NotCached.uncacheable(decision.reasons).response()
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
    flights = app[EMBEDDING_FLIGHTS] if decision.read and policy.stampede.enabled else None
    headers = request_headers(
        request.headers, decoded=True, authorization=tenant.upstream_authorization
    )
    query = upstream_query(request.raw_path, authorization=tenant.upstream_authorization)

    async def call(part: list[str]) -> Embedded | web.Response:
        answer = await fetch_embeddings(
            app[UPSTREAM],
            headers,
            body,
            [first[k] for k in part],
            single_token_list=single_token_list,
            query=query,
            formats=app[EMBEDDING_FORMATS],
        )
        if isinstance(answer, web.Response) and part != keys:
            renumbered(answer, _positions(keys, part))  # the client's positions, not ours
        return answer

    async def count(new: _New) -> tuple[list[Entry], Landed]:
        if sum(len(it) for it in new.items) > THREAD_CHARS:
            return await asyncio.to_thread(_entries, new, model, ttl)
        return _entries(new, model, ttl)

    # items another request of this replica is embedding right now are waited for and
    # taken from it (one upstream call for N identical misses); the rest are claimed. A
    # request that will not store its items (TTL 0) does not claim them; with the store
    # down nobody can, and sharing is all the help there is
    got = _Gathered(claims=write or not takes_writes(app[STORE]), counts=write)
    storing: Coroutine[Any, Any, None] | None = None  # the store write, after the answer
    storing_releases = False  # the store write hands the last claim's items to its waiters
    try:
        if missing:
            wait = policy.stampede.wait
            try:
                error = await _gather(flights, missing, found, first, call, count, got, wait)
            except ProxyError as exc:  # unreachable, timed out, a broken answer: 502/504
                return exc.response()
            if error is not None:  # upstream error, passed through and not cached
                error.headers["Cache-Status"] = status.forwarded(
                    refresh=not decision.read, stale=stale, stored=False
                )
                return error
        own = {k for new in got.news for k in new.keys}
        upstream_tokens = sum(new.upstream_tokens for new in got.news)
        if got.news and len(unique) < len(keys):  # an input sent twice is billed twice
            upstream_tokens += sum(_repeated_tokens(keys, new, model) for new in got.news)
        model_named = got.model or model_named

        texts = app[VECTOR_TEXTS]  # the float JSON of vectors answered before: no re-encoding
        ids: list[TextId] = []
        known: list[bytes | None] = []
        if encoding_format == "float":
            ids = [(k, found[k][1], "float") for k in unique]
            known = texts.get_many(ids)
        todo = (keys, unique, found, own, got.shared, known, encoding_format, model_named)
        out = await _render(*todo, upstream_tokens, cooperative=big)
        fresh = own | got.shared
        for i, text in out.made:
            texts.put(ids[i], text, cold=unique[i] in fresh)
        observation.items, observation.cached_items = len(keys), len(out.served)
        observation.prompt_tokens_saved = out.saved
        observation.entries = out.served

        parts, size = out.parts, out.size
        late, claim = got.late or (None, None)
        behind = late is not None and sum(len(v) for v in late.vectors) > BEHIND_BYTES
        sent = asyncio.Event() if behind and size > PIECES_BYTES else None
        if size > PIECES_BYTES:
            response = web.Response(body=_Pieces(parts, size, sent), headers=got.headers)
        else:
            response = web.Response(
                body=b"".join(parts), content_type="application/json", headers=got.headers
            )
        store = app[STORE] if write else None
        entries = got.entries  # counted already, their claims released
        if late is not None and (write or claim is not None):
            if sent is not None:  # counted, packed and stored once the answer is out
                storing = _store_after(store, sent, late, model, ttl, claim)
                storing_releases = True
            else:
                entries, landed = await count(late)
                if claim is not None:
                    claim.release(landed)  # the waiters go on before the store write
        if store is not None and entries and storing is None:
            storing = store.mset(entries)

        if not got.news and not got.shared:
            response.headers["Cache-Status"] = status.HIT
            oldest = min(found[k][1] for k in unique)
            response.headers["Age"] = str(int(max(0.0, time.time() - oldest)))
        elif not got.news:  # all it did not find was embedded for another request meanwhile
            response.headers["Cache-Status"] = status.forwarded(
                refresh=False, stale=stale, stored=False, collapsed=True
            )
        elif out.served:
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
        for held in got.held:
            if not (storing_releases and held is got.late_claim):
                held.release()  # failed (or released already: then nothing happens)


def _positions(keys: list[str], part: list[str]) -> list[int]:
    """Where each key of `part` stands first in `keys`."""
    at: dict[str, int] = {}
    for i, key in enumerate(keys):
        at.setdefault(key, i)
    return [at[k] for k in part]


Shared = tuple[int, float, Buffer, str]  # a Hit, and the model the upstream's answer named
Landed = dict[str, Shared]  # what a request embedded, for the requests waiting on it
Entry = tuple[str, bytes, float]  # key, packed value, TTL


@dataclass(slots=True)
class _Gathered:
    """What one request's own upstream calls (and the requests it joined) got it."""

    claims: bool  # claim the items it embeds (others may wait for them)
    counts: bool  # count and pack the items it embeds (to store them)
    news: list[_New] = field(default_factory=list)  # one per upstream call of its own
    shared: set[str] = field(default_factory=set)  # the keys another request embedded
    model: str | None = None  # the model the upstream's last answer named
    headers: CIMultiDict[str] = field(default_factory=CIMultiDict)  # of its last answer
    entries: list[Entry] = field(default_factory=list)  # of `news` counted already
    held: list[Claim[Shared]] = field(default_factory=list)  # every claim taken
    # its one call that others did not have to wait for: counted and released after the
    # answer is written (a large batch: after it is sent), its claim with it
    late: tuple[_New, Claim[Shared] | None] | None = None

    @property
    def late_claim(self) -> Claim[Shared] | None:
        return self.late[1] if self.late is not None else None


async def _gather(
    flights: ItemFlights[Shared] | None,
    pending: list[str],
    found: dict[str, Hit],
    first: dict[str, Item],
    call: Callable[[list[str]], Awaitable[Embedded | web.Response]],
    count: Callable[[_New], Awaitable[tuple[list[Entry], Landed]]],
    got: _Gathered,
    at_most: float,
) -> web.Response | None:
    """Get the vectors of `pending` into `found`: embedded by an upstream call of its own,
    concurrently with waiting (`at_most` seconds in all) for those other requests are
    embedding (`flights`; None: no sharing). An item whose claimant failed is claimed (or
    waited for) again; once the wait is over, what is left is embedded without a claim.
    An upstream error is returned. A claim is released as soon as its call is over, never
    after a wait (see `proxy.item_flights`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + at_most
    while pending:
        left = deadline - loop.time()
        joined: Joined[Shared] = (
            flights.join(pending, claim=got.claims)
            if flights is not None and left > 0
            else Joined(pending, {}, None)
        )
        claim = joined.claim
        if claim is not None:
            got.held.append(claim)
        waiting = None
        if joined.theirs:
            waiting = asyncio.ensure_future(ItemFlights.wait(joined.theirs, left))
        try:
            if joined.mine:
                answer = await call(joined.mine)
                if isinstance(answer, web.Response):
                    return answer
                items = [first[k] for k in joined.mine]
                at = time.time()
                new = _New(
                    joined.mine, items, answer.vectors, at, answer.prompt_tokens, answer.model
                )
                got.news.append(new)
                got.model, got.headers = answer.model, answer.headers
                for key, vector in zip(joined.mine, answer.vectors, strict=True):
                    found[key] = (0, at, vector)  # its tokens are counted to be stored, not here
                if waiting is None and len(got.news) == 1:
                    got.late = (new, claim)  # nobody waits on this request: after the answer
                elif got.counts or claim is not None:
                    entries, landed = await count(new)
                    if claim is not None:
                        claim.release(landed)
                    if got.counts:
                        got.entries += entries
            if waiting is not None:
                for key, (tokens, stored_at, value, named) in (await waiting).items():
                    found[key] = (tokens, stored_at, value)
                    got.shared.add(key)
                    got.model = got.model if got.news else named
        finally:
            if waiting is not None and not waiting.done():
                waiting.cancel()
        pending = [k for k in joined.theirs if k not in found]
    return None


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
    served: list[str]  # the keys of the items answered from the store, in input order
    saved: int  # their tokens


async def _render(
    keys: list[str],
    unique: list[str],
    found: dict[str, Hit],
    own: set[str],
    shared: set[str],
    known: list[bytes | None],
    encoding_format: str,
    model: str,
    upstream_tokens: int,
    *,
    cooperative: bool,
) -> _Rendered:
    """The answer, and what it tells of the cache. `own`: the keys this request had
    embedded (their tokens are in `upstream_tokens`); `shared`: those another request
    embedded meanwhile (billed to it: in the usage, not saved); `known`: the float texts
    cached for `unique` (empty for base64, which is cheaper to encode again than to keep).
    `cooperative`: hand the event loop back every `SLICE` seconds (the encoders hold the
    GIL: in a worker thread they would stall the loop for a whole switch interval, 5 ms,
    at a time)."""
    served = [k for k in keys if k not in own and k not in shared] if own or shared else keys
    saved = sum(found[k][0] for k in served)  # per input, as the upstream bills them
    if shared:
        upstream_tokens += sum(found[k][0] for k in keys if k in shared)
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


def _entries(new: _New, model: str, ttl: float) -> tuple[list[Entry], Landed]:
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
    entries: list[Entry] = []
    landed: Landed = {}
    finite = finite_rows(new.vectors)
    for key, tokens, vector, ok in zip(new.keys, counts, new.vectors, finite, strict=True):
        if ok:
            entries.append((key, pack_embedding(tokens, at, vector, new.model), ttl))
            landed[key] = (tokens, at, vector, new.model)
    return entries, landed


async def _store_after(
    store: Store | None,
    sent: asyncio.Event,
    new: _New,
    model: str,
    ttl: float,
    claim: Claim[Shared] | None,
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
        chunk: list[Entry] = []
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
