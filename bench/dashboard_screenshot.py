"""Screenshot of `/dashboard` with real traffic: a proxy with three teams in front of the test
suite's fake upstream, driven by the openai SDK for `--minutes` real minutes (the stats are
per minute), then captured by headless Chromium.

    python bench/dashboard_screenshot.py --minutes 4 --out /tmp/llmstash-dashboard.png

Each team asks prompts drawn from a Zipf-like distribution over its own pool, so its hit rate
climbs as the pool warms up; the teams differ in pool size and model. Nothing is committed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import openai
from aiohttp.test_utils import TestServer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from proxy.app import build_app  # noqa: E402
from proxy.settings_load import load_settings  # noqa: E402
from proxy.tenancy import key_hash  # noqa: E402
from tests.upstream import FakeUpstream  # noqa: E402

SALT, TOKEN = "screenshot-salt", "screenshot-token"
# team -> (api key, model, prompt pool size, requests per second)
TEAMS = {
    "search": ("sk-search", "gpt-4o-mini", 40, 6.0),
    "support": ("sk-support", "gpt-4o", 15, 3.0),
    "research": ("sk-research", "gpt-4.1", 120, 2.0),
}


def configure(root: Path) -> Path:
    (root / "teams").mkdir()
    for team, (key, *_) in TEAMS.items():
        digest = key_hash(SALT.encode(), key)
        (root / "teams" / f"{team}.yaml").write_text(f"credentials: ['{digest}']\n")
    config = root / "llmstash.yaml"
    config.write_text(f"key_salt: {SALT}\n")
    return config


async def team_traffic(base_url: str, team: str, until: float) -> None:
    key, model, pool, rate = TEAMS[team]
    client = openai.AsyncOpenAI(base_url=base_url, api_key=key, max_retries=0)
    rng = random.Random(team)
    weights = [1 / (i + 1) for i in range(pool)]
    try:
        while time.monotonic() < until:
            n = rng.choices(range(pool), weights)[0]
            prompt = f"{team} question number {n}: " + " ".join(["why"] * (5 + n % 20))
            if rng.random() < 0.2:
                await client.embeddings.create(model="text-embedding-3-small", input=prompt)
            else:
                await client.chat.completions.create(
                    model=model, messages=[{"role": "user", "content": prompt}]
                )
            await asyncio.sleep(rng.expovariate(rate))
    finally:
        await client.close()


async def main(minutes: float, out: Path) -> None:
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("needs the Debian package chromium")
    os.environ["LLMSTASH_ADMIN_TOKEN"] = TOKEN
    upstream = FakeUpstream()
    await upstream.start()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            configure(Path(tmp)), env={}, overrides={"upstream": {"url": upstream.url}}
        )
        server = TestServer(build_app(settings), host="127.0.0.1")
        await server.start_server()
        base = str(server.make_url("")).rstrip("/")
        until = time.monotonic() + minutes * 60
        print(f"traffic for {minutes:g} min through {base}/v1 ...", file=sys.stderr)
        await asyncio.gather(*(team_traffic(base + "/v1", t, until) for t in TEAMS))
        process = await asyncio.create_subprocess_exec(
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-proxy-server",
            "--hide-scrollbars",
            f"--user-data-dir={tmp}/profile",
            "--virtual-time-budget=5000",
            "--window-size=1280,900",
            f"--screenshot={out}",
            f"{base}/dashboard#token={TOKEN}",
            stderr=asyncio.subprocess.DEVNULL,
        )
        await process.wait()
        await server.close()
    await upstream.close()
    print(f"screenshot: {out}", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=4.0)
    parser.add_argument("--out", type=Path, default=Path("/tmp/llmstash-dashboard.png"))
    args = parser.parse_args()
    asyncio.run(main(args.minutes, args.out))
