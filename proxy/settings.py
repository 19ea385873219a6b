"""Configuration: YAML file, environment, CLI flags -> frozen typed objects, parsed once.

Precedence: CLI flag > environment (`LLMSTASH_*`) > config file > built-in default.
Every error names the file and the key and says what is wrong.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from policies.cacheability import KEYED_FIELDS, CachePolicy
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
    # a request's headers must have arrived this long after its connection was accepted, or
    # after the previous answer on it (an idle keep-alive connection is closed then too).
    # Above the idle timeout of the load balancers in front (AWS ALB: 60 s), which must
    # close an idle connection first, else a request they send as it closes fails
    header_timeout: float = 75.0
    # a request body must arrive within body_timeout plus what has come at body_min_rate
    # (bytes/s): else 408 and the connection is closed (slow bodies hold sockets and slots)
    body_timeout: float = 30.0
    body_min_rate: int = 8192
    # decoded request bodies held at once, across all requests (a gzip bomb decodes to
    # MAX_BODY), counted as they arrive; a body that does not fit gets a retryable 503, one
    # larger than all of it (below MAX_BODY, 64 MB) a 413
    max_body_memory: int = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class UpstreamSettings:
    url: str = "https://api.openai.com/v1"
    connect_timeout: float = 10.0  # DNS, TCP and TLS of a new connection
    read_timeout: float = 600.0  # max silence between two reads from the upstream
    max_connections: int = 512
    # a request waits at most this long for one of the max_connections, then gets a 503
    pool_timeout: float = 5.0
    drain_timeout: float = 300.0  # finish a stream whose client left, at most this long
    # share of max_connections that streams every client left may hold while drained
    drain_share: float = 0.25
    # share of max_connections that passed-through request bodies (files, audio, ...) may
    # hold while they are sent, at the client's pace: the rest is kept for the cached routes
    passthrough_share: float = 0.5


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


@dataclass(frozen=True, slots=True)
class Bound:
    """The range of a number: from `low` (excluded when `low_open`) up to `high`."""

    low: float
    low_open: bool = False
    high: float | None = None
    note: str = ""  # what the value means, said in the error

    def admits(self, value: float) -> bool:
        if value < self.low or (self.low_open and value == self.low):
            return False
        return self.high is None or value <= self.high

    def __str__(self) -> str:
        if self.high is None:
            text = f"{'>' if self.low_open else '>='} {_num(self.low)}"
        elif self.low_open:
            text = f"in ({_num(self.low)}, {_num(self.high)}]"
        elif isinstance(self.low, int) and isinstance(self.high, int):
            text = f"{self.low}-{self.high}"
        else:
            text = f"in [{_num(self.low)}, {_num(self.high)}]"
        return f"{text} ({self.note})" if self.note else text


# (section class, key) -> range; checked by `build` and written into the JSON Schemas
POSITIVE = Bound(0, low_open=True)
AT_LEAST_ONE = Bound(1)
BOUNDS: dict[tuple[type, str], Bound] = {
    (ServerSettings, "port"): Bound(1, high=65535),
    (ServerSettings, "workers"): Bound(0, note="0: one per CPU"),
    (ServerSettings, "header_timeout"): POSITIVE,
    (ServerSettings, "body_timeout"): POSITIVE,
    (ServerSettings, "body_min_rate"): Bound(1, note="bytes per second"),
    (ServerSettings, "max_body_memory"): Bound(1024 * 1024, note="bytes"),
    (UpstreamSettings, "max_connections"): Bound(0, note="0: no limit"),
    (UpstreamSettings, "pool_timeout"): POSITIVE,
    (UpstreamSettings, "drain_share"): Bound(0, high=1, note="0: cut at once"),
    (UpstreamSettings, "passthrough_share"): Bound(
        0, low_open=True, high=1, note="1: no connections kept for the cached routes"
    ),
    (StoreSettings, "op_timeout"): Bound(0, low_open=True, note="0 would time out every call"),
    (StoreSettings, "failure_threshold"): AT_LEAST_ONE,
    (StoreSettings, "memory_max_bytes"): AT_LEAST_ONE,
    (StoreSettings, "semantic_index_max_entries"): AT_LEAST_ONE,
    (StampedePolicy, "lock_ttl"): POSITIVE,
    (CachePolicy, "max_body_bytes"): AT_LEAST_ONE,
    (SemanticPolicy, "dimensions"): AT_LEAST_ONE,
    (SemanticPolicy, "top_k"): AT_LEAST_ONE,
    (SemanticPolicy, "max_text_chars"): AT_LEAST_ONE,
    (SemanticPolicy, "embed_timeout"): POSITIVE,
    (VerifyConfig, "threshold"): Bound(0, low_open=True, high=1, note="a cosine similarity"),
    (VerifyConfig, "min_score"): Bound(0, high=1, note="a classifier score"),
    (JudgePolicy, "min_score"): Bound(0, high=1, note="a classifier score"),
    (JudgePolicy, "max_calls"): Bound(0),
    (JudgePolicy, "timeout"): POSITIVE,
    (JudgePolicy, "verdict_ttl"): POSITIVE,
    (JudgePolicy, "max_completion_tokens"): AT_LEAST_ONE,
}

# a host name (RFC 1123 labels; '_' tolerated as resolvers do); IP addresses are checked apart
HOSTNAME = re.compile(
    r"^(?=.{1,253}\.?$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
    r"(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$"
)

COMMAND_LINE = "<command line>"  # the source of a value given as a flag of `llmstash serve`

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
    `with_teams`: also load the team files (`teams_dir`, default `teams/` next to the file)
    and the price table (the shipped one and LLMSTASH_PRICES), as `serve` does.
    Errors name where a value came from: the file, the environment variable, the command line."""
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
    origins: dict[str, str] = {}  # "section.key" -> where a value not from the file came from
    for var, (section, key) in ENV.items():
        if env.get(var):
            _put(raw, section, key, env[var])
            origins[_dotted(section, key)] = var
    for section, values in (overrides or {}).items():
        for key, value in values.items():
            if value is not None:
                _put(raw, section or None, key, value)
                origins[_dotted(section or None, key)] = COMMAND_LINE
    settings = _settings_from(raw, source, origins)
    if not with_teams:
        return settings
    from proxy.prices import load_prices  # it reports its errors as ConfigError
    from proxy.teams import load_teams  # it builds on this module's parsers

    load_prices(env=env)  # what `serve` reads at start: refused here, not after it listens
    return load_teams(settings, raw.get("defaults") or {}, raw.get("teams_dir"), env)


