"""Everything else under /v1 passes through untouched; bad input gets OpenAI-style errors."""

from __future__ import annotations

import asyncio
import base64
import gzip
import logging
import os
import socket
import time
import traceback
from pathlib import Path

import aiohttp
import openai
import orjson
import pytest
from aiohttp import web
from yarl import URL

from proxy.app import build_app
from proxy.settings_load import load_settings
from tests.proxy_fixtures import Proxy
from tests.upstream import FakeUpstream


async def test_models_through_the_sdk(proxy: Proxy) -> None:
    models = await proxy.client().models.list()
    assert "gpt-4o-mini" in [m.id for m in models.data]


async def test_any_method_path_query_headers_and_body(proxy: Proxy, upstream: FakeUpstream) -> None:
    body = bytes(range(256)) * 4096  # 1 MiB of binary
    async with aiohttp.ClientSession() as http:
        async with http.put(
            proxy.url + "/files/abc?purpose=x&b=2",
            data=body,
            headers={"Authorization": "Bearer sk-a", "X-Custom": "v", "Connection": "keep-alive"},
        ) as r:
            assert r.status == 200
            echo = orjson.loads(await r.read())
            assert r.headers["x-upstream-echo"] == "1"
            assert r.headers["x-ratelimit-remaining-requests"] == "99"
            assert r.headers["x-request-id"]
            assert r.headers["Cache-Status"] == 'llmstash; fwd=bypass; detail="passthrough"'
    call = upstream.calls[-1]
    assert (call.method, call.path, call.query) == ("PUT", "/v1/files/abc", "purpose=x&b=2")
    assert call.body == body
    assert call.headers["X-Custom"] == "v"
    assert call.headers["Authorization"] == "Bearer sk-a"
    assert echo["body_len"] == len(body)


async def test_encoded_path_and_query_pass_through_as_sent(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    # decoded and re-encoded, %23 would turn into a fragment and %2F into a separator
    async with aiohttp.ClientSession() as http:
        url = URL(proxy.url + "/files/a%2Fb?q=a%26admin%3Dtrue&s=%23frag", encoded=True)
        async with http.get(url, headers={"Authorization": "Bearer sk-a"}) as r:
            assert r.status == 200
    assert upstream.calls[-1].raw_path == "/v1/files/a%2Fb?q=a%26admin%3Dtrue&s=%23frag"


@pytest.mark.parametrize(
    "path", ["/x/..%2F..%2Fsecret", "/x/%2e%2e/secret", "/x/./y", "/files/..%2f..%2fadmin"]
)
async def test_dot_segments_are_refused_not_resolved(
    proxy: Proxy, upstream: FakeUpstream, path: str
) -> None:
    async with aiohttp.ClientSession() as http:
        url = URL(proxy.url + path, encoded=True)
        async with http.get(url, headers={"Authorization": "Bearer sk-a"}) as r:
            assert r.status == 400
            error = (await r.json())["error"]
            assert error["type"] == "invalid_request_error"
            assert "segment" in error["message"]
    assert upstream.calls == []


async def test_gzip_request_bodies_reach_the_upstream_decoded(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "zipped"}]}
    headers = {
        "Authorization": "Bearer sk-a",
        "Content-Type": "application/json",
        "Content-Encoding": "gzip",
    }
    binary = bytes(range(256)) * 64
    async with aiohttp.ClientSession() as http:
        async with http.post(
            proxy.url + "/chat/completions", data=gzip.compress(orjson.dumps(chat)), headers=headers
        ) as r:
            assert r.status == 200, await r.text()
            assert (await r.json())["choices"][0]["message"]["content"]
        async with http.put(
            proxy.url + "/files/zipped", data=gzip.compress(binary), headers=headers
        ) as r:
            assert r.status == 200, await r.text()
    chat_call, put_call = upstream.calls
    assert chat_call.json == chat
    assert put_call.body == binary
    for call in (chat_call, put_call):
        assert "Content-Encoding" not in call.headers


async def test_status_passes_through(proxy: Proxy) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.delete(proxy.url + "/assistants/x?status=404") as r:
            assert r.status == 404


async def test_streamed_pass_through_is_not_buffered(proxy: Proxy) -> None:
    arrivals = []
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url + "/stream-bytes?n=4&delay=0.15") as r:
            async for _ in r.content.iter_any():
                arrivals.append(time.monotonic())
    assert len(arrivals) >= 4
    assert arrivals[-1] - arrivals[0] > 0.3  # pieces came as they were produced


