"""Team files: parsing and errors, isolation and sharing, upstream keys, version bumps,
per-team request controls, and the published JSON Schemas."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import jsonschema
import pytest
import redis.asyncio as aioredis
import yaml
from multidict import CIMultiDict, CIMultiDictProxy

from proxy import schema, versions
from proxy.appkeys import STORE, TENANCY
from proxy.keys import embedding_key, embedding_keys
from proxy.reload import Reloader
from proxy.settings import ConfigError, Settings
from proxy.settings_load import load_settings
from proxy.store.memory import MemoryStore
from proxy.tenancy import Tenancy
from proxy.versions import VersionPoller
from tests.proxy_fixtures import Proxy
from tests.team_files import (
    CHAT,
    SALT,
    chat,
    config_dir,
    eventually,
    hashed,
    issuing_team,
    write_atomically,
)
from tests.upstream import FakeUpstream

ROOT = Path(__file__).parent.parent
HIT = "llmstash; hit"
MISS = "llmstash; fwd=miss; stored"
NOT_STORED = "llmstash; fwd=miss"


# -- config files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "teams, env, team, message",
    [
        ({"a": "colour: red"}, {}, "a", "unknown key 'colour' (expected one of"),
        ({"a": "ttl: {chta: 1h}"}, {}, "a", "unknown key 'ttl.chta'"),
        ({"a": "ttl: {chat: soon}"}, {}, "a", "'ttl.chat': not a duration: 'soon'"),
        ({"a": "ttl: 5"}, {}, "a", "'ttl' must be a mapping"),
        (
            {"a": "cacheability: {cache_tools: maybe}"},
            {},
            "a",
            "'cacheability.cache_tools' must be true or false",
        ),
        ({"a": "version: -1"}, {}, "a", "'version' must be a whole number >= 0"),
        ({"a": "semantic: {verify: {nope: 1}}"}, {}, "a", "unknown key 'semantic.verify.nope'"),
        ({"a": "- a list"}, {}, "a", "the top level must be a mapping"),
        ({"a": "ttl: ["}, {}, "a", "not valid YAML"),
        ({"a": "credentials: abc"}, {}, "a", "'credentials' must be a list of hashes"),
        ({"a": "credentials: [sk-live-secret]"}, {}, "a", "'credentials[0]' is not a hash"),
        ({"a": "share_with: a"}, {}, "a", "'share_with' lists the team itself"),
        ({"a": "share_with: {b: 1}"}, {}, "a", "'share_with' must be a list of team names"),
        (
            {"a": "upstream_key_env: A_KEY"},
            {},
            "a",
            "'upstream_key_env': environment variable 'A_KEY' is not set",
        ),
        ({"a": "upstream_key_env: 5"}, {}, "a", "'upstream_key_env' must name an environment"),
        (
            {"a": f"credentials: {hashed('k1')}", "b": f"credentials: {hashed('k2', 'k1')}"},
            {},
            "b",
            "'credentials[1]' is also a credential of team 'a'",
        ),
        (
            {"a": "share_with: [b]", "b": "share_with: [a, c]", "c": "share_with: [b]"},
            {},
            "a",
            "'share_with': 'a' and 'c' are in one sharing group (a, b, c)",
        ),
        # the labels of the callers of no team: such a team would take their admin routes
        ({"default": ""}, {}, "default", "'default' names the callers of no team"),
        ({"anon": ""}, {}, "anon", "'anon' names the callers of no team"),
    ],
)
def test_team_errors_name_file_team_and_key(
    tmp_path: Path, teams: dict[str, str], env: dict[str, str], team: str, message: str
) -> None:
    path = config_dir(tmp_path, teams)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env=env)
    text = str(caught.value)
    assert text.startswith(f"{tmp_path / 'teams' / team}.yaml: team '{team}': "), text
    assert message in text
    assert "sk-live-secret" not in text  # a plain key pasted by mistake is never echoed


def test_credentials_need_a_configured_salt(tmp_path: Path) -> None:
    path = config_dir(tmp_path, {"a": f"credentials: {hashed('k')}"}, salt=False)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert str(caught.value).startswith(f"{tmp_path}/teams/a.yaml: team 'a': 'credentials'")
    assert "need a configured key salt" in str(caught.value)
    assert "LLMSTASH_KEY_SALT" in str(caught.value)
    settings = load_settings(path, env={"LLMSTASH_KEY_SALT": SALT})  # the env var is enough
    assert settings.teams["a"].credentials


@pytest.mark.parametrize(
    "main, message",
    [
        ("teams_dir: nowhere\n", "'teams_dir': no such directory"),
        ("teams_dir: [x]\n", "'teams_dir' must be a string"),
    ],
)
def test_teams_dir_errors_name_the_main_file(tmp_path: Path, main: str, message: str) -> None:
    path = config_dir(tmp_path, {}, main)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_a_team_is_named_by_its_file(tmp_path: Path) -> None:
    path = config_dir(tmp_path, {"bad name": ""})
    with pytest.raises(ConfigError, match="a team is named by its file: 'bad name'"):
        load_settings(path, env={})


def test_teams_dir_from_the_environment_is_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path in the environment means what it means to a shell (the working directory); a
    path in the file, relative to the file's folder. Errors name the variable."""
    (tmp_path / "cwd" / "env-teams").mkdir(parents=True)
    (tmp_path / "cwd" / "env-teams" / "e.yaml").write_text("")
    (tmp_path / "conf" / "env-teams").mkdir(parents=True)
    (tmp_path / "conf" / "env-teams" / "f.yaml").write_text("")  # next to the file: not it
    (tmp_path / "conf" / "file-teams").mkdir()
    (tmp_path / "conf" / "file-teams" / "g.yaml").write_text("")
    main = tmp_path / "conf" / "m.yaml"
    main.write_text("teams_dir: file-teams\n")
    monkeypatch.chdir(tmp_path / "cwd")
    env = {"LLMSTASH_TEAMS_DIR": "env-teams"}
    assert list(load_settings(main, env=env).teams) == ["e"]
    assert list(load_settings(None, env=env).teams) == ["e"]
    assert list(load_settings(main, env={}).teams) == ["g"]
    for value in ("/nonexist", "nowhere"):
        with pytest.raises(ConfigError) as caught:
            load_settings(main, env={"LLMSTASH_TEAMS_DIR": value})
        assert str(caught.value).startswith("LLMSTASH_TEAMS_DIR: 'teams_dir': no such directory")


