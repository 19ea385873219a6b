"""Ask the upstream's chat model whether a borderline semantic candidate is the same
question (policies.judge decides when and how). Verdicts are cached per team, under the
team's version, and per stored answer: an invalidation (a version bump, or deleting the
answer, which is stored anew later) asks the judge again rather than reviving a verdict
that may be why the answer was invalidated."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

import aiohttp
import orjson

from policies.judge import JudgePolicy, read_verdict, request_body, verdict_key
from proxy.entry_keys import entry_prefix
from proxy.errors import ProxyError
from proxy.store.base import Store
from proxy.tenancy import Tenant
from proxy.upstream import Upstream

log = logging.getLogger("llmstash.semantic")
YES, NO = b"1", b"0"


class Judge:
    def __init__(self, upstream: Upstream, store: Store) -> None:
        self.upstream = upstream
        self.store = store

    async def same(
        self,
        tenant: Tenant,
        cached: str,
        incoming: str,
        headers: Mapping[str, str],
        policy: JudgePolicy,
        stored_at: float = 0.0,
    ) -> tuple[bool, str]:
        """(may `incoming` reuse `cached`'s answer, where the verdict came from: "cache",
        "upstream" or "error"). Any failure is a no. `stored_at`: when the cached answer
        was stored (its verdicts go with it)."""
        question = verdict_key(cached, incoming, policy)
        key = f"{entry_prefix(tenant)}:judge:{question}:{stored_at!r}"
        known = await self.store.get(key)
        if known in (YES, NO):
            return known == YES, "cache"
        verdict = await self._ask(cached, incoming, headers, policy)
        if verdict is None:
            return False, "error"
        await self.store.set(key, YES if verdict else NO, policy.verdict_ttl)
        return verdict, "upstream"

    async def _ask(
        self, cached: str, incoming: str, headers: Mapping[str, str], policy: JudgePolicy
    ) -> bool | None:
        send = {**headers, "Content-Type": "application/json"}
        body = orjson.dumps(request_body(cached, incoming, policy))
        url = self.upstream.url("/chat/completions")
        try:
            async with asyncio.timeout(policy.timeout):
                async with self.upstream.request("POST", url, send, body, decompress=True) as r:
                    data = await r.read()
                    if r.status != 200:
                        log.info("semantic judge answered %d; treated as no", r.status)
                        return None
        except (ProxyError, TimeoutError, aiohttp.ClientError) as exc:
            log.info("semantic judge failed (%r); treated as no", exc)
            return None
        try:
            verdict = read_verdict(orjson.loads(data))
        except orjson.JSONDecodeError:
            verdict = None
        if verdict is None:
            log.info("semantic judge gave no yes/no answer; treated as no")
        return verdict
