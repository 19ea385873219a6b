"""Fail open: wrap a remote store so its failures become misses, never failed requests.

Every operation runs under a deadline of `op_timeout`: an `asyncio.timeout`, except for the
operations the store says it bounds itself within that (`bounded`, op -> seconds: a GET on
the Redis store's pipelined connection, bounded by the connection's one watchdog timer):
a cache hit then sets no timer of its own. Their own timeout (a StoreError `timed_out`)
counts as the guard's would. A failure (StoreError or deadline) is counted and logged (at
most one warning per `cooldown`), and the caller gets a miss: reads return None, writes
and deletes are dropped. After `failure_threshold` consecutive failures a circuit
breaker opens: for `cooldown` seconds operations return at once without touching the store.
Then it is half-open: the next operation (a request's, or a health check's `ping`) is let
through as the one probe; success closes the breaker, failure opens it again.

A refusal (`StoreError.refused`: the store answered, but not to this command, e.g. writes
of a Redis out of memory or turned read-only replica) is counted and logged like a failure
but never opens the breaker: reads go on hitting. The state reads "degraded" until
`REFUSALS_SHOWN` seconds after the last one. A write refused the way every write would be
(`StoreError.refuses_writes`: out of memory, read-only, no write permission) makes the
store `refusing_writes` for `REFUSING_WRITES_FOR` seconds, like an open breaker for writes
(`takes_writes` is False: answers are not said to be stored and their writes and locks
are not attempted); the first write after that checks again; one that succeeds ends it.

A bulk read (an MGET of more than `BULK_KEYS` keys: megabytes of cached vectors) that runs
out of time is a miss for its keys and is counted (`timeouts`, `bulk_timeouts`) and logged,
but is no failure for the breaker: a large reply that is slow under load says Redis is
busy, not down (a Redis that is down fails the small operations too, and those open it).
Nor does any failure while the store says it is `partly_answering` (a Redis Cluster one
node of which is down while the others answer: `proxy.store.redis`).

A lock attempt (`get_or_lock`) whose outcome is unknown (no answer in time, or the
connection lost with it sent) may still take the lock: a frozen Redis runs it when it
thaws, long after the request went upstream without it, and every replica would then wait
for a lock nobody holds until it expires. Its token is released in the background at once
(`Store.unlock`, compare-and-delete: on the single-node pipelined connection it is queued
right behind the attempt, so it runs right after it), bounded by `RELEASE_TIMEOUT`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Literal, TypeVar

from proxy.store.base import Store, StoreError
from proxy.store.releases import LockReleases
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.store")

T = TypeVar("T")
REFUSALS_SHOWN = 10.0  # seconds a refused operation keeps the state "degraded"
REFUSING_WRITES_FOR = 5.0  # seconds a write refusal counts for every write
BOUND_SLACK = 0.05  # seconds a store's own bound on an op may exceed op_timeout (its lag)
RELEASE_TIMEOUT = 1.0  # bound on the background release of a lock attempt of unknown outcome
WRITES = frozenset({"set", "mset", "add", "get_or_lock", "hincrby", "incr", "restore_counter"})
BULK_KEYS = 16  # an MGET of more keys is a bulk read: its timeout does not open the breaker
_WRITTEN = frozenset({"set", "mset", "add"})  # ops whose success shows writes are taken
Breaker = Literal["closed", "open", "half_open"]
State = Literal["ok", "degraded"]


class GuardedStore:
    """A Store that never raises and never waits longer than `op_timeout` on `inner`."""

    def __init__(
        self,
        inner: Store,
        *,
        op_timeout: float = 0.2,
        failure_threshold: int = 3,
        cooldown: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failure_threshold < 1:
            raise ValueError(f"failure_threshold must be >= 1, got {failure_threshold}")
        self.inner = inner
        self.name = inner.name
        self.op_timeout = op_timeout
        self.failure_threshold = failure_threshold
        self.cooldown = cooldown
        self._clock = clock
        # ops `inner` ends within op_timeout on its own: no timer of the guard around them
        limits: Mapping[str, float] = getattr(inner, "bounded", {})
        self._bounded = frozenset(
            op for op, limit in limits.items() if limit <= op_timeout + BOUND_SLACK
        )
        self.errors = 0
        self.timeouts = 0
        self.bulk_timeouts = 0  # of `timeouts`: bulk reads', which do not open the breaker
        self.short_circuits = 0
        self.refusals = 0  # of `errors`: the store answered with a refusal
        self._refused_at: float | None = None
        self._writes_refused_at: float | None = None
        self._releases = LockReleases()  # of lock attempts whose outcome is unknown
        self.consecutive_failures = 0
        self._opened_at: float | None = None
        self._probing = False
        self._warnings = ThrottledLog(log, cooldown, clock)  # at most one per cooldown

    @property
    def breaker(self) -> Breaker:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at < self.cooldown:
            return "open"
        return "half_open"

    @property
    def dropping_writes(self) -> bool:
        """Writes return at once without reaching the store (the breaker is open): an
        answer passed through now will not be stored, and must not say it will be."""
        return self._opened_at is not None and self._clock() - self._opened_at < self.cooldown

    @property
    def refusing_writes(self) -> bool:
        """A write was refused as every write would be (out of memory, read-only, no write
        permission) within `REFUSING_WRITES_FOR` seconds: an answer passed through now will
        not be stored either, and must not say it will be."""
        at = self._writes_refused_at
        return at is not None and self._clock() - at < REFUSING_WRITES_FOR

    @property
    def state(self) -> State:
        """ "degraded" while the breaker is not closed, the last operation failed, or an
        operation was refused within `REFUSALS_SHOWN` seconds."""
        refused = self._refused_at is not None and (
            self._clock() - self._refused_at < REFUSALS_SHOWN
        )
        if self._opened_at is None and self.consecutive_failures == 0 and not refused:
            return "ok"
        return "degraded"

    def health(self) -> dict[str, str | int | bool]:
        return {
            "store": self.name,
            "state": self.state,
            "breaker": self.breaker,
            "consecutive_failures": self.consecutive_failures,
            "errors": self.errors,
            "refusals": self.refusals,
            "refusing_writes": self.refusing_writes,
            "timeouts": self.timeouts,
            "bulk_timeouts": self.bulk_timeouts,
            "short_circuits": self.short_circuits,
        }

    async def get(self, key: str) -> bytes | None:
        return await self._run("get", lambda: self.inner.get(key), None)

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        miss: list[bytes | None] = [None] * len(keys)
        bulk = len(keys) > BULK_KEYS
        return await self._run("mget", lambda: self.inner.mget(keys), miss, bulk=bulk)

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        await self._run("set", lambda: self.inner.set(key, value, ttl), None)

    async def mset(self, items: Sequence[tuple[str, bytes, float]]) -> None:
        await self._run("mset", lambda: self.inner.mset(items), None)

    async def delete(self, keys: Sequence[str]) -> int:
        return await self._run("delete", lambda: self.inner.delete(keys), 0)

    async def add(self, key: str, value: bytes, ttl: float | None) -> bool:
        return await self._run("add", lambda: self.inner.add(key, value, ttl), False)

    async def get_or_lock(
        self, key: str, lock: str, token: str, ttl: float
    ) -> tuple[bytes | None, str | None]:
        # no entry, holder unknown: a call that ran out of time may still have taken the
        # lock with `token`, or take it later (a frozen Redis): it is released behind it
        miss: tuple[bytes | None, str | None] = (None, None)
        return await self._run(
            "get_or_lock",
            lambda: self.inner.get_or_lock(key, lock, token, ttl),
            miss,
            unsure=lambda: self._release_later(lock, token),
        )

    async def unlock(self, lock: str, token: str) -> bool:
        return await self._run("unlock", lambda: self.inner.unlock(lock, token), False)

    def releasing(self, lock: str) -> asyncio.Task[None] | None:
        """The background release of a lock attempt on `lock` whose outcome was unknown,
        while under way (see `proxy.store.releases`)."""
        return self._releases.under_way(lock)

    def _release_later(self, lock: str, token: str) -> None:
        """Release `token`'s hold on `lock`, if the attempt took it or is still to."""
        self._releases.start(lock, self._release(lock, token))

    async def _release(self, lock: str, token: str) -> None:
        # straight to the store, past the breaker: the attempt that opened it needs it too
        try:
            async with asyncio.timeout(RELEASE_TIMEOUT):
                await self.inner.unlock(lock, token)
        except (StoreError, TimeoutError, AttributeError) as exc:
            # (queued behind the attempt on a frozen Redis, it still runs after it)
            log.debug("store %s: releasing lock attempt %s: %r", self.name, lock, exc)

    async def restore_counter(self, key: str, known: int) -> int:
        return await self._run(
            "restore_counter", lambda: self.inner.restore_counter(key, known), known
        )

    async def hincrby(
        self,
        key: str,
        amounts: Mapping[str, int],
        ttl: float,
        *,
        once: tuple[str, int] | None = None,
    ) -> None:
        await self._run("hincrby", lambda: self.inner.hincrby(key, amounts, ttl, once=once), None)

    async def hgetall(self, key: str) -> dict[str, int]:
        return await self._run("hgetall", lambda: self.inner.hgetall(key), {})

    # Admin writes must not pretend to succeed: these raise StoreError instead of failing open.
    async def incr(self, key: str) -> int:
        return await self._strict("incr", lambda: self.inner.incr(key))

    async def delete_prefix(self, prefix: str) -> int:
        return await self._strict("delete_prefix", lambda: self.inner.delete_prefix(prefix))

    async def _strict(self, op: str, call: Callable[[], Awaitable[T]]) -> T:
        try:
            return await call()
        except StoreError as exc:
            self.errors += 1
            if exc.refused:
                self._refused(op, exc)
            else:
                self._failed(op, str(exc))
            raise

    async def ping(self) -> None:
        """Never raises: updates `state`/`breaker`, and may be the half-open probe."""
        await self._run("ping", self.inner.ping, None)

    async def close(self) -> None:
        self._releases.close()
        try:
            await self.inner.close()
        except StoreError as exc:
            log.warning("store %s: close failed: %s", self.name, exc)

    async def _run(
        self,
        op: str,
        call: Callable[[], Awaitable[T]],
        miss: T,
        *,
        unsure: Callable[[], None] | None = None,
        bulk: bool = False,
    ) -> T:
        """`unsure`: called when the call may have reached the store though no answer
        says what it did (a timeout, a connection lost). `bulk`: a bulk read, whose
        timeout is no failure (module docstring)."""
        probe = self._opened_at is not None
        if probe:
            if self._probing or self.breaker == "open":
                self.short_circuits += 1
                return miss
            self._probing = True
        try:
            if op in self._bounded:
                result = await call()
            else:
                async with asyncio.timeout(self.op_timeout):
                    result = await call()
        except TimeoutError:
            self._timed_out(op, unsure, bulk)
            return miss
        except asyncio.CancelledError:  # its request ended (the client left): sent, maybe
            if unsure is not None:
                unsure()  # e.g. a lock it may have taken is given back, not left to expire
            raise
        except StoreError as exc:
            if exc.timed_out and (bulk or op in self._bounded):  # as the guard's deadline
                self._timed_out(op, unsure, bulk)
                return miss
            self.errors += 1
            if exc.refused:  # it answered: up, though it will not do this
                self._succeeded()
                self._refused(op, exc)
            else:
                self._failed(op, str(exc))
                if unsure is not None:
                    unsure()
            return miss
        finally:
            if probe:
                self._probing = False
        self._succeeded()
        if op in _WRITTEN:
            self._writes_refused_at = None  # a write went in: writes are taken again
        return result

    def _timed_out(self, op: str, unsure: Callable[[], None] | None, bulk: bool = False) -> None:
        self.timeouts += 1
        if unsure is not None:
            unsure()
        if not bulk:
            self._failed(op, f"no answer within {self.op_timeout:g}s")
            return
        self.bulk_timeouts += 1
        self._warnings.warning(
            "store",
            "store %s: a bulk read (%s) had no answer within %gs; its keys are misses, "
            "the breaker is left as it is (timeouts=%d, of them bulk=%d)",
            self.name,
            op,
            self.op_timeout,
            self.timeouts,
            self.bulk_timeouts,
        )

    def _failed(self, op: str, reason: str) -> None:
        self.consecutive_failures += 1
        now = self._clock()
        if self.consecutive_failures >= self.failure_threshold and not self._partly_up():
            self._opened_at = now
        self._warnings.warning(
            "store",
            "store %s failing open (%s: %s); breaker %s, errors=%d timeouts=%d",
            self.name,
            op,
            reason,
            self.breaker,
            self.errors,
            self.timeouts,
        )

    def _partly_up(self) -> bool:
        """The store says some of it answers (a Redis Cluster with a node down): its
        failures are that node's, and the rest of it must not be given up for them."""
        return bool(getattr(self.inner, "partly_answering", False))

    def _refused(self, op: str, exc: StoreError) -> None:
        self.refusals += 1
        self._refused_at = self._clock()
        if exc.refuses_writes and op in WRITES:
            self._writes_refused_at = self._refused_at
        self._warnings.warning(
            "store",  # one limit for failures and refusals alike
            "store %s refused an operation (%s: %s); reads go on, errors=%d refusals=%d%s",
            self.name,
            op,
            exc,
            self.errors,
            self.refusals,
            f"; writes skipped for {REFUSING_WRITES_FOR:g}s" if self.refusing_writes else "",
        )

    def _succeeded(self) -> None:
        if self._opened_at is not None:
            log.info("store %s answering again; breaker closed", self.name)
        self.consecutive_failures = 0
        self._opened_at = None