def test_teams_dir_setting_and_default(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.yaml").write_text("")
    (tmp_path / "teams").mkdir()
    (tmp_path / "teams" / "y.yml").write_text("")
    (tmp_path / "teams" / "z.yaml.example").write_text("not: [loaded")
    (tmp_path / "teams" / ".hidden.yaml").write_text("not: [loaded")
    main = tmp_path / "llmstash.yaml"
    main.write_text("")
    assert list(load_settings(main, env={}).teams) == ["y"]
    main.write_text("teams_dir: elsewhere\n")  # relative to the config file
    assert list(load_settings(main, env={}).teams) == ["x"]
    assert list(load_settings(main, env={"LLMSTASH_TEAMS_DIR": str(tmp_path / "teams")}).teams)
    assert load_settings(env={}).teams == {}  # no file, no teams


def test_team_policy_is_the_defaults_deep_merged(tmp_path: Path) -> None:
    main = """
defaults:
  version: 3
  ttl: {chat: 7d, embeddings: 30d, per_model: {"gpt-4o*": 1h}}
  cacheability: {models_deny: [o1*], max_temperature: 0.5}
"""
    teams = {
        "a": "ttl: {chat: 1h, per_model: {gpt-4o-mini: 5m}}\ncacheability: {models_deny: []}\n",
        "b": "ttl:\nversion: 7\n",  # an empty section keeps the defaults
    }
    settings = load_settings(config_dir(tmp_path, teams, main), env={})
    a, b = settings.teams["a"].policy, settings.teams["b"].policy
    assert a.ttl.chat == 3600 and a.ttl.embeddings == 30 * 86400
    assert a.ttl.per_model == (("gpt-4o-mini", 300.0), ("gpt-4o*", 3600.0))  # team's first
    assert a.cacheability.models_deny == ()  # lists replace
    assert a.cacheability.max_temperature == 0.5  # untouched keys are inherited
    assert a.version == 3
    assert b.ttl == settings.defaults.ttl
    assert b.version == 7
    assert settings.teams["a"].scope == "t.a"
    assert settings.teams["a"].source == str(tmp_path / "teams" / "a.yaml")


def test_sharing_needs_both_sides(tmp_path: Path) -> None:
    teams = {
        "a": "share_with: [b]\nversion: 1\n",
        "b": "share_with: [a]\nversion: 2\n",
        "c": "share_with: [a]\n",  # one-sided: c shares with nobody
    }
    settings = load_settings(config_dir(tmp_path, teams), env={})
    a, b, c = (settings.teams[n] for n in "abc")
    assert a.scope == b.scope == "t.a+b"
    assert a.shared_by == b.shared_by == ("a", "b")
    assert a.base_version == b.base_version == 3  # a bump in either file invalidates both
    assert c.scope == "t.c" and c.shared_by == ("c",)
    assert [note for note in settings.notes if "share_with" in note] == [
        f"{tmp_path}/teams/c.yaml: team 'c': 'share_with': team 'a' does not list 'c', "
        "so they do not share entries",
    ]


def test_sharing_with_a_team_without_a_file_is_a_warning(tmp_path: Path) -> None:
    """A team not set up yet, or one just removed (offboarded): the others' listings of it
    share nothing and are reported, as a one-sided listing is; the files load."""
    teams = {
        "a": f"credentials: {hashed('sk-a')}\nshare_with: [b, ghost]\n",
        "b": f"credentials: {hashed('sk-b')}\nshare_with: [a, ghost]\n",
    }
    settings = load_settings(config_dir(tmp_path, teams), env={})
    a, b = settings.teams["a"], settings.teams["b"]
    assert a.scope == b.scope == "t.a+b" and a.shared_by == ("a", "b")
    assert settings.notes == tuple(
        f"{tmp_path}/teams/{name}.yaml: team '{name}': 'share_with' names unknown team "
        "'ghost' (no ghost.yaml in the teams directory), so they do not share entries"
        for name in "ab"
    )


def test_a_team_without_credentials_is_a_warning(tmp_path: Path) -> None:
    """Only a credential a team file lists puts a request in a team: a file without any
    selects nobody (a sharing group's member still adds its version to the group's)."""
    teams = {
        "a": f"credentials: {hashed('sk-a')}\nshare_with: [b]\n",
        "b": "share_with: [a]\nversion: 2\n",
        "c": "ttl: {chat: 1h}\n",
    }
    settings = load_settings(config_dir(tmp_path, teams), env={})
    assert settings.teams["a"].base_version == 2
    assert settings.notes == (
        f"{tmp_path}/teams/b.yaml: team 'b': no 'credentials': no caller is ever in this team, "
        "so its policy is never used (its version still counts in its group's)",
        f"{tmp_path}/teams/c.yaml: team 'c': no 'credentials': no caller is ever in this team, "
        "so its policy is never used",
    )


def test_upstream_key_is_never_printed(tmp_path: Path) -> None:
    path = config_dir(tmp_path, {"a": "upstream_key_env: A_KEY"})
    settings = load_settings(path, env={"A_KEY": "sk-real-upstream"})
    team = settings.teams["a"]
    assert team.upstream_key is not None and team.upstream_key.reveal() == "sk-real-upstream"
    assert "sk-real-upstream" not in repr(settings)
    assert "sk-real-upstream" not in str(settings)


# -- the JSON Schemas -------------------------------------------------------------------------


def test_shipped_schemas_are_current() -> None:
    """Regenerate with `python -m proxy.schema` after changing the settings dataclasses."""
    shipped = ROOT / "config" / "schema"
    assert (shipped / "llmstash.schema.json").read_text() == schema.render(schema.main_schema())
    assert (shipped / "team.schema.json").read_text() == schema.render(schema.team_schema())


@pytest.mark.parametrize(
    "path, kind",
    [
        ("config/llmstash.yaml", "llmstash"),
        ("config/llmstash.example.yaml", "llmstash"),
        ("config/teams/example-team.yaml.example", "team"),
    ],
)
def test_shipped_files_validate(path: str, kind: str) -> None:
    document = yaml.safe_load((ROOT / path).read_text())
    checker = json.loads((ROOT / "config" / "schema" / f"{kind}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(checker)
    jsonschema.validate(document, checker, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    "kind, document",
    [
        ("llmstash", {"server": {"prot": 1}}),
        ("llmstash", {"defaults": {"ttl": {"chat": "soon"}}}),
        ("team", {"credentials": ["sk-plain"]}),
        ("team", {"colour": "red"}),
    ],
)
def test_schemas_reject_what_the_loader_rejects(kind: str, document: dict[str, Any]) -> None:
    checker = json.loads((ROOT / "config" / "schema" / f"{kind}.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, checker, cls=jsonschema.Draft202012Validator)


def test_example_team_file_passes_check_config_as_copied(tmp_path: Path) -> None:
    """README and the file say: copy it to <team>.yaml beside the shipped config. Alone, with
    no key salt nor upstream key in the environment, it passes (with warnings)."""
    (tmp_path / "teams").mkdir()
    (tmp_path / "llmstash.yaml").write_text((ROOT / "config/llmstash.yaml").read_text())
    text = (ROOT / "config/teams/example-team.yaml.example").read_text()
    (tmp_path / "teams" / "research.yaml").write_text(text)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "proxy",
            "check-config",
            "--config",
            str(tmp_path / "llmstash.yaml"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if not k.startswith(("LLMSTASH_", "RESEARCH_"))},
    )
    assert result.returncode == 0, result.stderr
    assert "'share_with' names unknown team 'search'" in result.stderr
    assert json.loads(result.stdout)["teams"]["research"]["policy"]["version"] == 1


def test_example_team_file_loads(tmp_path: Path) -> None:
    text = (ROOT / "config/teams/example-team.yaml.example").read_text()
    path = config_dir(tmp_path, {"research": text, "search": "share_with: [research]"})
    settings = load_settings(path, env={"RESEARCH_OPENAI_API_KEY": "sk-x"})
    research = settings.teams["research"]
    assert research.scope == "t.research+search"
    assert research.policy.ttl.per_model[0] == ("gpt-4o*", 12 * 3600.0)
    assert research.policy.cacheability.cache_tools is False


# -- teams end to end -------------------------------------------------------------------------

TWO_TEAMS = {
    "a": f"credentials: {hashed('sk-a1', 'sk-a2')}\n",
    "b": f"credentials: {hashed('sk-b')}\n",
}


async def test_teams_are_isolated(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, TWO_TEAMS))
    statuses = [(await chat(proxy.client(key)))[1]["cache-status"] for key in ("sk-a1", "sk-a2")]
    assert statuses == [MISS, HIT]  # every key of a team shares the team's entries
    for key in ("sk-b", "sk-stranger", "sk-stranger2"):
        assert (await chat(proxy.client(key)))[1]["cache-status"] == MISS
    assert len(upstream.calls_to(CHAT)) == 4
    tenancy = proxy.app[TENANCY]
    labels = [tenancy.resolve(_auth(k)).label for k in ("sk-a1", "sk-b", "sk-stranger")]
    assert labels == ["a", "b", "default"]


@pytest.mark.parametrize(
    "b_lists_a, shared", [(True, True), (False, False)], ids=["mutual", "one-sided"]
)
async def test_sharing_only_when_both_say_so(
    tmp_path: Path, proxy_factory: Callable[..., Any], b_lists_a: bool, shared: bool
) -> None:
    teams = {
        "a": f"credentials: {hashed('sk-a')}\nshare_with: [b]\n",
        "b": f"credentials: {hashed('sk-b')}\n" + ("share_with: [a]\n" if b_lists_a else ""),
    }
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, teams))
    assert (await chat(proxy.client("sk-a")))[1]["cache-status"] == MISS
    assert (await chat(proxy.client("sk-b")))[1]["cache-status"] == (HIT if shared else MISS)


async def test_team_upstream_key_replaces_the_callers(
    tmp_path: Path,
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    client = proxy.client("sk-issued-a")
    seen: list[str] = []
    completion, headers = await chat(client)
    seen += [completion.model_dump_json(), str(dict(headers))]
    _, headers = await chat(client, "bypassed", extra_headers={"Cache-Control": "no-store"})
    seen.append(str(dict(headers)))
    async with client.chat.completions.with_streaming_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "streamed"}], stream=True
    ) as response:
        seen += [chunk.model_dump_json() async for chunk in await response.parse()]
    embedded = await client.embeddings.with_raw_response.create(
        model="text-embedding-3-small", input=["x", "y"]
    )
    seen += [embedded.text, str(dict(embedded.headers))]
    models = await client.models.with_raw_response.list()  # passed through
    seen += [models.text, str(dict(models.headers))]
    async with aiohttp.ClientSession() as http:  # Azure-style credential header
        async with http.post(
            f"{proxy.url}/embeddings",
            json={"model": "text-embedding-3-small", "input": "z"},
            headers={"api-key": "sk-issued-a"},
        ) as r:
            assert r.status == 200
            seen.append(await r.text())
    await chat(proxy.client("sk-stranger"), "not a team")

    team_calls, stranger_calls = upstream.calls[:-1], upstream.calls[-1:]
    assert len(team_calls) == 6  # chat, bypassed chat, stream, embeddings, models, api-key
    for call in team_calls:
        assert call.headers.getall("Authorization") == ["Bearer sk-real-upstream"], call.path
        assert "api-key" not in call.headers
        assert "sk-issued-a" not in str(dict(call.headers))
    assert stranger_calls[0].headers["Authorization"] == "Bearer sk-stranger"
    for text in seen:
        assert "sk-real-upstream" not in text
    proxy_logs = [
        r.getMessage()
        for r in caplog.records
        if not r.name.startswith(("openai", "httpx", "httpcore"))
    ]
    assert not [m for m in proxy_logs if "sk-real-upstream" in m or "sk-issued-a" in m]


