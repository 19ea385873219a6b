"""Single flight across replicas that share a Redis.

The replica that wins `SET <lock> <token> NX PX` calls the upstream. A request that is
about to lead its key on this replica takes the lock in the same round trip as its cache
lookup (`Coordinator.lookup`), so a miss costs no extra round trip. A request of another
replica that finds the lock taken follows: it asks the leader's replica (one `PUBLISH` on
that replica's channel, named by the lock token) to mirror its flight (head, each SSE event,
the end with the body) into a short-lived Redis Stream, and reads it with `XREAD BLOCK`, so
its streaming clients get every chunk live, a few ms after the leader's own clients. The
stream holds the flight from its start, so a follower that comes late misses nothing. A
flight nobody follows writes nothing to Redis: mirroring every miss cost a write per
streamed token and kept every token in Redis for the stream's lifetime.

Leader crash: the lock expires (it is refreshed while the call runs); a follower that sees
no lock and nothing new takes over and calls the upstream itself. Every Redis failure
degrades to going upstream without coordination: never a failed request, never a hang.

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
import contextlib
import itertools
import logging
import secrets
import time
from typing import Any, Literal

import orjson
from redis.exceptions import NoPermissionError, ResponseError

from proxy.errors import LeaderLost
from proxy.flights import Flight
from proxy.locks import REFRESH, RELEASE, LockHolder
from proxy.store.base import Store
from proxy.store.guard import GuardedStore
from proxy.store.pipeline import PipelinedRedis
from proxy.store.releases import LockReleases
from proxy.stream_mirror import ENDED_TTL_MS, StreamMirror, read_end, read_head
from proxy.tasks import stopping
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.coordination")

_BLOCK_MS = 1_000
_FAST_READ_TIMEOUT = 1.0  # the pipelined connection's watchdog
_FAST_MAX_BYTES = 32 * 1024  # larger batches of stream records use the pool
_ASK_EVERY = 0.25  # a follower that has received nothing asks for the mirror again
# The listener's own check: after this long without a message it publishes one to itself,
# and a subscription that does not echo it within _ECHO_WAIT is connected anew (a NAT or
# load balancer that drops an idle flow leaves a socket that never errs, and never hears).
_LISTEN_CHECK = 30.0
_ECHO_WAIT = 5.0
_ECHO = b"\x00echo"
_ASK_UNHEARD = 0.02  # ... sooner while its ask reached nobody (the leader's replica is
# (re)subscribing)
_MAX_UNSURE = 4096  # lock attempts of unknown outcome remembered (see `acquire`)
_RELEASE_TIMEOUT = 2.0  # bound on releasing a lock attempt of unknown outcome
_LOG_EVERY = 10.0  # seconds between log lines of one kind of lock trouble

Followed = Literal["done", "takeover", "abandoned"]
Claim = tuple[bool, str | None]
"""What taking a key's lock said: (True, token) this caller leads; (False, the leader's
token), or (False, None) when the leader just finished."""


def lock_key(key: str) -> str:
    return key.replace(":c:", ":lock:", 1)


def live_key(key: str, token: str) -> str:
    """One stream per flight: a follower never reads an earlier flight's records."""
    return key.replace(":c:", ":live:", 1) + ":" + token


def _bounded_put(memo: dict[Any, Any], key: Any, value: Any) -> None:
    """`memo[key] = value`, the oldest entry going first once it holds `_MAX_UNSURE`."""
    if len(memo) >= _MAX_UNSURE and key not in memo:
        del memo[next(iter(memo))]
    memo[key] = value


