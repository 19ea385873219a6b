"""Configuration: YAML file, environment, CLI flags -> frozen typed objects, parsed once.

Precedence: CLI flag > environment (`LLMSTASH_*`) > config file > built-in default.
Every error names the file and the key and says what is wrong.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from policies.cacheability import CachePolicy
from policies.judge import JudgePolicy
from policies.semantic import SemanticPolicy
from policies.ttl import TtlPolicy, parse_duration
from policies.verify import VerifyConfig

T = TypeVar("T")


class ConfigError(ValueError):
    """A configuration value is missing, unknown or malformed."""


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 1
    access_log: bool = False
    # on SIGTERM/SIGINT: the longest requests in flight may take to finish before they are
    # cut; the clean-up after it takes up to ~6 s more, so keep it that far under the
    # orchestrator's grace period (Kubernetes: 30 s by default)
    shutdown_timeout: float = 20.0
    # on SIGTERM/SIGINT, before that: /healthz already answers 503 "draining" while requests
    # are still served this long, so that a load balancer stops sending them first (0: refuse
    # new requests at once; a Kubernetes preStop sleep does the same from outside). It adds
    # to the shutdown_timeout within the grace period
    drain_delay: float = 0.0


@dataclass(frozen=True, slots=True)
class UpstreamSettings:
    url: str = "https://api.openai.com/v1"
    connect_timeout: float = 10.0
    read_timeout: float = 600.0  # max silence between two reads from the upstream
    max_connections: int = 512
    drain_timeout: float = 300.0  # finish a stream whose client left, at most this long


@dataclass(frozen=True, slots=True)
class StoreSettings:
    redis_url: str | None = None
    cluster: bool = False
    op_timeout: float = 0.2
    failure_threshold: int = 3
    cooldown: float = 2.0
    memory_max_bytes: int = 256 * 1024 * 1024
    # rows each replica's semantic index holds at most (the oldest go first): 7-10 KB a
    # row at 1536 dimensions, ~3 KB at 384 (see proxy.semantic.index.MAX_ENTRIES)
    semantic_index_max_entries: int = 100_000


@dataclass(frozen=True, slots=True)
class StampedePolicy:
    enabled: bool = True
    wait: float = 120.0  # silence from a leader on another replica a follower bears
    lock_ttl: float = 10.0  # cross-replica lock; refreshed while the call runs, so a crashed
    # leader's followers take over after at most this long (server-wide: from `defaults`)


@dataclass(frozen=True, slots=True)
class TeamPolicy:
    cacheability: CachePolicy = field(default_factory=CachePolicy)
    ttl: TtlPolicy = field(default_factory=TtlPolicy)
    stampede: StampedePolicy = field(default_factory=StampedePolicy)
    semantic: SemanticPolicy = field(default_factory=SemanticPolicy)
    version: int = 0


class Secret:
    """A value never printed: repr, str and check-config output show `***`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "***"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True, slots=True)
class TeamConfig:
    """One `teams/<name>.yaml`: who belongs to the team and its effective policy (the
    defaults deep-merged with the file's overrides). Loaded by `proxy.teams`."""

    name: str
    source: str  # the file
    credentials: tuple[str, ...] = ()  # salted hashes (`llmstash hash-key`), never keys
    share_with: tuple[str, ...] = ()  # as written; sharing needs both sides
    upstream_key_env: str | None = None
    upstream_key: Secret | None = None  # read from `upstream_key_env` at load time
    policy: TeamPolicy = field(default_factory=TeamPolicy)
    scope: str = ""  # key scope: the team alone, or its mutual sharing group
    shared_by: tuple[str, ...] = ()  # the teams in the scope (sorted, the team included)
    base_version: int = 0  # config part of the scope's version (sum over `shared_by`)


