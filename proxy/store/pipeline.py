"""One auto-pipelined Redis connection for the store's simple, hot commands.

redis-py's asyncio client spends tens of microseconds of Python on every command (a pool
condition, timeouts, retry and observability wrappers), and a cache hit is one GET. Here a
command sent while nothing is in flight leaves at once (a lone request waits for nothing);
otherwise the commands issued during one event-loop iteration leave in one write. Replies
are matched to the callers in order (Redis answers a connection in order) and parsed by
hiredis.
Only non-blocking commands may use it: a blocking one (XREAD BLOCK) would stall every caller.

Failures are redis-py's own exceptions (ConnectionError, TimeoutError, ResponseError), so
callers convert them as they always did. A reply slower than `read_timeout` fails every
pending command and drops the connection (a hung server); a connection that served before
and then died is replaced and the command retried once (a Redis restart), like redis-py.
With a `timeout`, every command ends within it whatever hangs (connecting, waiting for
another caller's connect, the reply, the retry), so a caller needs no timer of its own:
on a live connection the one watchdog timer of the connection bounds it (`read_timeout`
is at most `timeout`), and only the rare rest runs under an `asyncio.timeout`.
A READONLY reply (the server was demoted to a replica by a failover) retires the
connection: the next command connects anew, to wherever the address now leads. At most
once every `REFRESH_READONLY` seconds, so an address that still leads to a replica (DNS
not switched yet, or misconfigured) costs one new connection a second, not one per write.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from typing import Any

import hiredis
from redis.asyncio.connection import UnixDomainSocketConnection, parse_url
from redis.exceptions import ConnectionError, ResponseError
from redis.exceptions import TimeoutError as ReadTimeout

Arg = bytes | str | int | float
_OPTIONS = frozenset({"host", "port", "db", "username", "password", "path", "connection_class"})
REFRESH_READONLY = 1.0  # seconds between reconnections for READONLY replies


class _Connection(asyncio.Protocol):
    def __init__(self, read_timeout: float, readonly_retires_at: float = -math.inf) -> None:
        self.loop = asyncio.get_running_loop()
        self.read_timeout = read_timeout
        self.reader = hiredis.Reader(replyError=ResponseError)
        self.waiters: deque[tuple[asyncio.Future[Any], float]] = deque()  # (caller, sent at)
        self.pending: list[bytes] = []  # commands of this loop iteration, not yet written
        self.transport: asyncio.Transport | None = None
        self.closed = False
        # a READONLY reply: this server became a replica (a failover behind a DNS name or
        # a floating address): no new commands here; closed once its replies are in. Not
        # before `readonly_retires_at` (loop time): the one before it was retired just now
        self.stale = False
        self.readonly_retires_at = readonly_retires_at
        self.answered = 0  # replies received so far
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(ConnectionError(f"connection to redis lost: {exc or 'closed by the server'}"))

    def data_received(self, data: bytes) -> None:
        self.reader.feed(data)
        waiters = self.waiters
        try:
            while waiters:
                reply = self.reader.gets()
                if reply is False:
                    break
                future, _ = waiters.popleft()
                self.answered += 1
                if future.done():
                    continue  # its caller gave up (timed out or cancelled)
                if isinstance(reply, ResponseError):
                    if not self.stale and str(reply).startswith("READONLY"):
                        self.stale = self.loop.time() >= self.readonly_retires_at
                    future.set_exception(reply)
                else:
                    future.set_result(reply)
        except Exception as exc:  # a protocol error: nothing after it can be trusted
            self._fail(ConnectionError(f"unreadable reply from redis: {exc!r}"))
        if self.stale and not self.waiters and not self.closed:
            self.close()

    def send(self, commands: list[bytes]) -> list[asyncio.Future[Any]]:
        """Queue packed commands for this iteration's write; a future per reply."""
        if self.closed:
            raise ConnectionError("connection to redis closed")
        now = self.loop.time()
        futures = [self.loop.create_future() for _ in commands]
        idle = not self.waiters and not self.pending
        self.waiters.extend((f, now) for f in futures)
        if idle and self.transport is not None:
            # nothing in flight: write now rather than an iteration later (under load there
            # are always replies due, and the commands of an iteration still go together)
            self.transport.write(commands[0] if len(commands) == 1 else b"".join(commands))
        else:
            if not self.pending:
                self.loop.call_soon(self._flush)
            self.pending.extend(commands)
        if self._timer is None:
            self._timer = self.loop.call_at(now + self.read_timeout, self._check)
        return futures

    def close(self) -> None:
        self._fail(ConnectionError("connection to redis closed"))

    def _flush(self) -> None:
        if self.pending and not self.closed and self.transport is not None:
            self.transport.write(b"".join(self.pending))
        self.pending.clear()

    def _check(self) -> None:
        """Watchdog: one timer per connection (not per command) while replies are due."""
        self._timer = None
        if not self.waiters or self.closed:
            return
        due = self.waiters[0][1] + self.read_timeout
        if self.loop.time() >= due:
            self._fail(ReadTimeout(f"Timeout reading from redis ({self.read_timeout:g}s)"))
        else:
            self._timer = self.loop.call_at(due, self._check)

    def _fail(self, exc: Exception) -> None:
        self.closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        while self.waiters:
            future, _ = self.waiters.popleft()
            if not future.done():
                future.set_exception(exc)
                future.exception()  # retrieved: a caller that left must not warn
        self.pending.clear()
        if self.transport is not None:
            self.transport.abort()