async def test_team_key_is_recognised_beside_a_placeholder(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # Azure-style clients put the key in `api-key` and a placeholder bearer beside it
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    azure = proxy.client("EMPTY", default_headers={"api-key": "sk-issued-a"})
    assert (await chat(azure))[1]["cache-status"] == MISS
    assert (await chat(proxy.client("sk-issued-a")))[1]["cache-status"] == HIT  # same team
    assert (await chat(proxy.client("EMPTY")))[1]["cache-status"] == MISS  # not the team
    team_call, stranger_call = upstream.calls_to(CHAT)
    assert team_call.headers.getall("Authorization") == ["Bearer sk-real-upstream"]
    assert "api-key" not in team_call.headers
    assert stranger_call.headers["Authorization"] == "Bearer EMPTY"


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_bump_invalidates_on_every_replica_within_a_second(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    path = config_dir(tmp_path, {**TWO_TEAMS, "a": TWO_TEAMS["a"] + "version: 4\n"})
    first: Proxy = await proxy_factory(config=path)
    second: Proxy = await proxy_factory(config=path)
    assert (await chat(first.client("sk-a1")))[1]["cache-status"] == MISS
    assert (await chat(second.client("sk-a2")))[1]["cache-status"] == HIT
    assert (await chat(second.client("sk-b")))[1]["cache-status"] == MISS
    team = first.app[TENANCY].team("a")
    assert team is not None

    bumped_at = time.monotonic()
    assert team.base_version + await versions.bump(first.app[STORE], team.scope) == 5

    async def second_sees_it() -> bool:
        return second.app[TENANCY].resolve(_auth("sk-a2")).version == 5

    await eventually(second_sees_it, within=1.0, step=0.02)
    assert time.monotonic() - bumped_at < 1.0
    _, headers = await chat(second.client("sk-a2"))
    assert headers["cache-status"] == MISS  # the old entry is unreachable
    assert (await chat(first.client("sk-a1")))[1]["cache-status"] == HIT  # the new one is shared
    assert (await chat(second.client("sk-b")))[1]["cache-status"] == HIT  # team b untouched
    # a replica started after the bump starts at the bumped version
    third: Proxy = await proxy_factory(config=path)
    assert (await chat(third.client("sk-a1")))[1]["cache-status"] == HIT


async def test_bump_of_a_sharing_group_invalidates_every_member(
    tmp_path: Path, proxy_factory: Callable[..., Any]
) -> None:
    teams = {
        "a": f"credentials: {hashed('sk-a')}\nshare_with: [b]\n",
        "b": f"credentials: {hashed('sk-b')}\nshare_with: [a]\n",
    }
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, teams))
    await chat(proxy.client("sk-a"))
    team = proxy.app[TENANCY].team("b")
    assert team is not None
    await versions.bump(proxy.app[STORE], team.scope)

    async def invalidated() -> bool:
        return proxy.app[TENANCY].resolve(_auth("sk-a")).version == 1

    await eventually(invalidated, within=1.0)
    assert (await chat(proxy.client("sk-a")))[1]["cache-status"] == MISS


