"""Credentials -> cache scope: every credential header forwarded to the upstream is part of
the scope, so callers the upstream tells apart never share entries."""

from __future__ import annotations

import asyncio
import logging
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import aiohttp
import orjson
import pytest
from aiohttp import web
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from proxy.settings_load import load_settings
from proxy.tenancy import ANONYMOUS, Tenancy, key_hash
from proxy.upstream import keyed_query
from tests.proxy_fixtures import Proxy
from tests.team_files import CHAT, SALT, chat, config_dir, hashed, issuing_team
from tests.upstream import FakeUpstream

HIT = "llmstash; hit"
MISS = "llmstash; fwd=miss; stored"


def scope_of(*secrets: str) -> str:
    """The scope of a credential no team lists: its salted hash, as before there were two
    credential headers (so existing entries keep their keys)."""
    return "k" + key_hash(SALT.encode(), "\n".join(secrets))


@pytest.mark.parametrize(
    "headers, scope",
    [
        pytest.param([], ANONYMOUS, id="none"),
        pytest.param([("Authorization", ""), ("api-key", "")], ANONYMOUS, id="empty"),
        pytest.param([("Authorization", "Bearer sk-x")], scope_of("sk-x"), id="bearer"),
        pytest.param([("api-key", "sk-x")], scope_of("sk-x"), id="api-key-alone"),
        pytest.param([("Authorization", "Basic dXNlcg==")], scope_of("Basic dXNlcg=="), id="basic"),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "az-1")],
            scope_of("EMPTY", "az-1"),
            id="both",
        ),
        pytest.param(
            [("api-key", "az-1"), ("Authorization", "Bearer EMPTY")],
            scope_of("EMPTY", "az-1"),
            id="both-any-order",
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "")],
            scope_of("EMPTY"),
            id="empty-api-key",
        ),
        pytest.param(
            [("Authorization", "Bearer sk-a"), ("api-key", "az-1")], "t.a", id="team-in-bearer"
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("api-key", "sk-a")], "t.a", id="team-in-api-key"
        ),
        pytest.param(
            [("Authorization", "Bearer sk-a"), ("api-key", "sk-b")], "t.a", id="two-teams"
        ),
        pytest.param([("x-api-key", "sk-x")], scope_of("sk-x"), id="x-api-key"),
        pytest.param([("API_KEY", "sk-x")], scope_of("sk-x"), id="api_key-underscore"),
        pytest.param([("X-Api_Key", "sk-x")], scope_of("sk-x"), id="x-api_key-mixed"),
        pytest.param([("x_goog-api_key", "sk-x")], scope_of("sk-x"), id="x-goog-api-key-mixed"),
        pytest.param([("x-goog-api-key", "sk-x")], scope_of("sk-x"), id="x-goog-api-key"),
        pytest.param([("x-litellm-api-key", "sk-x")], scope_of("sk-x"), id="x-litellm-api-key"),
        pytest.param(
            [("Ocp-Apim-Subscription-Key", "sk-x")], scope_of("sk-x"), id="apim-subscription"
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("x-api-key", "az-1")],
            scope_of("EMPTY", "az-1"),
            id="bearer-and-x-api-key",
        ),
        pytest.param(
            [("Authorization", "Bearer EMPTY"), ("x-api-key", "sk-b")],
            "t.b",
            id="team-in-x-api-key",
        ),
        pytest.param(
            [("x-api-key", "sk-b"), ("api-key", "sk-a")], "t.a", id="api-key-before-x-api-key"
        ),
        pytest.param([("apikey", "sk-x")], scope_of("sk-x"), id="kong-apikey"),
        pytest.param([("x-portkey-api-key", "sk-x")], scope_of("sk-x"), id="portkey"),
        pytest.param([("cf-aig-authorization", "Bearer cf")], scope_of("Bearer cf"), id="cf-aig"),
        pytest.param([("x-functions-key", "fk")], scope_of("fk"), id="azure-functions"),
        pytest.param([("X-Auth-Token", "tok")], scope_of("tok"), id="x-auth-token"),
        pytest.param([("apikey", "sk-b")], "t.b", id="team-in-apikey"),
    ],
)
def test_scope_covers_every_credential_header(
    tmp_path: Path, headers: list[tuple[str, str]], scope: str
) -> None:
    teams = {"a": f"credentials: {hashed('sk-a')}\n", "b": f"credentials: {hashed('sk-b')}\n"}
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, teams), env={}))
    request = CIMultiDictProxy(CIMultiDict(headers))
    assert tenancy.resolve(request).team == scope
    assert tenancy.resolve(request).team == scope  # and again, from the resolved-key cache


