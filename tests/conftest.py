from __future__ import annotations

from collections.abc import Iterator

import pytest

from proxy import reload
from tests.redis_server import RedisServer


@pytest.fixture(autouse=True)
def quick_config_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process proxies look at their config files every 0.25 s, not every second: a
    reload takes two looks (the files must hold still for one), which was most of the
    wait in every hot-reload test. Processes started by tests keep the shipped interval."""
    monkeypatch.setattr(reload, "WATCH_INTERVAL", 0.25)


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
