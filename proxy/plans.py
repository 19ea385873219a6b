"""What a chat request's exact lookup derives from it, remembered per request.

The cacheability decision and the cache key are pure functions of the raw body, the tenant
(scope, version, policy), two headers and the request's variant (query string, project
headers), and every repeat of a request (every hit) recomputed them: a canonical JSON dump,
a SHA-256, glob matches, a few objects. A small dict keyed by exactly those inputs
remembers the result. The raw body itself is part of the key (compared byte for byte,
never by a hash alone), so a remembered plan is only ever used for an identical request; a
reloaded config or a bumped version makes other tenants or keys, and the old plans age
out. Bounded by count and by bytes held (bodies and header values).
"""

from __future__ import annotations

from typing import NamedTuple

from policies.cacheability import Decision
from proxy.tenancy import Tenant

MAX_PLANS = 4096
MAX_BODY = 16 * 1024  # larger bodies are not remembered (their key is computed each time)
MAX_BYTES = 8 * 1024 * 1024  # bodies held in all


class Plan(NamedTuple):  # (immutable like a frozen dataclass, built in a fifth of the time)
    decision: Decision
    key: str | None  # None when the decision bypasses the cache
    tenant: Tenant  # held, so the `id(tenant)` in its memo key cannot be reused


_MemoKey = tuple[bytes, int, int, str | None, str | None, str]


class Plans:
    def __init__(self, max_plans: int = MAX_PLANS, max_bytes: int = MAX_BYTES) -> None:
        self.max_plans = max_plans
        self.max_bytes = max_bytes
        self._plans: dict[_MemoKey, Plan] = {}
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._plans)

    def get(
        self,
        raw: bytes,
        tenant: Tenant,
        cache_control: str | None,
        namespace: str | None,
        variant: str = "",
    ) -> Plan | None:
        memo = (raw, id(tenant), tenant.version, cache_control, namespace, variant)
        found = self._plans.get(memo)
        return found if found is not None and found.tenant is tenant else None

    def put(
        self,
        raw: bytes,
        cache_control: str | None,
        namespace: str | None,
        plan: Plan,
        variant: str = "",
    ) -> None:
        memo = (raw, id(plan.tenant), plan.tenant.version, cache_control, namespace, variant)
        size = _size(memo)
        if size <= MAX_BODY:
            self._remember(memo, plan, size)

    def _remember(self, memo: _MemoKey, plan: Plan, size: int) -> None:
        old = self._plans.pop(memo, None)
        if old is not None:
            self._bytes -= size
        while self._plans and (
            len(self._plans) >= self.max_plans or self._bytes + size > self.max_bytes
        ):
            oldest = next(iter(self._plans))  # first in, first out
            del self._plans[oldest]
            self._bytes -= _size(oldest)
        self._plans[memo] = plan
        self._bytes += size


def _size(memo: _MemoKey) -> int:
    """The bytes a memo key holds: the body and the header values (each up to 8 KB, any
    caller's to choose), so the byte bound holds whatever they are."""
    raw, _, _, cache_control, namespace, variant = memo
    size = len(raw) + len(variant)
    if cache_control:
        size += len(cache_control)
    if namespace:
        size += len(namespace)
    return size
