"""Request credentials -> tenant. Never from a header a caller could forge: only the secrets
themselves (the bearer token and the Azure-style `api-key`, every one the upstream is sent)
decide, and they are kept only as salted hashes. A credential listed by a team file gets that
team, whichever header carries it; any other gets the defaults, scoped to the hash of all the
credentials sent together (one alone: its own hash); a request without any is anonymous."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field

from aiohttp import hdrs
from multidict import CIMultiDictProxy

from proxy.settings import Settings, TeamConfig, TeamPolicy

ANONYMOUS = "anon"  # every caller without a credential: the upstream cannot tell them apart
API_KEY = "api-key"  # Azure-style credential header
UNKNOWN = "default"  # label of a credential no team lists
DEFAULTS = "defaults"  # the version counter of every caller of no team (`anon` included)
CACHE_LIMIT = 100_000


def key_hash(salt: bytes, secret: str) -> str:
    """The salted hash standing for a credential (what `llmstash hash-key` prints)."""
    return hmac.new(salt, secret.encode(), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Tenant:
    """Who is asking: `team` scopes every cache key; `policy` is that team's rules."""

    team: str  # key scope: a team (`t.<name>`), a sharing group, a key hash, or `anon`
    policy: TeamPolicy
    label: str = UNKNOWN  # bounded name for metrics and logs: a team, never a key hash
    base_version: int = 0  # the config part of `version`
    upstream_authorization: str | None = field(default=None, repr=False)  # replaces the caller's
    counters: Mapping[str, int] = field(default_factory=dict, repr=False, compare=False)
    counter: str = ""  # the version counter, when not the scope's own (callers of no team)

    @property
    def version(self) -> int:
        """Effective version: config + the scope's store counter (kept fresh in memory by
        `proxy.versions.VersionPoller`, so reading it costs no store round trip)."""
        return self.base_version + self.counters.get(self.counter or self.team, 0)


@dataclass(frozen=True, slots=True)
class _Table:
    settings: Settings
    by_hash: dict[str, Tenant]  # credential hash -> its team's tenant
    anonymous: Tenant
    cache: dict[str, Tenant]  # credential -> tenant, so a known key is not hashed again


class Tenancy:
    """Maps credentials to tenants under the current settings; `update` swaps in new ones
    atomically (a request resolves its tenant once, so it finishes under the old policy)."""

    def __init__(self, salt: bytes, settings: Settings) -> None:
        self._salt = salt
        self.counters: dict[str, int] = {}  # scope -> version counter, shared by every tenant
        self._table = self._build(settings)

    @property
    def settings(self) -> Settings:
        return self._table.settings

    @property
    def scopes(self) -> list[str]:
        """The scopes whose version can be bumped: one per team or sharing group."""
        return sorted({team.scope for team in self._table.settings.teams.values()} | {DEFAULTS})

    def team(self, name: str) -> TeamConfig | None:
        return self._table.settings.teams.get(name)

    def by_name(self, name: str) -> Tenant | None:
        """The tenant of a configured team (or `anon`), as its requests get it (admin API)."""
        team = self.team(name)
        if team is None:
            return self._table.anonymous if name == ANONYMOUS else None
        return Tenant(team.scope, team.policy, team.name, team.base_version, None, self.counters)

    def update(self, settings: Settings) -> None:
        self._table = self._build(settings)

    def key_hash(self, secret: str) -> str:
        return key_hash(self._salt, secret)

    def resolve(self, headers: CIMultiDictProxy[str]) -> Tenant:
        table = self._table
        secrets = credentials(headers)
        if not secrets:
            return table.anonymous
        # HTTP forbids line breaks in a field value, so the join is unambiguous; one
        # credential alone is its own key, so its scope is the same whichever header has it
        secret = "\n".join(secrets)
        tenant = table.cache.get(secret)
        if tenant is None:
            digests = [self.key_hash(s) for s in secrets]
            tenant = next((t for d in digests if (t := table.by_hash.get(d)) is not None), None)
            if tenant is None:
                digest = digests[0] if len(digests) == 1 else self.key_hash(secret)
                defaults = table.settings.defaults
                tenant = Tenant(
                    "k" + digest, defaults, UNKNOWN, defaults.version, None, self.counters, DEFAULTS
                )
            if len(table.cache) > CACHE_LIMIT:
                table.cache.clear()
            table.cache[secret] = tenant
        return tenant

    def _build(self, settings: Settings) -> _Table:
        by_hash: dict[str, Tenant] = {}
        for team in settings.teams.values():
            key = team.upstream_key
            tenant = Tenant(
                team.scope,
                team.policy,
                team.name,
                team.base_version,
                f"Bearer {key.reveal()}" if key is not None else None,
                self.counters,
            )
            for digest in team.credentials:
                by_hash[digest] = tenant
        defaults = settings.defaults
        anonymous = Tenant(
            ANONYMOUS, defaults, ANONYMOUS, defaults.version, None, self.counters, DEFAULTS
        )
        return _Table(settings, by_hash, anonymous, {})


def credentials(headers: CIMultiDictProxy[str]) -> tuple[str, ...]:
    """Every credential of the caller that `proxy.upstream.request_headers` forwards: each
    `Authorization` value (a bearer token without its scheme), then each `api-key`. An
    empty header is no credential. The scope must cover them all: an upstream may
    authenticate by either, and a placeholder in one (`Bearer EMPTY`) must not make
    callers whose other one differs share entries."""
    found: list[str] = []
    for auth in headers.getall(hdrs.AUTHORIZATION, ()):
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            found.append(token.strip())
        elif auth:
            found.append(auth)
    found += [key for key in headers.getall(API_KEY, ()) if key]
    return tuple(found)
