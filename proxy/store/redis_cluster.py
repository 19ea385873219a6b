"""A Redis Cluster client whose callers queue for a connection instead of failing."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from redis.asyncio.cluster import ClusterPipeline, RedisCluster


class WaitingCluster(RedisCluster):
    """`RedisCluster` whose callers queue for a connection when a node's are all busy.

    redis-py's asyncio cluster raises MaxConnectionsError when a node's pool is exhausted
    instead of waiting (its single-node BlockingConnectionPool waits), so a burst of more
    concurrent operations than `max_connections` would read as a Redis failure and open the
    breaker. Here at most half of `max_connections` commands and half as many pipelines are
    in flight (a command holds one connection, a pipeline at most one per node), so no
    node's pool runs out. Two separate bounds: a pipeline that resends a redirected command
    never waits for a permit it holds itself."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        half = max(1, int(kwargs.get("max_connections", 100)) // 2)
        self.commands_in_flight = asyncio.Semaphore(half)
        self.pipelines_in_flight = asyncio.Semaphore(half)

    async def execute_command(self, *args: Any, **kwargs: Any) -> Any:
        async with self.commands_in_flight:
            return await super().execute_command(*args, **kwargs)

    def pipeline(self, transaction: Any | None = None, shard_hint: Any | None = None) -> Any:
        if shard_hint:
            return super().pipeline(transaction, shard_hint)  # raises, as redis-py does
        return _WaitingPipeline(self, transaction)  # type: ignore[abstract]  # set in __init__


class _WaitingPipeline(ClusterPipeline):
    async def execute(self, raise_on_error: bool = True, allow_redirections: bool = True) -> Any:
        client = cast("WaitingCluster", self.cluster_client)
        async with client.pipelines_in_flight:
            return await super().execute(raise_on_error, allow_redirections)