async def test_namespace_stays_inside_the_team(
    tmp_path: Path, proxy_factory: Callable[..., Any]
) -> None:
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, TWO_TEAMS))
    ns = {"X-Llmstash-Namespace": "experiment-1"}
    a1, a2, b = proxy.client("sk-a1"), proxy.client("sk-a2"), proxy.client("sk-b")
    assert (await chat(a1, extra_headers=ns))[1]["cache-status"] == MISS
    assert (await chat(a1))[1]["cache-status"] == MISS  # the namespace is its own space
    assert (await chat(a2, extra_headers=ns))[1]["cache-status"] == HIT  # same team
    assert (await chat(b, extra_headers=ns))[1]["cache-status"] == MISS  # never across teams


@pytest.mark.parametrize("store_kind", ["redis"])
async def test_client_ttl_is_bounded_by_the_teams_max(
    tmp_path: Path, proxy_factory: Callable[..., Any], redis_url: str
) -> None:
    teams = {
        "a": f"credentials: {hashed('sk-a')}\nttl: {{chat: 2h, max_client_ttl: 1h}}\n",
        "b": f"credentials: {hashed('sk-b')}\nttl: {{chat: 2h}}\n",
    }
    proxy: Proxy = await proxy_factory(config=config_dir(tmp_path, teams))
    asked = {"X-Llmstash-TTL": "1d"}
    await chat(proxy.client("sk-a"), "ttl", extra_headers=asked)
    await chat(proxy.client("sk-b"), "ttl", extra_headers=asked)
    await chat(proxy.client("sk-a"), "default ttl")
    r = aioredis.from_url(redis_url)
    try:
        ttls = {}
        for name in ("a", "b"):
            keys = [k async for k in r.scan_iter(match=f"ls:t.{name}:v0:c:*")]
            ttls[name] = sorted([await r.ttl(k) for k in keys])
    finally:
        await r.aclose()
    assert 3590 <= ttls["a"][0] <= 3600  # asked 1d, capped at team a's max of 1h
    assert 7190 <= ttls["a"][1] <= 7200  # no header: the team's chat TTL
    assert 86390 <= ttls["b"][0] <= 86400  # team b's max (30d default) allows 1d


