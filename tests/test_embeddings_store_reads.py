"""How the embeddings path reads and writes the store: a large batch's lookup in MGETs of
bounded reply size (a part that fails is a miss for its items only), bulk reads that do not
open the breaker, a Redis Cluster read node by node (a dead node's keys are misses, the
others still hit), write-behind stopping at the first refusal, the partial label, and
upstream answers whose indices are not 0..n-1."""

from __future__ import annotations

import asyncio
import base64
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import pytest
import redis

from proxy import embedding_lookup
from proxy.appkeys import STORE, TASKS
from proxy.embedding_call import _read, _read_large
from proxy.errors import UpstreamBroken
from proxy.store import GuardedStore, RedisStore
from proxy.store import redis as redis_store
from proxy.store.guard import BULK_KEYS
from tests.proxy_fixtures import Proxy
from tests.redis_server import RedisServer, _free_port
from tests.upstream import FakeUpstream, expected_vector

EMB = "/v1/embeddings"
MODEL = "text-embedding-3-small"
HEADERS = {"Authorization": "Bearer sk-team-a"}


async def post(
    http: aiohttp.ClientSession, proxy: Proxy, body: Any, **headers: str
) -> tuple[int, Any, bytes]:
    async with http.post(proxy.url + "/embeddings", json=body, headers={**HEADERS, **headers}) as r:
        return r.status, r.headers, await r.read()


async def settled(proxy: Proxy) -> None:
    for _ in range(1000):
        if not proxy.app[TASKS]:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("background tasks still running")


def sent_items(upstream: FakeUpstream) -> int:
    return sum(len(call.json["input"]) for call in upstream.calls_to(EMB))


def command_calls(server: RedisServer, command: str) -> tuple[int, int]:
    """(calls, rejected calls) of `command` on `server` since its stats were reset."""
    with redis.Redis(port=server.port) as client:
        stats = client.info("commandstats").get(f"cmdstat_{command}", {})
    return int(stats.get("calls", 0)), int(stats.get("rejected_calls", 0))


# -- 1. large batches: bounded MGETs; bulk timeouts do not open the breaker ---------------


