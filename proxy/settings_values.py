"""Config values: each converted to its field's type and checked against its range
(`BOUNDS`), sections built into the frozen dataclasses of `proxy.settings`, team policies
parsed. Every error names the source and the key and says what is wrong."""

from __future__ import annotations

import dataclasses
import ipaddress
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from policies.cacheability import KEYED_FIELDS, CachePolicy
from policies.judge import JudgePolicy
from policies.semantic import SemanticPolicy
from policies.ttl import TtlPolicy, parse_duration
from policies.verdicts import VerifyConfig
from proxy.settings import (
    ConfigError,
    ServerSettings,
    StampedePolicy,
    StoreSettings,
    TeamPolicy,
    UpstreamSettings,
)

T = TypeVar("T")


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
    (CachePolicy, "max_temperature"): Bound(0, note="a sampling temperature"),
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
    require_mapping(ttl_raw, source, at("ttl"))
    ttl_raw = dict(ttl_raw)
    per_model = ttl_raw.pop("per_model", None) or {}
    require_mapping(per_model, source, at("ttl.per_model"))
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
    require_mapping(raw, source, where)
    raw = dict(raw)
    verify_raw = raw.pop("verify", None) or {}
    require_mapping(verify_raw, source, f"{where}.verify")
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
    require_mapping(judge_raw, source, f"{where}.judge")
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
PLAIN_FIELDS = frozenset({"min_score", "drain_share", "passthrough_share", "max_temperature"})


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
    require_mapping(raw, source, where)
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


def optional_str(value: Any, source: str, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise ConfigError(f"{source}: '{where}' must be a string")


def require_mapping(value: Any, source: str, where: str) -> None:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{source}: '{where}' must be a mapping, got {type(value).__name__}")


def valid_host(host: str) -> bool:
    """An address to listen on: an IPv4 or IPv6 address, or a host name to resolve."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    # all digits and dots is an IPv4 address or nothing (no top-level domain is numeric)
    return bool(HOSTNAME.match(host)) and not re.fullmatch(r"[0-9.]+", host)
