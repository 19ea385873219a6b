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
from multidict import CIMultiDict
from redis.exceptions import NoPermissionError, ResponseError

from proxy.errors import LeaderLost, ProxyError, UpstreamBroken
from proxy.flights import Flight, Head, Outcome
from proxy.store.base import Store
from proxy.store.guard import GuardedStore
from proxy.store.pipeline import PipelinedRedis
from proxy.store.releases import LockReleases
from proxy.tasks import stopping
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.coordination")

_RELEASE = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
)
_REFRESH = (
    "if redis.call('get', KEYS[1]) == ARGV[1] then "
    "return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"
)
_LIVE_TTL_MS = 120_000  # a flight's live stream, while it runs
# once its end is written: followers read it within ms, and later requests find the entry
# (a stream kept for minutes would hold every streamed token of every miss in Redis)
_ENDED_TTL_MS = 10_000
_LIVE_MAXLEN = 20_000
_BLOCK_MS = 1_000
_FAST_READ_TIMEOUT = 1.0  # the pipelined connection's watchdog
_FAST_MAX_BYTES = 32 * 1024  # larger batches of stream records use the pool
_HEAD_DELAY = 0.05  # the head waits this long for the first event to go out with it
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
                        ("EVAL", _RELEASE, 1, lock_key(key), token),
                        ("XADD", stream, "*", "t", "a"),
                        ("PEXPIRE", stream, _ENDED_TTL_MS),
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
                await self.command("EVAL", _RELEASE, 1, lock, token)
        except Exception as exc:  # (queued behind the SET on a frozen Redis: still runs)
            log.debug("releasing lock attempt %s: %r", lock, exc)

    def uncoordinated(self, key: str, exc: BaseException) -> None:
        """Log (throttled) that a request of `key` goes upstream without the lock."""
        self._log.info("acquire", "no cross-replica lock for %s: %r", key, exc)

    async def release(self, key: str, token: str) -> None:
        try:
            async with asyncio.timeout(self.op_timeout):
                await self.command("EVAL", _RELEASE, 1, lock_key(key), token)
        except Exception as exc:  # the lock expires on its own
            self._log.info("release", "could not release lock %s: %r", key, exc)

    def hold(self, key: str, token: str) -> LockHolder:
        """Refresh the lock until cancelled (long streams outlive the lock TTL)."""
        return LockHolder(self, key, token)

    async def refresh(self, key: str, token: str) -> None:
        try:
            async with asyncio.timeout(self.op_timeout):
                await self.command("EVAL", _REFRESH, 1, lock_key(key), token, self.lock_ttl_ms)
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
                        flight.set_head(_head(orjson.loads(fields[b"d"])))
                        received = True
                    elif kind in (b"e", b"u"):
                        flight.publish(fields[b"d"], kind == b"u")
                        received = True
                    elif kind == b"x":
                        _end(flight, orjson.loads(fields[b"d"]), fields.get(b"b", b""))
                        return "done"
                    elif kind == b"a" and not received:
                        return "abandoned"
        except Exception as exc:
            log.warning("following the leader of %s failed: %r", key, exc)
        if received:
            flight.fail(LeaderLost("the replica answering this request stopped midway"))
            return "done"
        return "takeover"


class LockHolder:
    """Refreshes a lock every third of its TTL until cancelled: a timer, so leading a
    flight starts no task before the upstream call is on its way."""

    def __init__(self, coordinator: Coordinator, key: str, token: str) -> None:
        self.coordinator = coordinator
        self.key = key
        self.token = token
        self.interval = coordinator.lock_ttl_ms / 3000
        self._loop = asyncio.get_running_loop()
        self._timer: asyncio.TimerHandle | None = self._loop.call_later(self.interval, self._due)
        self._task: asyncio.Task[None] | None = None

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._task is not None:
            self._task.cancel()

    def _due(self) -> None:
        self._timer = None
        self._task = asyncio.create_task(self._refresh())

    async def _refresh(self) -> None:
        await self.coordinator.refresh(self.key, self.token)
        self._task = None
        self._timer = self._loop.call_later(self.interval, self._due)


_Record = bytes | dict[bytes, bytes] | Head  # bytes: a plain event