@pytest.mark.parametrize(
    "headers, query, scope",
    [
        pytest.param([], "api-key=sk-x", scope_of("sk-x"), id="api-key"),
        pytest.param([], "api-version=2024-06-01&api-key=sk-x", scope_of("sk-x"), id="azure"),
        pytest.param([], "key=sk-x", scope_of("sk-x"), id="key"),
        pytest.param([], "API_KEY=sk-x", scope_of("sk-x"), id="api_key"),
        pytest.param([], "access_token=sk-x", scope_of("sk-x"), id="access_token"),
        pytest.param([], "api-key=sk%2Dx", scope_of("sk-x"), id="percent-encoded"),
        pytest.param([], "api-version=1;api-key=sk-x", scope_of("sk-x"), id="semicolon"),
        pytest.param([], "api-version=2024-06-01", ANONYMOUS, id="no-key-parameter"),
        pytest.param([], "api-key=", ANONYMOUS, id="empty"),
        pytest.param(
            [("Authorization", "Bearer EMPTY")],
            "api-key=az-1",
            scope_of("EMPTY", "az-1"),
            id="bearer-and-query",
        ),
        pytest.param([("Authorization", "Bearer EMPTY")], "api-key=sk-a", "t.a", id="team"),
        pytest.param([("Authorization", "Bearer sk-b")], "api-key=sk-a", "t.b", id="header-first"),
    ],
)
def test_scope_covers_credential_query_parameters(
    tmp_path: Path, headers: list[tuple[str, str]], query: str, scope: str
) -> None:
    # the query string is forwarded upstream as sent, so a key in it authenticates there
    teams = {"a": f"credentials: {hashed('sk-a')}\n", "b": f"credentials: {hashed('sk-b')}\n"}
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, teams), env={}))
    assert tenancy.resolve(CIMultiDictProxy(CIMultiDict(headers)), query).team == scope


@pytest.mark.parametrize(
    "headers, query",
    [
        pytest.param({}, {"api-key": "victim-key"}, id="query-api-key"),
        pytest.param({}, {"key": "victim-key"}, id="query-key"),
        pytest.param({"x-api-key": "victim-key"}, {}, id="x-api-key"),
        pytest.param({"api_key": "victim-key"}, {}, id="api_key-header"),
        # a WSGI server reads `x-api_key` as `x-api-key` (HTTP_X_API_KEY)
        pytest.param({"x-api_key": "victim-key"}, {}, id="x-api_key-mixed-header"),
        # LiteLLM proxy takes its virtual keys there too
        pytest.param({"x-litellm-api-key": "victim-key"}, {}, id="x-litellm-api-key"),
        pytest.param({"Ocp-Apim-Subscription-Key": "victim-key"}, {}, id="apim-header"),
        pytest.param({"apikey": "victim-key"}, {}, id="kong-apikey"),
        pytest.param({"x-portkey-api-key": "victim-key"}, {}, id="portkey"),
        pytest.param({"cf-aig-authorization": "Bearer victim-key"}, {}, id="cf-aig"),
        pytest.param({"x-functions-key": "victim-key"}, {}, id="azure-functions"),
        pytest.param({"x-auth-token": "victim-key"}, {}, id="x-auth-token"),
    ],
)
async def test_a_key_sent_outside_authorization_never_shares_its_callers_entries(
    proxy_factory: Callable[..., Any],
    upstream: FakeUpstream,
    headers: dict[str, str],
    query: dict[str, str],
) -> None:
    # the victim's key reaches the upstream in a header or parameter beside a placeholder
    # bearer; someone with the placeholder alone must not read what the key paid for
    proxy: Proxy = await proxy_factory()
    victim = proxy.client("EMPTY", default_headers=headers, default_query=query)
    stranger = proxy.client("EMPTY")
    assert (await chat(victim, "private question"))[1]["cache-status"] == MISS
    assert (await chat(stranger, "private question"))[1]["cache-status"] == MISS
    assert (await chat(victim, "private question"))[1]["cache-status"] == HIT
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "private question"}]}
    async with aiohttp.ClientSession() as http:  # nor does a caller with no key at all
        async with http.post(f"{proxy.url}/chat/completions", json=body) as r:
            assert r.status == 200 and r.headers["Cache-Status"] == MISS
    victim_call, stranger_call, anonymous_call = upstream.calls_to(CHAT)
    assert "victim-key" in victim_call.raw_path + str(dict(victim_call.headers))
    assert "victim-key" not in stranger_call.raw_path + str(dict(stranger_call.headers))
    assert "Authorization" not in anonymous_call.headers


