"""Team files: `teams/<name>.yaml`, one per team, each overriding the defaults.

A team file says who belongs to the team (`credentials`: salted hashes printed by `llmstash
hash-key`, never keys), with whom it shares entries (`share_with`: only teams that list each
other share), which upstream key its requests use (`upstream_key_env`: the environment
variable holding it) and any policy key of `defaults`, deep-merged over them: mappings merge
key by key (the team's keys first, so its `ttl.per_model` globs win), everything else
replaces. The team's name is the file's stem. Every error names the file, the team and the key.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from proxy.settings import ConfigError, Secret, Settings, TeamConfig
from proxy.settings_values import team_policy

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
HASH = re.compile(r"^[0-9a-f]{32}$")
OWN_KEYS = ("credentials", "share_with", "upstream_key_env")
POLICY_KEYS = ("version", "ttl", "cacheability", "stampede", "semantic")
SUFFIXES = (".yaml", ".yml")
# labels of the callers of no team (`proxy.tenancy`): a team of that name would merge its
# metrics and stats with theirs, and take their admin routes (invalidate, purge) away
RESERVED = ("default", "anon")


def load_teams(
    settings: Settings,
    defaults_raw: Any,
    teams_dir: Any,
    env: Mapping[str, str],
    origin: str | None = None,
) -> Settings:
    """`settings` with the teams of its teams directory: `teams_dir` as configured, else
    `teams/` next to the config file (absent: no teams). `origin`: the environment variable
    that set `teams_dir` (None: the config file did). A relative path from the config file is
    relative to the file's folder, one from the environment to the working directory (as any
    path in the environment is); errors name where it came from."""
    directory = _directory(settings.source, teams_dir, origin)
    if directory is None:
        return settings
    teams: dict[str, TeamConfig] = {}
    for path in _team_files(directory):
        team = _team(path, defaults_raw, env)
        if team.name in teams:
            other = teams[team.name].source
            raise ConfigError(f"{path}: team '{team.name}' is also defined by {other}")
        teams[team.name] = team
    _check_credentials(teams, settings)
    teams, notes = _scopes(teams)
    return dataclasses.replace(settings, teams_dir=str(directory), teams=teams, notes=notes)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`override` over `base`: mappings merge key by key (`override`'s keys first), anything
    else replaces; an empty (null) override of a mapping keeps the base."""
    merged: dict[str, Any] = {}
    for key, value in override.items():
        old = base.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(old, value)
        elif value is None and isinstance(old, Mapping):
            merged[key] = old
        else:
            merged[key] = value
    for key, value in base.items():
        merged.setdefault(key, value)
    return merged


def scope_of(members: list[str]) -> str:
    """The key scope of a team (one member) or of a mutual sharing group. Never a key hash
    (`k...`) nor `anon`; names cannot hold '.', '+' or '#', so scopes never collide."""
    joined = "+".join(sorted(members))
    if len(joined) <= 64:
        return "t." + joined
    return "t#" + hashlib.sha256(joined.encode()).hexdigest()[:24]


def _directory(source: str, configured: Any, origin: str | None) -> Path | None:
    base = Path(source).parent if source != "<defaults>" else None
    if configured is None or configured == "":
        return (base / "teams").resolve() if base is not None else None
    where = origin or source
    if not isinstance(configured, str):
        raise ConfigError(f"{where}: 'teams_dir' must be a string, got {configured!r}")
    directory = Path(configured).expanduser()
    if not directory.is_absolute() and base is not None and origin is None:
        directory = base / directory  # the file's own path: relative to the file's folder
    directory = directory.resolve()  # (any other: relative to the working directory)
    if not directory.is_dir():
        raise ConfigError(f"{where}: 'teams_dir': no such directory: {directory}")
    return directory


def _team_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(
        p
        for p in directory.iterdir()
        if p.suffix in SUFFIXES and not p.name.startswith((".", "_")) and p.is_file()
    )