def test_read_size_is_about_a_megabyte_of_reply() -> None:
    assert embedding_lookup.read_size(3072) * (3072 * 4) <= embedding_lookup.READ_BYTES
    assert embedding_lookup.read_size(1536) >= 2 * embedding_lookup.read_size(3072) - 1
    assert embedding_lookup.read_size(None) == embedding_lookup.read_size(3072)
    assert embedding_lookup.read_size(10**9) == 1


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_large_cached_batch_is_read_in_parts_each_of_bounded_reply(
    proxy: Proxy, upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    """A Redis that drops a client whose reply exceeds 4 MB: one MGET of 1,024 cached
    3,072-d vectors (12.6 MB) fails whole, and the whole batch went upstream again. Read
    in MGETs of about a megabyte, every item hits."""
    batch = [f"big cached item {i}" for i in range(1024)]
    request = {"model": MODEL, "input": batch, "dimensions": 3072, "encoding_format": "base64"}
    with redis.Redis(port=redis_server.port) as admin:
        try:
            async with aiohttp.ClientSession() as http:
                status, headers, _ = await post(http, proxy, request)
                assert (status, headers["Cache-Status"]) == (200, "llmstash; fwd=miss; stored")
                await settled(proxy)
                assert admin.dbsize() >= len(batch)  # (and the salt, stats)
                admin.config_set("client-output-buffer-limit", "normal 4mb 0 0")
                admin.config_resetstat()
                upstream.reset()
                status, headers, body = await post(http, proxy, request)
            assert status == 200
            assert headers["Cache-Status"] == "llmstash; hit"
            assert headers["X-Llmstash-Cached-Items"] == "1024/1024"
            assert sent_items(upstream) == 0
            calls, _ = command_calls(redis_server, "mget")
            size = embedding_lookup.read_size(3072)
            parts = -(-len(batch) // size)
            assert parts <= calls <= parts + 2  # (+ the proxy's own reads: counters)
            data = orjson.loads(body)["data"]
            want = expected_vector(MODEL, batch[700], 3072).astype("<f4").tobytes()
            assert base64.b64decode(data[700]["embedding"]) == want
            guard = proxy.app[STORE]
            assert isinstance(guard, GuardedStore) and guard.errors == 0
        finally:
            admin.config_set("client-output-buffer-limit", "normal 0 0 0")


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_a_small_batch_and_a_single_hit_are_one_mget(
    proxy: Proxy, upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    async with aiohttp.ClientSession() as http:
        small = [f"small {i}" for i in range(60)]
        await post(http, proxy, {"model": MODEL, "input": small})
        await settled(proxy)
        with redis.Redis(port=redis_server.port) as admin:
            admin.config_resetstat()
        for request in (small, small[:1]):
            status, headers, _ = await post(http, proxy, {"model": MODEL, "input": request})
            assert (status, headers["Cache-Status"]) == (200, "llmstash; hit")
    # one round trip each (+ at most one of the proxy's own: its version counters)
    assert 2 <= command_calls(redis_server, "mget")[0] <= 3
    assert command_calls(redis_server, "get")[0] == 0


async def test_bulk_read_timeouts_do_not_open_the_breaker(redis_server: RedisServer) -> None:
    """A hung Redis: bulk reads that run out of time are misses, counted, and the breaker
    stays closed; small operations that run out of time open it as before."""
    redis_server.start()
    guard = GuardedStore(RedisStore.from_url(redis_server.url, op_timeout=0.05), op_timeout=0.05)
    keys = [f"bulk:{i}" for i in range(BULK_KEYS + 1)]
    try:
        await guard.set(keys[0], b"v", 60)
        assert (await guard.mget(keys))[0] == b"v"
        redis_server.pause()
        for _ in range(guard.failure_threshold + 2):
            assert await guard.mget(keys) == [None] * len(keys)
        assert guard.breaker == "closed" and guard.consecutive_failures == 0
        assert guard.timeouts == guard.bulk_timeouts == guard.failure_threshold + 2
        assert guard.health()["bulk_timeouts"] == guard.bulk_timeouts
        for _ in range(guard.failure_threshold):
            assert await guard.mget(keys[:BULK_KEYS]) == [None] * BULK_KEYS  # not bulk
        assert guard.breaker == "open"
    finally:
        redis_server.resume()
        await guard.close()


async def test_a_hung_redis_costs_a_large_batch_one_deadline(redis_server: RedisServer) -> None:
    """Once a part of a batch's read has run out of time, the parts not yet started are
    misses without asking: a batch of 25 parts pays one wave of deadlines, not seven."""
    redis_server.start()
    guard = GuardedStore(RedisStore.from_url(redis_server.url, op_timeout=0.05), op_timeout=0.05)
    size = embedding_lookup.read_size(3072)
    keys = [f"bulk:{i}" for i in range(size * 25)]
    try:
        await guard.set(keys[0], b"v", 60)
        redis_server.pause()
        assert await embedding_lookup._read_parts(guard, keys, size) == [None] * len(keys)
        assert guard.bulk_timeouts == embedding_lookup.READS_AT_ONCE  # the first wave only
    finally:
        redis_server.resume()
        await guard.close()


# -- 2. Redis Cluster: one dead node makes its own keys misses, not every key -------------


class Cluster:
    """Three masters (no replicas) sharing the 16,384 slots, on loopback."""

    def __init__(self, node_timeout_ms: int = 60_000) -> None:
        executable = shutil.which("redis-server")
        if executable is None:  # (./scripts/test installs it: a missing one fails, as elsewhere)
            raise RuntimeError("redis-server is not on PATH: install the Debian package")
        self.dir = Path(tempfile.mkdtemp(prefix="llmstash-cluster-"))
        self.ports: list[int] = []
        self.processes: list[subprocess.Popen[bytes]] = []
        for n in range(3):
            port = _free_port(cluster=True)
            while port in self.ports:
                port = _free_port(cluster=True)
            node = self.dir / str(n)
            node.mkdir()
            args = [
                executable, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no", "--dir", str(node), "--logfile", str(node / "log"),
                "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                "--cluster-node-timeout", str(node_timeout_ms),
            ]  # fmt: skip
            self.ports.append(port)
            self.processes.append(subprocess.Popen(args, stdin=subprocess.DEVNULL))
        self._form()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.ports[0]}/0"

    def _client(self, port: int) -> redis.Redis:
        return redis.Redis(port=port, socket_timeout=2.0)

    def _form(self) -> None:
        # a master that saw the cluster without all its slots first waits a rejoin delay (up to
        # 5 s with this node timeout) before it says "ok": seen at 11 s on a CI run
        deadline = time.monotonic() + 30
        for port in self.ports:
            while True:
                try:
                    with self._client(port) as client:
                        client.ping()
                    break
                except redis.ConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.02)
        thirds = [(0, 5460), (5461, 10922), (10923, 16383)]
        for port, (low, high) in zip(self.ports, thirds, strict=True):
            with self._client(port) as client:
                client.execute_command("CLUSTER", "ADDSLOTSRANGE", low, high)
        with self._client(self.ports[0]) as client:
            for port in self.ports[1:]:
                client.execute_command("CLUSTER", "MEET", "127.0.0.1", port)
        while True:
            ready = 0
            for port in self.ports:
                with self._client(port) as client:
                    info = client.execute_command("CLUSTER", "INFO").decode()
                    nodes = client.execute_command("CLUSTER", "NODES").decode()
                ready += "cluster_state:ok" in info and nodes.count("connected") == 3
            if ready == 3:
                return
            if time.monotonic() > deadline:
                raise RuntimeError("redis cluster did not form")
            time.sleep(0.05)

    def kill(self, n: int) -> None:
        self.processes[n].kill()
        self.processes[n].wait()

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    made = Cluster()
    try:
        yield made
    finally:
        made.close()


async def test_a_dead_cluster_node_makes_only_its_keys_misses(
    cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RedisStore.from_url(cluster.url, cluster=True, op_timeout=0.5)
    guard = GuardedStore(store, op_timeout=0.5)
    keys = [f"emb:{i}" for i in range(60)]
    try:
        await guard.mset([(key, key.encode(), 60) for key in keys])
        assert await guard.mget(keys) == [key.encode() for key in keys]
        client = store.client
        assert not isinstance(client, redis.Redis)
        owner = {key: client.get_node_from_key(key).port for key in keys}  # type: ignore[union-attr]
        assert set(owner.values()) == set(cluster.ports)
        cluster.kill(2)
        dead = cluster.ports[2]
        live = next(key for key in keys if owner[key] != dead)
        for _ in range(guard.failure_threshold + 2):
            values = await guard.mget(keys)
            for key, value in zip(keys, values, strict=True):
                assert value == (None if owner[key] == dead else key.encode()), key
        assert guard.breaker == "closed" and guard.consecutive_failures == 0
        assert store.partial_reads == guard.failure_threshold + 2
        assert store.partly_answering
        # the dead node's own keys, alone, fail (writes, stats, single reads), but while
        # the other nodes answer the breaker stays closed for the keys of those
        only_dead = [key for key in keys if owner[key] == dead]
        for key in only_dead[: guard.failure_threshold + 1]:
            await guard.set(key, b"new", 60)
        assert await guard.mget(only_dead) == [None] * len(only_dead)
        assert guard.errors == guard.failure_threshold + 2
        assert guard.breaker == "closed"
        assert (await guard.mget(keys))[keys.index(live)] == live.encode()
        # once no read has shown part of the cluster up lately, failures open it again
        monkeypatch.setattr(redis_store, "PARTLY_UP_FOR", 0.0)
        for _ in range(guard.failure_threshold):
            assert await guard.mget(only_dead) == [None] * len(only_dead)
        assert guard.breaker == "open"
    finally:
        await guard.close()


async def test_a_cluster_that_says_it_is_down_opens_the_breaker() -> None:
    """Once the others mark the dead node failed, every node answers CLUSTERDOWN (with the
    default `cluster-require-full-coverage yes`): that is no partly-up cluster, and its
    failures open the breaker at once, not when the last partial read is 10 s old."""
    cluster = Cluster(node_timeout_ms=500)
    store = RedisStore.from_url(cluster.url, cluster=True, op_timeout=0.5)
    guard = GuardedStore(store, op_timeout=0.5)
    keys = [f"emb:{i}" for i in range(60)]
    try:
        await guard.mset([(key, key.encode(), 60) for key in keys])
        cluster.kill(2)
        assert sum(v is not None for v in await guard.mget(keys)) > 0  # partly up
        assert store.partly_answering
        deadline = time.monotonic() + 10
        while True:  # until a live node says the cluster is down
            with cluster._client(cluster.ports[0]) as client:
                if "cluster_state:fail" in client.execute_command("CLUSTER", "INFO").decode():
                    break
            assert time.monotonic() < deadline, "the cluster never marked the node failed"
            await asyncio.sleep(0.1)
        # `failure_threshold` CLUSTERDOWN answers in a row open the breaker. A read that has no
        # answer in time (the client re-reading the slots after the failure) is a miss that
        # leaves the breaker as it is, so a loaded machine may need a read or two more.
        opened_by = time.monotonic() + 5  # well before a partial read is 10 s old
        for _ in range(guard.failure_threshold + 2):
            assert await guard.mget(keys) == [None] * len(keys)
            if guard.breaker == "open":
                break
        assert guard.breaker == "open"
        assert time.monotonic() < opened_by
        assert not store.partly_answering
    finally:
        await guard.close()
        cluster.close()


# -- 3. a partial hit that stores nothing says fwd=partial ---------------------------------


async def test_a_partial_hit_that_stores_nothing_says_partial(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    async with aiohttp.ClientSession() as http:
        await post(http, proxy, {"model": MODEL, "input": ["kept"]})
        await settled(proxy)
        body = {"model": MODEL, "input": ["kept", "new one"]}
        status, headers, _ = await post(http, proxy, body, **{"X-Llmstash-TTL": "0"})
        assert status == 200
        assert headers["Cache-Status"] == "llmstash; fwd=partial"
        assert headers["X-Llmstash-Cached-Items"] == "1/2"
        status, headers, _ = await post(http, proxy, body)
        assert headers["Cache-Status"] == "llmstash; fwd=partial; stored"


# -- 4. write-behind stops at the first refused write -------------------------------------


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_write_behind_stops_at_the_first_refusal(
    proxy: Proxy, upstream: FakeUpstream, redis_server: RedisServer
) -> None:
    """Out of memory under noeviction: the first write of a large batch is refused, and
    the rest of its writes are not sent (they were, chunk after chunk, before)."""
    batch = [f"refused item {i}" for i in range(300)]  # 1.8 MB of 1,536-d vectors
    with redis.Redis(port=redis_server.port) as admin:
        try:
            admin.config_set("maxmemory-policy", "noeviction")
            admin.config_set("maxmemory", "1")
            admin.config_resetstat()
            async with aiohttp.ClientSession() as http:
                body = {"model": MODEL, "input": batch, "dimensions": 1536}
                status, _, _ = await post(http, proxy, body)
                assert status == 200
                await settled(proxy)
        finally:
            admin.config_set("maxmemory", "0")
    calls, rejected = command_calls(redis_server, "set")
    assert calls == 0  # (a rejected command is not counted as a call)
    chunk = 32 * 1024 // (1536 * 4)  # the vectors of one write of `STORE_CHUNK_BYTES`
    assert 0 < rejected <= chunk + 1
    guard = proxy.app[STORE]
    assert isinstance(guard, GuardedStore) and guard.refusing_writes


# -- 5. an answer whose indices are not 0..n-1 is broken, not cached ----------------------


def _answer(indices: list[int], fmt: str, dims: int = 4) -> bytes:
    data = []
    for n, index in enumerate(indices):
        vector = expected_vector(MODEL, f"item {n}", dims).astype("<f4")
        embedding: Any = (
            base64.b64encode(vector.tobytes()).decode() if fmt == "base64" else vector.tolist()
        )
        data.append({"object": "embedding", "index": index, "embedding": embedding})
    usage = {"prompt_tokens": 3, "total_tokens": 3}
    return orjson.dumps({"object": "list", "data": data, "model": MODEL, "usage": usage})


@pytest.mark.parametrize("fmt", ["base64", "float"])
@pytest.mark.parametrize("indices", [[0, 0], [1, 0, 1], [0, 2], [1, 2], [0, 1, 1, 3]])
async def test_indices_other_than_0_to_n_are_a_broken_answer(fmt: str, indices: list[int]) -> None:
    with pytest.raises(UpstreamBroken):
        _read(_answer(indices, fmt), MODEL)
    with pytest.raises(UpstreamBroken):
        await _read_large(_answer(indices, fmt), MODEL)
    vectors, _, _ = _read(_answer([1, 0, 2], fmt), MODEL)  # any order of 0..n-1 is fine
    assert vectors[0] == expected_vector(MODEL, "item 1", 4).astype("<f4").tobytes()


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)
async def test_duplicate_indices_are_a_502_and_nothing_is_cached(
    proxy: Proxy, upstream: FakeUpstream, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upstream answering two rows with index 0 for two inputs: before, its vectors
    were cached under the wrong inputs."""
    from proxy import embedding_call

    real = embedding_call._read

    def duplicated(data: bytes | bytearray, asked: str) -> tuple[list[bytes], int, str]:
        parsed = orjson.loads(data)
        for row in parsed["data"]:
            row["index"] = 0
        return real(orjson.dumps(parsed), asked)

    monkeypatch.setattr(embedding_call, "_read", duplicated)
    async with aiohttp.ClientSession() as http:
        body = {"model": MODEL, "input": ["first", "second"]}
        status, headers, _ = await post(http, proxy, body)
        assert status == 502
        monkeypatch.setattr(embedding_call, "_read", real)
        await settled(proxy)
        status, headers, _ = await post(http, proxy, body)
        assert (status, headers["Cache-Status"]) == (200, "llmstash; fwd=miss; stored")
