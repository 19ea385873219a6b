"""`llmstash serve` as a real process, and configuration errors that name the key."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import openai
import pytest
import yaml

from proxy.redact import masked_url
from proxy.settings import ConfigError, Settings
from proxy.settings_load import load_settings
from proxy.telemetry import _redact
from proxy.tenancy import Tenancy
from tests.processes import healthz, start_serve, stop, worker_pids
from tests.upstream import FakeUpstream


async def test_serve_process_answers_the_sdk(upstream: FakeUpstream) -> None:
    process, port = await start_serve("--upstream", upstream.url)
    try:
        health = await healthz(port)
        assert health["store"]["store"] == "memory"
        client = openai.AsyncOpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-x", max_retries=0
        )
        messages = [{"role": "user", "content": "through a process"}]
        first = await client.chat.completions.create(model="gpt-4o-mini", messages=messages)
        again = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=messages
        )
        await client.close()
        assert first.choices[0].message.content == "echo 1: through a process"
        assert again.headers["cache-status"] == "llmstash; hit"
        assert len(upstream.calls_to("/v1/chat/completions")) == 1
    finally:
        await stop(process)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--upstream", "ftp://nowhere"], "'upstream.url' must start with http:// or https://"),
        (["--redis-url", "localhost:6379"], "'store.redis_url' must start with redis://"),
        (["--config", "/nonexistent.yaml"], "/nonexistent.yaml: cannot read config file"),
    ],
)
def test_bad_flags_exit_with_a_message(args: list[str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "proxy", "serve", *args], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("server: {port: 0}", "'server.port' must be 1-65535"),
        ("server: {prot: 1}", "unknown key 'server.prot'"),
        ("upstream: {read_timeout: soon}", "'upstream.read_timeout': not a duration: 'soon'"),
        ("defaults: {ttl: {chat: -5}}", "'defaults.ttl.chat': negative duration"),
        (
            "defaults: {cacheability: {cache_tools: maybe}}",
            "'defaults.cacheability.cache_tools' must be true or false",
        ),
        ("defaults: {version: -1}", "'defaults.version' must be a whole number >= 0"),
        (  # a temperature, not a duration
            "defaults: {cacheability: {max_temperature: hot}}",
            "'defaults.cacheability.max_temperature' must be a number, got 'hot'",
        ),
        (
            "defaults: {cacheability: {max_temperature: 30s}}",
            "'defaults.cacheability.max_temperature' must be a number, got '30s'",
        ),
        ("- a list", "the top level must be a mapping"),
        ("store: [1]", "'store' must be a mapping"),
        ("key: [", "not valid YAML"),
    ],
)
def test_config_errors_name_file_and_key(tmp_path: Path, yaml_text: str, message: str) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(yaml_text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_precedence_flag_over_env_over_file(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(
        "upstream: {url: 'http://file/v1'}\nserver: {port: 9000}\n"
        "defaults: {ttl: {chat: 1h, per_model: {'gpt-4o*': 10m}}}\n"
    )
    env = {"LLMSTASH_UPSTREAM": "http://env/v1", "LLMSTASH_PORT": "9100"}
    settings = load_settings(path, env=env, overrides={"server": {"port": 9200}})
    assert settings.upstream.url == "http://env/v1"
    assert settings.server.port == 9200
    assert settings.defaults.ttl.chat == 3600.0
    assert settings.defaults.ttl.per_model == (("gpt-4o*", 600.0),)


def test_example_config_is_valid() -> None:
    settings = load_settings(Path(__file__).parent.parent / "config/llmstash.example.yaml", env={})
    assert settings.store.op_timeout == 0.2
    assert settings.defaults.cacheability.ignore_fields == (
        "user",
        "metadata",
        "store",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
    )


def test_check_config_prints_effective_settings() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "proxy", "check-config", "--config", "config/llmstash.example.yaml"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert '"url": "https://api.openai.com/v1"' in result.stdout


def test_the_example_config_shows_every_default() -> None:
    """config/llmstash.example.yaml claims to show every key with its default: its
    effective settings are exactly those of no config file at all."""
    root = Path(__file__).parent.parent
    example = load_settings(root / "config/llmstash.example.yaml", env={})
    bare = load_settings(None, env={})
    assert replace(example, source="", teams_dir=None) == replace(bare, source="", teams_dir=None)


def test_the_example_config_shows_every_key() -> None:
    """...and every key check-config prints (config keys only: nothing it could not set)."""
    root = Path(__file__).parent.parent
    example = yaml.safe_load((root / "config/llmstash.example.yaml").read_text())
    result = _cli("check-config", "--config", str(root / "config/llmstash.example.yaml"))
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    for key in ("source", "teams_dir", "teams", "notes"):  # where it was read: not settings
        printed.pop(key)
    printed["teams_dir"] = None
    assert _keys(example) == _keys(printed)


def _keys(tree: Any, prefix: str = "") -> set[str]:
    """The dotted keys of a mapping's leaves (`per_model` is a table, not keys)."""
    if not isinstance(tree, dict) or prefix.endswith(".per_model"):
        return {prefix}
    return {key for k, v in tree.items() for key in _keys(v, f"{prefix}.{k}" if prefix else k)}


