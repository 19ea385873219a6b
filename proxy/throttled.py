"""Log lines that a failing dependency would repeat for every request, at most one per kind
every so often; the ones in between go to debug and are counted in the next one."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Hashable
from typing import Any


class ThrottledLog:
    def __init__(
        self,
        logger: logging.Logger,
        every: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger, self.every, self._clock = logger, every, clock
        self._next: dict[Hashable, float] = {}  # kind -> when its next line may be logged
        self._left_out: dict[Hashable, int] = {}  # kind -> lines turned to debug since

    def warning(self, kind: Hashable, message: str, *args: Any, exc_info: bool = False) -> None:
        self.log(logging.WARNING, kind, message, *args, exc_info=exc_info)

    def info(self, kind: Hashable, message: str, *args: Any) -> None:
        self.log(logging.INFO, kind, message, *args)

    def log(
        self, level: int, kind: Hashable, message: str, *args: Any, exc_info: bool = False
    ) -> None:
        now = self._clock()
        if now < self._next.get(kind, -math.inf):
            self._left_out[kind] = self._left_out.get(kind, 0) + 1
            self.logger.debug(message, *args)
            return
        if len(self._next) >= 1024 and kind not in self._next:  # (kinds are few; bounded)
            self._next.clear()
        self._next[kind] = now + self.every
        left_out = self._left_out.pop(kind, 0)
        last = "warning" if level == logging.WARNING else "one"
        suffix = f" ({left_out} more since the last {last})" if left_out else ""
        self.logger.log(level, message + suffix, *args, exc_info=exc_info)
