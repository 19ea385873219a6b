"""The admin API: token checks, entry lookup and deletion (exactly the intended entry),
version bumps, team purges, and `llmstash stats` against a running proxy."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import Any

import openai
import pytest

from tests.savings import CHAT_MODEL, EMBED_MODEL, TOKEN, TeamProxy, scripted_traffic
from tests.upstream import FakeUpstream

ROUTES = [
    ("GET", "/admin/stats"),
    ("POST", "/admin/teams/alpha/lookup"),
    ("POST", "/admin/teams/alpha/delete"),
    ("POST", "/admin/teams/alpha/invalidate"),
    ("POST", "/admin/teams/alpha/purge"),
    ("POST", "/admin/teams/alpha/semantic-invalidate"),
    ("GET", "/admin/nothing-here"),
]


def chat_body(text: str) -> dict[str, Any]:
    return {"model": CHAT_MODEL, "messages": [{"role": "user", "content": text}]}


async def ask(client: openai.AsyncOpenAI, text: str, **headers: str) -> str:
    raw = await client.chat.completions.with_raw_response.create(
        **chat_body(text), extra_headers=headers or None
    )
    return str(raw.headers["cache-status"])


async def exists(proxy: TeamProxy, team: str, **target: Any) -> list[bool]:
    status, found, _ = await proxy.admin("POST", f"/admin/teams/{team}/lookup", json=target)
    assert status == 200, found
    return [e["exists"] for e in found["entries"]]


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_admin_refuses_without_the_right_token(
    team_proxy: TeamProxy, method: str, path: str
) -> None:
    for token in (None, "wrong-token", TOKEN + "x", ""):
        status, body, headers = await team_proxy.admin(method, path, token=token, json={})
        assert status == 401, (token, body)
        assert body["error"]["code"] == "invalid_admin_token"
        assert headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(("method", "path"), ROUTES)
async def test_admin_is_disabled_without_a_configured_token(
    team_proxy_factory: Callable[..., Any], method: str, path: str
) -> None:
    proxy = await team_proxy_factory(token=None)
    for token in (None, TOKEN, ""):
        status, body, _ = await proxy.admin(method, path, token=token, json={})
        assert status == 403
        assert body["error"]["code"] == "admin_disabled"
        assert "admin API disabled" in body["error"]["message"]


async def test_an_admin_token_that_is_not_utf8_is_refused_not_crashed(
    team_proxy: TeamProxy,
) -> None:
    # clients refuse to send such a header value, anything on the network may: sent raw
    reader, writer = await asyncio.open_connection("127.0.0.1", team_proxy.server.port)
    writer.write(
        b"GET /admin/stats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xff"
        + TOKEN.encode()
        + b"\r\nConnection: close\r\n\r\n"
    )
    await writer.drain()
    answer = await reader.read()
    writer.close()
    assert answer.startswith(b"HTTP/1.1 401 "), answer[:200]
    assert b"invalid_admin_token" in answer


async def test_lookup_and_delete_remove_exactly_one_chat_entry(team_proxy: TeamProxy) -> None:
    alpha, beta = team_proxy.team_client("alpha"), team_proxy.team_client("beta")
    for client in (alpha, beta):
        assert await ask(client, "keep or drop") == "llmstash; fwd=miss; stored"
    assert await ask(alpha, "keep me") == "llmstash; fwd=miss; stored"
    assert await ask(alpha, "keep or drop", **{"X-Llmstash-Namespace": "ns1"}) == (
        "llmstash; fwd=miss; stored"
    )
    target = {"chat": chat_body("keep or drop")}
    status, found, _ = await team_proxy.admin("POST", "/admin/teams/alpha/lookup", json=target)
    assert status == 200 and found["exists"] and found["kind"] == "chat"
    entry = found["entries"][0]
    assert entry["completion"]["choices"][0]["message"]["content"].endswith("keep or drop")
    assert entry["prompt_tokens"] == 3 and entry["age"] >= 0
    # stream and field order do not change the key, exactly like the route
    reordered = {"chat": {"stream": True, **dict(reversed(list(target["chat"].items())))}}
    assert await exists(team_proxy, "alpha", **reordered) == [True]

    status, deleted, _ = await team_proxy.admin("POST", "/admin/teams/alpha/delete", json=target)
    assert status == 200 and deleted["deleted"] == 1 and deleted["entries"] == [entry["entry"]]
    assert await exists(team_proxy, "alpha", **target) == [False]
    assert await ask(alpha, "keep me") == "llmstash; hit"
    assert await ask(beta, "keep or drop") == "llmstash; hit"
    assert await exists(team_proxy, "alpha", **target, namespace="ns1") == [True]
    assert await ask(alpha, "keep or drop") == "llmstash; fwd=miss; stored"


async def test_lookup_names_entries_made_under_a_query_string(team_proxy: TeamProxy) -> None:
    client = team_proxy.team_client("alpha")
    raw = await client.chat.completions.with_raw_response.create(
        **chat_body("versioned"), extra_query={"api-version": "2024-10-21"}
    )
    assert raw.headers["cache-status"] == "llmstash; fwd=miss; stored"
    target = {"chat": chat_body("versioned")}
    assert await exists(team_proxy, "alpha", **target) == [False]
    assert await exists(team_proxy, "alpha", **target, query="api-version=2024-10-21") == [True]
    assert await exists(team_proxy, "alpha", **target, query="?api-version=2024-10-21") == [True]
    await client.chat.completions.create(
        **chat_body("versioned"), extra_headers={"OpenAI-Project": "proj_b"}
    )
    assert await exists(team_proxy, "alpha", **target, project="proj_b") == [True]
    assert await exists(team_proxy, "alpha", **target, project="proj_c") == [False]
    status, body, _ = await team_proxy.admin(
        "POST", "/admin/teams/alpha/lookup", json={**target, "query": 1}
    )
    assert status == 400 and body["error"]["param"] == "query"


async def test_delete_one_embedding_item(team_proxy: TeamProxy) -> None:
    alpha = team_proxy.team_client("alpha")
    await alpha.embeddings.create(model=EMBED_MODEL, input=["red", "green", "blue"])
    await alpha.embeddings.create(model=EMBED_MODEL, input="red", dimensions=8)
    target = {"embedding": {"model": EMBED_MODEL, "input": ["red", "green", "blue", "grey"]}}
    assert await exists(team_proxy, "alpha", **target) == [True, True, True, False]
    green = {"embedding": {"model": EMBED_MODEL, "input": "green"}}
    status, deleted, _ = await team_proxy.admin("POST", "/admin/teams/alpha/delete", json=green)
    assert status == 200 and deleted["deleted"] == 1
    assert await exists(team_proxy, "alpha", **target) == [True, False, True, False]
    red8 = {"embedding": {"model": EMBED_MODEL, "input": "red", "dimensions": 8}}
    assert await exists(team_proxy, "alpha", **red8) == [True]
    _, found, _ = await team_proxy.admin("POST", "/admin/teams/alpha/lookup", json=red8)
    assert found["entries"][0]["dimensions"] == 8


async def test_purge_removes_one_teams_entries_only(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    await scripted_traffic(team_proxy, upstream)
    hello = {"chat": chat_body("hello alpha")}
    assert await exists(team_proxy, "alpha", **hello) == [True]
    status, purged, _ = await team_proxy.admin("POST", "/admin/teams/alpha/purge")
    assert status == 200 and purged["deleted"] >= 5  # 2 chat + 3 embedding entries at least
    assert await exists(team_proxy, "alpha", **hello) == [False]
    fish = {"embedding": {"model": EMBED_MODEL, "input": ["one fish", "blue fish"]}}
    assert await exists(team_proxy, "alpha", **fish) == [False, False]
    assert await exists(team_proxy, "beta", **hello) == [True]
    assert await ask(team_proxy.team_client("beta"), "all at once") == "llmstash; hit"
    assert await ask(team_proxy.team_client("default"), "no team here") == "llmstash; hit"
    _, stats, _ = await team_proxy.admin("GET", "/admin/stats")
    assert stats["teams"]["alpha"]["hits"] == 5  # the stats survive a purge


async def test_invalidate_bumps_the_version(team_proxy: TeamProxy) -> None:
    alpha, beta = team_proxy.team_client("alpha"), team_proxy.team_client("beta")
    for client in (alpha, beta):
        await ask(client, "versioned")
    status, bumped, _ = await team_proxy.admin("POST", "/admin/teams/alpha/invalidate")
    assert status == 200 and bumped["version"] == 1
    assert await ask(alpha, "versioned") == "llmstash; fwd=miss; stored"  # at once, here
    assert await ask(alpha, "versioned") == "llmstash; hit"
    assert await ask(beta, "versioned") == "llmstash; hit"
    _, again, _ = await team_proxy.admin("POST", "/admin/teams/alpha/invalidate")
    assert again["version"] == 2


async def test_unknown_teams_and_bad_bodies(team_proxy: TeamProxy) -> None:
    for action in ("lookup", "delete", "purge", "invalidate"):
        body = {"chat": chat_body("x")}
        status, error, _ = await team_proxy.admin(
            "POST", f"/admin/teams/nobody/{action}", json=body
        )
        assert status == 404 and error["error"]["code"] == "team_not_found"
    for body in ({}, {"chat": {}, "embedding": {}}, {"chat": "x"}, {"embedding": {"model": "m"}}):
        status, error, _ = await team_proxy.admin("POST", "/admin/teams/alpha/lookup", json=body)
        assert status == 400 and error["error"]["type"] == "invalid_request_error", body
    status, error, _ = await team_proxy.admin("GET", "/admin/stats?minutes=soon")
    assert status == 400
    for body in ({}, {"prompt": ""}, {"prompt": "x", "radius": 2}):
        status, error, _ = await team_proxy.admin(
            "POST", "/admin/teams/alpha/semantic-invalidate", json=body
        )
        assert status == 400 and error["error"]["type"] == "invalid_request_error", body
    status, error, _ = await team_proxy.admin(
        "POST", "/admin/teams/alpha/semantic-invalidate", json={"prompt": "x", "radius": 0.9}
    )
    assert status == 409 and error["error"]["code"] == "semantic_disabled"


async def test_stats_cli_prints_the_team_table(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    expected = await scripted_traffic(team_proxy, upstream)
    out, err, code = await _cli("stats", "--url", team_proxy.url, "--token", TOKEN)
    assert code == 0, err
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert set(rows) == {"alpha", "beta", "default", "TOTAL"}
    for team in ("alpha", "beta", "default"):
        c = expected.counts[team]
        assert rows[team][1:3] == [str(c["requests"]), str(c["hits"])]
        assert rows[team][6:8] == [str(c["prompt_tokens_saved"]), str(c["completion_tokens_saved"])]
        assert rows[team][8] == f"${c['usd_micro_saved'] / 1e6:.6f}"
    out, err, code = await _cli("stats", "--url", team_proxy.base, "--token", "nope")
    assert code == 1 and "HTTP 401: missing or invalid admin token" in err


async def _cli(*args: str) -> tuple[str, str, int]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "proxy",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin"},
    )
    out, err = await process.communicate()
    return out.decode(), err.decode(), process.returncode or 0


@pytest.mark.parametrize("store_kind", ["redis"], indirect=True)  # a store that can go down
async def test_stats_survive_a_redis_outage(
    team_proxy: TeamProxy, request: pytest.FixtureRequest
) -> None:
    redis_server = request.getfixturevalue("redis_server")
    client = team_proxy.team_client("alpha")
    await ask(client, "before the outage")
    redis_server.kill()
    for _ in range(3):  # served from the upstream while Redis is down (fail open)
        assert (await ask(client, "during the outage")).startswith("llmstash; fwd=miss")
    status, error, _ = await team_proxy.admin("GET", "/admin/stats")
    assert status == 503 and error["error"]["code"] == "store_unavailable"  # never zeros
    redis_server.start()
    for _ in range(100):  # the counts kept in memory are flushed once Redis answers
        status, stats, _ = await team_proxy.admin("GET", "/admin/stats")
        if status == 200 and stats["teams"].get("alpha", {}).get("requests") == 4:
            break
        await asyncio.sleep(0.1)
    alpha = stats["teams"]["alpha"]
    assert alpha["requests"] == 4 and alpha["misses"] + alpha["coalesced"] == 4


async def test_the_callers_of_no_team_can_be_invalidated_and_purged(
    team_proxy: TeamProxy,
) -> None:
    """Callers of no team each have their own scope (their key); `default` reaches all of
    them at once (and anonymous callers): a version bump, or a purge. Teams keep theirs."""
    stranger, other = team_proxy.team_client("default"), team_proxy.client("sk-another-stranger")
    alpha = team_proxy.team_client("alpha")
    for client in (stranger, other, alpha):
        assert await ask(client, "who am i") == "llmstash; fwd=miss; stored"
        assert await ask(client, "who am i") == "llmstash; hit"
    status, bumped, _ = await team_proxy.admin("POST", "/admin/teams/default/invalidate")
    assert status == 200 and bumped["version"] == 1, bumped
    for client in (stranger, other):
        assert await ask(client, "who am i") == "llmstash; fwd=miss; stored"
        assert await ask(client, "who am i") == "llmstash; hit"
    assert await ask(alpha, "who am i") == "llmstash; hit"
    status, purged, _ = await team_proxy.admin("POST", "/admin/teams/default/purge")
    assert status == 200 and purged["deleted"] >= 2, purged
    for client in (stranger, other):
        assert await ask(client, "who am i") == "llmstash; fwd=miss; stored"
    assert await ask(alpha, "who am i") == "llmstash; hit"
    status, error, _ = await team_proxy.admin(
        "POST", "/admin/teams/default/lookup", json={"chat": chat_body("who am i")}
    )
    assert status == 400 and "only invalidate and purge" in error["error"]["message"]