async def test_a_gateway_key_alone_is_a_credential(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # a Kong gateway (key-auth reads `apikey`) in front of the upstream: its callers send no
    # Authorization at all, and are told apart by that key (or by having none)
    proxy: Proxy = await proxy_factory()
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "gateway q"}]}
    callers = [{"apikey": "sk-valid"}, {"apikey": "sk-other"}, {}, {"apikey": "sk-valid"}]
    statuses = []
    async with aiohttp.ClientSession() as http:
        for headers in callers:
            async with http.post(f"{proxy.url}/chat/completions", json=body, headers=headers) as r:
                assert r.status == 200
                statuses.append(r.headers["Cache-Status"])
    assert statuses == [MISS, MISS, MISS, HIT]
    sent = [c.headers.get("apikey") for c in upstream.calls_to(CHAT)]
    assert sent == ["sk-valid", "sk-other", None]


async def test_callers_differing_only_in_api_key_never_share_entries(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # an Azure-style upstream authenticates by `api-key`; the SDK sends a placeholder bearer
    proxy: Proxy = await proxy_factory()
    victim = proxy.client("EMPTY", default_headers={"api-key": "victim-azure-key"})
    other = proxy.client("EMPTY", default_headers={"api-key": "not-a-valid-key"})
    assert (await chat(victim, "private question"))[1]["cache-status"] == MISS
    assert (await chat(other, "private question"))[1]["cache-status"] == MISS
    assert (await chat(victim, "private question"))[1]["cache-status"] == HIT
    sent = [(c.headers["Authorization"], c.headers["api-key"]) for c in upstream.calls_to(CHAT)]
    assert sent == [("Bearer EMPTY", "victim-azure-key"), ("Bearer EMPTY", "not-a-valid-key")]


async def test_a_team_key_in_any_credential_header_is_replaced_by_the_teams(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # the proxy-issued key, in whichever header the application puts it, never leaves
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    for header in ("x-api-key", "X_API_KEY", "Ocp-Apim-Subscription-Key", "apikey"):
        client = proxy.client("EMPTY", default_headers={header: "sk-issued-a"})
        expected = MISS if header == "x-api-key" else HIT
        assert (await chat(client, "team question"))[1]["cache-status"] == expected
    (call,) = upstream.calls_to(CHAT)
    assert call.headers.getall("Authorization") == ["Bearer sk-real-upstream"]
    assert "sk-issued-a" not in str(dict(call.headers))


async def test_a_team_key_in_the_query_is_replaced_by_the_teams(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # `?api-key=` like a header: on cached routes and passed through, the upstream gets the
    # team's key and the rest of the query as sent, never the proxy-issued key
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    query = {"api-version": "2024-10-21", "api_key": "sk-issued-a"}
    client = proxy.client("EMPTY", default_query=query)
    assert (await chat(client, "team question"))[1]["cache-status"] == MISS
    await client.embeddings.create(model="text-embedding-3-small", input=["team text"])
    await client.models.list()
    sent = [c for c in upstream.calls if c.path.startswith("/v1/")]
    assert [c.path for c in sent] == [CHAT, "/v1/embeddings", "/v1/models"]
    for call in sent:
        assert call.query == "api-version=2024-10-21", call.path
        assert call.headers.getall("Authorization") == ["Bearer sk-real-upstream"]
        assert "sk-issued-a" not in call.raw_path + str(dict(call.headers))


async def test_a_team_key_in_the_query_is_not_part_of_the_cache_key(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # the team is in the key already: the same request with its key in a header is a hit
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    in_query = proxy.client("EMPTY", default_query={"api-version": "1", "api-key": "sk-issued-a"})
    in_header = proxy.client("sk-issued-a", default_query={"api-version": "1"})
    other_version = proxy.client("sk-issued-a", default_query={"api-version": "2"})
    assert (await chat(in_query, "team question"))[1]["cache-status"] == MISS
    assert (await chat(in_header, "team question"))[1]["cache-status"] == HIT
    assert (await chat(other_version, "team question"))[1]["cache-status"] == MISS
    assert [c.query for c in upstream.calls_to(CHAT)] == ["api-version=1", "api-version=2"]


@pytest.mark.parametrize(
    "raw_path, keyed",
    [
        ("/v1/chat/completions", ""),
        ("/v1/chat/completions?", ""),
        ("/v1/chat/completions?api-key=sk-x", ""),
        ("/v1/chat/completions?api-version=1&api_key=sk-x", "api-version=1"),
        ("/v1/chat/completions?key=sk-x;b=a%3Bc&a=1", "b=a%3Bc&a=1"),
    ],
)
def test_keyed_query_drops_credentials_and_keeps_the_rest_as_sent(
    raw_path: str, keyed: str
) -> None:
    assert keyed_query(raw_path) == keyed


async def test_a_team_key_in_the_query_leaves_the_rest_of_it_as_sent(
    tmp_path: Path, proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    # only the credential parameter goes: a `;` inside another value (one value to servers
    # that split at `&` only) is not turned into a separator
    proxy: Proxy = await issuing_team(tmp_path, proxy_factory)
    query = "filter=a;b&api-key=sk-issued-a&order=x%3By"
    async with aiohttp.ClientSession() as http:
        url = URL(f"{proxy.url}/models?{query}", encoded=True)
        async with http.get(url, headers={"Authorization": "Bearer EMPTY"}) as r:
            assert r.status == 200
    (call,) = [c for c in upstream.calls if c.path == "/v1/models"]
    assert call.raw_path.partition("?")[2] == "filter=a;b&order=x%3By"
    assert call.headers.getall("Authorization") == ["Bearer sk-real-upstream"]


async def _raw_post(port: int, head: bytes, body: bytes) -> tuple[bytes, bytes]:
    """(status line, the rest) of a request sent byte for byte (clients refuse to send
    header values that are not UTF-8, but anything on the network may)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
    await writer.drain()
    answer = await reader.read()
    writer.close()
    status, _, rest = answer.partition(b"\r\n")
    return status, rest


async def test_a_credential_that_is_not_utf8_is_scoped_by_its_bytes(
    proxy_factory: Callable[..., Any], upstream: FakeUpstream
) -> None:
    proxy: Proxy = await proxy_factory()
    body = orjson.dumps(
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "bytes"}]}
    )
    statuses = []
    for key in (b"\xff\xfe-one", b"\xff\xfe-one", b"\xff\xfd-one"):
        head = (
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + key + b"\r\n"
        )
        status, rest = await _raw_post(proxy.server.port or 0, head, body)
        assert status == b"HTTP/1.1 200 OK", rest  # not a 500 from hashing the key
        statuses.append(rest.split(b"Cache-Status: ")[1].split(b"\r\n")[0].decode())
    assert statuses == [MISS, HIT, MISS]
    assert len(upstream.calls_to(CHAT)) == 2


def test_resolving_long_keys_holds_bounded_memory(tmp_path: Path) -> None:
    # every caller chooses its key's length (up to the server's 8 KB header limit): the
    # keys remembered as resolved must not grow to 100,000 of those
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, {}), env={}))
    keys = [f"{i:08d}" + "k" * 8_000 for i in range(3_000)]  # 24 MB of keys
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for key in keys:
            headers = CIMultiDictProxy(CIMultiDict({"Authorization": f"Bearer {key}"}))
            assert tenancy.resolve(headers).team == scope_of(key)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 8_000_000, held


def test_resolving_many_short_keys_holds_bounded_memory(tmp_path: Path) -> None:
    # or their number: ~1,000 three-character `?key=` values fit in a request line, and
    # each costs ~50 bytes as a string besides its characters
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, {}), env={}))
    queries = ["&".join(f"key={i:03x}{j:03x}" for j in range(1_000)) for i in range(150)]
    headers = CIMultiDictProxy(CIMultiDict())
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for query in queries:
            assert tenancy.resolve(headers, query).team.startswith("k")
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 5_000_000, held  # ~9.5 MB when counted by characters alone


async def test_a_malformed_request_never_logs_its_credentials(
    proxy_factory: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    # aiohttp refuses these with a 400 and logs the bytes it choked on: the request line
    # (query string and all) or the header line
    caplog.set_level(logging.DEBUG)
    proxy: Proxy = await proxy_factory()
    requests = [
        b"POST /v1/chat/completions?api-key=sk-in-query&x=\xff HTTP/1.1\r\nHost: x\r\n",
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-ctl\x01\r\n",
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization : Bearer sk-spaced\r\n",
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-long"
        + b"x" * 9_000
        + b"\r\n",
    ]
    for head in requests:
        status, _ = await _raw_post(proxy.server.port or 0, head, b"{}")
        assert status.split(b" ")[1] == b"400", status
    text = caplog.text + "".join(str(r.exc_info) for r in caplog.records)
    for secret in ("sk-in-query", "sk-ctl", "sk-spaced", "sk-long"):
        assert secret not in text
    refused = [r for r in caplog.records if "malformed request refused" in r.getMessage()]
    assert len(refused) == len(requests)


def test_a_request_resolves_as_its_credentials_do_however_often_seen(tmp_path: Path) -> None:
    # `for_request` remembers a lone Authorization value's tenant: another credential
    # header or a query parameter beside the same value still makes its own scope
    from aiohttp.test_utils import make_mocked_request

    teams = {"a": f"credentials: {hashed('sk-a')}\n"}
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, teams), env={}))

    def team(headers: dict[str, str], path: str = "/v1/chat/completions") -> str:
        return tenancy.for_request(make_mocked_request("POST", path, headers=headers)).team

    for _ in range(2):
        assert team({"Authorization": "Bearer sk-x"}) == scope_of("sk-x")
        assert team({"Authorization": "Bearer sk-x", "X-Api-Key": "k2"}) == scope_of("sk-x", "k2")
        assert team({"authorization": "Bearer sk-x", "api_key": "k2"}) == scope_of("sk-x", "k2")
        assert team({"Authorization": "Bearer sk-x"}, "/v1/c?api-key=q") == scope_of("sk-x", "q")
        assert team({"Authorization": "Bearer sk-a"}) == "t.a"
        assert team({"Authorization": "Bearer sk-a", "X-Api-Key": "k2"}) == "t.a"
        assert team({"Authorization": "Bearer  sk-x "}) == scope_of("sk-x")
        assert team({"Authorization": "Bearer"}) == scope_of("Bearer")
        assert team({"Authorization": ""}) == ANONYMOUS
        assert team({}) == ANONYMOUS
    tenancy.update(load_settings(config_dir(tmp_path, {"a": "credentials: []\n"}), env={}))
    assert team({"Authorization": "Bearer sk-a"}) == scope_of("sk-a")  # no longer the team's


def test_requests_resolved_by_header_hold_bounded_memory(tmp_path: Path) -> None:
    # (each request's header value is a string of its own, which the tenancy may keep; what
    # `for_request` reads of a request is its headers and raw path: aiohttp's mocked
    # request took 7 ms apiece under tracemalloc, most of the suite's second-slowest test)
    tenancy = Tenancy(SALT.encode(), load_settings(config_dir(tmp_path, {}), env={}))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(1_500):  # 24 MB of keys: 12 MB of header values, 12 MB stripped
            value = f"Bearer {i:08d}{'k' * 8000}"
            headers = CIMultiDictProxy(CIMultiDict(Authorization=value))
            request = cast(web.Request, SimpleNamespace(headers=headers, raw_path="/"))
            assert tenancy.for_request(request).team.startswith("k")
        del request, value
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 8_000_000, held