@pytest.mark.parametrize(
    "body, message",
    [(b"{not json", "could not parse the JSON"), (b"[1, 2]", "must be a JSON object")],
)
@pytest.mark.parametrize("path", ["/chat/completions", "/embeddings"])
async def test_bad_json_is_a_clear_400(
    proxy: Proxy, upstream: FakeUpstream, path: str, body: bytes, message: str
) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(proxy.url + path, data=body) as r:
            assert r.status == 400
            error = orjson.loads(await r.read())["error"]
    assert message in error["message"]
    assert error["type"] == "invalid_request_error"
    assert upstream.calls == []
    # and the proxy is still up
    answer = await proxy.client().chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "ok"}]
    )
    assert answer.choices[0].message.content == "echo 1: ok"


async def test_sdk_sees_400_for_invalid_json(proxy: Proxy) -> None:
    client = proxy.client()
    with pytest.raises(openai.BadRequestError) as caught:
        await client.post(
            "/chat/completions",
            cast_to=object,
            content=b"{oops",
            options={"headers": {"Content-Type": "application/json"}},
        )
    assert caught.value.status_code == 400


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_unreachable_upstream_is_502(aiohttp_client) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(
        env={}, overrides={"upstream": {"url": f"http://127.0.0.1:{_free_port()}/v1"}}
    )
    http = await aiohttp_client(build_app(settings))
    for path, payload in [
        ("/v1/chat/completions", {"model": "m", "messages": []}),
        ("/v1/embeddings", {"model": "m", "input": "x"}),
        ("/v1/models", None),
    ]:
        r = await http.post(path, json=payload) if payload else await http.get(path)
        assert r.status == 502, path
        error = (await r.json())["error"]
        assert error["code"] == "upstream_unreachable"
        assert error["type"] == "upstream_error"


async def test_slow_upstream_is_504(upstream: FakeUpstream, aiohttp_client) -> None:  # type: ignore[no-untyped-def]
    upstream.latency = 1.0
    settings = load_settings(
        env={}, overrides={"upstream": {"url": upstream.url, "read_timeout": "0.2s"}}
    )
    http = await aiohttp_client(build_app(settings))
    r = await http.post(
        "/v1/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "x"}]}
    )
    assert r.status == 504
    assert (await r.json())["error"]["code"] == "upstream_timeout"
    await asyncio.sleep(0)


async def test_healthz(proxy: Proxy, store_kind: str) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(proxy.url[:-3] + "/healthz") as r:
            assert r.status == 200
            health = await r.json()
    assert health["status"] == "ok"
    assert health["store"]["store"] == store_kind


@pytest.mark.parametrize(
    "method, path, payload",
    [
        ("GET", "/stream-bytes?n=20&delay=0.05", None),
        ("POST", "/chat/completions", {"stream": True, "model": "gpt-4o-mini"}),  # bypassed
    ],
    ids=["pass-through", "bypassed-chat"],
)
async def test_client_leaving_a_relayed_answer_is_no_error(
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    payload: dict[str, object] | None,
) -> None:
    """Under `serve` a handler runs on when its client leaves (aiohttp's default), so the
    relay's next write fails: routine, worth one debug line, not a logged traceback."""
    upstream.chunk_delay = 0.05
    if payload is not None:
        words = " ".join(f"w{i}" for i in range(40))
        payload = payload | {"messages": [{"role": "user", "content": words}]}
    settings = load_settings(env={}, overrides={"upstream": {"url": upstream.url}})
    runner = web.AppRunner(build_app(settings), access_log=None)  # no handler cancellation
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/v1{path}"
    try:
        with caplog.at_level(logging.DEBUG):
            async with aiohttp.ClientSession() as http:
                headers = {"Cache-Control": "no-store"}
                async with http.request(method, url, json=payload, headers=headers) as r:
                    assert r.status == 200
                    await r.content.readany()  # then leave
            for _ in range(60):
                if any(rec.name == "llmstash.passthrough" for rec in caplog.records):
                    break
                await asyncio.sleep(0.05)
    finally:
        await runner.cleanup()
    left = [rec for rec in caplog.records if rec.name == "llmstash.passthrough"]
    assert [rec.levelno for rec in left] == [logging.DEBUG]
    assert "client left" in left[0].getMessage()
    proxy_tracebacks = [
        rec
        for rec in caplog.records
        if rec.exc_info
        and rec.exc_info[2] is not None
        and any("/proxy/" in frame.filename for frame in traceback.extract_tb(rec.exc_info[2]))
    ]
    assert proxy_tracebacks == []


