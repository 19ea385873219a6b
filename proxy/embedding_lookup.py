"""What the store holds of an embeddings request's items: a key per item, read by MGETs of
about `READ_BYTES` of reply each (a batch of up to `read_size` items, most batches, in one
round trip), the cached vectors kept as views of the stored values (never copied). A large
batch's per-item Python runs on the event loop in slices (`sliced`).

Why bounded reads: one MGET of 2,048 cached 3,072-d vectors is a 25 MB reply, which takes
longer than the store's operation deadline once a few run at once: the whole batch would
be a miss, re-embedded (and billed) upstream. Read in parts, each under its own deadline,
a part that runs out of time is a miss for its items only."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from proxy.embedding_entries import Hit
from proxy.entries import embedding_model, unpack_embeddings
from proxy.store import Store
from proxy.vectors import Item

SLICE_ITEMS = 256  # keys made, or cached values read, between two event-loop turns
READ_BYTES = 1024 * 1024  # reply size one MGET of a large batch is sized for
READS_AT_ONCE = 4  # a large batch's MGETs in flight at a time
ENTRY_HEADER = 64  # bytes of a stored vector's entry besides the vector (generous)
DEFAULT_DIMENSIONS = 3072  # expected when the request does not say (the largest OpenAI's)
In = TypeVar("In")
Out = TypeVar("Out")


@dataclass(slots=True)
class Lookup:
    keys: list[str]  # one per input item
    first: dict[str, Item]  # each key's first item, in order
    unique: list[str]  # the keys of `first`
    model: str  # in the answer: the upstream's name for it (stored with the items)
    found: dict[str, Hit] = field(default_factory=dict)  # the vectors at hand, by key
    stale: bool = False  # an item was there, older than the request's max-age


async def look_up(
    store: Store,
    keys_of: Callable[[Sequence[Item]], list[str]],
    items: list[Item],
    model: str,
    *,
    read: bool,
    max_age: float | None,
    cooperative: bool,
    dimensions: int | None = None,
) -> Lookup:
    """The keys of `items`, and (`read`) the store's entries for them no older than
    `max_age` seconds. `model`: the one asked for, until an entry names the upstream's;
    `dimensions`: the vectors' asked for (sizes the reads)."""
    keys = await sliced(keys_of, items, cooperative)
    first: dict[str, Item] = {}
    for key, item in zip(keys, items, strict=True):
        if key not in first:
            first[key] = item
    lookup = Lookup(keys, first, list(first), model)
    if read:
        await _read(store, lookup, max_age, cooperative, read_size(dimensions))
    return lookup


def read_size(dimensions: int | None) -> int:
    """How many entries of vectors of `dimensions` one MGET reads: about `READ_BYTES`."""
    entry = (dimensions or DEFAULT_DIMENSIONS) * 4 + ENTRY_HEADER
    return max(1, READ_BYTES // entry)


async def _read_parts(store: Store, keys: list[str], size: int) -> list[bytes | None]:
    """`store.mget(keys)` in MGETs of at most `size` keys, `READS_AT_ONCE` at a time: each
    under the store's deadline of its own, a part that fails or runs out of time a miss.
    Once a read of the store has run out of time (this batch's or another's), the parts not
    yet started are misses too: a frozen Redis costs the batch one deadline, not one per
    `READS_AT_ONCE` parts."""
    gate = asyncio.Semaphore(READS_AT_ONCE)
    timeouts = getattr(store, "timeouts", 0)  # (the guard's count; a store without one: 0)

    async def part(start: int) -> list[bytes | None]:
        chunk = keys[start : start + size]
        async with gate:
            if getattr(store, "timeouts", 0) > timeouts:
                return [None] * len(chunk)
            return await store.mget(chunk)

    parts = await asyncio.gather(*(part(i) for i in range(0, len(keys), size)))
    return [value for values in parts for value in values]


async def _read(
    store: Store, lookup: Lookup, max_age: float | None, cooperative: bool, size: int
) -> None:
    part = lookup.unique
    if len(part) <= size:  # (most batches: one round trip, no coroutine more)
        values = await store.mget(part)
    else:
        values = await _read_parts(store, part, size)
    if values and values[0] is not None:
        lookup.model = embedding_model(values[0]) or lookup.model
    now = time.time()
    found = lookup.found
    for key, entry in zip(part, await sliced(unpack_embeddings, values, cooperative), strict=True):
        if entry is not None and (max_age is None or now - entry[1] <= max_age):
            found[key] = entry
        elif entry is not None:
            lookup.stale = True


async def sliced(
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
