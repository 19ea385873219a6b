"""Request credentials -> tenant. Never from a header a caller could forge: only the secrets
themselves (every credential an upstream may authenticate the forwarded request by: the
bearer token, the `api-key`-style headers, an `?api-key=`-style query parameter) decide, and
they are kept only as salted hashes. A credential listed by a team file gets that team,
whichever header (or parameter) carries it; any other gets the defaults, scoped to the hash
of all the credentials sent together (one alone: its own hash); a request without any is
anonymous."""

from __future__ import annotations

import hashlib
import hmac
import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote_plus

from aiohttp import hdrs
from aiohttp.web_request import BaseRequest
from multidict import CIMultiDictProxy

from proxy.settings import Settings, TeamConfig, TeamPolicy

ANONYMOUS = "anon"  # every caller without a credential: the upstream cannot tell them apart
API_KEY = "api-key"  # Azure-style credential header
# every header an OpenAI-compatible upstream (or a gateway in front of one) may take a key
# from, in precedence order; names compare case-insensitively with any `_` as `-` (WSGI
# servers read `api_key`, and `x-api_key` too, as `api-key` and `x-api-key`)
CREDENTIAL_HEADERS = (
    "authorization",
    API_KEY,
    "x-api-key",
    "x-goog-api-key",
    "ocp-apim-subscription-key",
    "x-litellm-api-key",  # LiteLLM proxy's own, beside an Authorization it forwards
    "apikey",  # Kong key-auth's default name
    "x-portkey-api-key",  # Portkey gateway (it holds the provider keys)
    "cf-aig-authorization",  # Cloudflare AI Gateway, authenticated mode
    "x-functions-key",  # Azure Functions (a model served behind a function app)
    "x-auth-token",  # gateways that take a token of their own (Apigee, OpenStack-style)
)
# query parameters some upstreams take a key from (`?api-key=`, `?key=`), compared alike;
# also what `proxy.redact` masks in log lines (one list for both)
CREDENTIAL_PARAMS = frozenset({API_KEY, "apikey", "key", "subscription-key", "access-token"})


def param_name(raw: str) -> str:
    """A query parameter name as `CREDENTIAL_PARAMS` spells it: percent-decoded (`+` as a
    space, a byte that is not UTF-8 kept as a surrogate), lower case, `_` as `-`."""
    return unquote_plus(raw, errors="surrogateescape").lower().replace("_", "-")


def _spellings(name: str) -> list[str]:
    """`name` with each `-` as `-` or `_`, dashed first and underscored last."""
    first, *rest = name.split("-")
    return [
        first + "".join(sep + part for sep, part in zip(seps, rest, strict=True))
        for seps in itertools.product("-_", repeat=len(rest))
    ]


_OTHER_HEADERS = [spelling for name in CREDENTIAL_HEADERS[1:] for spelling in _spellings(name)]
_OTHER_NAMES = frozenset(_OTHER_HEADERS)  # (lower case, as `str.lower` folds: as multidict does)
# whether a request's header names (as sent, in order) include one of them, remembered: a
# client sends the same names every time, and a tuple of them hashes faster than they fold
# (aiohttp hands the names it knows as the same objects, their hashes kept)
_NAMES_SEEN: dict[tuple[str, ...], bool] = {}
_NAMES_LIMIT = 1024  # sets of names remembered...
_NAMES_CHARS = 1024  # ...each of at most this many characters (callers choose them)
UNKNOWN = "default"  # label of a credential no team lists
DEFAULTS = "defaults"  # the version counter of every caller of no team (`anon` included)
CACHE_LIMIT = 100_000
CACHE_CHARS = 4_000_000  # credential characters the resolved-key cache holds at most
_STR_BYTES = 64  # what a credential costs besides its characters (the str object, its slot)


