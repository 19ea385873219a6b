"""What the config loader refuses (at start, in `check-config` and on reload), and that its
errors name where the value came from: the file, the team file, the environment variable."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from proxy.settings import ConfigError
from proxy.settings_load import load_settings
from tests.processes import free_port
from tests.team_files import chat, config_dir, eventually, hashed
from tests.team_files import write_atomically as write

ROOT = Path(__file__).resolve().parent.parent
KEY_FIELDS = (
    "messages model tools functions tool_choice function_call response_format n logprobs "
    "top_logprobs modalities audio prediction input dimensions encoding_format max_tokens "
    "max_completion_tokens stop reasoning_effort prompt suffix"
).split()
IGNORABLE = [
    "user",
    "metadata",
    "store",
    "service_tier",
    "safety_identifier",
    "prompt_cache_key",
    "temperature",
    "top_p",
    "seed",
    "frequency_penalty",
    "presence_penalty",
]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMSTASH_")}
    return {**env, **extra}


def _cli(*args: str, env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proxy", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def _refused(path: Path, env: dict[str, str] | None = None) -> str:
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env=env or {})
    return str(caught.value)


def _schema(kind: str) -> dict[str, Any]:
    return json.loads((ROOT / "config" / "schema" / f"{kind}.schema.json").read_text())  # type: ignore[no-any-return]


def _schema_refuses(kind: str, document: Any) -> bool:
    try:
        jsonschema.validate(document, _schema(kind), cls=jsonschema.Draft202012Validator)
    except jsonschema.ValidationError:
        return True
    return False


# -- 1. ignore_fields never drops a field of the key ----------------------------------------


def test_every_answer_deciding_field_is_keyed() -> None:
    from policies.cacheability import KEYED_FIELDS

    assert set(KEY_FIELDS) <= KEYED_FIELDS
    assert not KEYED_FIELDS.intersection(IGNORABLE)


@pytest.mark.parametrize("field", KEY_FIELDS)
def test_ignore_fields_refuses_a_key_field(tmp_path: Path, field: str) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(f"defaults: {{cacheability: {{ignore_fields: [user, {field}]}}}}\n")
    message = _refused(path)
    assert message.startswith(f"{path}: 'defaults.cacheability.ignore_fields' lists {field}")
    assert _schema_refuses("llmstash", yaml.safe_load(path.read_text()))


def test_ignore_fields_as_one_string_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("defaults: {cacheability: {ignore_fields: messages}}\n")
    assert "lists messages" in _refused(path)
    assert _schema_refuses("llmstash", {"defaults": {"cacheability": {"ignore_fields": "model"}}})


def test_ignore_fields_refused_in_a_team_file(tmp_path: Path) -> None:
    path = config_dir(tmp_path, {"a": "cacheability: {ignore_fields: [metadata, tools]}\n"})
    team_file = tmp_path / "teams" / "a.yaml"
    message = _refused(path)
    assert message.startswith(f"{team_file}: team 'a': 'cacheability.ignore_fields' lists tools")
    assert _schema_refuses("team", {"cacheability": {"ignore_fields": ["tools"]}})


def test_ignore_fields_may_name_sampling_and_bookkeeping(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(f"defaults: {{cacheability: {{ignore_fields: [{', '.join(IGNORABLE)}]}}}}\n")
    settings = load_settings(path, env={})
    assert settings.defaults.cacheability.ignore_fields == tuple(IGNORABLE)
    assert not _schema_refuses("llmstash", yaml.safe_load(path.read_text()))


def test_check_config_refuses_ignored_messages(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("defaults: {cacheability: {ignore_fields: [messages, model]}}\n")
    result = _cli("check-config", "--config", str(path), env=_env())
    assert result.returncode == 2, result.stdout
    assert f"{path}: 'defaults.cacheability.ignore_fields' lists messages, model" in result.stderr


@pytest.mark.parametrize("store_kind", ["memory"])
async def test_reload_rejects_ignored_messages(
    tmp_path: Path, proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="llmstash.config")
    team = f"credentials: {hashed('sk-a')}\n"
    path = config_dir(tmp_path, {"a": team})
    team_file = tmp_path / "teams" / "a.yaml"
    proxy = await proxy_factory(config=path)
    client = proxy.client("sk-a")
    write(team_file, team + "cacheability: {ignore_fields: [messages]}\n")
    await eventually(lambda: "rejected" in caplog.text)
    assert f"{team_file}: team 'a': 'cacheability.ignore_fields' lists messages" in caplog.text
    # the old policy stays: two questions get two answers
    first, _ = await chat(client, "what is 2+2")
    second, headers = await chat(client, "tell me a secret")
    assert first.choices[0].message.content != second.choices[0].message.content
    assert headers["cache-status"] != "llmstash; hit"


# -- 2. what serve would refuse, or what breaks caching ------------------------------------


def test_check_config_reads_the_prices_file() -> None:
    result = _cli("check-config", env=_env(LLMSTASH_PRICES="/nope.yaml"))
    assert result.returncode == 2, result.stdout
    assert "/nope.yaml: cannot read prices file" in result.stderr
    assert "Traceback" not in result.stderr


def test_prices_file_errors_come_from_load_settings(tmp_path: Path) -> None:
    bad = tmp_path / "prices.yaml"
    bad.write_text("models:\n  gpt-x: {input: -1}\n")
    with pytest.raises(ConfigError, match=re.escape("'models.gpt-x.input' must be a number >= 0")):
        load_settings(None, env={"LLMSTASH_PRICES": str(bad)})
    load_settings(None, env={"LLMSTASH_PRICES": str(bad)}, with_teams=False)  # hash-key


@pytest.mark.parametrize("how", ["env", "flag"])
def test_serve_refuses_the_prices_file_before_it_listens(how: str) -> None:
    port = str(free_port())
    if how == "env":
        result = _cli("serve", "--port", port, env=_env(LLMSTASH_PRICES="/nope.yaml"), timeout=60)
    else:
        result = _cli("serve", "--port", port, "--prices", "/nope.yaml", env=_env(), timeout=60)
    assert result.returncode == 2
    assert "/nope.yaml: cannot read prices file" in result.stderr
    assert "llmstash on" not in result.stderr


RANGES = [
    ("store: {op_timeout: 0}", "'store.op_timeout' must be > 0"),
    ("store: {op_timeout: 0ms}", "'store.op_timeout' must be > 0"),
    ("store: {failure_threshold: 0}", "'store.failure_threshold' must be >= 1, got 0"),
    ("store: {memory_max_bytes: -1}", "'store.memory_max_bytes' must be >= 1, got -1"),
    ("store: {semantic_index_max_entries: 0}", "'store.semantic_index_max_entries' must be >= 1"),
    ("server: {workers: -1}", "'server.workers' must be >= 0 (0: one per CPU), got -1"),
    ("server: {port: 70000}", "'server.port' must be 1-65535, got 70000"),
    ("upstream: {max_connections: -5}", "'upstream.max_connections' must be >= 0"),
    ("defaults: {stampede: {lock_ttl: 0}}", "'defaults.stampede.lock_ttl' must be > 0, got 0"),
    (
        "defaults: {cacheability: {max_body_bytes: 0}}",
        "'defaults.cacheability.max_body_bytes' must be >= 1, got 0",
    ),
    ("defaults: {semantic: {top_k: 0}}", "'defaults.semantic.top_k' must be >= 1, got 0"),
    ("defaults: {semantic: {dimensions: 0}}", "'defaults.semantic.dimensions' must be >= 1"),
    ("defaults: {semantic: {max_text_chars: 0}}", "'defaults.semantic.max_text_chars' must be"),
    (
        "defaults: {semantic: {verify: {threshold: 2}}}",
        "'defaults.semantic.verify.threshold' must be in (0, 1] (a cosine similarity), got 2",
    ),
    ("defaults: {semantic: {verify: {threshold: 0}}}", "'defaults.semantic.verify.threshold'"),
    ("defaults: {semantic: {verify: {min_score: 1.5}}}", "'defaults.semantic.verify.min_score'"),
    ("defaults: {semantic: {judge: {min_score: -0.1}}}", "'defaults.semantic.judge.min_score'"),
    ("defaults: {semantic: {judge: {timeout: 0}}}", "'defaults.semantic.judge.timeout' must be"),
    ("defaults: {semantic: {judge: {verdict_ttl: 0}}}", "'defaults.semantic.judge.verdict_ttl'"),
    ("defaults: {semantic: {judge: {max_calls: -1}}}", "'defaults.semantic.judge.max_calls'"),
    (
        "defaults: {semantic: {judge: {max_completion_tokens: 0}}}",
        "'defaults.semantic.judge.max_completion_tokens' must be >= 1",
    ),
    ("server: {host: 'not a host!'}", "'server.host' must be an IP address or a host name"),
    ("server: {host: '[::1]'}", "'server.host' must be an IP address or a host name"),
    ("server: {host: ''}", "'server.host' must be an IP address or a host name"),
    # a share is a plain number, never a duration read as seconds
    ("upstream: {drain_share: 250ms}", "'upstream.drain_share' must be a number, got '250ms'"),
    ("upstream: {passthrough_share: -1}", "'upstream.passthrough_share' must be"),
    # a whole number is never cut: 1.5 bytes a second is not 1
    ("server: {body_min_rate: 1.5}", "'server.body_min_rate' must be a whole number, got 1.5"),
]


@pytest.mark.parametrize("yaml_text, message", RANGES)
def test_out_of_range_values_are_refused(tmp_path: Path, yaml_text: str, message: str) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(yaml_text + "\n")
    refused = _refused(path)
    assert refused.startswith(f"{path}: "), refused
    assert message in refused


@pytest.mark.parametrize("yaml_text, message", RANGES)
def test_the_schema_refuses_them_too(yaml_text: str, message: str) -> None:
    assert _schema_refuses("llmstash", yaml.safe_load(yaml_text))


def test_out_of_range_in_a_team_file(tmp_path: Path) -> None:
    path = config_dir(tmp_path, {"a": "semantic: {top_k: 0}\n"})
    message = _refused(path)
    assert message.startswith(f"{tmp_path / 'teams' / 'a.yaml'}: team 'a': 'semantic.top_k'")
    assert _schema_refuses("team", {"semantic": {"top_k": 0}})


@pytest.mark.parametrize(
    "yaml_text",
    [
        "server: {host: 0.0.0.0}",
        "server: {host: '::'}",
        "server: {host: 'fe80::1%eth0'}",
        "server: {host: localhost}",
        "server: {host: llmstash-0.llmstash.default.svc.cluster.local}",
        "server: {workers: 0}",
        "upstream: {max_connections: 0}",
        "store: {op_timeout: 1ms, failure_threshold: 1}",
        "defaults: {semantic: {top_k: 1, verify: {threshold: 1, min_score: 0}}}",
        "defaults: {semantic: {judge: {max_calls: 0, min_score: 1}}}",
        "defaults: {stampede: {lock_ttl: 500ms}, cacheability: {max_body_bytes: 1}}",
    ],
)
def test_values_at_the_edges_are_accepted(tmp_path: Path, yaml_text: str) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text(yaml_text + "\n")
    load_settings(path, env={})
    assert not _schema_refuses("llmstash", yaml.safe_load(yaml_text))


# -- 3. errors name the environment variable a value came from ------------------------------


@pytest.mark.parametrize(
    "var, value, message",
    [
        ("LLMSTASH_PORT", "abc", "'server.port' must be a whole number, got 'abc'"),
        ("LLMSTASH_PORT", "0", "'server.port' must be 1-65535, got 0"),
        ("LLMSTASH_WORKERS", "many", "'server.workers' must be a whole number"),
        ("LLMSTASH_WORKERS", "-2", "'server.workers' must be >= 0"),
        ("LLMSTASH_REDIS_CLUSTER", "perhaps", "'store.cluster' must be true or false"),
        ("LLMSTASH_HOST", "not a host!", "'server.host' must be an IP address or a host name"),
        ("LLMSTASH_UPSTREAM", "ftp://x/v1", "'upstream.url' must start with http://"),
        ("LLMSTASH_REDIS_URL", "localhost:6379", "'store.redis_url' must start with redis://"),
    ],
)
def test_env_errors_name_the_variable(tmp_path: Path, var: str, value: str, message: str) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("server: {port: 9000}\n")
    for config in (path, None):
        with pytest.raises(ConfigError) as caught:
            load_settings(config, env={var: value}, with_teams=False)
        assert str(caught.value).startswith(f"{var}: {message}")


def test_check_config_names_the_variable() -> None:
    result = _cli("check-config", env=_env(LLMSTASH_PORT="abc"))
    assert result.returncode == 2
    assert "LLMSTASH_PORT: 'server.port' must be a whole number, got 'abc'" in result.stderr


def test_flag_errors_name_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("server: {port: 9000}\n")
    with pytest.raises(ConfigError, match=r"^<command line>: 'server.port' must be 1-65535"):
        load_settings(path, env={}, overrides={"server": {"port": 0}})


def test_file_errors_still_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "llmstash.yaml"
    path.write_text("server: {port: abc}\n")
    message = _refused(path, env={"LLMSTASH_WORKERS": "2"})
    assert message.startswith(f"{path}: 'server.port' must be a whole number")
