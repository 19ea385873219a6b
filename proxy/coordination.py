"""Single flight across replicas that share a Redis: the cross-replica lock.

The replica that wins `SET <lock> <token> NX PX` calls the upstream. A request that is
about to lead its key on this replica takes the lock in the same round trip as its cache
lookup (`Coordinator.lookup`), so a miss costs no extra round trip. A request of another
replica that finds the lock taken follows: it asks the leader's replica (one `PUBLISH` on
that replica's channel, named by the lock token) to mirror its flight (head, each SSE event,
the end with the body) into a short-lived Redis Stream, and reads it with `XREAD BLOCK`, so
its streaming clients get every chunk live, a few ms after the leader's own clients. The
stream holds the flight from its start, so a follower that comes late misses nothing.
Answering those asks: `proxy.mirror_asks`; writing the stream: `proxy.stream_mirror`;
reading it: `proxy.follower`.

Every Redis failure degrades to going upstream without coordination: never a failed
request, never a hang.

A lock attempt whose reply does not come in time may still take the lock: a frozen Redis
(SIGSTOP, a VM paused, a long fork) runs the queued SET when it thaws, after the request
went upstream without it, and every replica would wait for a lock nobody holds until it
expired (lock_ttl). So its token is released at once in the background (compare-and-
delete, on the same connection: Redis runs it right after the attempt), and the next
attempt on that key waits for that release first. Failures to release, refresh or give
back a lock are logged at most once per `_LOG_EVERY` (one per request, otherwise).

On a single node, the lock commands and the leader's stream writes go through an
auto-pipelined connection (`proxy.store.pipeline`, cheap per command); blocking reads
(XREAD BLOCK) keep redis-py's client.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
from typing import Any

from redis.exceptions import ResponseError

from proxy.flights import Flight
from proxy.follower import BLOCK_MS, Followed, follow
from proxy.locks import REFRESH, RELEASE, LockHolder
from proxy.mirror_asks import MirrorAsks
from proxy.replica_keys import live_key, lock_key
from proxy.replica_keys import mirror_channel as mirror_channel
from proxy.store.base import Store
from proxy.store.guard import GuardedStore
from proxy.store.pipeline import PipelinedRedis
from proxy.store.releases import LockReleases
from proxy.stream_mirror import ENDED_TTL_MS, StreamMirror
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.coordination")

_FAST_READ_TIMEOUT = 1.0  # the pipelined connection's watchdog
_FAST_MAX_BYTES = 32 * 1024  # larger batches of stream records use the pool
_MAX_UNSURE = 4096  # lock attempts of unknown outcome remembered (see `acquire`)
_RELEASE_TIMEOUT = 2.0  # bound on releasing a lock attempt of unknown outcome
_LOG_EVERY = 10.0  # seconds between log lines of one kind of lock trouble

# the suffix of the lock token of a call whose answer comes whole, not streamed (a
# counter in hex never ends with it): a stream that finds such a lock does not follow it,
# it leads a streamed call beside it (`proxy.chat_replicas`); older replicas' tokens lack it
WHOLE = "w"

Claim = tuple[bool, str | None]
"""What taking a key's lock said: (True, token) this caller leads; (False, the leader's
token), or (False, None) when the leader just finished."""


def whole(token: str) -> bool:
    """Whether a lock token is one of a call whose answer comes whole (`WHOLE`)."""
    return token.endswith(WHOLE)


class Coordinator:
    """Locks and live streams on a dedicated Redis client (its socket timeout allows for
    blocking reads, unlike the store's tight one)."""

    def __init__(
        self,
        client: Any,
        *,
        op_timeout: float = 0.25,
        lock_ttl: float = 30.0,
        fast: PipelinedRedis | None = None,
    ) -> None:
        self.client = client
        self.fast = fast  # non-blocking commands, when the node allows it
        self.op_timeout = op_timeout
        self.lock_ttl_ms = int(lock_ttl * 1000)
        # lock tokens: unique per replica and flight, and cheap (no syscall per request)
        self._token_prefix = secrets.token_hex(8)
        self._token_counter = itertools.count()
        # key -> the token of a lock attempt whose outcome is unknown (its reply came late
        # or never): the next `acquire` of the key sends it again and owns a lock holding it
        self._unsure: dict[str, str] = {}
        # key -> the release of such an attempt's token, under way: the next attempt waits
        self._releases = LockReleases()  # of lock attempts whose outcome is unknown
        self._log = ThrottledLog(log, _LOG_EVERY)
        self.asks = MirrorAsks(self, self._log)  # followers' asks to mirror a flight

    def token(self, whole: bool = False) -> str:
        """A new lock token; `whole`: of a call whose answer comes whole (stream=false), which
        the token says to the streams that find the lock (`whole`)."""
        token = f"{self._token_prefix}.{next(self._token_counter):x}"
        return token + WHOLE if whole else token

    async def command(self, *args: Any) -> Any:
        """One non-blocking command, on the pipelined connection when there is one."""
        if self.fast is not None:
            return await self.fast.execute(*args)
        return await self.client.execute_command(*args)

    async def commands(self, commands: list[tuple[Any, ...]]) -> list[Any]:
        """Several non-blocking commands in one round trip (not a transaction). Large ones
        (a long body) go through redis-py's pool: on the shared pipelined connection they
        would delay the small lock commands queued behind them."""
        size = sum(len(a) for args in commands for a in args if isinstance(a, bytes))
        if self.fast is not None and size <= _FAST_MAX_BYTES:
            return await self.fast.execute_many(commands)
        async with self.client.pipeline(transaction=False) as pipe:
            for args in commands:
                pipe.execute_command(*args)
            return list(await pipe.execute())

    async def close(self) -> None:
        self._releases.close()
        await self.asks.close()
        if self.fast is not None:
            await self.fast.close()
        await self.client.aclose()

    async def lookup(
        self, store: Store, key: str, whole: bool = False
    ) -> tuple[bytes | None, Claim | None]:
        """The stored entry of `key`, or None and the claim on its lock: both in one round
        trip (`Store.get_or_lock`). The claim is None when the entry was found or the store
        could not tell; `acquire` then asks again (and owns the lock if this lookup took
        it after all, e.g. its reply missed the store's deadline)."""
        self.asks.listening()
        token = self.token(whole)
        lock = lock_key(key)
        value, holder = await store.get_or_lock(key, lock, token, self.lock_ttl_ms / 1000)
        if value is None and holder is None:
            self._remember(key, token)
            # a guarded store releases an attempt of unknown outcome on its own connection
            releasing = store.releasing(lock) if isinstance(store, GuardedStore) else None
            if releasing is not None:
                self._releases.adopt(lock, releasing)
        if value is not None or holder is None:
            return value, None
        return None, (holder == token, holder)

    def _remember(self, key: str, token: str) -> None:
        """`token` may hold `key`'s lock though no reply said so."""
        if len(self._unsure) >= _MAX_UNSURE and key not in self._unsure:
            del self._unsure[next(iter(self._unsure))]  # (the oldest: most likely expired)
        self._unsure[key] = token

    async def abandon(self, key: str, token: str) -> None:
        """Give back a lock this replica took but will not use (another of its requests
        leads the key): release it, then tell whoever follows it to take over at once."""
        stream = live_key(key, token)
        try:
            async with asyncio.timeout(self.op_timeout):
                await self.commands(
                    [
                        ("EVAL", RELEASE, 1, lock_key(key), token),
                        ("XADD", stream, "*", "t", "a"),
                        ("PEXPIRE", stream, ENDED_TTL_MS),
                    ]
                )
        except Exception as exc:  # followers take over once the lock expires
            self._log.info("abandon", "could not give back lock %s: %r", key, exc)

    async def acquire(self, key: str, whole: bool = False) -> Claim:
        """(True, token) when this replica now leads `key`; (False, the leader's token)
        when another does (None if it just finished). Raises on Redis failure (the caller
        then goes upstream uncoordinated).

        A lock attempt of this replica for `key` whose outcome is unknown (a lookup's, or an
        earlier `acquire`'s that timed out after Redis ran it) is retried with its token:
        finding that token in the lock means the lock is this caller's, not a leader's that
        nobody will ever write for."""
        self.asks.listening()
        token = self._unsure.pop(key, None) or self.token(whole)
        lock = lock_key(key)
        releasing = self._releases.under_way(lock)
        sent = False  # a SET is out whose reply has not come
        try:
            async with asyncio.timeout(self.op_timeout):
                if releasing is not None:
                    # an earlier attempt's release, maybe on another connection: a lock
                    # taken before it runs would be released by it
                    await asyncio.wait([releasing])  # (never raises; not cancelled)
                sent = True
                taken = await self.command("SET", lock, token, "PX", self.lock_ttl_ms, "NX")
                sent = False
                if taken:
                    return True, token
                holder = await self.command("GET", lock)
        except BaseException as exc:
            self._remember(key, token)  # the SET may have run
            if sent and not isinstance(exc, ResponseError):  # ... or may still run:
                # released on the connection the SET went out on (when it is the
                # pipelined one), so Redis runs it after that SET, even if both wait for a thaw
                self._releases.start(lock, self._release_quietly(lock, token))
            raise
        if holder is not None and holder.decode() == token:
            return True, token
        return False, holder.decode() if holder else None

    async def _release_quietly(self, lock: str, token: str) -> None:
        try:
            async with asyncio.timeout(_RELEASE_TIMEOUT):
                await self.command("EVAL", RELEASE, 1, lock, token)
        except Exception as exc:  # (queued behind the SET on a frozen Redis: still runs)
            log.debug("releasing lock attempt %s: %r", lock, exc)

    def uncoordinated(self, key: str, exc: BaseException) -> None:
        """Log (throttled) that a request of `key` goes upstream without the lock."""
        self._log.info("acquire", "no cross-replica lock for %s: %r", key, exc)

    async def release(self, key: str, token: str) -> None:
        try:
            async with asyncio.timeout(self.op_timeout):
                await self.command("EVAL", RELEASE, 1, lock_key(key), token)
        except Exception as exc:  # the lock expires on its own
            self._log.info("release", "could not release lock %s: %r", key, exc)

    def hold(self, key: str, token: str) -> LockHolder:
        """Refresh the lock until cancelled (long streams outlive the lock TTL)."""
        return LockHolder(self, key, token)

    async def refresh(self, key: str, token: str) -> None:
        try:
            async with asyncio.timeout(self.op_timeout):
                await self.command("EVAL", REFRESH, 1, lock_key(key), token, self.lock_ttl_ms)
        except Exception as exc:
            self._log.info("refresh", "could not refresh lock %s: %r", key, exc)

    def mirror(self, key: str, token: str) -> StreamMirror:
        """The mirror of a flight this replica leads under `token` (see `MirrorAsks`)."""
        return self.asks.mirror(key, token)

    def forget(self, mirror: StreamMirror) -> None:
        """`mirror`'s flight ended (called by the mirror)."""
        self.asks.forget(mirror)

    async def follow(
        self, key: str, token: str, flight: Flight, wait: float, quiet: float | None = None
    ) -> Followed:
        """Feed `flight` from the leader's live stream (see `proxy.follower.follow`)."""
        return await follow(self.client, self.asks, self._unsure, key, token, flight, wait, quiet)


def open_coordinator(url: str, *, cluster: bool, lock_ttl: float = 10.0) -> Coordinator:
    """A dedicated client: blocking XREADs must not count against the store's pool or its
    tight socket timeout. Nothing connects until first use."""
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster

    options: dict[str, Any] = {
        "socket_timeout": BLOCK_MS / 1000 + 2.0,
        "socket_connect_timeout": 0.25,
        "decode_responses": False,
    }
    if cluster:
        # one connection per blocked follower, like the single-node pool (unbounded); the
        # cluster pool's default (100 per node) raises past that instead of waiting
        client: Redis | RedisCluster = RedisCluster.from_url(url, max_connections=2**31, **options)
    else:
        client = Redis.from_url(url, **options)
    fast = None if cluster else PipelinedRedis.from_url(url, read_timeout=_FAST_READ_TIMEOUT)
    return Coordinator(client, lock_ttl=lock_ttl, fast=fast)
