"""Items being embedded by a request of this replica right now, so that a concurrent
request needing the same item waits for it instead of paying for it again.

Per replica and per item (not per body): batches overlap in part, so whole-body single
flight (`proxy/flights.py`) would miss most of the sharing. Replicas do not coordinate
items through Redis: one lock per item of a 2,048-input batch would cost more round trips
than the embedding it saves. The vectors travel in the flight itself, not through the
store, so sharing works while Redis is down and whatever the entry's TTL.

A request claims the items nobody is embedding and notes who embeds the others in one
step (`join`, no await between), then embeds its own while it waits for theirs: a batch
overlapping another in part takes one upstream call's time, not two. A claimant that
fails (or whose client leaves) releases its items with nothing landed: each waiter claims
them again at once (one of them embeds them, the others wait on it). No deadlock: a
claim is released as soon as its own upstream call is over (never after a wait), so
whatever waits on it waits for an upstream call, never for a request waiting in turn.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")
Landing = asyncio.Future[Mapping[str, V]]  # what a claimant embedded, once it is done


@dataclass(frozen=True, slots=True)
class Joined(Generic[V]):
    mine: list[str]  # to embed: nobody else is
    theirs: dict[str, Landing[V]]  # being embedded by others: to wait for
    claim: Claim[V] | None  # on `mine`, to release (None: not claimed, or nothing to claim)


class ItemFlights(Generic[V]):
    def __init__(self) -> None:
        self._running: dict[str, Landing[V]] = {}

    def join(self, keys: list[str], *, claim: bool = True) -> Joined[V]:
        """Split `keys` into those others are embedding and the caller's own, claimed
        (unless not `claim`: a caller that will not store them must not make others rely
        on it). Atomic: nothing else runs on the loop meanwhile."""
        running = self._running
        theirs = {k: running[k] for k in keys if k in running}
        mine = [k for k in keys if k not in theirs] if theirs else keys
        return Joined(mine, theirs, self.claim(mine) if mine and claim else None)

    def claim(self, keys: Collection[str]) -> Claim[V]:
        """Mark `keys` as being embedded by the caller, except those another request
        claimed first."""
        done: Landing[V] = asyncio.get_running_loop().create_future()
        mine = [k for k in keys if self._running.setdefault(k, done) is done]
        return Claim(self._running, mine, done)


class Claim(Generic[V]):
    __slots__ = ("_done", "_keys", "_running")

    def __init__(self, running: dict[str, Landing[V]], keys: list[str], done: Landing[V]) -> None:
        self._running, self._keys, self._done = running, keys, done

    def release(self, landed: Mapping[str, V] | None = None) -> None:
        """Hand the waiters what was embedded (`landed`; nothing when the call failed:
        they embed it themselves). Idempotent: only the first release counts."""
        for key in self._keys:
            if self._running.get(key) is self._done:
                del self._running[key]
        if not self._done.done():
            self._done.set_result(landed or {})
