"""Hot reload of files caught mid-write: a file written in place is empty between its
truncation and its content; a slow writer changes it over several polls. Neither is
applied half-written (an empty file read as all defaults, or as a team without its
credentials); the running config stays until the files hold still."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from multidict import CIMultiDict, CIMultiDictProxy

from proxy.appkeys import TENANCY
from proxy.reload import CONFIG_STATUS
from proxy.tenancy import Tenant
from tests.proxy_fixtures import Proxy
from tests.team_files import SALT, config_dir, eventually, hashed

pytestmark = pytest.mark.parametrize("store_kind", ["memory"])

TEAM_A = f"credentials: {hashed('sk-a')}\n"
CACHING_OFF = "defaults: {cacheability: {enabled: false}}\n"
SALTED = {"LLMSTASH_KEY_SALT": SALT}  # (the main file may be empty)


def tenant(proxy: Proxy, key: str) -> Tenant:
    headers = CIMultiDictProxy(CIMultiDict({"Authorization": f"Bearer {key}"}))
    return proxy.app[TENANCY].resolve(headers)


def rejected(proxy: Proxy) -> str | None:
    return proxy.app[CONFIG_STATUS].rejected


async def test_a_file_emptied_in_place_is_refused_and_the_running_config_stays(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """An in-place write (truncate, then the content later) left empty for longer than a
    poll: a team file read as a team without credentials (its callers fell to the
    default), the main file as all defaults (caching on again where the file turned it
    off). Refused, said in the log and in `/healthz`, until the content comes."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A}, CACHING_OFF, salt=False)
    team_file = tmp_path / "teams" / "a.yaml"
    proxy: Proxy = await proxy_factory(config=path, env=SALTED)
    assert tenant(proxy, "sk-a").label == "a"

    team_file.write_text("")  # truncated, the content still to come
    await eventually(lambda: rejected(proxy) is not None)
    assert f"{team_file}: empty" in str(rejected(proxy))
    assert "write config files atomically" in str(rejected(proxy))
    assert "rejected, the previous config stays" in caplog.text
    assert tenant(proxy, "sk-a").label == "a"  # its credentials still count
    team_file.write_text(TEAM_A + "version: 2\n")
    await eventually(lambda: tenant(proxy, "sk-a").version == 2)
    assert rejected(proxy) is None

    path.write_text("")
    await eventually(lambda: rejected(proxy) is not None)
    assert f"{path}: empty" in str(rejected(proxy))
    assert tenant(proxy, "sk-stranger").policy.cacheability.enabled is False
    path.write_text("defaults: {cacheability: {enabled: false}, version: 3}\n")
    await eventually(lambda: tenant(proxy, "sk-stranger").version == 3)
    assert tenant(proxy, "sk-stranger").policy.cacheability.enabled is False
    assert rejected(proxy) is None


async def test_a_file_still_being_written_is_loaded_once_it_holds_still(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """A writer that changes a file faster than the poll (every 0.1 s for 0.8 s, polls every
    0.25 s: `quick_config_polls`): each poll saw a new version and loaded it (three reloads
    of files not yet written in full). Now the files must stay as they are for one poll:
    one reload, of the finished file."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A})
    proxy: Proxy = await proxy_factory(config=path)
    text = path.read_text()
    for i in range(8):
        text += f"# line {i}\n"
        path.write_text(text)
        await asyncio.sleep(0.1)
        assert "config reloaded" not in caplog.text, f"loaded while written, after {i + 1}"
    path.write_text(text + "defaults: {version: 5}\n")
    await eventually(lambda: tenant(proxy, "sk-stranger").version == 5)
    await asyncio.sleep(0.3)  # one poll more: nothing else to load
    assert caplog.text.count("config reloaded") == 1


async def test_a_file_empty_from_the_start_may_stay_empty(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """An empty file the process started with (a team with no policy of its own, an empty
    main file) is valid at start, so a reload that finds it still empty takes."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A, "empty": ""}, salt=False)
    proxy: Proxy = await proxy_factory(config=path, env=SALTED)
    (tmp_path / "teams" / "b.yaml").write_text(f"credentials: {hashed('sk-b')}\n")
    os.kill(os.getpid(), signal.SIGHUP)
    await eventually(lambda: "config reloaded (SIGHUP)" in caplog.text)
    assert tenant(proxy, "sk-b").label == "b"
    assert rejected(proxy) is None


async def test_files_that_keep_changing_are_reported_until_they_hold_still(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    """A file touched more often than the poll (a sync agent rewriting it): it never stays
    the same for one poll, so it is never loaded, which only the version told. After 5
    polls that keep finding it changed: a warning (one) and a rejection in the status
    (`/healthz`, the metric), cleared by the reload once it holds still."""
    caplog.set_level(logging.INFO, logger="llmstash.config")
    path = config_dir(tmp_path, {"a": TEAM_A})
    proxy: Proxy = await proxy_factory(config=path)
    path.write_text(path.read_text() + "defaults: {version: 5}\n")
    started = asyncio.get_running_loop().time()
    while rejected(proxy) is None and asyncio.get_running_loop().time() - started < 3:
        await asyncio.sleep(0.05)
        os.utime(path, None)  # the same content, a new mtime (polls: every 0.25 s)
    assert rejected(proxy) == "config files still changing after 1.25 s; not applied"
    for _ in range(20):  # the streak goes on: said once
        await asyncio.sleep(0.05)
        os.utime(path, None)
    assert tenant(proxy, "sk-stranger").version != 5
    assert caplog.text.count("config files still changing") == 1
    await eventually(lambda: tenant(proxy, "sk-stranger").version == 5)
    assert rejected(proxy) is None