async def test_client_ttl_of_zero_stores_nothing_and_says_so(proxy: Proxy) -> None:
    client = proxy.client()
    zero = {"X-Llmstash-TTL": "0"}
    assert (await chat(client, "ttl zero", extra_headers=zero))[1]["cache-status"] == NOT_STORED
    assert (await chat(client, "ttl zero"))[1]["cache-status"] == MISS  # nothing was kept


def _auth(key: str) -> CIMultiDictProxy[str]:
    return CIMultiDictProxy(CIMultiDict({"Authorization": f"Bearer {key}"}))


# -- reloads that take a key away -------------------------------------------------------------


async def test_a_write_during_a_reload_is_loaded_too(tmp_path: Path) -> None:
    # a key is taken from a team while a reload is reading the files: that write must not
    # be taken for already loaded, or the key would keep the team's scope until the next edit
    path = config_dir(tmp_path, {"a": f"credentials: {hashed('sk-a')}\n"})
    team_file = tmp_path / "teams" / "a.yaml"
    tenancy = Tenancy(SALT.encode(), load_settings(path, env={}))
    poller = VersionPoller(MemoryStore(), tenancy.counters, lambda: tenancy.scopes)
    later = [f"credentials: {hashed('sk-a2')}\n"]  # sk-a removed

    def load() -> Settings:
        settings = load_settings(path, env={})
        if later:  # lands after the loader read the file
            write_atomically(team_file, later.pop())
        return settings

    reloader = Reloader(tenancy, load, poller)
    write_atomically(team_file, f"credentials: {hashed('sk-a', 'sk-a2')}\n")
    assert await reloader.reload("test")
    assert tenancy.resolve(_auth("sk-a2")).label == "a"
    watcher = asyncio.create_task(reloader.watch(0.05))
    try:
        await eventually(lambda: tenancy.resolve(_auth("sk-a")).label == "default", within=2.0)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
    assert tenancy.resolve(_auth("sk-a2")).label == "a"


