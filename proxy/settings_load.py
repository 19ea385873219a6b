"""Loading the configuration: YAML file, environment, CLI flags -> `Settings`, parsed once.

Precedence: CLI flag > environment (`LLMSTASH_*`) > config file > built-in default.
Every error names the file and the key and says what is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from policies.semantic import verifier
from proxy.settings import ConfigError, ServerSettings, Settings, StoreSettings, UpstreamSettings
from proxy.settings_values import build, optional_str, require_mapping, team_policy, valid_host

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
    `with_teams`: also load the team files (`teams_dir`, default `teams/` next to the file;
    relative to the file's folder, or to the working directory when LLMSTASH_TEAMS_DIR sets
    it) and the price table (the shipped one and LLMSTASH_PRICES), as `serve` does.
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
    from proxy.teams import load_teams  # it builds on proxy.settings_values' parsers

    load_prices(env=env)  # what `serve` reads at start: refused here, not after it listens
    defaults_raw = raw.get("defaults") or {}
    teams_dir = raw.get("teams_dir")
    settings = load_teams(settings, defaults_raw, teams_dir, env, origins.get("teams_dir"))
    policies = [settings.defaults, *(team.policy for team in settings.teams.values())]
    if any(policy.semantic.enabled for policy in policies):
        verifier()  # its rules load now, not at a first semantic lookup (a reload: in its thread)
    return settings


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
    require_mapping(defaults_raw, source, "defaults")
    settings = Settings(
        server=build(ServerSettings, raw.get("server"), source, "server", origins=origins),
        upstream=build(UpstreamSettings, raw.get("upstream"), source, "upstream", origins=origins),
        store=build(StoreSettings, raw.get("store"), source, "store", origins=origins),
        defaults=team_policy(defaults_raw, source, "defaults"),
        key_salt=optional_str(raw.get("key_salt"), origins.get("key_salt", source), "key_salt"),
        source=source,
    )
    _check(settings, source, origins)
    return settings


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
