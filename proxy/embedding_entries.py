"""The store entries of items an embeddings request had embedded: each item's tokens
counted (so that a later hit reports usage), packed with its vector, and written; a large
batch's once its answer is out (write-behind: they are not on the client's path), in small
writes. Counting a large batch lets go of the GIL: it runs in a thread."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

from proxy.entries import pack_embedding
from proxy.item_flights import Claim
from proxy.store import Store, takes_writes
from proxy.tokens import calibrated, count_texts
from proxy.vectors import Buffer, Item, finite_rows

THREAD_CHARS = 16_384  # input characters above which token counting leaves the loop
BEHIND_BYTES = 256 * 1024  # new vectors above this are stored once the answer is out
STORE_CHUNK_BYTES = 32 * 1024  # store writes of a large batch: the Redis store pipelines these
SENT_WAIT = 2.0  # seconds a large batch's entries wait for its answer to leave, at most

Hit = tuple[int, float, Buffer]  # item tokens, stored at, float32 bytes
Shared = tuple[int, float, Buffer, str]  # a Hit, and the model the upstream's answer named
Landed = dict[str, Shared]  # what a request embedded, for the requests waiting on it
Entry = tuple[str, bytes, float]  # key, packed value, TTL


@dataclass(frozen=True, slots=True)
class New:
    """The items this request had embedded, to be stored."""

    keys: list[str]
    items: list[Item]
    vectors: list[bytes]
    at: float  # when
    upstream_tokens: int  # the upstream's count for all of them
    model: str  # the model the upstream's answer named

    @property
    def behind(self) -> bool:
        """Large enough to be stored once the answer is out."""
        return sum(len(v) for v in self.vectors) > BEHIND_BYTES


def item_tokens(items: Sequence[Item], model: str) -> list[int]:
    texts = [it for it in items if isinstance(it, str)]
    counted = iter(count_texts(texts, model))
    return [len(it) if isinstance(it, list) else next(counted) for it in items]


def repeated_tokens(keys: list[str], new: New, model: str) -> int:
    """The tokens of the inputs sent again within one batch that the upstream was asked
    for once (it bills each input: so does the answer)."""
    extra: dict[str, int] = {}
    for key in keys:
        extra[key] = extra.get(key, -1) + 1
    position = {key: i for i, key in enumerate(new.keys) if extra.get(key)}
    if not position:
        return 0
    repeated = [new.items[i] for i in position.values()]
    counts = item_tokens(repeated, model)
    return sum(extra[key] * n for key, n in zip(position, counts, strict=True))


def entries(new: New, model: str, ttl: float) -> tuple[list[Entry], Landed]:
    """The store entries of new items, each with its own token count so that a later hit
    reports usage: tiktoken's, scaled to add up to the upstream's count for the batch
    (counting 1,024 inputs takes milliseconds: done when storing, so never before the
    answer of a large batch). A vector that is not finite (NaN, inf: a broken
    model server) is passed to the client as it came but never stored or shared."""
    counts = item_tokens(new.items, model)
    texts = [i for i, item in enumerate(new.items) if isinstance(item, str)]
    if texts:  # token ids count exactly (their number): the texts get the rest of the total
        rest = new.upstream_tokens - (sum(counts) - sum(counts[i] for i in texts))
        for i, count in zip(texts, calibrated([counts[i] for i in texts], rest), strict=True):
            counts[i] = count
    at = new.at
    made: list[Entry] = []
    landed: Landed = {}
    finite = finite_rows(new.vectors)
    for key, tokens, vector, ok in zip(new.keys, counts, new.vectors, finite, strict=True):
        if ok:
            made.append((key, pack_embedding(tokens, at, vector, new.model), ttl))
            landed[key] = (tokens, at, vector, new.model)
    return made, landed


async def counted(new: New, model: str, ttl: float) -> tuple[list[Entry], Landed]:
    """`entries`, in a thread when there are many characters to count."""
    if sum(len(it) for it in new.items) > THREAD_CHARS:
        return await asyncio.to_thread(entries, new, model, ttl)
    return entries(new, model, ttl)


async def store_after(
    store: Store | None,
    sent: asyncio.Event,
    new: New,
    model: str,
    ttl: float,
    claim: Claim[Shared] | None,
) -> None:
    """Store a large batch's new entries once its answer is out (they are not on the
    client's path), in writes of `STORE_CHUNK_BYTES`: each one short, none holding up the
    store's other callers for long, each under its own deadline; none once the store stops
    taking writes (refused, or its breaker open). `claim`: released with the entries once
    they are counted (before the store write)."""
    try:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(SENT_WAIT):
                await sent.wait()
        made, landed = await asyncio.to_thread(entries, new, model, ttl)
        if claim is not None:
            claim.release(landed)
        if store is None:
            return
        chunk: list[Entry] = []
        size = 0
        for entry in made:
            if chunk and size + len(entry[1]) > STORE_CHUNK_BYTES:
                if not takes_writes(store):
                    return
                await store.mset(chunk)
                chunk, size = [], 0
            chunk.append(entry)
            size += len(entry[1])
        if chunk and takes_writes(store):
            await store.mset(chunk)
    finally:
        if claim is not None:
            claim.release()