def key_hash(salt: bytes, secret: str) -> str:
    """The salted hash standing for a credential (what `llmstash hash-key` prints). A header
    value that is not UTF-8 reaches us with its bytes as surrogates: hashed as those bytes."""
    raw = secret.encode("utf-8", "surrogateescape")
    return hmac.new(salt, raw, hashlib.sha256).hexdigest()[:32]


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
    cache: dict[tuple[str, ...], Tenant]  # credentials -> tenant, not hashed again
    cached_chars: list[int]  # the characters of `cache`'s and `by_header`'s keys (mutable)
    # the one `Authorization` value of a request with no other credential -> its tenant
    # (most requests: found without parsing the value), bounded together with `cache`
    by_header: dict[str, Tenant] = field(default_factory=dict)

    def forget(self) -> None:
        """Empty both caches (they hold as much as their bounds allow)."""
        self.cache.clear()
        self.by_header.clear()
        self.cached_chars[0] = 0


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

    def for_request(self, request: BaseRequest) -> Tenant:
        """The tenant of a request: its credential headers and query parameters."""
        headers = request.headers
        query = request.raw_path.partition("?")[2]
        if query:
            return self.resolve(headers, query)
        auths = headers.getall(hdrs.AUTHORIZATION, ())  # (an istr: no folding)
        if len(auths) != 1:
            return self.resolve(headers, query)
        table = self._table
        auth = auths[0]
        tenant = table.by_header.get(auth)
        other = _NAMES_SEEN.get(tuple(headers.keys()))  # (`_has_other`, inline)
        if other is None:
            other = _has_other(headers)
        if tenant is not None and not other:
            return tenant
        tenant = self.resolve(headers, query)  # (the same table: nothing awaited)
        if not other:
            if len(table.by_header) > CACHE_LIMIT or table.cached_chars[0] > CACHE_CHARS:
                table.forget()
            table.by_header[auth] = tenant
            table.cached_chars[0] += len(auth) + _STR_BYTES
        return tenant

    def resolve(self, headers: CIMultiDictProxy[str], query: str = "") -> Tenant:
        """`query`: the raw query string, which is forwarded upstream too."""
        table = self._table
        secrets = credentials(headers, query)
        if not secrets:
            return table.anonymous
        tenant = table.cache.get(secrets)
        if tenant is None:
            digests = [self.key_hash(s) for s in secrets]
            tenant = next((t for d in digests if (t := table.by_hash.get(d)) is not None), None)
            if tenant is None:
                # one credential alone is its own key, so its scope is the same whichever
                # header (or parameter) has it; several: the hash of them all (a caller
                # reaches a scope only holding every secret in it)
                digest = digests[0] if len(digests) == 1 else self.key_hash("\n".join(secrets))
                defaults = table.settings.defaults
                tenant = Tenant(
                    "k" + digest, defaults, UNKNOWN, defaults.version, None, self.counters, DEFAULTS
                )
            # bounded by entries and by characters: callers choose their keys' length and
            # number (~1,000 short `?key=` parameters fit in a request line)
            if len(table.cache) > CACHE_LIMIT or table.cached_chars[0] > CACHE_CHARS:
                table.forget()
            table.cache[secrets] = tenant
            table.cached_chars[0] += sum(map(len, secrets)) + _STR_BYTES * len(secrets)
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
        return _Table(settings, by_hash, anonymous, {}, [0])


def _has_other(headers: CIMultiDictProxy[str]) -> bool:
    """Whether `headers` has a name in `_OTHER_NAMES` (compared as multidict does)."""
    names = tuple(headers.keys())
    found = _NAMES_SEEN.get(names)
    if found is None:
        found = not _OTHER_NAMES.isdisjoint(map(str.lower, names))
        if sum(map(len, names)) <= _NAMES_CHARS:
            if len(_NAMES_SEEN) >= _NAMES_LIMIT:
                _NAMES_SEEN.clear()
            _NAMES_SEEN[names] = found
    return found


def credentials(headers: CIMultiDictProxy[str], query: str = "") -> tuple[str, ...]:
    """Every credential of the caller that the upstream is sent (`proxy.upstream` forwards
    every header and the query string): each `Authorization` value (a bearer token without
    its scheme), then each value of the other `CREDENTIAL_HEADERS`, then of the
    `CREDENTIAL_PARAMS` of `query`. An empty one is no credential. The scope must cover them
    all: an upstream may authenticate by any, and a placeholder in one (`Bearer EMPTY`) must
    not make callers whose other one differs share entries, nor a key the proxy does not see
    make its caller anonymous."""
    secrets: list[str] = []
    for auth in headers.getall(hdrs.AUTHORIZATION, ()):  # (an istr: no folding)
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            secrets.append(token.strip())
        elif auth:
            secrets.append(auth)
    # looked up by name in every spelling, in order; but every request pays this, hits too,
    # and most carry none of them: `_has_other` tells first
    if _has_other(headers):
        for name in _OTHER_HEADERS:
            if name in headers:
                secrets += [value for value in headers.getall(name) if value]
    if query:
        # `;` separates parameters too for some servers (older Python, Go before 1.17)
        pairs = parse_qsl(query.replace(";", "&"), encoding="utf-8", errors="surrogateescape")
        secrets += [v for k, v in pairs if v and k.lower().replace("_", "-") in CREDENTIAL_PARAMS]
    return tuple(secrets)