def _corrupt_gzip(size: int) -> bytes:
    """A gzip body that goes bad after its first `size // 2` bytes (a real header first)."""
    packed = bytearray(gzip.compress(os.urandom(size)))
    packed[len(packed) // 2 :] = b"\xff" * (len(packed) - len(packed) // 2)
    return bytes(packed)


@pytest.mark.parametrize(
    "coding, body",
    [
        ("gzip", b'{"model": "not gzip at all"}'),
        ("deflate", b'{"model": "not deflate"}'),
        ("gzip", _corrupt_gzip(1 << 20)),  # goes bad mid-body, after some went upstream
    ],
    ids=["gzip", "deflate", "gzip-mid-body"],
)
@pytest.mark.parametrize("path", ["/chat/completions", "/embeddings", "/files/upload"])
async def test_body_that_does_not_decode_is_a_400(
    proxy: Proxy,
    upstream: FakeUpstream,
    caplog: pytest.LogCaptureFixture,
    path: str,
    coding: str,
    body: bytes,
) -> None:
    headers = {"Content-Encoding": coding, "Content-Type": "application/json"}
    with caplog.at_level(logging.INFO):
        async with aiohttp.ClientSession() as http:
            async with http.post(proxy.url + path, data=body, headers=headers) as r:
                assert r.status == 400
                assert r.headers["Content-Type"] == "application/json"
                error = orjson.loads(await r.read())["error"]
            # and the proxy goes on serving, on this session too
            async with http.post(proxy.url + "/files/after", data=b"plain") as r:
                assert r.status == 200
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error"
    assert error["code"] == "invalid_body_encoding"
    assert f"Content-Encoding: {coding}" in error["message"]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert [c.path for c in upstream.calls] == ["/v1/files/after"]


async def test_healthz_masks_upstream_credentials(upstream: FakeUpstream, aiohttp_client) -> None:  # type: ignore[no-untyped-def]
    url = upstream.url.replace("http://", "http://user:SuperSecretPw@") + "?api-key=sk-zz"
    settings = load_settings(env={}, overrides={"upstream": {"url": url}})
    http = await aiohttp_client(build_app(settings))
    r = await http.get("/healthz")
    text = await r.text()
    assert "SuperSecretPw" not in text and "sk-zz" not in text
    assert (await r.json())["upstream"].startswith("http://***@127.0.0.1:")


class ForwardProxy:
    """A tiny HTTP forward proxy (absolute-form request targets), recording what it relays."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.runner: web.ServerRunner | None = None
        self.url = ""

    async def __aenter__(self) -> ForwardProxy:
        self.runner = web.ServerRunner(web.Server(self._relay))
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()

    async def _relay(self, request: web.BaseRequest) -> web.Response:
        self.seen.append(str(request.url))
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host",)}
        async with aiohttp.ClientSession(auto_decompress=False) as http:
            async with http.request(
                request.method, request.url, headers=headers, data=await request.read()
            ) as r:
                return web.Response(status=r.status, body=await r.read(), headers=r.headers)


@pytest.mark.parametrize("bypass", [False, True], ids=["via-proxy", "no-proxy"])
async def test_upstream_calls_honour_http_proxy_and_no_proxy(
    upstream: FakeUpstream,
    aiohttp_client,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    bypass: bool,
) -> None:
    async with ForwardProxy() as egress:
        for name in ("HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", egress.url)
        if bypass:
            monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        settings = load_settings(env={}, overrides={"upstream": {"url": upstream.url}})
        http = await aiohttp_client(build_app(settings))
        chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "egress"}]}
        r = await http.post("/v1/chat/completions", json=chat)
        assert r.status == 200
        r = await http.get("/v1/models")
        assert r.status == 200
    assert len(upstream.calls) == 2
    if bypass:
        assert egress.seen == []
    else:
        assert egress.seen == [upstream.url + "/chat/completions", upstream.url + "/models"]


async def test_a_netrc_entry_for_the_upstream_host_changes_nothing(
    upstream: FakeUpstream,
    aiohttp_client,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Environment proxies, yes; ~/.netrc credentials for the upstream, never: they cannot be
    sent beside a caller's key, and must not be sent for callers without one."""
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login operator password netrc-secret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    settings = load_settings(env={}, overrides={"upstream": {"url": upstream.url}})
    http = await aiohttp_client(build_app(settings))
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "netrc"}]}
    keyed = await http.post(
        "/v1/chat/completions", json=chat, headers={"Authorization": "Bearer sk-a"}
    )
    assert keyed.status == 200
    anonymous = await http.get("/v1/models")
    assert anonymous.status == 200
    assert "Authorization" not in upstream.calls[-1].headers


