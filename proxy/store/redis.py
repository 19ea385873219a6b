"""Redis (single node or Cluster) behind the Store protocol, via redis.asyncio + hiredis.

Values are raw bytes (`decode_responses=False`); TTLs become `PX` milliseconds. Every
library or socket failure is converted to `StoreError` at the boundary (`redis_errors`).
The connection pool reconnects on its own: a dead pooled connection is replaced on next
use, and one quick retry hides a connection that died between uses (e.g. across a Redis
restart).

On a single node, the hot reads and writes (GET, small MGET/MSET, SET, SET NX, PING) go
through one auto-pipelined connection (`proxy.store.pipeline`), a few microseconds of Python
each instead of redis-py's tens. Big batches and big values keep redis-py's pool: Redis
moves at most 64 KB per client per event-loop turn, so on the shared connection a large
reply (16 cached 1536-d vectors: 98 KB) would hold up every small GET queued behind it.

In cluster mode an MGET is read node by node (one pipeline of per-slot MGETs each, under a
deadline of its own): a node that fails or does not answer in time makes its keys misses,
and the keys of the nodes that answer are still read. Only when no node answers does the
MGET fail (and count as the store's failure). For `PARTLY_UP_FOR` seconds after a read that
some nodes answered and some did not, the store is `partly_answering`: the guard then
counts failures (a dead node's keys, written or read alone) but does not open its breaker,
which would turn the cache off for the keys of the nodes that are up too.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any, cast

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.cluster import RedisCluster
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import (
    ClusterDownError,
    NoScriptError,
    ReadOnlyError,
    ResponseError,
)

from proxy.locks import RELEASE  # compare-and-delete: only the own token is removed
from proxy.store.pipeline import PipelinedRedis
from proxy.store.redis_cluster import WaitingCluster
from proxy.store.redis_errors import ERRORS, converted, refuses_scripts, store_error
from proxy.store.redis_scripts import (
    GET_OR_LOCK,
    GET_OR_LOCK_SHA,
    HINCRBY_ONCE,
    HINCRBY_ONCE_SHA,
    RESTORE_COUNTER,
    writers_key,
)
from proxy.throttled import ThrottledLog

log = logging.getLogger("llmstash.store")
WATCHDOG_LAG = 0.02  # seconds the pipelined connection's deadline lags `op_timeout`

_GLOB = re.compile(r"[*?\[\]\\]")
PIPELINE_MAX_KEYS = 4  # larger MGETs use the pool (their reply may be large)
PIPELINE_MAX_BYTES = 32 * 1024  # larger writes use the pool
NODE_DEADLINE_SHARE = 0.8  # of op_timeout: a cluster node's part of an MGET, at most
PARTLY_UP_FOR = 10.0  # seconds a cluster read some nodes answered keeps the store partly up


def _quick_retry() -> Retry:
    """One retry after <= 50 ms: enough to replace a stale connection, short when down."""
    return Retry(ExponentialWithJitterBackoff(base=0.005, cap=0.05), retries=1)


def _px(ttl: float) -> int:
    return max(1, math.ceil(ttl * 1000))


def _set(key: str, value: bytes, ttl: float) -> tuple[str | bytes | int, ...]:
    """The command `set(key, value, ttl)` is: SET with PX, or DEL when ttl <= 0."""
    return ("SET", key, value, "PX", _px(ttl)) if ttl > 0 else ("DEL", key)


class RedisStore:
    """Store on a `redis.asyncio.Redis` or `RedisCluster` client, which it owns and closes."""

    name = "redis"

    def __init__(
        self,
        client: Redis | RedisCluster,
        pipeline: PipelinedRedis | None = None,
        *,
        node_timeout: float | None = None,
    ) -> None:
        """`node_timeout`: (cluster) the most one node's part of an MGET may take."""
        self._client = client
        self._pipe = pipeline
        self._node_timeout = node_timeout
        self.partial_reads = 0  # cluster MGETs some node of which failed
        self._partial_at: float | None = None  # when the last one was
        self._partial_log = ThrottledLog(log, 10.0)
        # one script for get_or_lock; a cluster keeps the entry and its lock in different
        # slots, so it (and a server refusing scripts) takes plain commands instead
        self._scripted = not isinstance(client, RedisCluster)
        self._counts_once = True  # hincrby(once=...) as a script, unless scripts are refused

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        cluster: bool = False,
        socket_timeout: float = 0.25,
        connect_timeout: float = 0.25,
        max_connections: int = 64,
        op_timeout: float | None = None,
    ) -> RedisStore:
        """Nothing connects until the first operation.

        `max_connections` bounds the pool (per node in cluster mode). A caller finding every
        connection busy waits for one (on a single node up to `socket_timeout`; in cluster
        mode within the store's operation timeout).
        `op_timeout`: the most a command on the pipelined connection takes, whatever hangs
        (its replies are waited for that long): see `bounded`.
        """
        options: dict[str, Any] = {
            "socket_timeout": socket_timeout,
            "socket_connect_timeout": connect_timeout,
            "max_connections": max_connections,
            "retry": _quick_retry(),
            "decode_responses": False,
        }
        if not cluster:  # a demoted master: reconnect (to the new one) and retry once
            options["retry_on_error"] = [ReadOnlyError]
        if cluster:
            share = None if op_timeout is None else op_timeout * NODE_DEADLINE_SHARE
            return cls(WaitingCluster.from_url(url, **options), node_timeout=share)
        pool = BlockingConnectionPool.from_url(url, timeout=socket_timeout, **options)
        # the connection's own deadline lags the guard's by a hair: a lock attempt the
        # guard gives up on gets its release queued behind it on this connection before
        # the connection is dropped (`guard` module docstring)
        limit = None if op_timeout is None else op_timeout + WATCHDOG_LAG
        pipeline = PipelinedRedis.from_url(
            url,
            connect_timeout=connect_timeout,
            read_timeout=socket_timeout if limit is None else limit,
            timeout=limit,
        )
        return cls(Redis.from_pool(pool), pipeline)

    @property
    def bounded(self) -> dict[str, float]:
        """Operations that end on their own within so many seconds, whatever hangs: those
        that are always one command on a pipelined connection with a `timeout` (on a live
        connection its one watchdog timer bounds them, not a timer per call)."""
        limit = None if self._pipe is None else self._pipe.timeout
        return {} if limit is None else {"get": limit, "ping": limit}

    @property
    def partly_answering(self) -> bool:
        """Some cluster nodes answered and some failed a read within `PARTLY_UP_FOR` s."""
        at = self._partial_at
        return at is not None and time.monotonic() - at < PARTLY_UP_FOR

    @property
    def client(self) -> Redis | RedisCluster:
        """The underlying client, for Redis-only features (locks, streams, pub/sub)."""
        return self._client

    async def get(self, key: str) -> bytes | None:
        # (every hit: `converted` spelt out, a generator-based context manager costs more
        # than the rest of this)
        try:
            if self._pipe is not None:
                value = await self._pipe.execute("GET", key)
            else:
                value = await self._client.get(key)
        except ERRORS as exc:
            raise store_error("GET", exc) from exc
        return cast("bytes | None", value)  # decode_responses=False: never str

    async def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        if not keys:
            return []
        with converted("MGET"):
            if self._pipe is not None and len(keys) <= PIPELINE_MAX_KEYS:
                values = await self._pipe.execute("MGET", *keys)
            elif isinstance(self._client, RedisCluster):
                values = await self._cluster_mget(self._client, keys)
            else:
                values = await self._client.mget(list(keys))
        return list(values)

    async def _cluster_mget(self, client: RedisCluster, keys: Sequence[str]) -> list[bytes | None]:
        """MGET node by node: a failed node's keys read None; raises only when every
        node failed (module docstring)."""
        await client.initialize()  # (at once, once it has the topology)
        nodes: dict[str, dict[int, list[int]]] = {}  # node -> slot -> positions in `keys`
        for i, key in enumerate(keys):
            slot = client.keyslot(key)
            node = client.nodes_manager.get_node_from_slot(slot)
            nodes.setdefault(node.name, {}).setdefault(slot, []).append(i)
        groups = list(nodes.values())
        replies = await asyncio.gather(
            *(self._node_mget(keys, slots) for slots in groups), return_exceptions=True
        )
        values: list[bytes | None] = [None] * len(keys)
        failed: list[Exception] = []
        for slots, reply in zip(groups, replies, strict=True):
            if isinstance(reply, BaseException):
                if not isinstance(reply, Exception):
                    raise reply  # (a cancellation)
                failed.append(reply)
                continue
            for positions, got in zip(slots.values(), reply, strict=True):
                for i, value in zip(positions, got, strict=True):
                    values[i] = value
        if len(failed) == len(groups):
            if len(groups) > 1 or any(isinstance(e, ClusterDownError) for e in failed):
                # no node answered (or the cluster says it is down: a node was marked failed
                # and `cluster-require-full-coverage` stops the rest): down, not partly up
                self._partial_at = None
            raise failed[0]
        if failed:
            self.partial_reads += 1
            self._partial_at = time.monotonic()
            self._partial_log.warning(
                "partial",
                "redis MGET: %d of %d cluster nodes failed (%r); their keys read as misses "
                "(partial reads: %d)",
                len(failed),
                len(groups),
                failed[0],
                self.partial_reads,
            )
        return values

    async def _node_mget(
        self, keys: Sequence[str], slots: dict[int, list[int]]
    ) -> list[list[bytes | None]]:
        """One node's part of a cluster MGET: an MGET per slot, in one pipeline."""
        async with asyncio.timeout(self._node_timeout):
            async with self._client.pipeline(transaction=False) as pipe:
                for positions in slots.values():
                    pipe.execute_command("MGET", *[keys[i] for i in positions])
                return cast("list[list[bytes | None]]", await pipe.execute())

    async def set(self, key: str, value: bytes, ttl: float) -> None:
        with converted("SET"):
            if self._pipe is not None and len(value) <= PIPELINE_MAX_BYTES:
                await self._pipe.execute(*_set(key, value, ttl))
            elif ttl > 0:
                await self._client.set(key, value, px=_px(ttl))
            else:
                await self._client.delete(key)

    async def mset(self, items: Sequence[tuple[str, bytes, float]]) -> None:
        if not items:
            return
        with converted("pipelined SET"):
            size = sum(len(value) for _, value, _ in items)
            if self._pipe is not None and size <= PIPELINE_MAX_BYTES:
                await self._pipe.execute_many([_set(k, v, t) for k, v, t in items])
                return
            async with self._client.pipeline(transaction=False) as pipe:
                for key, value, ttl in items:
                    if ttl > 0:
                        pipe.set(key, value, px=_px(ttl))
                    else:
                        pipe.delete(key)
                await pipe.execute()

    async def delete(self, keys: Sequence[str]) -> int:
        if not keys:
            return 0
        with converted("DEL"):
            removed: int = await self._client.delete(*keys)
        return removed

    async def add(self, key: str, value: bytes, ttl: float | None) -> bool:
        with converted("SET NX"):
            if self._pipe is not None and len(value) <= PIPELINE_MAX_BYTES:
                expiry = () if ttl is None else ("PX", _px(ttl))
                return await self._pipe.execute("SET", key, value, "NX", *expiry) is not None
            px = None if ttl is None else _px(ttl)
            return bool(await self._client.set(key, value, px=px, nx=True))

    async def get_or_lock(
        self, key: str, lock: str, token: str, ttl: float
    ) -> tuple[bytes | None, str | None]:
        if self._scripted:
            with converted("EVALSHA (get or lock)"):
                reply = await self._get_or_lock_script(key, lock, token, ttl)
            if reply is not None:
                value, holder = reply[0], reply[1] if len(reply) > 1 else None
                return value, None if holder is None else holder.decode(errors="replace")
        value = await self.get(key)
        if value is not None:
            return value, None
        if await self.add(lock, token.encode(), ttl):
            return None, token
        holder = await self.get(lock)
        return None, None if holder is None else holder.decode(errors="replace")

    async def _get_or_lock_script(
        self, key: str, lock: str, token: str, ttl: float
    ) -> list[bytes | None] | None:
        """The script's reply; None when this server would not run it, so the caller sends
        plain commands: for this call only, unless scripting is refused for good (then never
        again). A transient error reply (LOADING after a restart, READONLY after a failover,
        OOM, ...) must not turn the script off for the life of the process."""
        args = (2, key, lock, token, _px(ttl))
        try:
            try:
                reply = await self._run("EVALSHA", GET_OR_LOCK_SHA, *args)
            except ResponseError as exc:
                if not (isinstance(exc, NoScriptError) or str(exc).startswith("NOSCRIPT")):
                    raise
                reply = await self._run("EVAL", GET_OR_LOCK, *args)  # loads it too
            return cast("list[bytes | None]", reply)
        except ResponseError as exc:
            message = str(exc)
            if message.startswith("WRONGTYPE"):
                raise
            if refuses_scripts(exc):
                self._scripted = False
                log.info("redis refused the get-or-lock script (%s); using plain commands", exc)
            else:
                log.debug("get-or-lock script failed (%s); plain commands this time", exc)
            return None

    async def _run(self, *args: str | int) -> object:
        """One command on the pipelined connection when there is one (single node)."""
        if self._pipe is not None:
            return await self._pipe.execute(*args)
        return await self._client.execute_command(*args)

    async def unlock(self, lock: str, token: str) -> bool:
        """On the pipelined connection when there is one: behind the lock attempt it
        follows, so Redis runs it after that attempt even if both wait for a thaw."""
        with converted("EVAL (unlock)"):
            try:
                return bool(await self._run("EVAL", RELEASE, 1, lock, token))
            except ResponseError as exc:
                if not refuses_scripts(exc):
                    raise
            # no scripting on this server: two steps (the lock could change in between
            # only if it expired: a lock attempt's token is never written twice)
            holder = await self._run("GET", lock)
            if holder != token.encode():
                return False
            return bool(await self._run("DEL", lock))

    async def incr(self, key: str) -> int:
        with converted("INCR"):
            return int(await self._client.incr(key))

    async def restore_counter(self, key: str, known: int) -> int:
        with converted("EVAL (restore counter)"):
            try:
                return int(await self._client.eval(RESTORE_COUNTER, 1, key, known))
            except ResponseError as exc:
                if not refuses_scripts(exc):
                    raise
            # no scripting on this server: two steps (a race can only raise it further)
            value = int(await self._client.get(key) or 0)
            if value >= known:
                return value
            return int(await self._client.incrby(key, known))

    async def delete_prefix(self, prefix: str) -> int:
        """SCAN (every node of a cluster) + UNLINK in batches: never a blocking KEYS."""
        pattern = _GLOB.sub(r"\\\g<0>", prefix) + "*"
        removed = 0
        with converted("SCAN/UNLINK"):
            batch: list[bytes] = []
            async for key in self._client.scan_iter(match=pattern, count=1000):
                batch.append(key)
                if len(batch) >= 500:
                    removed += await self._unlink(batch)
                    batch = []
            if batch:
                removed += await self._unlink(batch)
        return removed

    async def _unlink(self, keys: list[bytes]) -> int:
        # RedisCluster splits a multi-key UNLINK by slot itself
        return int(await self._client.unlink(*keys))

    async def hincrby(
        self,
        key: str,
        amounts: Mapping[str, int],
        ttl: float,
        *,
        once: tuple[str, int] | None = None,
    ) -> None:
        writers = None if once is None else writers_key(key)
        if once is not None and writers is not None and self._counts_once:
            with converted("EVALSHA (hincrby once)"):
                if await self._hincrby_once(key, writers, amounts, ttl, once):
                    return
        with converted("HINCRBY"):
            async with self._client.pipeline(transaction=False) as pipe:
                for name, amount in amounts.items():
                    pipe.hincrby(key, name, amount)
                pipe.pexpire(key, _px(ttl))
                await pipe.execute()

    async def _hincrby_once(
        self,
        key: str,
        writers: str,
        amounts: Mapping[str, int],
        ttl: float,
        once: tuple[str, int],
    ) -> bool:
        """False when this server will not run the script (then never again): the caller
        sends plain HINCRBYs. Not on the pipelined connection: a batch may be large."""
        flat = [part for item in amounts.items() for part in item]
        args = (key, writers, once[0], once[1], _px(ttl), *flat)
        try:
            try:
                await self._client.evalsha(HINCRBY_ONCE_SHA, 2, *args)
            except ResponseError as exc:
                if not (isinstance(exc, NoScriptError) or str(exc).startswith("NOSCRIPT")):
                    raise
                await self._client.eval(HINCRBY_ONCE, 2, *args)  # (loads it)
        except ResponseError as exc:
            if not refuses_scripts(exc):
                raise
            self._counts_once = False
            log.info("redis refused the counting script (%s); stats use plain HINCRBY", exc)
            return False
        return True

    async def hgetall(self, key: str) -> dict[str, int]:
        with converted("HGETALL"):
            raw = await self._client.hgetall(key)
        return {(k.decode() if isinstance(k, bytes) else k): int(v) for k, v in raw.items()}

    async def ping(self) -> None:
        with converted("PING"):
            if self._pipe is not None:
                await self._pipe.execute("PING")
            else:
                await self._client.ping()

    async def close(self) -> None:
        """Close the client and its connection pool (every node's, in cluster mode)."""
        with converted("close"):
            if self._pipe is not None:
                await self._pipe.close()
            await self._client.aclose()