def mirror_channel(token: str) -> str:
    """Where followers ask the replica holding lock `token` to mirror its flight: one
    channel per replica (the token's prefix), so a replica subscribes once."""
    return "ls:mirror:" + token.partition(".")[0]


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
        self._mirrors: dict[bytes, StreamMirror] = {}  # live stream -> this replica's flight
        # streams asked for before their flight's mirror existed (the lock is taken a few
        # steps before the call starts): mirrored from the start once it does
        self._early: dict[bytes, None] = {}
        self._listener: asyncio.Task[None] | None = None
        self._closing = False
        # Redis refused this replica's subscription (an ACL user without channels, Redis
        # 7's default): nobody can ask it, so it mirrors every flight, as before on demand
        self._mirror_all = False
        self._ask_refused = False  # (logged once)

    def token(self) -> str:
        return f"{self._token_prefix}.{next(self._token_counter):x}"

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
        self._closing = True
        self._releases.close()
        if self._listener is not None:
            self._listener.cancel()  # (redis-py may turn the cancellation into an error)
            await asyncio.wait([self._listener], timeout=1.0)
        if self.fast is not None:
            await self.fast.close()
        await self.client.aclose()

    async def lookup(self, store: Store, key: str) -> tuple[bytes | None, Claim | None]:
        """The stored entry of `key`, or None and the claim on its lock: both in one round
        trip (`Store.get_or_lock`). The claim is None when the entry was found or the store
        could not tell; `acquire` then asks again (and owns the lock if this lookup took
        it after all, e.g. its reply missed the store's deadline)."""
        self._listening()
        token = self.token()
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
        _bounded_put(self._unsure, key, token)  # (the oldest: most likely expired)

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

    async def acquire(self, key: str) -> Claim:
        """(True, token) when this replica now leads `key`; (False, the leader's token)
        when another does (None if it just finished). Raises on Redis failure (the caller
        then goes upstream uncoordinated).

        A lock attempt of this replica for `key` whose outcome is unknown (a lookup's, or an
        earlier `acquire`'s that timed out after Redis ran it) is retried with its token:
        finding that token in the lock means the lock is this caller's, not a leader's that
        nobody will ever write for."""
        self._listening()
        token = self._unsure.pop(key, None) or self.token()
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
        """The mirror of a flight this replica leads under `token`: it writes to Redis only
        once a follower on another replica asks for it."""
        mirror = StreamMirror(self, live_key(key, token), lock_key(key), token)
        stream = mirror.stream.encode()
        self._mirrors[stream] = mirror
        self._listening()
        if stream in self._early or self._mirror_all:
            self._early.pop(stream, None)
            mirror.activate()
        return mirror

    def _listening(self) -> None:
        """Listen for followers' asks from the first lock attempt on (so the first flight's
        follower is heard too), until closed."""
        if self._closing or self._mirror_all:
            return
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen(), name="llmstash-mirror-asks")

    def _asked(self, stream: bytes) -> None:
        mirror = self._mirrors.get(stream)
        if mirror is not None:
            mirror.activate()
            return
        _bounded_put(self._early, stream, None)  # (the oldest: flights that never came)

    def forget(self, mirror: StreamMirror) -> None:
        self._mirrors.pop(mirror.stream.encode(), None)

    async def _listen(self) -> None:
        """Start the mirror of each flight a follower asks for (this replica's channel)."""
        channel = mirror_channel(self.token())
        while not (self._closing or stopping()):
            pubsub = None
            try:
                # a cluster client must know its slots first (its pubsub picks the node by
                # the channel's): the listener starts alongside the first lock command
                await self.client.initialize()
                pubsub = self.client.pubsub()
                await pubsub.subscribe(channel)
                heard, echo = time.monotonic(), 0.0  # last message; when an echo went out
                while not (self._closing or stopping()):  # (see proxy.tasks)
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1)
                    now = time.monotonic()
                    if message is not None and message["type"] == "message":
                        heard, echo = now, 0.0
                        if message["data"] != _ECHO:
                            self._asked(message["data"])
                    elif echo and now - echo > _ECHO_WAIT:
                        raise ConnectionError("the subscription did not echo: connecting anew")
                    elif not echo and now - heard > _LISTEN_CHECK:
                        echo = now
                        with contextlib.suppress(ResponseError):  # (no right to publish)
                            await self.command("PUBLISH", channel, _ECHO)
            except NoPermissionError as exc:
                log.warning(
                    "may not subscribe to %s (%s): every flight is mirrored to other "
                    "replicas (grant the ACL user &ls:mirror:* to mirror only on demand)",
                    channel,
                    exc,
                )
                self._mirror_all = True
                self._early.clear()
                for mirror in list(self._mirrors.values()):
                    mirror.activate()
                return
            except Exception as exc:  # Redis trouble: followers time out and go upstream
                if self._closing:
                    return
                self._log.info("listen", "listening for mirror requests failed: %r", exc)
                await asyncio.sleep(1.0)
            finally:
                if pubsub is not None:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()

    async def _ask(self, token: str, stream: str) -> int:
        """Ask the replica holding lock `token` to mirror its flight: how many heard it.
        An ask Redis refuses (no channel permission) reached nobody, but the leader's
        replica, refused alike, mirrors every flight: keep following."""
        try:
            return int(await self.command("PUBLISH", mirror_channel(token), stream))
        except ResponseError as exc:
            if not self._ask_refused:
                self._ask_refused = True
                log.warning("may not ask for mirrors (PUBLISH refused: %s)", exc)
            return 0

    async def follow(self, key: str, token: str, flight: Flight, wait: float) -> Followed:
        """Feed `flight` from the leader's live stream until it ends ("done"), or say the
        caller should call the upstream itself ("takeover": leader gone before anything
        arrived, silent for `wait` seconds, or Redis failed; "abandoned": the lock was
        given back unused, or is one this replica took without knowing it (see
        `acquire`), so the caller may try for it again at no cost)."""
        last: bytes | str = "0-0"
        received = False
        expected = 0  # the number of the next record (records of older replicas have none)
        deadline = time.monotonic() + wait
        stream = live_key(key, token)
        asked, again, unheard = 0.0, 0.0, 0
        try:
            while True:
                if not received and self._unsure.get(key) == token:
                    # the lock is this replica's own (a lock attempt whose reply came late):
                    # nobody writes this stream, so the caller takes the lock over
                    return "abandoned"
                now = time.monotonic()
                remaining = deadline - now
                if remaining <= 0:
                    break
                wake = _BLOCK_MS / 1000
                if not received:  # ask (again: a message is lost if nobody listened yet)
                    if now - asked >= again:
                        heard = await self._ask(token, stream)
                        unheard = 0 if heard else unheard + 1
                        # (a replica that never listens, e.g. an older version: not 50/s)
                        quick = 0 < unheard <= 10
                        asked, again = now, _ASK_UNHEARD if quick else _ASK_EVERY
                    wake = again
                block = max(1, int(min(remaining, wake) * 1000))
                answer = await self.client.xread({stream: last}, count=1024, block=block)
                if not answer:
                    if await self.client.exists(lock_key(key)):
                        continue  # leader alive, just quiet
                    answer = await self.client.xread({stream: last}, count=1024)
                    if not answer:
                        break  # leader gone without an end
                deadline = time.monotonic() + wait  # silence, not length, is bounded
                for record_id, fields in answer[0][1]:
                    last = record_id
                    number = fields.get(b"n")
                    if number is not None and int(number) != expected:
                        raise LookupError(f"record {expected} of the stream is gone")
                    expected += 1
                    kind = fields[b"t"]
                    if kind == b"h":
                        flight.set_head(read_head(orjson.loads(fields[b"d"])))
                        received = True
                    elif kind in (b"e", b"u"):
                        flight.publish(fields[b"d"], kind == b"u")
                        received = True
                    elif kind == b"x":
                        read_end(flight, orjson.loads(fields[b"d"]), fields.get(b"b", b""))
                        return "done"
                    elif kind == b"a" and not received:
                        return "abandoned"
        except Exception as exc:
            log.warning("following the leader of %s failed: %r", key, exc)
        if received:
            flight.fail(LeaderLost("the replica answering this request stopped midway"))
            return "done"
        return "takeover"


def open_coordinator(url: str, *, cluster: bool, lock_ttl: float = 10.0) -> Coordinator:
    """A dedicated client: blocking XREADs must not count against the store's pool or its
    tight socket timeout. Nothing connects until first use."""
    from redis.asyncio import Redis
    from redis.asyncio.cluster import RedisCluster

    options: dict[str, Any] = {
        "socket_timeout": _BLOCK_MS / 1000 + 2.0,
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