class PipelinedRedis:
    """A lazily (re)connected pipelined connection to one Redis node."""

    def __init__(
        self,
        host: str = "localhost",
        port: int = 6379,
        *,
        path: str | None = None,
        db: int = 0,
        username: str | None = None,
        password: str | None = None,
        connect_timeout: float = 0.25,
        read_timeout: float = 0.25,
        timeout: float | None = None,
    ) -> None:
        self.address = path or f"{host}:{port}"
        self._host, self._port, self._path = host, port, path
        self._setup: list[bytes] = []  # sent first on every new connection
        if password is not None:
            auth = ("AUTH", username, password) if username else ("AUTH", password)
            self._setup.append(_pack(auth))
        if db:
            self._setup.append(_pack(("SELECT", db)))
        self.connect_timeout = connect_timeout
        # `timeout`: the most one `execute` takes, whatever hangs (None: no such bound)
        self.timeout = timeout
        self.read_timeout = read_timeout if timeout is None else min(read_timeout, timeout)
        self._conn: _Connection | None = None
        self._lock: asyncio.Lock | None = None
        self._readonly_retired = -math.inf  # loop time a READONLY reply last retired one

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        connect_timeout: float = 0.25,
        read_timeout: float = 0.25,
        timeout: float | None = None,
    ) -> PipelinedRedis | None:
        """None for a URL it does not handle (TLS, unusual options): use redis-py then."""
        options: dict[str, Any] = dict(parse_url(url))
        read_timeout = options.pop("socket_timeout", read_timeout)
        connect_timeout = options.pop("socket_connect_timeout", connect_timeout)
        kind = options.pop("connection_class", None)
        if set(options) - _OPTIONS or kind not in (None, UnixDomainSocketConnection):
            return None
        return cls(
            **options, connect_timeout=connect_timeout, read_timeout=read_timeout, timeout=timeout
        )

    async def execute(self, *args: Arg) -> Any:
        """One command's reply."""
        (reply,) = await self.execute_many([args])
        return reply

    async def execute_many(self, commands: list[tuple[Arg, ...]]) -> list[Any]:
        """Replies of several commands sent together (not a transaction)."""
        packed = [_pack(c) for c in commands]
        conn = self._conn
        if conn is None or conn.closed or conn.stale:
            return await self._anew(packed, None, again=True)
        # the usual case: no timer of its own, the connection's watchdog bounds the wait
        served = conn.answered > 0
        start = conn.loop.time()
        try:
            return await _gather(conn.send(packed))
        except ConnectionError:
            if not served:
                raise
        # it had served before and died since (e.g. Redis restarted): once more, anew
        return await self._anew(packed, start, again=False)

    async def _anew(self, packed: list[bytes], start: float | None, *, again: bool) -> list[Any]:
        """`packed` on a new connection (made now, or by a concurrent caller), within
        `timeout` of `start` (default: now)."""
        if self.timeout is None:
            return await self._on_new(packed, again)
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at((loop.time() if start is None else start) + self.timeout):
                return await self._on_new(packed, again)
        except TimeoutError:
            msg = f"Timeout: no reply from redis at {self.address} within {self.timeout:g}s"
            raise ReadTimeout(msg) from None

    async def _on_new(self, packed: list[bytes], again: bool) -> list[Any]:
        """`again`: once more on another connection if this one served and then died."""
        conn = await self._connect()
        served = conn.answered > 0
        try:
            return await _gather(conn.send(packed))
        except ConnectionError:
            if not (again and served):
                raise
        return await _gather((await self._connect()).send(packed))

    async def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def _connect(self) -> _Connection:
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # one connect at a time; the others reuse its connection
            if self._conn is not None and not (self._conn.closed or self._conn.stale):
                return self._conn
            loop = asyncio.get_running_loop()
            if self._conn is not None and self._conn.stale:
                self._readonly_retired = loop.time()
            conn = _Connection(self.read_timeout, self._readonly_retired + REFRESH_READONLY)
            try:
                async with asyncio.timeout(self.connect_timeout):
                    if self._path:
                        await loop.create_unix_connection(lambda: conn, self._path)
                    else:
                        await loop.create_connection(lambda: conn, self._host, self._port)
                    if self._setup:
                        await _gather(conn.send(self._setup))
            except TimeoutError:
                conn.close()
                raise ReadTimeout(f"Timeout connecting to redis at {self.address}") from None
            except OSError as exc:
                conn.close()
                raise ConnectionError(
                    f"Error connecting to redis at {self.address}: {exc}"
                ) from exc
            except ResponseError as exc:  # AUTH or SELECT refused
                conn.close()
                msg = f"redis at {self.address} refused the session: {exc}"
                raise ConnectionError(msg) from None
            self._conn = conn
            return conn


def _pack(args: tuple[Arg | None, ...]) -> bytes:
    return hiredis.pack_command(args)  # type: ignore[arg-type]  # the stub wants 1-tuples


async def _gather(futures: list[asyncio.Future[Any]]) -> list[Any]:
    if len(futures) == 1:
        return [await futures[0]]
    replies = []
    try:
        for future in futures:
            replies.append(await future)
    except BaseException:
        # an error reply (the first one raises), a timeout or a cancellation: the replies
        # nobody will read are dropped (pending ones skipped when they come), and their
        # errors marked retrieved (else asyncio logs each "Future exception was never
        # retrieved": one ERROR per refused command while Redis refuses writes)
        for future in futures:
            if not future.done():
                future.cancel()
            elif not future.cancelled():
                future.exception()
        raise
    return replies
