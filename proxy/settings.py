"""Configuration: YAML file, environment, CLI flags -> frozen typed objects, parsed once.

Precedence: CLI flag > environment (`LLMSTASH_*`) > config file > built-in default.
Every error names the file and the key and says what is wrong.

This module holds the typed objects; `proxy.settings_load` loads them (file, environment,
flags), `proxy.settings_values` converts and checks each value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from policies.cacheability import CachePolicy
from policies.semantic import SemanticPolicy
from policies.ttl import TtlPolicy


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
