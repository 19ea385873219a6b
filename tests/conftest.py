from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session (tests may kill and restart it)."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """URL of the session's redis-server: running (restarted if a test left it down), empty."""
    redis_server.start()
    redis_server.flushall()
    return redis_server.url


from tests.proxy_fixtures import client, proxy, proxy_factory, store_kind, upstream  # noqa: E402,F401
from tests.savings import team_proxy, team_proxy_factory  # noqa: E402,F401
