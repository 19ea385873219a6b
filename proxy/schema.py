"""JSON Schemas of the config files, generated from the settings dataclasses (editor
completion and validation). `python -m proxy.schema [DIR]` writes `llmstash.schema.json` and
`team.schema.json` (default DIR: config/schema); a test checks the shipped ones are current.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

from policies.cacheability import KEYED_FIELDS, CachePolicy
from proxy.settings import ServerSettings, Settings, TeamPolicy
from proxy.settings_values import BOUNDS, HOSTNAME, PLAIN_FIELDS, Bound
from proxy.teams import HASH, NAME

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DURATION = r"^\s*\d+(\.\d+)?\s*(ms|s|m|h|d|w)?\s*$"
ZERO_DURATION = r"^\s*0+(\.0+)?\s*(ms|s|m|h|d|w)?\s*$"
# a host name, or anything shaped like an IPv6 address (the loader checks addresses exactly)
HOST = f"{HOSTNAME.pattern}|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z_.-]+)?$"
NOT_IN_FILES = {"source", "teams", "notes"}  # Settings fields that are not config keys
NOT_TUNABLE = {("VerifyConfig", "model")}  # set by code, never by a file (the bundled model)
PLAIN_NUMBERS = {"VerifyConfig"}  # floats that are scores, not durations

DESCRIPTIONS = {
    "server": "Where the proxy listens (restart to change).",
    "upstream": "The OpenAI-compatible API behind the proxy (restart to change).",
    "store": "Where entries live: embedded memory, or Redis (restart to change).",
    "defaults": "The policy of every credential; team files override it.",
    "key_salt": "Salt of the credential hashes (LLMSTASH_KEY_SALT). Required by team "
    "credentials: `llmstash hash-key` hashes with it.",
    "teams_dir": "Directory of team files <team>.yaml (LLMSTASH_TEAMS_DIR); relative to this "
    "file; default: teams/ next to it.",
    "credentials": "Salted hashes of the API keys of this team, from `llmstash hash-key`; "
    "never plain keys.",
    "share_with": "Teams whose entries this team shares: only when they list this team too.",
    "upstream_key_env": "Environment variable holding this team's upstream API key; its "
    "requests are sent with it instead of the caller's key.",
    "version": "Bump to make every older entry unreachable at once.",
}


def main_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        if f.name in NOT_IN_FILES:
            continue
        if f.name == "defaults":
            properties[f.name] = _object(_policy_properties())
        else:
            properties[f.name] = _field_schema(Settings, f)
        _describe(properties, f.name)
    return _document("llmstash main configuration (config/llmstash.yaml)", properties)


def team_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        "credentials": {
            "type": ["array", "null"],
            "items": {"type": "string", "pattern": _ci(HASH.pattern)},
        },
        "share_with": {
            "type": ["array", "string", "null"],
            "items": {"type": "string", "pattern": NAME.pattern},
            "pattern": NAME.pattern,
        },
        "upstream_key_env": {"type": ["string", "null"], "minLength": 1},
        **_policy_properties(),
    }
    for name in ("credentials", "share_with", "upstream_key_env"):
        _describe(properties, name)
    return _document("llmstash team file (teams/<team>.yaml): overrides the defaults", properties)


def _policy_properties() -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(TeamPolicy):
        if f.name == "version":
            properties[f.name] = {"type": "integer", "minimum": 0, "default": f.default}
            _describe(properties, f.name)
        else:
            properties[f.name] = _field_schema(TeamPolicy, f)
    return properties


def _dataclass_schema(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if (cls.__name__, f.name) in NOT_TUNABLE:
            continue
        if f.name == "per_model":  # (glob, duration) pairs, written as a mapping
            properties[f.name] = {
                "type": ["object", "null"],
                "additionalProperties": _duration(),
            }
            continue
        plain = cls.__name__ in PLAIN_NUMBERS or f.name in PLAIN_FIELDS
        schema = _type_schema(hints[f.name], plain_numbers=plain)
        bound = BOUNDS.get((cls, f.name))
        if bound is not None:
            _bound(schema, bound)
        if (cls, f.name) == (CachePolicy, "ignore_fields"):
            keyed = {"enum": sorted(KEYED_FIELDS)}
            schema["items"]["not"] = keyed
            schema["not"] = keyed
            schema["description"] = (
                "Request fields left out of the chat cache key. Never those that decide what "
                "is asked or the shape of the answer: " + ", ".join(sorted(KEYED_FIELDS))
            )
        if (cls, f.name) == (ServerSettings, "host"):
            schema["pattern"] = HOST
        default = _default(f)
        if default is not dataclasses.MISSING:
            schema["default"] = default
        properties[f.name] = schema
    return _object(properties)


def _field_schema(owner: Any, f: dataclasses.Field[Any]) -> dict[str, Any]:
    return _type_schema(typing.get_type_hints(owner)[f.name])


def _type_schema(hint: Any, *, plain_numbers: bool = False) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return {"anyOf": [_type_schema(args[0], plain_numbers=plain_numbers), {"type": "null"}]}
    if dataclasses.is_dataclass(hint):
        return _dataclass_schema(hint)
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"} if plain_numbers else _duration()
    if hint is str:
        return {"type": "string"}
    if origin is tuple:
        return {"type": ["array", "string"], "items": {"type": "string"}}
    raise TypeError(f"no schema for {hint!r}")  # pragma: no cover


def _bound(schema: dict[str, Any], bound: Bound) -> None:
    """Write `bound` into the number schema(s) of a field: integer, number or duration."""
    if "anyOf" in schema:
        for branch in schema["anyOf"]:
            if branch.get("type") == "string" and bound.low_open and bound.low == 0:
                branch["not"] = {"pattern": ZERO_DURATION}  # a duration of 0
            elif branch.get("type") in ("integer", "number"):
                _bound(branch, bound)
        return
    schema.pop("minimum", None)
    schema["exclusiveMinimum" if bound.low_open else "minimum"] = bound.low
    if bound.high is not None:
        schema["maximum"] = bound.high


def _duration() -> dict[str, Any]:
    return {
        "anyOf": [
            {"type": "number", "minimum": 0},
            {"type": "string", "pattern": DURATION},
        ],
        "description": "seconds, or a duration such as 250ms, 30s, 15m, 12h, 7d",
    }


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        value = f.default
    else:
        return dataclasses.MISSING
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float) and value == float("inf"):
        return dataclasses.MISSING
    return value


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    # null too: a section whose keys are all commented out reads as null in YAML
    return {"type": ["object", "null"], "properties": properties, "additionalProperties": False}


def _describe(properties: dict[str, Any], name: str) -> None:
    if name in DESCRIPTIONS:
        properties[name]["description"] = DESCRIPTIONS[name]


def _ci(pattern: str) -> str:
    return pattern.replace("[0-9a-f]", "[0-9a-fA-F]")


def _document(title: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "title": title,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2) + "\n"


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in (
        ("llmstash.schema.json", main_schema()),
        ("team.schema.json", team_schema()),
    ):
        path = directory / filename
        path.write_text(render(schema))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    default = Path(__file__).parent.parent / "config" / "schema"
    parser = argparse.ArgumentParser(
        prog="python -m proxy.schema",
        description="Write the JSON Schemas of the config files (llmstash.schema.json and "
        "team.schema.json), generated from the settings dataclasses.",
    )
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=default,
        help=f"where to write them (default: {default})",
    )
    args = parser.parse_args(argv)
    for path in write(args.directory):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