async def test_a_replaced_team_file_is_reloaded_whatever_its_mtime(
    tmp_path: Path, proxy_factory: Callable[..., Any]
) -> None:
    # a copy that keeps mtimes (`cp -p`, `rsync -a`), or a 1 s mtime clock, can give the new
    # file the old one's size and mtime: a rotated key (same length) must still be reloaded
    path = config_dir(tmp_path, {"a": f"credentials: {hashed('sk-old')}\n"})
    team_file = tmp_path / "teams" / "a.yaml"
    proxy: Proxy = await proxy_factory(config=path)
    tenancy = proxy.app[TENANCY]
    assert tenancy.resolve(_auth("sk-old")).label == "a"
    before = team_file.stat()
    write_atomically(team_file, f"credentials: {hashed('sk-new')}\n")
    os.utime(team_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert team_file.stat().st_size == before.st_size
    await eventually(lambda: tenancy.resolve(_auth("sk-old")).label == "default", within=4.0)
    assert tenancy.resolve(_auth("sk-new")).label == "a"
    assert (await chat(proxy.client("sk-old"), "after the rotation"))[1]["cache-status"] == MISS


# -- keys no crafted request can collide with -------------------------------------------------


def test_embedding_keys_of_crafted_model_names_never_collide() -> None:
    # `<model>\0<dims>\0s<input>` is hashed: a NUL in the model name could move the bytes
    # of the model into the input, so a caller could write the entry another request reads
    prefix = "ls:t.a:v0"
    crafted = embedding_key(prefix, "m\x000\x00sa", None, "b")
    assert crafted != embedding_key(prefix, "m", None, "a\x000\x00sb")
    assert embedding_keys(prefix, "m\x000\x00sa", None, ["b", [1]]) == [
        crafted,
        embedding_key(prefix, "m\x000\x00sa", None, [1]),
    ]
    assert embedding_key(prefix, "\x00", None, "x") != embedding_key(prefix, "", None, "0\x00sx")
    # every other model's keys are what they always were: stored entries stay reachable
    digest = hashlib.sha256(b"text-embedding-3-small\x000\x00shi").hexdigest()
    assert embedding_key(prefix, "text-embedding-3-small", None, "hi") == f"{prefix}:e:{digest}"
