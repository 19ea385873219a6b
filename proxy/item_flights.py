"""Items being embedded by a request of this replica right now, so that a concurrent
request needing the same item waits for it instead of paying for it again.

Per replica and per item (not per body): batches overlap in part, so whole-body single
flight (`proxy/flights.py`) would miss most of the sharing. Replicas do not coordinate
items through Redis: one lock per item of a 2,048-input batch would cost more round trips
than the embedding it saves. The vectors travel in the flight itself, not through the
store, so sharing works while Redis is down and whatever the entry's TTL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection, Mapping
from typing import Generic, TypeVar

V = TypeVar("V")


class ItemFlights(Generic[V]):
    def __init__(self) -> None:
        self._running: dict[str, asyncio.Future[Mapping[str, V]]] = {}

    async def share(
        self, keys: list[str], found: dict[str, V], at_most: float, *, claim: bool = True
    ) -> tuple[list[str], Claim[V] | None]:
        """Wait (at most `at_most` seconds in all) for the items of `keys` that other
        requests are embedding, adding what they got to `found`; then claim what is left
        (unless not `claim`: a caller that will not store them must not make others rely
        on it). Returns the keys still missing (to be embedded by the caller) and the
        claim to release. No claim is held while waiting: two requests never wait on each
        other."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + at_most
        while keys:
            theirs = {self._running[k] for k in keys if k in self._running}
            left = deadline - loop.time()
            if not theirs or left <= 0:
                break
            done, _ = await asyncio.wait(theirs, timeout=left)
            wanted = set(keys)
            for landed in done:
                found.update((k, v) for k, v in landed.result().items() if k in wanted)
            # a claimant that failed released its items: claimed again (below, or by
            # another waiter first, then waited for in the next round)
            keys = [k for k in keys if k not in found]
        return keys, self.claim(keys) if keys and claim else None

    def claim(self, keys: Collection[str]) -> Claim[V]:
        """Mark `keys` as being embedded by the caller, except those another request
        claimed first."""
        done: asyncio.Future[Mapping[str, V]] = asyncio.get_running_loop().create_future()
        mine = [k for k in keys if self._running.setdefault(k, done) is done]
        return Claim(self._running, mine, done)


class Claim(Generic[V]):
    __slots__ = ("_done", "_keys", "_running")

    def __init__(
        self,
        running: dict[str, asyncio.Future[Mapping[str, V]]],
        keys: list[str],
        done: asyncio.Future[Mapping[str, V]],
    ) -> None:
        self._running, self._keys, self._done = running, keys, done

    def release(self, landed: Mapping[str, V] | None = None) -> None:
        """Hand the waiters what was embedded (`landed`; nothing when the call failed:
        they embed it themselves). Idempotent: only the first release counts."""
        for key in self._keys:
            if self._running.get(key) is self._done:
                del self._running[key]
        if not self._done.done():
            self._done.set_result(landed or {})
