"""Upstreams that refused something the proxy adds to a request on its own behalf (base64
vectors, `stream_options`), remembered for a while so their later calls go out as the
client sent them: one call, not a refused one and another."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)

REFUSAL_BYTES = 16 * 1024  # an error body longer than this is no such refusal (not searched)


class Refusals(Generic[K]):
    """Keys (an upstream URL; an upstream and a model) that refused lately. Forgotten after
    `remember` seconds (an upgraded upstream is asked again) and bounded to `max_keys`,
    the oldest going first."""

    def __init__(
        self,
        remember: float = 3600.0,
        max_keys: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.remember, self.max_keys = remember, max_keys
        self._clock = clock
        self._until: OrderedDict[K, float] = OrderedDict()

    def __contains__(self, key: K) -> bool:
        until = self._until.get(key)
        if until is None:
            return False
        if until > self._clock():
            return True
        del self._until[key]
        return False

    def add(self, key: K) -> None:
        self._until.pop(key, None)
        self._until[key] = self._clock() + self.remember
        while len(self._until) > self.max_keys:
            self._until.popitem(last=False)


class Base64Vectors:
    """What (upstream, model) pairs did lately with the base64 vectors the proxy asks for on
    a client's behalf: `refused` them (later calls go out as the client wrote them), or
    `accepted` them: then a 500 is the upstream failing, not refusing the format, and the
    request is not sent a second time."""

    __slots__ = ("accepted", "refused")

    def __init__(self) -> None:
        self.refused: Refusals[tuple[str, str]] = Refusals()
        self.accepted: Refusals[tuple[str, str]] = Refusals()
