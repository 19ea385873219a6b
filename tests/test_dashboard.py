"""`GET /dashboard` in a real headless Chromium: after scripted traffic the page shows, per
team, the hits, tokens and money saved the test computed from the upstream's usage."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.savings import EMBED_MODEL, TOKEN, TeamProxy, scripted_traffic
from tests.upstream import FakeUpstream

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# scripts/test installs chromium, so in CI (CI=true) a missing browser fails instead of skipping
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"), reason="needs Debian package chromium"
)


def chromium_args(user_data_dir: Path) -> list[str]:
    assert CHROMIUM is not None
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-proxy-server",
        f"--user-data-dir={user_data_dir}",
        "--virtual-time-budget=5000",
        "--window-size=1280,900",
    ]


async def dump_dom(url: str, tmp_path: Path) -> str:
    """The page's DOM after its scripts ran (the proxy keeps serving on this event loop)."""
    process = await asyncio.create_subprocess_exec(
        *chromium_args(tmp_path / "profile"),
        "--dump-dom",
        url,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()[-2000:]
    return out.decode()


class Page(HTMLParser):
    """What the dashboard rendered: body state, summary cards, team table cells."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.state = ""
        self.cards: dict[str, str] = {}
        self.cells: dict[tuple[str, str], tuple[str, str]] = {}  # (team, field) -> value, text
        self.login_error = ""
        self._team = ""
        self._open: tuple[str, ...] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.state = a.get("data-state", "")
        elif tag == "tr" and "data-team" in a:
            self._team = a["data-team"]
        elif tag == "td" and "data-field" in a:
            self._open = ("cell", a["data-field"], a.get("data-value", ""))
        elif a.get("id", "").startswith("total-"):
            self._open = ("card", a["id"].removeprefix("total-"))
        elif a.get("id") == "login-error":
            self._open = ("login",)

    def handle_data(self, data: str) -> None:
        if self._open is None:
            return
        if self._open[0] == "cell":
            _, name, value = self._open
            self.cells[(self._team, name)] = (value, data.strip())
        elif self._open[0] == "card":
            self.cards[self._open[1]] = data.strip()
        else:
            self.login_error = data.strip()
        self._open = None


async def test_dashboard_shows_what_the_traffic_saved(
    team_proxy: TeamProxy, upstream: FakeUpstream, tmp_path: Path
) -> None:
    expected = await scripted_traffic(team_proxy, upstream)
    page = Page(await dump_dom(f"{team_proxy.base}/dashboard#token={TOKEN}", tmp_path))
    assert page.state == "ready"
    for team in ("alpha", "beta", "default"):
        c = expected.counts[team]
        for name in ("requests", "hits", "prompt_tokens_saved", "completion_tokens_saved"):
            assert page.cells[(team, name)] == (str(c[name]), str(c[name])), (team, name)
        assert page.cells[(team, "usd_saved")] == (
            str(c["usd_micro_saved"]),
            f"${c['usd_micro_saved'] / 1e6:.6f}",
        )
        assert page.cells[(team, "hit_rate")][1] == f"{100 * c['hits'] / c['requests']:.1f}%"
    teams = expected.counts.values()
    assert page.cards["requests"] == str(sum(c["requests"] for c in teams))
    assert page.cards["hits"] == str(sum(c["hits"] for c in teams))
    saved = sum(c["prompt_tokens_saved"] + c["completion_tokens_saved"] for c in teams)
    assert page.cards["tokens_saved"] == str(saved)
    assert page.cards["usd_saved"] == f"${sum(c['usd_micro_saved'] for c in teams) / 1e6:.6f}"


async def test_dashboard_asks_for_the_token(team_proxy: TeamProxy, tmp_path: Path) -> None:
    page = Page(await dump_dom(f"{team_proxy.base}/dashboard", tmp_path))
    assert page.state == "login" and not page.cells
    page = Page(await dump_dom(f"{team_proxy.base}/dashboard#token=wrong", tmp_path))
    assert page.state == "login"
    assert page.login_error == "missing or invalid admin token"


async def test_dashboard_counts_savings_below_a_micro_dollar(
    team_proxy_factory: Callable[..., Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prices = tmp_path / "real-prices.yaml"
    prices.write_text("models:\n  text-embedding-3-small: {input: 0.02}\n")  # USD per 1M
    monkeypatch.setenv("LLMSTASH_PRICES", str(prices))
    proxy: TeamProxy = await team_proxy_factory()
    client = proxy.team_client("alpha")
    tokens = (await client.embeddings.create(model=EMBED_MODEL, input="tiny")).usage.prompt_tokens
    for _ in range(3):
        await client.embeddings.create(model=EMBED_MODEL, input="tiny")
    micro = 3 * tokens * 20 / 1000  # 20 nano-USD a token; each hit worth < 1 micro-USD
    page = Page(await dump_dom(f"{proxy.base}/dashboard#token={TOKEN}", tmp_path))
    assert page.state == "ready"
    value, text = page.cells[("alpha", "usd_saved")]
    assert float(value) == pytest.approx(micro)  # was 0: each hit rounded to whole micro-USD
    assert text == f"${micro / 1e6:.6f}"