class StreamMirror:
    """Leader side: once a follower asks (`activate`), appends the flight's head, events and
    end to the live stream, in order, from the start, batching whatever accumulated while
    the previous XADDs were in flight. Writes leave after the leader's own clients got what
    they carry (the task starts with the first record, and yields once before each batch).
    Until then the records only queue up (references to the flight's own bytes)."""

    def __init__(self, coordinator: Coordinator, stream: str, lock: str, token: str) -> None:
        self.coordinator = coordinator
        self.stream = stream
        self.lock = lock
        self.token = token
        self.released = False  # the lock went out with the end record
        # a Head is encoded when sent; a plain event is the flight's own bytes (an inactive
        # mirror may hold every event of a long stream: no per-event record of its own)
        self._pending: list[_Record] = []
        self._wake = asyncio.Event()
        self._ended = False
        # the end may release the lock, unless the answer is still to be stored: then the
        # lock is released after the store write (no request may lead in between)
        self._release_with_end = True
        self._task: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._kicked = False
        self._loop = asyncio.get_running_loop()
        self.active = False  # a follower asked for this flight
        # records are numbered from 0: a follower that finds one missing (the stream was
        # evicted, or cut by MAXLEN) stops rather than pass on an answer with a hole in it
        self._numbered = 0

    def activate(self) -> None:
        if not self.active:
            self.active = True
            self._kick()

    def head(self, head: Head) -> None:
        # Not sent on its own: it goes out with the first event (or the end), after the
        # leader's clients got that event, so no Redis write sits between the upstream's
        # head and its first event. A first event slower than _HEAD_DELAY lets it out alone.
        self._pending.append(head)
        if self.active and self._timer is None:
            self._timer = self._loop.call_later(_HEAD_DELAY, self._kick)

    def event(self, raw: bytes, usage_only: bool) -> None:
        self._put({b"t": b"u", b"d": raw} if usage_only else raw)

    def end(
        self,
        outcome: Outcome | None,
        error: ProxyError | None,
        *,
        complete: bool,
        ended: bool = False,
    ) -> None:
        if outcome is not None:
            info: dict[str, Any] = {
                "head": _head_info(outcome.head),
                "completion": outcome.completion is not None,
                "stored": outcome.stored,
                "complete": complete,
            }
            self._put({b"t": b"x", b"d": orjson.dumps(info), b"b": outcome.body})
            self._release_with_end = not outcome.stored
        else:
            err = error or UpstreamBroken("leader failed")
            info = {
                "error": {
                    "status": err.status,
                    "message": err.message,
                    "type": err.type,
                    "code": err.code,
                    "param": err.param,
                    # its Cache-Status: followers answer as the leader's replica does
                    "detail": err.detail,
                    "forwarded": err.forwarded,
                },
                # a stream that ended cleanly without [DONE]: followers end theirs alike
                "ended": ended,
            }
            self._put({b"t": b"x", b"d": orjson.dumps(info)})
        self._ended = True

    async def close(self) -> None:
        """Wait (briefly) until everything queued reached Redis."""
        self._ended = True
        self.coordinator.forget(self)
        if not self.active:
            self._pending.clear()  # nobody followed: nothing to write
            return
        self._kick()
        if self._task is None:
            return  # nothing was ever queued
        try:
            async with asyncio.timeout(2.0):
                await self._task
        except TimeoutError:
            self._task.cancel()

    def _put(self, fields: _Record) -> None:
        self._pending.append(fields)
        if self.active and not self._kicked:  # after the subscribers it woke: they write first
            self._kicked = True
            self._loop.call_soon(self._kick)

    def _kick(self) -> None:
        """Let the writer task send what is queued (starting it on the first record)."""
        self._kicked = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if not self.active:
            return
        if self._task is None:
            if not self._pending:
                return
            self._task = asyncio.create_task(self._run())
        self._wake.set()

    async def _run(self) -> None:
        try:
            while True:
                await self._wake.wait()
                await asyncio.sleep(0)  # local clients first; also batches what follows
                self._wake.clear()
                batch, self._pending = self._pending, []
                if batch:
                    stream, first = self.stream, self._numbered
                    self._numbered += len(batch)
                    commands: list[tuple[Any, ...]] = [
                        (
                            *("XADD", stream, "MAXLEN", "~", _LIVE_MAXLEN, "*"),
                            *_flat(record),
                            *(b"n", b"%d" % number),
                        )
                        for number, record in enumerate(batch, first)
                    ]
                    ttl = _ENDED_TTL_MS if self._ended else _LIVE_TTL_MS
                    commands.append(("PEXPIRE", stream, ttl))
                    # the end is written: new requests may lead again
                    release = self._ended and self._release_with_end
                    if release:
                        commands.append(("EVAL", _RELEASE, 1, self.lock, self.token))
                    await self.coordinator.commands(commands)
                    self.released = release
                if self._ended and not self._pending:
                    return
        except Exception as exc:  # followers time out and go upstream themselves
            log.warning("mirroring %s to other replicas failed: %r", self.stream, exc)


def _flat(record: _Record) -> list[bytes]:
    if isinstance(record, bytes):
        return [b"t", b"e", b"d", record]
    if isinstance(record, Head):
        return [b"t", b"h", b"d", orjson.dumps(_head_info(record))]
    return [part for pair in record.items() for part in pair]


def _head_info(head: Head) -> dict[str, Any]:
    return {
        "status": head.status,
        "type": head.content_type,
        "streaming": head.streaming,
        "headers": list(head.headers.items()),
    }


def _head(info: dict[str, Any]) -> Head:
    return Head(info["status"], CIMultiDict(info["headers"]), info["streaming"], info["type"])


def _end(flight: Flight, info: dict[str, Any], body: bytes) -> None:
    if "error" in info:
        err = info["error"]
        exc = ProxyError(err["message"], param=err.get("param"))
        exc.status, exc.type, exc.code = err["status"], err["type"], err["code"]
        # (records of an older replica carry neither)
        exc.detail, exc.forwarded = err.get("detail"), bool(err.get("forwarded"))
        flight.ended = bool(info.get("ended"))
        flight.fail(exc)
        return
    flight.complete = bool(info["complete"])
    head = _head(info["head"])
    flight.finish(Outcome(head, body, body if info["completion"] else None, bool(info["stored"])))
    flight.settle()  # the leader stores it


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
