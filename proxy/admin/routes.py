"""Admin API handlers (behind `auth.admin_only`):

- `GET  /admin/stats?minutes=N`                per-team totals and a per-minute series
- `POST /admin/teams/{team}/lookup`            does an entry exist for this request?
- `POST /admin/teams/{team}/delete`            delete the entry (entries) of this request
- `POST /admin/teams/{team}/invalidate`        bump the team's version (every entry goes)
- `POST /admin/teams/{team}/purge`             delete every key of the team
- `POST /admin/teams/{team}/semantic-invalidate`  delete answers near a prompt

lookup/delete bodies: `{"chat": {<chat completion request>}}` or
`{"embedding": {"model", "input", "dimensions"?}}`, plus an optional `"namespace"`. For a
chat request of a team with the semantic cache on, lookup also names the entry a semantic
lookup would serve when there is no exact one, and delete removes that one too.
"""

from __future__ import annotations

import time
from typing import Any

import orjson
from aiohttp import web

from proxy import versions
from proxy.admin.targets import Target, resolve_target
from proxy.appkeys import SEMANTIC, STORE, TENANCY
from proxy.entries import unpack_chat, unpack_embedding
from proxy.entry_keys import entry_prefix
from proxy.errors import BadRequest, ProxyError, error_response
from proxy.hit_headers import entry_id
from proxy.semantic.cache import Hit
from proxy.stats import MAX_MINUTES, raw_store, read_stats
from proxy.store.base import StoreError
from proxy.telemetry import STATS
from proxy.tenancy import DEFAULTS, UNKNOWN, Tenant
from proxy.upstream import keyed_query, variant_of


class UnknownTeam(ProxyError):
    status = 404
    type = "invalid_request_error"
    code = "team_not_found"


class StoreUnavailable(ProxyError):
    status = 503
    type = "store_error"
    code = "store_unavailable"


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(body=orjson.dumps(data), status=status, content_type="application/json")


def _tenant(request: web.Request) -> Tenant:
    name = request.match_info["team"]
    tenant = request.app[TENANCY].by_name(name)
    if tenant is None:
        if name == UNKNOWN:
            raise BadRequest(
                f"callers of no team ({UNKNOWN!r}) each have their own scope (their API key):"
                " only invalidate and purge reach them all; look up or delete through a team"
            )
        raise UnknownTeam(f"no team named {name!r}")
    return tenant


async def stats(request: web.Request) -> web.Response:
    try:
        minutes = int(request.query.get("minutes", "60"))
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= MAX_MINUTES:  # (the store keeps MAX_MINUTES of them)
        message = f"'minutes' must be a whole number from 1 to {MAX_MINUTES}"
        return error_response(400, message, "invalid_request_error", param="minutes")
    store = raw_store(request.app[STORE])
    await request.app[STATS].flush(store)  # this replica's last second, too
    try:
        return _json(await read_stats(store, minutes))
    except (StoreError, TimeoutError) as exc:
        return StoreUnavailable(f"could not read the stats: {exc or 'timeout'}").response()


async def lookup(request: web.Request) -> web.Response:
    try:
        tenant, body, target = await _target(request)
        values = await request.app[STORE].mget(target.keys)
    except ProxyError as exc:
        return exc.response()
    now = time.time()
    entries = [_describe(target, i, value, now) for i, value in enumerate(values)]
    out = {
        "object": "llmstash.lookup",
        "team": request.match_info["team"],
        "kind": target.kind,
        "exists": all(e["exists"] for e in entries),
        "entries": entries,
    }
    if not out["exists"]:  # what a semantic lookup would serve instead, if anything
        hit = await _semantic_hit(request, tenant, body)
        if hit is not None:
            out["semantic"] = {
                "entry": entry_id(hit.entry_key),
                "similarity": round(hit.similarity, 4),
                "judged": hit.judged,
                "age": round(now - hit.entry.stored_at, 3),
                "prompt_tokens": hit.entry.prompt_tokens,
                "completion_tokens": hit.entry.completion_tokens,
                "completion": orjson.loads(hit.entry.completion),
            }
    return _json(out)


async def delete(request: web.Request) -> web.Response:
    """The exact entry, then the one a semantic lookup would serve once it is gone."""
    try:
        tenant, body, target = await _target(request)
    except ProxyError as exc:
        return exc.response()
    keys = list(dict.fromkeys(target.keys))
    deleted = await request.app[STORE].delete(keys)
    hit = await _semantic_hit(request, tenant, body)
    if hit is not None:
        deleted += await request.app[STORE].delete([hit.entry_key])
        keys.append(hit.entry_key)
    semantic = request.app[SEMANTIC]
    if target.kind == "chat" and tenant.policy.semantic.enabled:
        try:  # their rows leave every replica's index at once, not at their next lookup
            await semantic.forget_entries(keys)
        except StoreError:
            pass  # a lookup that finds an answer gone drops its row anyway
    return _json(
        {
            "object": "llmstash.delete",
            "kind": target.kind,
            "deleted": deleted,
            "entries": [entry_id(k) for k in keys],
        }
    )


async def invalidate(request: web.Request) -> web.Response:
    """Bump the version of a configured team's scope: its every entry becomes unreachable on
    every replica (this one at once, others within the poll interval)."""
    name = request.match_info["team"]
    tenancy = request.app[TENANCY]
    team = tenancy.team(name)
    if team is not None:
        scope, base, shared_by = team.scope, team.base_version, list(team.shared_by)
    elif name == UNKNOWN:  # every caller of no team, anonymous ones included
        scope, base, shared_by = DEFAULTS, tenancy.settings.defaults.version, []
    else:
        return UnknownTeam(f"no configured team named {name!r}").response()
    try:
        counter = await versions.bump(request.app[STORE], scope)
    except StoreError as exc:
        return StoreUnavailable(f"could not bump the version: {exc}").response()
    tenancy.counters[scope] = max(tenancy.counters.get(scope, 0), counter)
    return _json(
        {
            "object": "llmstash.invalidate",
            "team": name,
            "version": base + counter,
            "shared_by": shared_by,
        }
    )


