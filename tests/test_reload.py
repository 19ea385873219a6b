"""Hot reload: on file changes and SIGHUP, atomic, under load; bad configs are rejected."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import openai
import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from proxy.appkeys import TENANCY
from proxy.reload import CONFIG_STATUS
from proxy.tenancy import Tenant
from tests.proxy_fixtures import Proxy
from tests.team_files import chat, config_dir, eventually, hashed, write_atomically
from tests.upstream import FakeUpstream

# reloading does not depend on the store: the memory store is enough
pytestmark = pytest.mark.parametrize("store_kind", ["memory"])

HIT = "llmstash; hit"
MISS = "llmstash; fwd=miss; stored"
BYPASS = "llmstash; fwd=bypass"
TEAM_A = f"credentials: {hashed('sk-a')}\n"


def tenant(proxy: Proxy, key: str) -> Tenant:
    headers = CIMultiDictProxy(CIMultiDict({"Authorization": f"Bearer {key}"}))
    return proxy.app[TENANCY].resolve(headers)


async def request(client: openai.AsyncOpenAI, i: int) -> str:
    """Cache-Status of one request: odd ones plain, even ones streamed."""
    content = f"question {i % 5}"
    if i % 2:
        return str((await chat(client, content))[1]["cache-status"])
    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": content}], stream=True
    ) as response:
        chunks = [c async for c in await response.parse()]
        assert chunks
        return str(response.headers["cache-status"])


async def test_reload_under_load(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A})
    team_file = tmp_path / "teams" / "a.yaml"
    proxy: Proxy = await proxy_factory(config=path)
    client = proxy.client("sk-a")
    statuses: list[str] = []
    failures: list[BaseException] = []
    stop = asyncio.Event()

    async def worker(offset: int) -> None:
        i = offset
        while not stop.is_set():
            i += 1
            try:
                statuses.append(await request(client, i))
            except Exception as exc:
                failures.append(exc)
            await asyncio.sleep(0.002)

    workers = [asyncio.create_task(worker(n)) for n in range(4)]
    try:
        await eventually(lambda: statuses.count(HIT) > 10)

        # a new policy takes effect; requests already running finish under the old one
        write_atomically(team_file, TEAM_A + "cacheability: {enabled: false}\n")
        await eventually(lambda: bool(statuses) and statuses[-1].startswith(BYPASS))
        mark = len(statuses) + len(workers)
        await eventually(lambda: len(statuses) > mark + 20)
        assert all(s.startswith(BYPASS) for s in statuses[mark:])

        # a broken file is rejected, with its file, team and key; the old policy stays
        write_atomically(team_file, TEAM_A + "cacheability: {enabled: nope}\n")
        await eventually(lambda: "rejected" in caplog.text)
        assert f"{team_file}: team 'a': 'cacheability.enabled' must be true or false" in (
            caplog.text
        )
        mark = len(statuses)
        await eventually(lambda: len(statuses) > mark + 20)  # requests keep flowing...
        assert all(s.startswith(BYPASS) for s in statuses[mark:])  # ...under the old policy

        # fixed: caching resumes, under the new version
        write_atomically(team_file, TEAM_A + "version: 1\n")
        await eventually(lambda: statuses[-1] == HIT)
        assert tenant(proxy, "sk-a").version == 1
    finally:
        stop.set()
        await asyncio.gather(*workers)
    assert failures == []
    assert len(statuses) > 100


async def test_sighup_reloads_and_running_requests_keep_their_policy(
    tmp_path: Path,
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="llmstash.config")
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, {"a": TEAM_A}))
    handler = signal.getsignal(signal.SIGHUP)
    assert handler not in (signal.SIG_DFL, signal.SIG_IGN, None)  # else SIGHUP would kill us
    upstream.latency = 1.0
    running = asyncio.create_task(chat(proxy.client("sk-a"), "slow"))
    await asyncio.sleep(0.2)  # the request has resolved its tenant and is upstream
    (tmp_path / "teams" / "a.yaml").write_text(TEAM_A + "cacheability: {enabled: false}\n")
    (tmp_path / "teams" / "b.yaml").write_text(f"credentials: {hashed('sk-b')}\n")
    os.kill(os.getpid(), signal.SIGHUP)
    await eventually(lambda: "config reloaded (SIGHUP)" in caplog.text, within=0.5)
    assert tenant(proxy, "sk-b").label == "b"
    assert tenant(proxy, "sk-a").policy.cacheability.enabled is False
    _, headers = await running
    assert headers["cache-status"] == MISS  # decided and stored under the old policy
    upstream.latency = 0.0
    _, headers = await chat(proxy.client("sk-a"), "fast")
    assert headers["cache-status"].startswith(BYPASS)


async def test_teams_come_and_go_and_config_versions_invalidate(
    tmp_path: Path, proxy_factory: Callable[..., Any]
) -> None:
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, {"a": TEAM_A}))
    client = proxy.client("sk-a")
    assert (await chat(client))[1]["cache-status"] == MISS
    assert (await chat(client))[1]["cache-status"] == HIT
    assert tenant(proxy, "sk-c").label == "default"

    write_atomically(tmp_path / "teams" / "a.yaml", TEAM_A + "version: 2\n")
    (tmp_path / "teams" / "c.yaml").write_text(f"credentials: {hashed('sk-c')}\n")
    await eventually(lambda: tenant(proxy, "sk-a").version == 2)
    assert tenant(proxy, "sk-c").label == "c"
    assert (await chat(client))[1]["cache-status"] == MISS  # older entries are unreachable

    (tmp_path / "teams" / "c.yaml").unlink()
    await eventually(lambda: tenant(proxy, "sk-c").label == "default")


async def test_offboarding_a_team_that_others_share_with(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """Removing a team's file takes effect although another file still lists it in
    `share_with`: that listing is a warning, not a reason to keep the removed team live."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    teams = {
        "research": f"credentials: {hashed('sk-research')}\nshare_with: [search]\n",
        "search": f"credentials: {hashed('sk-search')}\nshare_with: [research]\n",
    }
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, teams))
    assert tenant(proxy, "sk-search").label == "search"
    assert tenant(proxy, "sk-research").team == "t.research+search"

    (tmp_path / "teams" / "search.yaml").unlink()
    await eventually(lambda: tenant(proxy, "sk-search").label == "default")
    assert tenant(proxy, "sk-research").team == "t.research"
    assert "rejected" not in caplog.text
    assert "'share_with' names unknown team 'search'" in caplog.text