@dataclass(frozen=True, slots=True)
class Settings:
    server: ServerSettings = field(default_factory=ServerSettings)
    upstream: UpstreamSettings = field(default_factory=UpstreamSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    defaults: TeamPolicy = field(default_factory=TeamPolicy)
    key_salt: str | None = None
    source: str = "<defaults>"
    teams_dir: str | None = None  # where team files were looked for (absolute)
    teams: Mapping[str, TeamConfig] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # warnings found while loading (e.g. one-sided share_with)


# environment variable -> (section, key)
ENV = {
    "LLMSTASH_HOST": ("server", "host"),
    "LLMSTASH_PORT": ("server", "port"),
    "LLMSTASH_WORKERS": ("server", "workers"),
    "LLMSTASH_UPSTREAM": ("upstream", "url"),
    "LLMSTASH_REDIS_URL": ("store", "redis_url"),
    "LLMSTASH_REDIS_CLUSTER": ("store", "cluster"),
    "LLMSTASH_KEY_SALT": (None, "key_salt"),
    "LLMSTASH_TEAMS_DIR": (None, "teams_dir"),
}


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    with_teams: bool = True,
) -> Settings:
    """Build Settings. `overrides` are CLI flags as {section: {key: value}} (None = unset).
    `with_teams`: also load the team files (`teams_dir`, default `teams/` next to the file)."""
    env = os.environ if env is None else env
    path = config_path or env.get("LLMSTASH_CONFIG")
    raw: dict[str, Any] = {}
    source = "<defaults>"
    if path:
        source = str(path)
        try:
            loaded = yaml.safe_load(Path(path).read_text())
        except OSError as exc:
            raise ConfigError(f"{source}: cannot read config file: {exc.strerror}") from None
        except yaml.YAMLError as exc:
            raise ConfigError(f"{source}: not valid YAML: {exc}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{source}: the top level must be a mapping")
        raw = dict(loaded or {})
    for var, (section, key) in ENV.items():
        if env.get(var):
            _put(raw, section, key, env[var])
    for section, values in (overrides or {}).items():
        for key, value in values.items():
            if value is not None:
                _put(raw, section or None, key, value)
    settings = _settings_from(raw, source)
    if not with_teams:
        return settings
    from proxy.teams import load_teams  # it builds on this module's parsers

    return load_teams(settings, raw.get("defaults") or {}, raw.get("teams_dir"), env)


def _put(raw: dict[str, Any], section: str | None, key: str, value: Any) -> None:
    if section is None:
        raw[key] = value
    else:
        raw.setdefault(section, {})
        if not isinstance(raw[section], dict):
            raw[section] = {}
        raw[section][key] = value


def _settings_from(raw: dict[str, Any], source: str) -> Settings:
    known = {"server", "upstream", "store", "defaults", "key_salt", "teams_dir"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{source}: unknown key '{key}' (expected one of {sorted(known)})")
    defaults_raw = raw.get("defaults") or {}
    _require_mapping(defaults_raw, source, "defaults")
    settings = Settings(
        server=build(ServerSettings, raw.get("server"), source, "server"),
        upstream=build(UpstreamSettings, raw.get("upstream"), source, "upstream"),
        store=build(StoreSettings, raw.get("store"), source, "store"),
        defaults=team_policy(defaults_raw, source, "defaults"),
        key_salt=_optional_str(raw.get("key_salt"), source, "key_salt"),
        source=source,
    )
    _check(settings, source)
    return settings


def team_policy(raw: Mapping[str, Any], source: str, where: str) -> TeamPolicy:
    """A policy from its mapping; `where` prefixes key names in errors ("" for a team file)."""

    def at(key: str) -> str:
        return f"{where}.{key}" if where else key

    sections = {
        "cacheability": CachePolicy,
        "ttl": TtlPolicy,
        "stampede": StampedePolicy,
        "semantic": SemanticPolicy,
    }
    for key in raw:
        if key not in (*sections, "version"):
            raise ConfigError(f"{source}: unknown key '{at(key)}'")
    ttl_raw = raw.get("ttl") or {}
    _require_mapping(ttl_raw, source, at("ttl"))
    ttl_raw = dict(ttl_raw)
    per_model = ttl_raw.pop("per_model", None) or {}
    _require_mapping(per_model, source, at("ttl.per_model"))
    ttl = build(TtlPolicy, ttl_raw, source, at("ttl"))
    ttl = dataclasses.replace(
        ttl,
        per_model=tuple(
            (str(glob), _duration(v, source, at(f"ttl.per_model.{glob}")))
            for glob, v in per_model.items()
        ),
    )
    version = raw.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ConfigError(f"{source}: '{at('version')}' must be a whole number >= 0")
    return TeamPolicy(
        cacheability=build(CachePolicy, raw.get("cacheability"), source, at("cacheability")),
        ttl=ttl,
        stampede=build(StampedePolicy, raw.get("stampede"), source, at("stampede")),
        semantic=semantic_policy(raw.get("semantic"), source, at("semantic")),
        version=version,
    )


def semantic_policy(raw: Any, source: str, where: str) -> SemanticPolicy:
    if raw is None:
        return SemanticPolicy()
    _require_mapping(raw, source, where)
    raw = dict(raw)
    verify_raw = raw.pop("verify", None) or {}
    _require_mapping(verify_raw, source, f"{where}.verify")
    tunable = {f.name for f in dataclasses.fields(VerifyConfig) if f.name != "model"}
    for key in verify_raw:
        if key not in tunable:
            raise ConfigError(
                f"{source}: unknown key '{where}.verify.{key}' (expected one of {sorted(tunable)})"
            )
    hints = typing.get_type_hints(VerifyConfig)
    verify = VerifyConfig(
        **{  # type: ignore[arg-type]
            k: _number(v, source, f"{where}.verify.{k}")
            if hints[k] is float
            else _convert(v, hints[k], source, f"{where}.verify.{k}")
            for k, v in verify_raw.items()
        }
    )
    judge_raw = raw.pop("judge", None) or {}
    _require_mapping(judge_raw, source, f"{where}.judge")
    judge_raw = dict(judge_raw)
    score = judge_raw.pop("min_score", None)  # a score, not a duration
    judge = build(JudgePolicy, judge_raw, source, f"{where}.judge")
    if score is not None:
        score = _number(score, source, f"{where}.judge.min_score")
        judge = dataclasses.replace(judge, min_score=score)
    policy = build(SemanticPolicy, raw, source, where, skip=("verify", "judge"))
    return dataclasses.replace(policy, verify=verify, judge=judge)


def _number(value: Any, source: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{source}: '{where}' must be a number, got {value!r}")
    return float(value)


def build(cls: type[T], raw: Any, source: str, where: str, skip: tuple[str, ...] = ()) -> T:
    """Instantiate a frozen dataclass from a mapping, converting and checking each field."""
    if raw is None:
        return cls()
    _require_mapping(raw, source, where)
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)} - set(skip)  # type: ignore[arg-type]
    values = {}
    for key, value in raw.items():
        if key not in names:
            raise ConfigError(
                f"{source}: unknown key '{where}.{key}' (expected one of {sorted(names)})"
            )
        values[key] = _convert(value, hints[key], source, f"{where}.{key}")
    return cls(**values)