def _team(path: Path, defaults_raw: Any, env: Mapping[str, str]) -> TeamConfig:
    name = path.stem
    if not NAME.match(name):
        raise ConfigError(
            f"{path}: a team is named by its file: {name!r} must be 1-64 letters, digits, "
            "'-' or '_', starting with a letter or digit"
        )
    where = f"{path}: team '{name}'"
    if name in RESERVED:
        raise ConfigError(
            f"{where}: '{name}' names the callers of no team (in metrics, stats and the admin "
            "API); give the team another name"
        )
    try:
        loaded = yaml.safe_load(path.read_text())
    except OSError as exc:
        raise ConfigError(f"{where}: cannot read the file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ConfigError(f"{where}: the top level must be a mapping")
    for key in loaded:
        if key not in OWN_KEYS + POLICY_KEYS:
            expected = sorted(OWN_KEYS + POLICY_KEYS)
            raise ConfigError(f"{where}: unknown key '{key}' (expected one of {expected})")
    key_env = loaded.get("upstream_key_env")
    if key_env is not None and (not isinstance(key_env, str) or not key_env):
        raise ConfigError(f"{where}: 'upstream_key_env' must name an environment variable")
    upstream_key = None
    if key_env:
        if not env.get(key_env):
            raise ConfigError(
                f"{where}: 'upstream_key_env': environment variable {key_env!r} is not set"
            )
        upstream_key = Secret(env[key_env])
    overrides = {k: v for k, v in loaded.items() if k in POLICY_KEYS}
    return TeamConfig(
        name=name,
        source=str(path),
        credentials=_credentials(loaded.get("credentials"), where),
        share_with=_names(loaded.get("share_with"), where, name),
        upstream_key_env=key_env or None,
        upstream_key=upstream_key,
        policy=team_policy(deep_merge(defaults_raw or {}, overrides), where, ""),
    )


def _credentials(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError(
            f"{where}: 'credentials' must be a list of hashes from `llmstash hash-key`"
        )
    hashes: list[str] = []
    for i, value in enumerate(raw):
        # never echo the value: it might be a plain key pasted by mistake
        if not isinstance(value, str) or not HASH.match(value.strip().lower()):
            raise ConfigError(
                f"{where}: 'credentials[{i}]' is not a hash from `llmstash hash-key` "
                "(32 hex characters); a config file never holds a plain key"
            )
        hashes.append(value.strip().lower())
    return tuple(dict.fromkeys(hashes))


def _names(raw: Any, where: str, own: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise ConfigError(f"{where}: 'share_with' must be a list of team names")
    for name in raw:
        if name == own:
            raise ConfigError(f"{where}: 'share_with' lists the team itself")
    return tuple(dict.fromkeys(raw))


def _check_credentials(teams: Mapping[str, TeamConfig], settings: Settings) -> None:
    owner: dict[str, TeamConfig] = {}
    for team in teams.values():
        where = f"{team.source}: team '{team.name}'"
        if team.credentials and not settings.key_salt:
            raise ConfigError(
                f"{where}: 'credentials' need a configured key salt: set 'key_salt' in "
                f"{settings.source} or LLMSTASH_KEY_SALT to the salt `llmstash hash-key` used"
            )
        for i, digest in enumerate(team.credentials):
            other = owner.setdefault(digest, team)
            if other is not team:
                raise ConfigError(
                    f"{where}: 'credentials[{i}]' is also a credential of team "
                    f"'{other.name}' ({other.source})"
                )


def _scopes(teams: dict[str, TeamConfig]) -> tuple[dict[str, TeamConfig], tuple[str, ...]]:
    """Give every team its key scope: itself, or the group of teams that all list each other."""
    notes: list[str] = []
    for team in teams.values():
        where = f"{team.source}: team '{team.name}'"
        for other in team.share_with:
            if other not in teams:  # a team not set up yet, or just removed: not fatal
                notes.append(
                    f"{where}: 'share_with' names unknown team '{other}' (no {other}.yaml in "
                    "the teams directory), so they do not share entries"
                )
            elif team.name not in teams[other].share_with:
                notes.append(
                    f"{where}: 'share_with': team '{other}' does not list '{team.name}', so "
                    "they do not share entries"
                )

    def mutual(a: str, b: str) -> bool:
        return b in teams and b in teams[a].share_with and a in teams[b].share_with

    group_of: dict[str, list[str]] = {}
    for name in sorted(teams):
        if name in group_of:
            continue
        group, todo = [name], [name]
        while todo:  # the teams reachable through mutual listings
            current = todo.pop()
            for other in sorted(teams[current].share_with):
                if other not in group and mutual(current, other):
                    group.append(other)
                    todo.append(other)
        for a in group:
            for b in group:
                if a < b and not mutual(a, b):
                    raise ConfigError(
                        f"{teams[a].source}: team '{a}': 'share_with': '{a}' and '{b}' are in "
                        f"one sharing group ({', '.join(sorted(group))}) but do not both list "
                        "each other; every member of a group must list every other"
                    )
        for member in group:
            group_of[member] = sorted(group)
    scoped = {
        name: dataclasses.replace(
            team,
            scope=scope_of(group_of[name]),
            shared_by=tuple(group_of[name]),
            base_version=sum(teams[m].policy.version for m in group_of[name]),
        )
        for name, team in sorted(teams.items())
    }
    for team in scoped.values():
        if not team.credentials:  # a request is in a team only by a credential it lists
            in_group = " (its version still counts in its group's)" if team.shared_by[1:] else ""
            notes.append(
                f"{team.source}: team '{team.name}': no 'credentials': no caller is ever in "
                f"this team, so its policy is never used{in_group}"
            )
    return scoped, tuple(notes)
