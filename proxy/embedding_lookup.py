"""What the store holds of an embeddings request's items: a key per item, one MGET for
the whole batch, the cached vectors kept as views of the stored values (never copied).
A large batch's per-item Python runs on the event loop in slices (`sliced`)."""

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
) -> Lookup:
    """The keys of `items`, and (`read`) the store's entries for them no older than
    `max_age` seconds. `model`: the one asked for, until an entry names the upstream's."""
    keys = await sliced(keys_of, items, cooperative)
    first: dict[str, Item] = {}
    for key, item in zip(keys, items, strict=True):
        if key not in first:
            first[key] = item
    lookup = Lookup(keys, first, list(first), model)
    if read:
        await _read(store, lookup, max_age, cooperative)
    return lookup


async def _read(store: Store, lookup: Lookup, max_age: float | None, cooperative: bool) -> None:
    part = lookup.unique
    values = await store.mget(part)  # one round trip for the whole batch
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
