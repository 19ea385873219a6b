"""Items being embedded by a request of this replica right now, so that a concurrent
request needing the same item waits for it instead of paying for it again.

Per replica and per item (not per body): batches overlap in part, so whole-body single
flight (`proxy/flights.py`) would miss most of the sharing. Replicas do not coordinate
items through Redis: one lock per item of a 2,048-input batch would cost more round trips
than the embedding it saves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection


class ItemFlights:
    def __init__(self) -> None:
        self._running: dict[str, asyncio.Future[None]] = {}

    async def wait(self, keys: Collection[str], at_most: float) -> list[str]:
        """Wait (at most `at_most` seconds) until the items of `keys` that another request
        is embedding have landed; returns those keys, to be read again."""
        if not self._running:
            return []
        shared = [k for k in keys if k in self._running]
        if shared:
            await asyncio.wait({self._running[k] for k in shared}, timeout=at_most)
        return shared

    def claim(self, keys: Collection[str]) -> Claim:
        """Mark `keys` as being embedded by the caller, except those another request
        claimed first. Release the claim once they are stored, or will not be."""
        done = asyncio.get_running_loop().create_future()
        mine = [k for k in keys if self._running.setdefault(k, done) is done]
        return Claim(self._running, mine, done)


class Claim:
    __slots__ = ("_done", "_keys", "_running")

    def __init__(
        self, running: dict[str, asyncio.Future[None]], keys: list[str], done: asyncio.Future[None]
    ) -> None:
        self._running, self._keys, self._done = running, keys, done

    def release(self) -> None:
        """Whoever waits on these items reads them again (and embeds them itself if they
        are not there: the claimant failed). Idempotent."""
        for key in self._keys:
            if self._running.get(key) is self._done:
                del self._running[key]
        if not self._done.done():
            self._done.set_result(None)