async def purge(request: web.Request) -> web.Response:
    """Delete every key under the team's scope (shared with its sharing group, if any);
    `default`: the keys of every caller of no team (each API key's scope, and `anon`).
    The scope's records go from the semantic log too (their prompt texts and vectors), and
    their rows from every replica's semantic index."""
    try:
        if request.match_info["team"] == UNKNOWN and not request.app[TENANCY].team(UNKNOWN):
            prefixes = ["ls:k", "ls:anon:"]
        else:
            prefixes = [f"ls:{_tenant(request).team}:"]
        deleted = 0
        for prefix in prefixes:
            deleted += await request.app[STORE].delete_prefix(prefix)
        records = 0
        for prefix in prefixes:
            records += await request.app[SEMANTIC].forget_scope(prefix)
    except ProxyError as exc:
        return exc.response()
    except StoreError as exc:
        return StoreUnavailable(f"could not purge: {exc}").response()
    return _json(
        {
            "object": "llmstash.purge",
            "team": request.match_info["team"],
            "deleted": deleted,
            "semantic_records": records,
        }
    )


async def semantic_invalidate(request: web.Request) -> web.Response:
    """Delete every cached answer of a team within a similarity radius of a prompt:
    `{"prompt": "...", "radius": 0.9}` (both required). The prompt is embedded like the
    team's requests (from the embedding cache, else upstream with the team's own upstream
    key or the `X-Upstream-Authorization` header of this request)."""
    try:
        tenant = _tenant(request)
        body = orjson.loads(await request.read())
    except ProxyError as exc:
        return exc.response()
    except orjson.JSONDecodeError:
        return BadRequest("the body must be JSON").response()
    if not isinstance(body, dict):
        return BadRequest("the body must be a JSON object").response()
    prompt, radius = body.get("prompt"), body.get("radius")
    if not isinstance(prompt, str) or not prompt:
        return BadRequest("'prompt' must be a non-empty string", param="prompt").response()
    if isinstance(radius, bool) or not isinstance(radius, int | float) or not 0 < radius <= 1:
        # required: how near is near depends on the embedding model (no default fits all)
        message = (
            "'radius' is required: a cosine similarity in (0, 1], e.g. 0.9: every answer "
            "whose prompt is at least that similar to 'prompt' is deleted"
        )
        return BadRequest(message, param="radius").response()
    if not tenant.policy.semantic.enabled:
        return error_response(
            409, "semantic cache not enabled for this team", "admin_error", "semantic_disabled"
        )
    authorization = tenant.upstream_authorization or request.headers.get("X-Upstream-Authorization")
    headers = {"Authorization": authorization} if authorization else {}
    removed = await request.app[SEMANTIC].forget_near(tenant, prompt, float(radius), headers)
    if removed is None:
        return error_response(
            502, "could not embed the prompt", "upstream_error", "embedding_failed"
        )
    return _json(
        {
            "object": "llmstash.semantic_invalidate",
            "team": request.match_info["team"],
            "deleted": len(removed),
            "entries": [entry_id(key) for key in removed],
        }
    )


async def _target(request: web.Request) -> tuple[Tenant, Any, Target]:
    tenant = _tenant(request)
    try:
        body = orjson.loads(await request.read())
    except orjson.JSONDecodeError:
        raise BadRequest("the body must be JSON") from None
    return tenant, body, resolve_target(tenant, body)


async def _semantic_hit(request: web.Request, tenant: Tenant, body: Any) -> Hit | None:
    """The entry a semantic lookup of the (valid) lookup/delete body's chat request would
    serve, when the team has the semantic cache on: embedded like the team's requests
    (the embedding cache, else upstream with the team's key or `X-Upstream-Authorization`)."""
    chat = body.get("chat")
    if chat is None or not tenant.policy.semantic.enabled:
        return None
    namespace, query = body.get("namespace"), body.get("query")
    organization, project = body.get("organization"), body.get("project")
    variant = variant_of(
        keyed_query("?" + query.removeprefix("?")) if query else "", organization, project
    )
    authorization = tenant.upstream_authorization or request.headers.get("X-Upstream-Authorization")
    headers = {"Authorization": authorization} if authorization else {}
    if organization:
        headers["OpenAI-Organization"] = organization
    if project:
        headers["OpenAI-Project"] = project
    found = await request.app[SEMANTIC].lookup(
        tenant,
        chat,
        entry_prefix(tenant, namespace, variant),
        namespace,
        headers,
        None,
        variant_of("", organization, project),  # the prompt is embedded without the query
    )
    return found.hit


def _describe(target: Target, index: int, value: bytes | None, now: float) -> dict[str, Any]:
    out: dict[str, Any] = {"index": index, "entry": entry_id(target.keys[index]), "exists": False}
    if value is None:
        return out
    if target.kind == "chat":
        chat = unpack_chat(value)
        if chat is not None:
            out |= {
                "exists": True,
                "age": round(now - chat.stored_at, 3),
                "prompt_tokens": chat.prompt_tokens,
                "completion_tokens": chat.completion_tokens,
                "completion": orjson.loads(chat.completion),
            }
    else:
        embedding = unpack_embedding(value)
        if embedding is not None:
            tokens, stored_at, vector = embedding
            out |= {
                "exists": True,
                "age": round(now - stored_at, 3),
                "tokens": tokens,
                "dimensions": len(vector) // 4,
            }
    return out