async def test_an_egress_proxy_refusal_is_a_502_that_never_shows_its_credentials(
    aiohttp_client,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The egress proxy answers CONNECT with 407 (or 403, or 503 when it cannot reach the
    upstream): every route answers a 502 JSON error; the proxy's credentials (aiohttp puts
    them in the error's repr) reach neither the client nor the log."""

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:s3cretpw@127.0.0.1:{port}")
    settings = load_settings(env={}, overrides={"upstream": {"url": "https://api.example.com/v1"}})
    http = await aiohttp_client(build_app(settings))
    secret = base64.b64encode(b"user:s3cretpw").decode()
    try:
        for method, path, body in (
            (
                "POST",
                "/v1/chat/completions",
                {"model": "m", "messages": [{"role": "user", "content": "x"}]},
            ),
            ("POST", "/v1/embeddings", {"model": "e", "input": "x"}),
            ("GET", "/v1/models", None),
        ):
            r = await http.request(
                method, path, json=body, headers={"Authorization": "Bearer sk-1"}
            )
            text = await r.text()
            assert r.status == 502, (path, text)
            assert (await r.json())["error"]["type"] == "upstream_error", path
            assert "s3cretpw" not in text and secret not in text, path
    finally:
        server.close()


async def test_answers_relayed_from_an_upstream_without_ids_get_ours(
    proxy: Proxy, upstream: FakeUpstream
) -> None:
    """vLLM and other local servers send no `x-request-id`: passed-through, bypassed and
    streamed answers get one of ours, as hits and plain misses do."""
    upstream.request_ids = False
    chat = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "which id"}]}
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer sk-a"}) as http:
        sent = [
            http.get(proxy.url + "/models"),
            http.post(proxy.url + "/chat/completions", json=chat | {"stream": True}),
            http.post(
                proxy.url + "/chat/completions", json=chat, headers={"Cache-Control": "no-store"}
            ),
            http.post(proxy.url + "/chat/completions", json=chat | {"messages": []}),
        ]
        ids = []
        for request in sent:
            async with request as response:
                await response.read()
                ids.append(response.headers.get("X-Request-Id"))
    assert all(i and i.startswith("req_llmstash_") for i in ids), ids
    assert len(set(ids)) == len(ids)
    assert len(upstream.calls) == 4  # all four went upstream


async def test_unknown_urls_get_openai_errors(proxy: Proxy, upstream: FakeUpstream) -> None:
    base = proxy.url.removesuffix("/v1")
    async with aiohttp.ClientSession() as http:
        for method, path, status in (
            ("POST", "/chat/completions", 404),  # a base URL without /v1
            ("GET", "/v1", 404),
            ("POST", "/healthz", 405),
        ):
            async with http.request(method, base + path) as r:
                assert r.status == status, (method, path)
                error = orjson.loads(await r.read())["error"]
                assert error["type"] == "invalid_request_error"
                assert f"({method} {path})" in error["message"]
                assert r.headers["X-Request-Id"].startswith("req_llmstash_")
                if status == 405:
                    assert "GET" in r.headers["Allow"]
    assert upstream.calls == []
    async with openai.AsyncOpenAI(base_url=base, api_key="sk-a", max_retries=0) as client:
        with pytest.raises(openai.NotFoundError, match="Invalid URL"):
            await client.models.list()


@pytest.mark.parametrize(
    "target",
    [
        "/%76%31/models",  # routed by its decoded path, /v1/models
        "/v%31/models",
        "http://evil.example/v1/models",  # the absolute form
        "/v1/models/..;/x",  # `..;`: a `..` segment to Tomcat and Spring
        "/v1/..%5cadmin",  # `..\`: a `..` segment to IIS
        "/v1/files/.%3Bx/y",  # `.;x`: a `.` segment to them
    ],
)
@pytest.mark.parametrize("store_kind", ["memory"])
async def test_paths_not_sent_as_v1_or_with_dot_segments_are_refused(
    proxy: Proxy, upstream: FakeUpstream, target: str
) -> None:
    """The upstream path is what follows `/v1` in the raw path: one that does not begin with
    `/v1/` as sent was forwarded mangled (`/%76%31/models` as `/v16%31/models`, the absolute
    form as `/v1p://evil.example/v1/models`); one a server reads as going up is refused."""
    url = proxy.server.make_url("/")
    reader, writer = await asyncio.open_connection(url.host, url.port)
    writer.write(
        f"GET {target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sk-a\r\n"
        "Connection: close\r\n\r\n".encode()
    )
    answer = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 "), head
    error = orjson.loads(body)["error"]
    assert error["type"] == "invalid_request_error"
    assert upstream.calls == []
