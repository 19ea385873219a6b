"""`POST /v1/embeddings`: exact per-item cache; only the missing items go upstream."""

from __future__ import annotations

import asyncio
import time

from aiohttp import web

from policies.cacheability import CacheControl, Decision, decide
from policies.ttl import ttl_for
from proxy import status
from proxy.appkeys import STORE, TASKS, UPSTREAM, VECTOR_TEXTS
from proxy.embedding_call import fetch_embeddings
from proxy.entries import pack_embedding, unpack_embedding
from proxy.entry_keys import embedding_entry_keys
from proxy.errors import NotCached, ProxyError
from proxy.passthrough import relay
from proxy.routes.body import begin
from proxy.tasks import spawn
from proxy.tokens import count_text
from proxy.upstream import request_headers
from proxy.vectors import Item, response_body, split_input, vector_json

THREAD_VALUES = 65_536  # float values above which encoding the response leaves the loop
THREAD_CHARS = 16_384  # input characters above which token counting leaves the loop


async def embeddings(request: web.Request) -> web.StreamResponse:
    app = request.app
    try:
        raw, body, tenant, observation = await begin(request, "embeddings")
    except ProxyError as exc:
        return exc.response()
    policy = tenant.policy
    control = CacheControl.parse(request.headers.get("Cache-Control"))
    decision = decide("embeddings", body, len(raw), control, policy.cacheability)
    split = split_input(body.get("input"))
    encoding_format = body.get("encoding_format") or "float"
    dimensions = body.get("dimensions")
    if (
        decision.bypass
        or split is None
        or encoding_format not in ("float", "base64")
        or not (dimensions is None or (isinstance(dimensions, int) and dimensions > 0))
    ):
        # not ours to answer (or not understood): the upstream decides, and errors itself
        return await relay(
            request, raw, cache_status=status.bypass(decision.reasons), tenant=tenant
        )
    items, single_token_list = split
    model: str = body["model"]
    namespace = request.headers.get("X-Llmstash-Namespace")
    keys = embedding_entry_keys(tenant, model, dimensions, items, namespace)
    unique = list(dict.fromkeys(keys))
    found = await _lookup(app, unique, decision)
    missing = [k for k in unique if k not in found]
    if missing and decision.only_if_cached:
        return NotCached("not in the cache (Cache-Control: only-if-cached)").response()

    upstream_tokens = 0
    response_model = model
    extra_headers: dict[str, str] = {}
    if missing:
        first: dict[str, Item] = {}
        for key, item in zip(keys, items, strict=True):
            first.setdefault(key, item)
        new_items = [first[k] for k in missing]
        headers = request_headers(
            request.headers, decoded=True, authorization=tenant.upstream_authorization
        )
        try:
            answer = await fetch_embeddings(
                app[UPSTREAM],
                headers,
                body,
                new_items,
                single_token_list=single_token_list,
                query=request.query_string,
            )
        except ProxyError as exc:
            return exc.response()
        if isinstance(answer, web.Response):
            return answer  # upstream error, passed through untouched and not cached
        vectors, upstream_tokens = answer.vectors, answer.prompt_tokens
        response_model, extra_headers = answer.model, answer.headers
        now = time.time()
        if sum(len(it) for it in new_items) > THREAD_CHARS:
            counts = await asyncio.to_thread(_token_counts, new_items, model, upstream_tokens)
        else:
            counts = _token_counts(new_items, model, upstream_tokens)
        fresh = {k: (counts[i], now, vectors[i]) for i, k in enumerate(missing)}
        found.update(fresh)
        if decision.write:
            ttl = ttl_for(policy.ttl, "embeddings", model, request.headers.get("X-Llmstash-TTL"))
            entries = [(k, pack_embedding(t, at, v), ttl) for k, (t, at, v) in fresh.items()]
            spawn(app[TASKS], app[STORE].mset(entries))

    gone = set(missing)
    hit_tokens = sum(found[k][0] for k in unique if k not in gone)
    cached_items = sum(1 for k in keys if k not in gone)
    observation.items, observation.cached_items = len(keys), cached_items
    observation.prompt_tokens_saved = sum(found[k][0] for k in keys if k not in gone)
    observation.entries = [k for k in keys if k not in gone]
    ordered = [found[k][2] for k in keys]
    texts = app[VECTOR_TEXTS]  # the JSON of vectors answered before: no re-encoding
    ids = [(k, found[k][1], encoding_format) for k in keys]
    known = texts.get_many(ids)
    args = (ordered, encoding_format, response_model, upstream_tokens + hit_tokens, known)
    if len(ordered) * (len(ordered[0]) // 4) > THREAD_VALUES:
        payload, values = await asyncio.to_thread(_render, *args)
    else:
        payload, values = _render(*args)
    for text_id, value, was in zip(ids, values, known, strict=True):
        if was is None:
            texts.put(text_id, value)

    response = web.Response(body=payload, content_type="application/json", headers=extra_headers)
    if not missing:
        response.headers["Cache-Status"] = status.HIT
        oldest = min(found[k][1] for k in unique)
        response.headers["Age"] = str(int(max(0.0, time.time() - oldest)))
    elif len(missing) < len(unique):
        response.headers["Cache-Status"] = status.PARTIAL_STORED if decision.write else status.MISS
    else:
        response.headers["Cache-Status"] = status.forwarded(
            refresh=not decision.read, stale=False, stored=decision.write
        )
    response.headers["X-Llmstash-Cached-Items"] = f"{cached_items}/{len(keys)}"
    return response


async def _lookup(
    app: web.Application, unique: list[str], decision: Decision
) -> dict[str, tuple[int, float, bytes]]:
    if not decision.read:
        return {}
    found: dict[str, tuple[int, float, bytes]] = {}
    now = time.time()
    for key, value in zip(unique, await app[STORE].mget(unique), strict=True):
        entry = unpack_embedding(value) if value is not None else None
        if entry is not None and (decision.max_age is None or now - entry[1] <= decision.max_age):
            found[key] = entry
    return found


def _render(
    vectors: list[bytes], encoding_format: str, model: str, tokens: int, known: list[bytes | None]
) -> tuple[bytes, list[bytes]]:
    """The response body, and every vector's JSON value (the known ones reused)."""
    values = [
        value if value is not None else vector_json(vector, encoding_format)
        for vector, value in zip(vectors, known, strict=True)
    ]
    return response_body(vectors, encoding_format, model, tokens, values), values


def _token_counts(items: list[Item], model: str, upstream_tokens: int) -> list[int]:
    """Tokens of each newly embedded item, stored with it so a later hit reports usage."""
    if len(items) == 1 and upstream_tokens:
        return [upstream_tokens]
    return [len(it) if isinstance(it, list) else count_text(it, model).tokens for it in items]