def _convert(value: Any, hint: Any, source: str, where: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None or (isinstance(value, str) and value.lower() in ("", "null", "none")):
            return None
        return _convert(value, args[0], source, where)
    if hint is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in (
            "true",
            "1",
            "yes",
            "on",
            "false",
            "0",
            "no",
            "off",
        ):
            return value.lower() in ("true", "1", "yes", "on")
        raise ConfigError(f"{source}: '{where}' must be true or false, got {value!r}")
    if hint is int:
        try:
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(
                f"{source}: '{where}' must be a whole number, got {value!r}"
            ) from None
    if hint is float:
        return _duration(value, source, where)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"{source}: '{where}' must be a string, got {value!r}")
        return value
    if origin is tuple:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{source}: '{where}' must be a list of strings, got {value!r}")
        return tuple(str(v) for v in value)
    raise ConfigError(f"{source}: '{where}' has an unsupported type")  # pragma: no cover


def _duration(value: Any, source: str, where: str) -> float:
    try:
        return parse_duration(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{source}: '{where}': {exc}") from None


def _optional_str(value: Any, source: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise ConfigError(f"{source}: '{where}' must be a string")


def _require_mapping(value: Any, source: str, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: '{where}' must be a mapping, got {type(value).__name__}")


def _check(settings: Settings, source: str) -> None:
    url = settings.upstream.url
    if not url.startswith(("http://", "https://")):
        raise ConfigError(
            f"{source}: 'upstream.url' must start with http:// or https://, got {url!r}"
        )
    redis_url = settings.store.redis_url
    if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(
            f"{source}: 'store.redis_url' must start with redis://, rediss:// or unix://, "
            f"got {redis_url!r}"
        )
    if not 0 < settings.server.port < 65536:
        raise ConfigError(f"{source}: 'server.port' must be 1-65535, got {settings.server.port}")
    if settings.store.semantic_index_max_entries < 1:
        raise ConfigError(f"{source}: 'store.semantic_index_max_entries' must be >= 1")
    if settings.server.workers < 0:
        raise ConfigError(f"{source}: 'server.workers' must be >= 0 (0: one per CPU)")