async def test_fixed_settings_need_a_restart(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A})
    proxy: Proxy = await proxy_factory(config=path)
    port = proxy.app[TENANCY].settings.server.port

    write_atomically(path, path.read_text() + "server: {port: 9999}\ndefaults: {version: 3}\n")
    await eventually(lambda: "config reloaded" in caplog.text)
    assert f"{path}: 'server.port' changed: needs restart (ignored)" in caplog.text
    assert proxy.app[TENANCY].settings.server.port == port
    assert tenant(proxy, "sk-stranger").version == 3  # the rest of the change applies

    write_atomically(path, "key_salt: another-salt\n")
    await eventually(lambda: "'key_salt' changed" in caplog.text)
    assert "rejected, the previous config stays" in caplog.text
    assert tenant(proxy, "sk-a").label == "a"
    assert tenant(proxy, "sk-stranger").version == 3


async def test_a_rejected_reload_shows_in_health_and_metrics(
    tmp_path: Path, proxy_factory: Callable[..., Any]
) -> None:
    """A broken file leaves the old config running: not only an ERROR line, but a state a
    monitor can read, until a reload takes."""
    path = config_dir(tmp_path, {"a": TEAM_A})
    team_file = tmp_path / "teams" / "a.yaml"
    proxy: Proxy = await proxy_factory(config=path)
    base = proxy.url.removesuffix("/v1")

    async def state() -> tuple[dict[str, Any], str]:
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "/healthz") as r:
                health = await r.json()
            async with http.get(base + "/metrics") as r:
                gauge = [
                    line
                    for line in (await r.text()).splitlines()
                    if line.startswith("llmstash_config_reload_rejected ")
                ]
        return health, gauge[0]

    health, gauge = await state()
    assert health["config"] == {"reload": "ok", "reloaded_at": None}
    assert gauge == "llmstash_config_reload_rejected 0.0"
    write_atomically(team_file, TEAM_A + "cacheability: {enabled: nope}\n")
    await eventually(lambda: proxy.app[CONFIG_STATUS].rejected is not None)
    health, gauge = await state()
    assert health["status"] == "ok"  # it serves, under the previous config
    assert health["config"]["reload"] == "rejected"
    assert "'cacheability.enabled' must be true or false" in health["config"]["error"]
    assert gauge == "llmstash_config_reload_rejected 1.0"
    write_atomically(team_file, TEAM_A + "version: 1\n")
    await eventually(lambda: proxy.app[CONFIG_STATUS].rejected is None)
    health, gauge = await state()
    assert health["config"]["reload"] == "ok" and health["config"]["reloaded_at"] > 0
    assert gauge == "llmstash_config_reload_rejected 0.0"
