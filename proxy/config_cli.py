"""`llmstash hash-key`, the effective-config report of `llmstash check-config`, and the
one way every URL is shown (printed, logged, served): credentials masked."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from typing import Any

from proxy.redact import masked_url
from proxy.settings import ConfigError, Settings, TeamPolicy
from proxy.settings_load import load_settings
from proxy.tenancy import key_hash


def add_parser(commands: Any) -> None:
    hash_key = commands.add_parser(
        "hash-key",
        help="print the salted hash of an API key (read from stdin) for a team's credentials",
    )
    hash_key.add_argument(
        "--config", help="YAML config file holding key_salt (env LLMSTASH_CONFIG)"
    )
    hash_key.add_argument(
        "--salt-env", metavar="VAR", help="read the salt from this environment variable instead"
    )


def run_hash_key(args: argparse.Namespace) -> int:
    try:
        salt = _salt(args.config, args.salt_env)
    except ConfigError as exc:
        print(f"llmstash: {exc}", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        secret = getpass.getpass("API key to hash (not echoed): ")
    else:
        secret = sys.stdin.readline()
    secret = secret.strip()
    if not secret:
        print("llmstash: no key given on stdin", file=sys.stderr)
        return 2
    print(key_hash(salt.encode(), secret))
    return 0


def _salt(config: str | None, salt_env: str | None) -> str:
    if salt_env:
        salt = os.environ.get(salt_env)
        if not salt:
            raise ConfigError(f"environment variable {salt_env!r} (--salt-env) is not set")
        return salt
    settings = load_settings(config, with_teams=False)
    if not settings.key_salt:
        raise ConfigError(
            f"{settings.source}: no 'key_salt' configured: set it in the config file or "
            "LLMSTASH_KEY_SALT (or pass --salt-env VAR); team credentials need a fixed salt"
        )
    return settings.key_salt


def describe(settings: Settings) -> str:
    """The effective configuration as JSON: every section, and per team its effective policy
    (defaults merged with the team file), scope and sharing group; secrets as `***`."""
    main = {
        f.name: dataclasses.asdict(getattr(settings, f.name))
        if dataclasses.is_dataclass(getattr(settings, f.name))
        else getattr(settings, f.name)
        for f in dataclasses.fields(settings)
        if f.name not in ("teams", "notes", "key_salt")
    }
    main["defaults"] = _policy(settings.defaults)
    main["key_salt"] = "***" if settings.key_salt else None
    main["upstream"]["url"] = masked_url(settings.upstream.url)
    if settings.store.redis_url:
        main["store"]["redis_url"] = masked_url(settings.store.redis_url)
    main["teams"] = {
        name: {
            "file": team.source,
            "scope": team.scope,
            "shares_with": [m for m in team.shared_by if m != name],
            "credentials": len(team.credentials),
            "upstream_key_env": team.upstream_key_env,
            "config_version": team.base_version,  # + the store counter
            "policy": _policy(team.policy),
        }
        for name, team in settings.teams.items()
    }
    main["notes"] = list(settings.notes)
    return json.dumps(main, indent=2, default=str)


def _policy(policy: TeamPolicy) -> dict[str, Any]:
    """A policy as its config keys: without `semantic.verify.model`, the classifier the process
    loads (the bundled one), which no config file sets."""
    described = dataclasses.asdict(policy)
    described["semantic"]["verify"].pop("model", None)
    return described
