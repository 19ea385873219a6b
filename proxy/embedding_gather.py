"""The vectors an embeddings request did not find in the store: embedded by an upstream
call of its own, or taken from another request of this replica that is embedding the same
items right now (`proxy.item_flights`): one upstream call for N identical misses."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from multidict import CIMultiDict

from proxy.embedding_call import Embedded
from proxy.embedding_entries import Entry, Hit, Landed, New, Shared, counted, store_after
from proxy.item_flights import Claim, ItemFlights, Joined
from proxy.store import Store
from proxy.vectors import Item

Call = Callable[[list[str]], Awaitable[Embedded | web.Response]]  # embed these keys' items
Count = Callable[[New], Awaitable[tuple[list[Entry], Landed]]]  # `embedding_entries.counted`


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
                new = New(
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
