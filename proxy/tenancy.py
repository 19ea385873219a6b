"""Request credentials -> tenant. Never from a header a caller could forge: only the secret
itself (the bearer token or Azure-style `api-key`) decides, and it is kept only as a salted
hash."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from aiohttp import hdrs
from multidict import CIMultiDictProxy

from proxy.settings import TeamPolicy

ANONYMOUS = "anon"


@dataclass(frozen=True, slots=True)
class Tenant:
    """Who is asking: `team` scopes every cache key; `policy` is that team's rules."""

    team: str  # scopes every cache key
    policy: TeamPolicy
    label: str = "default"  # bounded name for metrics and logs: a team, never a key hash


class Tenancy:
    """Maps credentials to tenants. Until team configs exist every key is its own tenant."""

    def __init__(self, salt: bytes, defaults: TeamPolicy) -> None:
        self._salt = salt
        self._defaults = defaults
        self._cache: dict[str, Tenant] = {}

    def key_hash(self, secret: str) -> str:
        return hmac.new(self._salt, secret.encode(), hashlib.sha256).hexdigest()[:32]

    def resolve(self, headers: CIMultiDictProxy[str]) -> Tenant:
        secret = credential(headers)
        if secret is None:
            return Tenant(ANONYMOUS, self._defaults, ANONYMOUS)
        tenant = self._cache.get(secret)
        if tenant is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
            tenant = Tenant("k" + self.key_hash(secret), self._defaults)
            self._cache[secret] = tenant
        return tenant


def credential(headers: CIMultiDictProxy[str]) -> str | None:
    auth = headers.get(hdrs.AUTHORIZATION)
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
        return auth
    return headers.get("api-key") or None