@pytest.mark.parametrize(
    "yaml_text, env, message",
    [
        ("", {"LLMSTASH_LOG_LEVEL": "bogus"}, "LLMSTASH_LOG_LEVEL='BOGUS' is not one of DEBUG"),
        ("server: {workers: 2}", {}, "'server.workers' > 1 needs a shared store"),
        ("", {"LLMSTASH_WORKERS": "2"}, "'server.workers' > 1 needs a shared store"),
    ],
)
def test_check_config_refuses_what_serve_refuses(
    tmp_path: Path, yaml_text: str, env: dict[str, str], message: str
) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(yaml_text)
    for command in ("check-config", "serve"):
        result = _cli(command, "--config", str(path), env=env)
        assert result.returncode == 2, (command, result.stderr)
        assert message in result.stderr, command
        assert "Traceback" not in result.stderr


def _cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "proxy", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=30,
        env={k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")} | (env or {}),
    )


def test_hash_key_matches_the_tenancy(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("key_salt: s3cret-salt\n")
    expected = Tenancy(b"s3cret-salt", Settings()).key_hash("sk-live-123")
    result = _cli("hash-key", "--config", str(path), stdin="sk-live-123\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected + "\n"
    assert "sk-live-123" not in result.stdout + result.stderr
    from_env = _cli("hash-key", stdin="sk-live-123", env={"LLMSTASH_KEY_SALT": "s3cret-salt"})
    assert from_env.stdout == expected + "\n"
    named = _cli("hash-key", "--salt-env", "MY_SALT", stdin="sk-live-123", env={"MY_SALT": "x"})
    assert named.stdout.strip() == Tenancy(b"x", Settings()).key_hash("sk-live-123")


@pytest.mark.parametrize(
    "args, env, message",
    [
        (["hash-key"], {}, "no 'key_salt' configured"),
        (["hash-key", "--salt-env", "NOPE"], {}, "environment variable 'NOPE' (--salt-env)"),
    ],
)
def test_hash_key_needs_a_salt(args: list[str], env: dict[str, str], message: str) -> None:
    result = _cli(*args, stdin="sk-x\n", env=env)
    assert result.returncode == 2
    assert message in result.stderr


def test_check_config_prints_each_teams_effective_policy(tmp_path: Path) -> None:
    (tmp_path / "teams").mkdir()
    path = tmp_path / "llmstash.yaml"
    path.write_text("key_salt: s\ndefaults: {ttl: {chat: 2h, embeddings: 1d}}\n")
    digest = Tenancy(b"s", Settings()).key_hash("sk-a")
    (tmp_path / "teams" / "a.yaml").write_text(
        f"credentials: [{digest}]\nttl: {{chat: 1h}}\nshare_with: [b]\nupstream_key_env: A_KEY\n"
    )
    (tmp_path / "teams" / "b.yaml").write_text("share_with: [a]\n")
    (tmp_path / "teams" / "c.yaml").write_text("share_with: [a]\n")
    result = _cli("check-config", "--config", str(path), env={"A_KEY": "sk-real"})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    a = report["teams"]["a"]
    assert a["policy"]["ttl"]["chat"] == 3600.0 and a["policy"]["ttl"]["embeddings"] == 86400.0
    assert a["scope"] == "t.a+b" and a["shares_with"] == ["b"] and a["credentials"] == 1
    assert report["teams"]["c"]["shares_with"] == []
    assert "team 'a' does not list 'c'" in result.stderr  # one-sided: a warning
    assert "sk-real" not in result.stdout and digest not in result.stdout
    assert report["key_salt"] == "***"

    (tmp_path / "teams" / "a.yaml").write_text("ttl: {chat: soon}\n")
    broken = _cli("check-config", "--config", str(path))
    assert broken.returncode == 2
    assert f"{tmp_path}/teams/a.yaml: team 'a': 'ttl.chat': not a duration" in broken.stderr


async def test_workers_share_the_port_and_stop_together(
    upstream: FakeUpstream, redis_url: str
) -> None:
    process, port = await start_serve(
        "--upstream", upstream.url, "--redis-url", redis_url, "--workers", "2"
    )
    try:
        pids = await worker_pids(port)
        assert len(pids) == 2
        assert process.pid not in pids  # the supervisor itself serves nothing
        client = openai.AsyncOpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-x", max_retries=0
        )
        messages = [{"role": "user", "content": "two workers"}]
        statuses = []
        for _ in range(6):
            raw = await client.chat.completions.with_raw_response.create(
                model="gpt-4o-mini", messages=messages
            )
            statuses.append(raw.headers["cache-status"])
        await client.close()
        assert statuses == ["llmstash; fwd=miss; stored"] + ["llmstash; hit"] * 5
    finally:
        process.terminate()
        assert await asyncio.wait_for(process.wait(), 10) == 0
    for pid in pids:  # the workers stopped with the supervisor
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_workers_need_a_shared_store() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "proxy", "serve", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "'server.workers' > 1 needs a shared store" in result.stderr


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:pw@127.0.0.1:6379/0", "redis://***@127.0.0.1:6379/0"),
        ("redis://:Zm9v/YmFy+secretPW@127.0.0.1:6399/0", "redis://***@127.0.0.1:6399/0"),
        ("redis://user:p#ss@host/0", "redis://***@host/0"),
        ("rediss://default:a?b@host", "rediss://***@host"),
        ("redis://host:6379/0?password=pw&db=1", "redis://host:6379/0?password=***&db=1"),
        ("https://api.openai.com/v1", "https://api.openai.com/v1"),
    ],
)
def test_urls_are_shown_without_their_credentials(url: str, shown: str) -> None:
    assert masked_url(url) == shown
    if "@" in url:  # log lines: the user info of any URL in an error message
        assert _redact(f"could not reach {url} in time") == f"could not reach {shown} in time"
