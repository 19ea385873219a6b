"""Config directories with team files, for team and reload tests."""

from __future__ import annotations

import asyncio
import inspect
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

import openai

from proxy.tenancy import key_hash

SALT = "test-salt-0123"
CHAT = "/v1/chat/completions"


def hashed(*keys: str) -> str:
    """A YAML flow list of the salted hashes of `keys`."""
    return "[" + ", ".join(key_hash(SALT.encode(), k) for k in keys) + "]"


async def issuing_team(root: Path, proxy_factory: Callable[..., Awaitable[Any]]) -> Any:
    """A proxy whose team `a` holds the proxy-issued key `sk-issued-a` and reaches the
    upstream with its own, `sk-real-upstream`."""
    teams = {"a": f"credentials: {hashed('sk-issued-a')}\nupstream_key_env: A_UPSTREAM\n"}
    return await proxy_factory(
        config=config_dir(root, teams), env={"A_UPSTREAM": "sk-real-upstream"}
    )


def write_atomically(path: Path, text: str) -> None:
    """Replace a file in one step, as config management tools do."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def config_dir(root: Path, teams: Mapping[str, str], main: str = "", *, salt: bool = True) -> Path:
    """`root/llmstash.yaml` (with the test salt) and `root/teams/<name>.yaml`; returns the
    main file's path."""
    (root / "teams").mkdir(parents=True, exist_ok=True)
    path = root / "llmstash.yaml"
    path.write_text((f"key_salt: {SALT}\n" if salt else "") + main)
    for name, text in teams.items():
        (root / "teams" / f"{name}.yaml").write_text(text)
    return path


async def chat(
    client: openai.AsyncOpenAI, content: str = "hello", **kwargs: Any
) -> tuple[Any, Any]:
    """(parsed completion, response headers) of a non-streamed chat request."""
    raw = await client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": content}], **kwargs
    )
    return raw.parse(), raw.headers


async def eventually(
    check: Callable[[], bool | Awaitable[bool]], within: float = 4.0, step: float = 0.05
) -> float:
    """Seconds until `check()` holds (a plain or async callable); fails after `within`."""
    started = time.monotonic()

    async def holds() -> bool:
        result = check()
        return await result if inspect.isawaitable(result) else result

    while not await holds():
        if time.monotonic() - started > within:
            raise AssertionError(f"not true within {within}s")
        await asyncio.sleep(step)
    return time.monotonic() - started
