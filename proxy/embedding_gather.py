"""The vectors an embeddings request did not find in the store: embedded by an upstream
call of its own, or taken from another request of this replica that is embedding the same
items right now (`proxy.item_flights`): one upstream call for N identical misses."""

from __future__ import annotations

import asyncio
import time
from asyncio import FIRST_COMPLETED
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

from proxy.embedding_call import Embedded
from proxy.embedding_entries import Entry, Hit, Landed, New, Shared, counted, store_after
from proxy.item_flights import Claim, ItemFlights, Joined, Landing
from proxy.store import Store
from proxy.vectors import Item

Call = Callable[[list[str]], Awaitable[Embedded | web.Response]]  # embed these keys' items
Count = Callable[[New], Awaitable[tuple[list[Entry], Landed]]]  # `embedding_entries.counted`
_Part = tuple[list[str], Claim[Shared] | None]  # the keys of one upstream call, their claim


@dataclass(slots=True)
class Gathered:
    """What one request's own upstream calls (and the requests it joined) got it."""

    claims: bool  # claim the items it embeds (others may wait for them)
    counts: bool  # count and pack the items it embeds (to store them)
    news: list[New] = field(default_factory=list)  # one per upstream call of its own
    shared: set[str] = field(default_factory=set)  # the keys another request embedded
    model: str | None = None  # the model the upstream's last answer named
    headers: CIMultiDict[str] = field(default_factory=CIMultiDict)  # of its last answer
    entries: list[Entry] = field(default_factory=list)  # of `news` counted already
    held: list[Claim[Shared]] = field(default_factory=list)  # every claim taken
    # its one call that others did not have to wait for: counted and released after the
    # answer is written (a large batch: after it is sent), its claim with it
    late: tuple[New, Claim[Shared] | None] | None = None

    async def storing(
        self, store: Store | None, sent: asyncio.Event | None, model: str, ttl: float
    ) -> Coroutine[Any, Any, None] | None:
        """The store write of what it embedded (`store`: None when it does not store), to
        run once the answer is made. The items of its late call are counted now and their
        claim released (the waiters go on before the store write); a large batch's
        (`sent`) once its answer is out, by the write, which then holds their claim (no
        longer in `held`)."""
        entries = self.entries  # counted already, their claims released
        late, claim = self.late or (None, None)
        if late is not None and (store is not None or claim is not None):
            if sent is not None:  # counted, packed and stored once the answer is out
                if claim is not None:
                    self.held.remove(claim)
                return store_after(store, sent, late, model, ttl, claim)
            entries, landed = await counted(late, model, ttl)
            if claim is not None:
                claim.release(landed)  # the waiters go on before the store write
        if store is not None and entries:
            return store.mset(entries)
        return None


async def gather(
    flights: ItemFlights[Shared] | None,
    pending: list[str],
    found: dict[str, Hit],
    first: dict[str, Item],
    call: Call,
    count: Count,
    got: Gathered,
    at_most: float,
) -> web.Response | None:
    """Get the vectors of `pending` into `found`: embedded by upstream calls of its own,
    concurrently with waiting (`at_most` seconds in all) for those other requests are
    embedding (`flights`; None: no sharing). An item whose claimant failed is claimed (or
    waited for) again as soon as that request is over, its call made alongside those
    under way; once the wait is over, what is left is embedded without a claim. An
    upstream error is returned (its other calls under way are cancelled). A claim is
    released as soon as its call is over, never after a wait (see `proxy.item_flights`)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + at_most
    asked: list[_Part] = []  # its own calls to make
    calls: dict[asyncio.Future[Embedded | web.Response], _Part] = {}  # its own, under way
    waits: dict[Landing[Shared], list[str]] = {}  # another request's call: the keys it embeds

    def start(keys: list[str]) -> None:
        """Claim the items of `keys` nobody is embedding, to call the upstream for them;
        note who embeds the others. Once the wait is over: call for all, claiming none."""
        joined: Joined[Shared] = (
            flights.join(keys, claim=got.claims)
            if flights is not None and loop.time() < deadline
            else Joined(keys, {}, None)
        )
        if joined.claim is not None:
            got.held.append(joined.claim)
        if joined.mine:
            asked.append((joined.mine, joined.claim))
        for key, landing in joined.theirs.items():
            waits.setdefault(landing, []).append(key)

    async def took(part: _Part, answer: Embedded | web.Response) -> web.Response | None:
        """Take what one of its calls embedded: counted and its claim released now (the
        waiters go on), but for its only call when nothing else is under way, counted
        after the answer (`Gathered.late`). An upstream error is returned."""
        if isinstance(answer, web.Response):
            return answer
        keys, claim = part
        at = time.time()
        items = [first[k] for k in keys]
        new = New(keys, items, answer.vectors, at, answer.prompt_tokens, answer.model)
        got.news.append(new)
        got.model, got.headers = answer.model, answer.headers
        for key, vector in zip(keys, answer.vectors, strict=True):
            found[key] = (0, at, vector)  # its tokens are counted to be stored, not here
        if len(got.news) == 1 and not (asked or calls or waits):
            got.late = (new, claim)  # the last thing it does: after the answer
        elif got.counts or claim is not None:
            entries, landed = await count(new)
            if claim is not None:
                claim.release(landed)
            if got.counts:
                got.entries += entries
        return None

    start(pending)
    try:
        while asked or calls or waits:
            if len(asked) == 1 and not (calls or waits):  # its only call: awaited as is
                part = asked.pop()
                error = await took(part, await call(part[0]))
                if error is not None:
                    return error
                continue
            for part in asked:
                calls[asyncio.ensure_future(call(part[0]))] = part
            asked.clear()
            timeout = deadline - loop.time() if waits else None
            ready: set[asyncio.Future[Any]] = {*calls, *waits}
            done, _ = await asyncio.wait(ready, timeout=timeout, return_when=FIRST_COMPLETED)
            if not done:  # the wait is over: what others still embed, it embeds itself
                left = [key for keys in waits.values() for key in keys]
                waits.clear()
                start(left)
            for future in done:
                if future in calls:
                    error = await took(calls.pop(future), future.result())
                    if error is not None:
                        return error
                else:
                    landed = future.result()
                    failed = [k for k in waits.pop(future) if not _taken(k, landed, found, got)]
                    if failed:  # its claimant's call failed (or was cancelled): at once
                        start(failed)
    finally:
        _drop(calls)
    return None


def _taken(key: str, landed: Mapping[str, Shared], found: dict[str, Hit], got: Gathered) -> bool:
    """Take the vector of `key` from what another request embedded; False: it has none."""
    shared = landed.get(key)
    if shared is None:
        return False
    tokens, stored_at, value, named = shared
    found[key] = (tokens, stored_at, value)
    got.shared.add(key)
    got.model = got.model if got.news else named
    return True


def _drop(calls: Iterable[asyncio.Future[Embedded | web.Response]]) -> None:
    """Cancel the calls still under way; of those over, what they raised is let go of (not
    logged as never retrieved)."""
    for future in calls:
        if not future.cancel() and not future.cancelled():
            future.exception()