def _put(raw: dict[str, Any], section: str | None, key: str, value: Any) -> None:
    if section is None:
        raw[key] = value
    else:
        raw.setdefault(section, {})
        if not isinstance(raw[section], dict):
            raw[section] = {}
        raw[section][key] = value


def _dotted(section: str | None, key: str) -> str:
    return f"{section}.{key}" if section else key


def _settings_from(raw: dict[str, Any], source: str, origins: Mapping[str, str]) -> Settings:
    known = {"server", "upstream", "store", "defaults", "key_salt", "teams_dir"}
    for key in raw:
        if key not in known:
            raise ConfigError(f"{source}: unknown key '{key}' (expected one of {sorted(known)})")
    defaults_raw = raw.get("defaults") or {}
    _require_mapping(defaults_raw, source, "defaults")
    settings = Settings(
        server=build(ServerSettings, raw.get("server"), source, "server", origins=origins),
        upstream=build(UpstreamSettings, raw.get("upstream"), source, "upstream", origins=origins),
        store=build(StoreSettings, raw.get("store"), source, "store", origins=origins),
        defaults=team_policy(defaults_raw, source, "defaults"),
        key_salt=_optional_str(raw.get("key_salt"), origins.get("key_salt", source), "key_salt"),
        source=source,
    )
    _check(settings, source, origins)
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
    cacheability = build(CachePolicy, raw.get("cacheability"), source, at("cacheability"))
    keyed = sorted(KEYED_FIELDS.intersection(cacheability.ignore_fields))
    if keyed:
        raise ConfigError(
            f"{source}: '{at('cacheability.ignore_fields')}' lists {', '.join(keyed)}: "
            "fields that decide what is asked or the shape of the answer are always part of "
            "the cache key (ignoring them would serve one request's answer to another)"
        )
    return TeamPolicy(
        cacheability=cacheability,
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
    verify_values = {}
    for k, v in verify_raw.items():
        at = f"{where}.verify.{k}"
        value = _number(v, source, at) if hints[k] is float else _convert(v, hints[k], source, at)
        verify_values[k] = _bounded(VerifyConfig, k, value, source, at)
    verify = VerifyConfig(**verify_values)
    judge_raw = raw.pop("judge", None) or {}
    _require_mapping(judge_raw, source, f"{where}.judge")
    judge_raw = dict(judge_raw)
    score = judge_raw.pop("min_score", None)  # a score, not a duration
    judge = build(JudgePolicy, judge_raw, source, f"{where}.judge")
    if score is not None:
        score = _number(score, source, f"{where}.judge.min_score")
        score = _bounded(JudgePolicy, "min_score", score, source, f"{where}.judge.min_score")
        judge = dataclasses.replace(judge, min_score=score)
    policy = build(SemanticPolicy, raw, source, where, skip=("verify", "judge"))
    return dataclasses.replace(policy, verify=verify, judge=judge)


# float settings that are plain numbers, not durations (every other float is seconds or a
# duration such as 250ms); VerifyConfig's are all scores and read apart
PLAIN_FIELDS = frozenset({"min_score", "drain_share", "passthrough_share"})


def _number(value: Any, source: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"{source}: '{where}' must be a number, got {value!r}")
    return float(value)


def build(
    cls: type[T],
    raw: Any,
    source: str,
    where: str,
    skip: tuple[str, ...] = (),
    *,
    origins: Mapping[str, str] | None = None,
) -> T:
    """Instantiate a frozen dataclass from a mapping, converting and checking each field.
    `origins`: "where.key" -> the source of a value not from `source` (an env variable)."""
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
        at = f"{where}.{key}"
        origin = origins.get(at, source) if origins else source
        values[key] = _bounded(cls, key, _convert(value, hints[key], origin, at), origin, at)
    return cls(**values)


def _bounded(cls: type, key: str, value: Any, source: str, where: str) -> Any:
    """`value`, unless it is a number out of the field's range (BOUNDS)."""
    bound = BOUNDS.get((cls, key))
    if bound is not None and isinstance(value, int | float) and not bound.admits(value):
        raise ConfigError(f"{source}: '{where}' must be {bound}, got {_num(value)}")
    return value


def _num(value: float) -> str:
    """A number as written in a config file: 0.5, 2, 1e-05."""
    return str(int(value)) if float(value).is_integer() else repr(value)


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
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError  # (1.5 is no whole number: never cut to 1)
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(
                f"{source}: '{where}' must be a whole number, got {value!r}"
            ) from None
    if hint is float:
        if where.rsplit(".", 1)[-1] in PLAIN_FIELDS:  # a share, a score: not a duration
            return _number(value, source, where)
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


def _check(settings: Settings, source: str, origins: Mapping[str, str]) -> None:
    url = settings.upstream.url
    if not url.startswith(("http://", "https://")):
        raise ConfigError(
            f"{origins.get('upstream.url', source)}: 'upstream.url' must start with http:// "
            f"or https://, got {url!r}"
        )
    redis_url = settings.store.redis_url
    if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError(
            f"{origins.get('store.redis_url', source)}: 'store.redis_url' must start with "
            f"redis://, rediss:// or unix://, got {redis_url!r}"
        )
    host = settings.server.host
    if not valid_host(host):
        raise ConfigError(
            f"{origins.get('server.host', source)}: 'server.host' must be an IP address or a "
            f"host name (0.0.0.0 or :: for every interface, no brackets), got {host!r}"
        )


def valid_host(host: str) -> bool:
    """An address to listen on: an IPv4 or IPv6 address, or a host name to resolve."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    # all digits and dots is an IPv4 address or nothing (no top-level domain is numeric)
    return bool(HOSTNAME.match(host)) and not re.fullmatch(r"[0-9.]+", host)
