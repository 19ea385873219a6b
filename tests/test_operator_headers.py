"""What an operator relies on from the README's Headers, Cache-Status and admin sections:
retries the SDK makes of our answers, `X-Llmstash-TTL` values, the Cache-Status of
passed-through requests, admin stats' `errors` and `minutes`, semantic-invalidate's radius,
and `llmstash stats` in a pipe."""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Any

import aiohttp
import openai
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from policies.ttl import client_ttl
from proxy.app import build_app
from proxy.observe import OBSERVERS, Observation
from proxy.settings_load import load_settings
from tests.proxy_fixtures import Proxy
from tests.savings import CHAT_MODEL, TOKEN, TeamProxy
from tests.upstream import FakeUpstream

CHAT = "/v1/chat/completions"
MSG: Any = [{"role": "user", "content": "hello there"}]
ONLY_IF_CACHED = {"Cache-Control": "only-if-cached"}


def _user(text: str) -> Any:
    return [{"role": "user", "content": text}]


def seen(proxy: Proxy) -> list[Observation]:
    """Every request the proxy answers from now on (one observation each)."""
    observations: list[Observation] = []
    proxy.app[OBSERVERS].append(observations.append)
    return observations


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_the_sdk_does_not_retry_an_only_if_cached_504(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    client = openai.AsyncOpenAI(base_url=proxy.url, api_key="sk-a", max_retries=2, timeout=30)
    proxy.clients.append(client)
    observations = seen(proxy)
    calls: list[Any] = [
        # not stored, and a request the cache never answers (a bypass reason)
        lambda: client.chat.completions.create(
            model="gpt-4o-mini", messages=MSG, extra_headers=ONLY_IF_CACHED
        ),
        lambda: client.chat.completions.create(
            model="gpt-4o-mini",
            messages=MSG,
            extra_headers={"Cache-Control": "only-if-cached, no-store"},
            extra_body={"store": True},
        ),
        lambda: client.embeddings.create(
            model="text-embedding-3-small", input=["a"], extra_headers=ONLY_IF_CACHED
        ),
    ]
    for call in calls:
        observations.clear()
        started = time.monotonic()
        with pytest.raises(openai.APIStatusError) as raised:
            await call()
        assert raised.value.status_code == 504
        assert raised.value.response.headers["x-should-retry"] == "false"
        await asyncio.sleep(0.05)  # (observers are told once the answer is written)
        assert len(observations) == 1, "the SDK retried the 504"
        assert time.monotonic() - started < 0.5  # no retry back-off (>= 0.5 s) either
    assert upstream.calls == []


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_retryable_errors_carry_no_should_retry(proxy: Proxy, upstream: FakeUpstream) -> None:
    upstream.fail_next(503)  # the upstream's own: relayed as it came
    async with (
        aiohttp.ClientSession() as http,
        http.post(proxy.url + "/chat/completions", json={"model": "m", "messages": MSG}) as r,
    ):
        assert r.status == 503 and "x-should-retry" not in r.headers


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
@pytest.mark.parametrize("route", ["chat", "embeddings"])
@pytest.mark.parametrize("value", ["banana", "-5", "1y", "5 mins", "1e3"])
async def test_a_bad_ttl_header_is_a_400(
    proxy: Proxy, upstream: FakeUpstream, value: str, route: str
) -> None:
    client = proxy.client()
    ttl = {"X-Llmstash-TTL": value}
    with pytest.raises(openai.BadRequestError) as raised:
        if route == "chat":
            await client.chat.completions.create(
                model="gpt-4o-mini", messages=MSG, extra_headers=ttl
            )
        else:
            await client.embeddings.create(
                model="text-embedding-3-small", input=["x"], extra_headers=ttl
            )
    error = raised.value.body
    assert isinstance(error, dict) and error["type"] == "invalid_request_error"
    assert "X-Llmstash-TTL" in error["message"] and repr(value) in error["message"]
    assert "15m" in error["message"]  # the forms it takes
    assert upstream.calls == []


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_a_bad_ttl_header_is_a_400_on_a_hit_too(proxy: Proxy) -> None:
    client = proxy.client()
    await client.chat.completions.create(model="gpt-4o-mini", messages=MSG)
    with pytest.raises(openai.BadRequestError):
        await client.chat.completions.create(
            model="gpt-4o-mini", messages=MSG, extra_headers={"X-Llmstash-TTL": "banana"}
        )


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_ttl_forms_and_zero(proxy: Proxy, upstream: FakeUpstream) -> None:
    client = proxy.client()
    for i, value in enumerate(["90", "1.5", "250ms", "15m", "7d", "2h"]):
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini",
            messages=_user(f"ttl {i}"),
            extra_headers={"X-Llmstash-TTL": value},
        )
        assert raw.headers["cache-status"] == "llmstash; fwd=miss; stored", value
    for _ in range(2):  # 0: never stored, so never a hit
        raw = await client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=MSG, extra_headers={"X-Llmstash-TTL": "0"}
        )
        assert raw.headers["cache-status"] == "llmstash; fwd=miss"
    assert len(upstream.calls_to(CHAT)) == 8


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_passed_through_answers_carry_cache_status(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    raw = await proxy.client().models.with_raw_response.list()
    assert raw.headers["cache-status"] == 'llmstash; fwd=bypass; detail="passthrough"'
    async with aiohttp.ClientSession() as http, http.post(proxy.url + "/files?status=404") as r:
        assert r.status == 404  # the upstream's error, relayed
        assert r.headers["Cache-Status"] == 'llmstash; fwd=bypass; detail="passthrough"'


async def test_passthrough_keeps_the_upstream_cache_status_first() -> None:
    """RFC 9211: the cache closest to the origin first; a cache preserves the value."""

    async def answer(_request: web.Request) -> web.Response:
        response = web.json_response({"data": []})
        response.headers.add("Cache-Status", "origin-cdn; hit; ttl=30")
        response.headers.add("Cache-Status", "edge; fwd=uri-miss")
        return response

    origin = web.Application()
    origin.router.add_get("/v1/models", answer)
    upstream = TestServer(origin, host="127.0.0.1")
    await upstream.start_server()
    settings = load_settings(
        None, env={}, overrides={"upstream": {"url": str(upstream.make_url("/v1"))}}
    )
    proxy = TestServer(build_app(settings), host="127.0.0.1")
    await proxy.start_server()
    try:
        async with aiohttp.ClientSession() as http, http.get(proxy.make_url("/v1/models")) as r:
            assert r.status == 200
            ours = 'llmstash; fwd=bypass; detail="passthrough"'
            assert r.headers.getall("Cache-Status") == [
                f"origin-cdn; hit; ttl=30, edge; fwd=uri-miss, {ours}"
            ]
    finally:
        await proxy.close()
        await upstream.close()


async def _stats(team_proxy: TeamProxy) -> dict[str, Any]:
    status, stats, _ = await team_proxy.admin("GET", "/admin/stats?minutes=5")
    assert status == 200, stats
    alpha: dict[str, Any] = stats["teams"]["alpha"]
    return alpha


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_admin_stats_count_an_only_if_cached_504_as_a_miss(
    team_proxy: TeamProxy, upstream: FakeUpstream
) -> None:
    client = team_proxy.team_client("alpha")
    with pytest.raises(openai.APIStatusError):
        await client.chat.completions.create(
            model=CHAT_MODEL, messages=MSG, extra_headers=ONLY_IF_CACHED
        )
    upstream.fail_next(500)
    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(model=CHAT_MODEL, messages=MSG)
    await asyncio.sleep(0.05)
    alpha = await _stats(team_proxy)
    assert (alpha["requests"], alpha["misses"], alpha["errors"]) == (2, 2, 1)
    async with aiohttp.ClientSession() as http, http.get(team_proxy.base + "/metrics") as r:
        metrics = await r.text()
    # /metrics: both are misses, with a 5xx status (`cache="error"` is none of them)
    assert 'cache="miss",model="other",route="chat",status="5xx",team="alpha"} 2.0' in metrics


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
@pytest.mark.parametrize("minutes", ["0", "-1", "4321", "100000", "soon", ""])
async def test_admin_stats_minutes_out_of_range_is_a_400(
    team_proxy: TeamProxy, minutes: str
) -> None:
    status, error, _ = await team_proxy.admin("GET", f"/admin/stats?minutes={minutes}")
    assert status == 400, error
    assert error["error"]["param"] == "minutes" and "1 to 4320" in error["error"]["message"]


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_admin_stats_minutes_in_range(team_proxy: TeamProxy) -> None:
    for minutes in ("1", "4320"):
        status, stats, _ = await team_proxy.admin("GET", f"/admin/stats?minutes={minutes}")
        assert status == 200 and stats["minutes"] == int(minutes)


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_semantic_invalidate_requires_a_radius(team_proxy: TeamProxy) -> None:
    for body in ({"prompt": "x"}, {"prompt": "x", "radius": None}, ["x"]):
        status, error, _ = await team_proxy.admin(
            "POST", "/admin/teams/alpha/semantic-invalidate", json=body
        )
        assert status == 400, (body, error)
        if isinstance(body, dict):
            assert error["error"]["param"] == "radius"
            assert "required" in error["error"]["message"]


@pytest.mark.parametrize("store_kind", ["memory"], indirect=True)
async def test_stats_cli_into_a_pipe_that_closes_early(team_proxy: TeamProxy) -> None:
    # many teams, so that the JSON outgrows the pipe's buffer
    for i in range(3):
        await team_proxy.team_client("alpha").chat.completions.create(
            model=CHAT_MODEL, messages=_user(f"pipe {i}")
        )
    script = (
        f"{sys.executable} -m proxy stats --json --minutes 4320"
        f" --url {team_proxy.base} --token {TOKEN} | head -n 1"
    )
    process = await asyncio.create_subprocess_shell(
        f"set -o pipefail; {script}; echo status=$?",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        executable="/bin/bash",
    )
    out, err = await process.communicate()
    assert out.decode().splitlines()[0] == "{"
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
    assert out.decode().splitlines()[-1] in ("status=0", "status=141")


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("0", 0.0), ("90", 90.0), ("1.5", 1.5), ("250ms", 0.25), ("7d", 604800.0)],
)
def test_client_ttl_forms(value: str, seconds: float) -> None:
    assert client_ttl(value) == seconds


@pytest.mark.parametrize("value", ["banana", "-5", "1y", "inf", "nan", "1e3", "-0"])
def test_client_ttl_refusals_name_the_header(value: str) -> None:
    with pytest.raises(ValueError, match=r"^X-Llmstash-TTL: .* is not a lifetime: use seconds"):
        client_ttl(value)
