"""The one shared connection pool to the upstream, and the header hygiene of a proxy."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from types import TracebackType
from typing import Any
from urllib.parse import unquote

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from proxy.errors import UpstreamBusy, UpstreamTimeout, UpstreamUnreachable
from proxy.redact import masked_url
from proxy.settings import UpstreamSettings
from proxy.tenancy import CREDENTIAL_HEADERS, CREDENTIAL_PARAMS, param_name

# RFC 9110 7.6.1 hop-by-hop headers, plus those a proxy recomputes itself.
HOP_BY_HOP = frozenset(
    h.lower()
    for h in (
        "Connection",
        "Keep-Alive",
        "Proxy-Authenticate",
        "Proxy-Authorization",
        "TE",
        "Trailer",
        "Trailers",
        "Transfer-Encoding",
        "Upgrade",
        "Proxy-Connection",
    )
)
# the server has already undone the request's content coding (aiohttp decodes bodies), so
# the bytes forwarded are plain: their coding and length are not the client's any more
_REQUEST_DROP = HOP_BY_HOP | {"host", "content-length", "content-encoding"}
_DECODED_DROP = HOP_BY_HOP | {"content-length", "content-encoding"}
# the caller's credentials (as `proxy.tenancy` reads them), replaced for a team's own key
_CREDENTIALS = frozenset(CREDENTIAL_HEADERS)
# headers our own responses set; the upstream's values must not duplicate them
# (not `Cache-Status`: ours is appended to the upstream's, `status.after`)
_OWN = frozenset({"content-length", "content-type", "date", "server", "age"})


def split_raw(raw_path: str) -> tuple[str, str]:
    """Path and query string exactly as the client sent them, still percent-encoded: a proxy
    that decodes and re-encodes them changes their meaning (`%23` becomes a fragment,
    `%2F` a path separator)."""
    path, _, query = raw_path.partition("?")
    return path, query


_SEPARATORS = re.compile("([&;])")


def upstream_query(raw_path: str, *, authorization: str | None) -> str:
    """The query string to send upstream: as the client sent it, minus its credential
    parameters (`?api-key=`...) when a team's own upstream key replaces the caller's
    credentials, as `request_headers` drops the credential headers: the caller's
    proxy-issued key never reaches the upstream."""
    query = split_raw(raw_path)[1]
    if authorization is None or not query:
        return query
    return _without_credentials(query)


# request headers that change what the upstream answers for the same credential and body:
# one user key serves several OpenAI projects, each with its own model access and limits
VARIANT_HEADERS = ("OpenAI-Organization", "OpenAI-Project")
_KEYED = frozenset(h.lower() for h in VARIANT_HEADERS)


def request_variant(raw_path: str, headers: Mapping[str, str]) -> str:
    """What besides the body and the caller's scope names a different request, so a
    different cache entry: the `keyed_query` and the `VARIANT_HEADERS`. Empty for a request
    with neither (its keys are those of a proxy that looked at neither)."""
    organization, project = VARIANT_HEADERS
    return variant_of(keyed_query(raw_path), headers.get(organization), headers.get(project))


def variant_of(query: str, organization: str | None, project: str | None) -> str:
    if not (organization or project):
        return query
    return f"{query}\n{organization or ''}\n{project or ''}"


def keyed_query(raw_path: str) -> str:
    """The part of the query string that names a different request (e.g. an Azure-style
    `?api-version=`): the query as sent, minus its credential parameters (the caller's
    team is in the key already; a key must not change with where its credential is)."""
    if "?" not in raw_path:
        return ""
    return _without_credentials(split_raw(raw_path)[1])


def _without_credentials(query: str) -> str:
    # split where `proxy.tenancy` does (`&` and `;`), every other byte kept as sent: a
    # server that does not split at `;` reads `filter=a;b` as one value
    parts = _SEPARATORS.split(query)
    kept = ""
    for sep, part in zip(("", *parts[1::2]), parts[0::2], strict=True):
        if param_name(part.partition("=")[0]) not in CREDENTIAL_PARAMS:
            kept += sep + part if kept else part
    return kept


def has_dot_segment(raw_path: str) -> bool:
    """Whether the path has a `.` or `..` segment, percent-encoded or not: one that could
    resolve outside `/v1` on the upstream is refused, never normalised away."""
    return any(segment in (".", "..") for segment in unquote(raw_path).split("/"))


# the drop sets of `request_headers` and `response_headers` (a request's own `Connection`
# list, when it has one, is added to them per request)
_REQUEST_DECODED_DROP = _REQUEST_DROP | {"accept-encoding"}
_RESPONSE_DECODED_DROP = _DECODED_DROP | _OWN


def _drop(base: frozenset[str], headers: CIMultiDictProxy[str]) -> frozenset[str]:
    """`base`, plus the headers the message's `Connection` headers list (hop-by-hop too),
    but the `VARIANT_HEADERS`: the cache key is made with them, so they go upstream as
    keyed (a caller listing `OpenAI-Project` there would have its answer, got without the
    project, stored as the project's)."""
    if "Connection" not in headers:  # (case-insensitive: any spelling of the name)
        return base
    listed = {t.strip().lower() for v in headers.getall("Connection") for t in v.split(",")}
    return base | (listed - _KEYED)


def request_headers(
    headers: CIMultiDictProxy[str], *, decoded: bool, authorization: str | None = None
) -> CIMultiDict[str]:
    """Headers to send upstream. `decoded`: we will read the body ourselves, so let the
    client session negotiate (and undo) the content coding instead of the caller.
    `authorization`: the team's own upstream credential, sent instead of the caller's."""
    drop = _drop(_REQUEST_DECODED_DROP if decoded else _REQUEST_DROP, headers)
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in headers.items():
        lower = name.lower()
        if lower in drop or lower.startswith("x-llmstash-"):
            continue
        if authorization is not None and lower.replace("_", "-") in _CREDENTIALS:
            continue
        out.add(name, value if value.isascii() else _sendable(value))
    if authorization is not None:
        out["Authorization"] = authorization
    return out


def _sendable(value: str) -> str:
    """A header value as the client session can write it: a byte that was not UTF-8 (here a
    surrogate, `surrogateescape`) as U+FFFD. aiohttp's writer cannot send the byte itself:
    its C writer drops it (`caf\xe9` would reach the upstream as `caf`), its Python one
    raises."""
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def response_headers(headers: CIMultiDictProxy[str], *, decoded: bool) -> CIMultiDict[str]:
    """Upstream response headers to return to the client. `decoded`: the body was
    decompressed (and may be rewritten), so length and coding no longer apply."""
    drop = _drop(_RESPONSE_DECODED_DROP if decoded else HOP_BY_HOP, headers)
    out: CIMultiDict[str] = CIMultiDict()
    for name, value in headers.items():
        if name.lower() not in drop:
            out.add(name, value)
    return out


def egress_proxy(url: str) -> tuple[URL | None, aiohttp.BasicAuth | None]:
    """The forward proxy the environment names for the upstream (`HTTP_PROXY`/`HTTPS_PROXY`,
    unless `NO_PROXY` lists its host), by aiohttp's own rules, resolved once: there is one
    upstream. Not the session's `trust_env`, which also applies `~/.netrc` credentials of
    the upstream's host (every request with an Authorization header then fails, and the
    others would go out with the operator's credentials) and looks both up per request."""
    try:
        return get_env_proxy_for_url(URL(url))
    except LookupError:
        return None, None


_URLS = 64  # URLs `Upstream.url` keeps


class Drains:
    """The streams being read to their end although every client left (`ChatCall`), each
    holding one upstream connection. At most `limit` at once: beyond it, a stream that is
    abandoned is cut at once (nothing is stored, as of any incomplete stream).

    The rule cuts the newest, not the oldest: a drain under way has more of its tokens
    paid and is nearer its end (closer to an answer worth storing) than one that just
    began, and refusing needs no reach into another task. Either way the live requests keep
    the rest of the pool: abandoned streams can never starve them, whatever their length
    (the failure this bounds: clients that leave every stream after its first chunk)."""

    __slots__ = ("count", "cut", "limit")

    def __init__(self, limit: int | None) -> None:
        self.limit = limit  # None: no bound (an unbounded pool)
        self.count = 0
        self.cut = 0  # abandoned streams cut because the limit was reached

    def start(self) -> bool:
        """Whether one more abandoned stream may go on being read (then `stop()` it)."""
        if self.limit is not None and self.count >= self.limit:
            self.cut += 1
            return False
        self.count += 1
        return True

    def stop(self) -> None:
        self.count -= 1


class Upstream:
    """Talks to the upstream through one pooled `ClientSession` (opened by the app).

    The pool's bound (`max_connections`) is a semaphore here, not the connector's `limit`:
    aiohttp counts the wait for a free connection in its `connect` timeout, so a full pool
    (long streams) looked like an unreachable upstream (504 `upstream timed out`) after
    `connect_timeout`. Here a request waits at most `pool_timeout` for a connection and then
    gets its own retryable 503 (`UpstreamBusy`, counted in `busy`); `connect_timeout` bounds
    only the making of a connection (DNS, TCP, TLS).

    A request whose body is the client's, sent upstream as it comes (passthrough: files,
    audio, any other /v1/* body), holds its connection as long as the client takes to send
    it: up to hours at `server.body_min_rate` for a real 512 MB file, and nothing bounds its
    size. Such uploads take their connection from `uploads` too, a share of the pool
    (`passthrough_share`), so that slow ones, however many, leave the rest to the cached
    routes' misses (before: ~512 slow uploads made every miss a 503). Bounding their number
    rather than their time or size keeps large slow uploads working; one beyond the share
    waits `pool_timeout` for a place like any request, then gets the same retryable 503
    (counted in `uploads_busy`)."""

    def __init__(self, session: aiohttp.ClientSession, settings: UpstreamSettings) -> None:
        self.session = session
        self.settings = settings
        limit = settings.max_connections
        self.slots = asyncio.Semaphore(limit) if limit else None
        self.drains = Drains(int(limit * settings.drain_share) if limit else None)
        self.uploads = (
            asyncio.Semaphore(max(1, int(limit * settings.passthrough_share))) if limit else None
        )
        self.busy = 0  # requests refused after pool_timeout without a free connection
        self.uploads_busy = 0  # uploads refused after pool_timeout: their share was in use
        self.base = settings.url.rstrip("/")
        self._urls: dict[str, URL] = {}  # `url` without a query, by subpath
        self.proxy, auth = egress_proxy(settings.url)
        # its credentials as a header (aiohttp's proxy_auth is deprecated)
        self.proxy_headers = {"Proxy-Authorization": auth.encode()} if auth is not None else None

    @staticmethod
    def open_session(settings: UpstreamSettings) -> aiohttp.ClientSession:
        # no limit of aiohttp's own: `Upstream.slots` bounds the connections in use (an idle
        # one goes back to the pool before its slot is freed), so `connect` never includes
        # a wait for a free connection; `sock_connect` bounds each socket of it too
        connector = aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, enable_cleanup_closed=True)
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=settings.connect_timeout,
            sock_connect=settings.connect_timeout,
            sock_read=settings.read_timeout,
        )
        return aiohttp.ClientSession(
            connector=connector,
            timeout=timeout,
            auto_decompress=False,
            skip_auto_headers=("User-Agent",),
            cookie_jar=aiohttp.DummyCookieJar(),
        )

    def url(self, subpath: str, query: str = "") -> URL:
        """`subpath` is what follows `/v1` in the client's path; both it and `query` are
        sent as they are (already percent-encoded, never normalised)."""
        if query:
            return URL(f"{self.base}{subpath}?{query}", encoded=True)
        url = self._urls.get(subpath)  # (a URL is immutable: one per route, parsed once)
        if url is None:
            url = URL(f"{self.base}{subpath}", encoded=True)
            if len(self._urls) < _URLS:  # passthrough paths are the clients' to choose
                self._urls[subpath] = url
        return url

    def request(
        self,
        method: str,
        url: str | URL,
        headers: Mapping[str, str],
        data: Any = None,
        *,
        decompress: bool = False,
        upload: bool = False,
    ) -> Exchange:
        """Open an upstream response (`async with upstream.request(...) as response`);
        connection failures become 502/504 errors, no free connection within
        `pool_timeout` a 503. `upload`: `data` is the client's body, sent as it comes (its
        connection is one of the uploads' share)."""
        return Exchange(self, method, url, headers, data, decompress, upload)

    async def _take(
        self, slots: asyncio.Semaphore, until: float | None, *, share: bool
    ) -> float | None:
        """Take one of `slots`: at once when one is free (no timer), else waiting at most
        until `until` (loop time; None: `pool_timeout` from now), then `UpstreamBusy`.
        `share`: `slots` are the uploads' share, not the pool. -> the wait's end."""
        if not slots.locked():
            await slots.acquire()  # free: returns at once
            return until
        if until is None:
            until = asyncio.get_running_loop().time() + self.settings.pool_timeout
        try:
            async with asyncio.timeout_at(until):
                await slots.acquire()
        except TimeoutError:
            settings = self.settings
            if share:
                self.uploads_busy += 1
                raise UpstreamBusy(
                    "All of the proxy's upstream connections for passed-through request "
                    f"bodies are in use (upstream.passthrough_share: {settings.passthrough_share:g}"
                    f" of max_connections: {settings.max_connections}); retry shortly."
                ) from None
            self.busy += 1
            raise UpstreamBusy(
                "All of the proxy's connections to the upstream are in use "
                f"(upstream.max_connections: {settings.max_connections}); retry shortly."
            ) from None
        return until


class Exchange:
    """One upstream request, as `Upstream.request` opens it: an async context manager (a
    class rather than an `asynccontextmanager`, whose generator every upstream call paid
    for) that takes a place in the pool, opens the response and, on leaving, gives both
    back (the connection to the pool before the place), with the failures of either
    translated into the proxy's errors."""

    __slots__ = (
        "_context",
        "_data",
        "_decompress",
        "_headers",
        "_method",
        "_slots",
        "_upload",
        "_uploads",
        "_upstream",
        "_url",
    )

    def __init__(
        self,
        upstream: Upstream,
        method: str,
        url: str | URL,
        headers: Mapping[str, str],
        data: Any,
        decompress: bool,
        upload: bool,
    ) -> None:
        self._upstream = upstream
        self._method = method
        self._url = url
        self._headers = headers
        self._data = data
        self._decompress = decompress
        self._upload = upload
        self._slots: asyncio.Semaphore | None = None  # taken (given back on leaving)
        self._uploads: asyncio.Semaphore | None = None
        self._context: Any = None

    async def __aenter__(self) -> aiohttp.ClientResponse:
        upstream = self._upstream
        slots = upstream.slots
        uploads = upstream.uploads if self._upload else None
        until = None  # when waiting for a place ends (pool_timeout after the first wait)
        if uploads is not None:
            until = await upstream._take(uploads, until, share=True)
        try:
            if slots is not None:
                await upstream._take(slots, until, share=False)
        except BaseException:  # (a 503, or the request cancelled as its client left)
            if uploads is not None:
                uploads.release()
            raise
        self._slots, self._uploads = slots, uploads
        try:
            context = upstream.session.request(
                self._method,
                self._url,
                headers=self._headers,
                data=self._data,
                allow_redirects=False,
                auto_decompress=self._decompress,
                proxy=upstream.proxy,
                proxy_headers=upstream.proxy_headers,
            )
            response = await context.__aenter__()
        except BaseException as exc:
            self._release()
            _raise_translated(exc)
            raise
        self._context = context
        return response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self._context.__aexit__(exc_type, exc, tb)
        except BaseException as raised:
            _raise_translated(raised)
            raise
        finally:
            self._release()  # (the connection went back to the pool on leaving)
        if exc is not None:
            _raise_translated(exc)  # else it goes on as it is

    def _release(self) -> None:
        if self._slots is not None:
            self._slots.release()
            self._slots = None
        if self._uploads is not None:
            self._uploads.release()
            self._uploads = None


def _raise_translated(exc: BaseException) -> None:
    """Raise the proxy's error for a failure of the upstream call (from it); return when
    `exc` is none of those (the caller lets it go on)."""
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # its repr carries Proxy-Authorization
        raise UpstreamUnreachable(
            f"the egress proxy refused the connection: {exc.status} {exc.message}"
        ) from exc
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        # (aiohttp names the URL, query and all, on a connect timeout)
        said = masked_url(str(exc)) or "no answer in time"
        raise UpstreamTimeout(f"upstream timed out: {said}") from exc
    if isinstance(exc, aiohttp.ClientConnectorError):
        raise UpstreamUnreachable(f"upstream unreachable: {masked_url(str(exc))}") from exc
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        raise UpstreamUnreachable(f"upstream closed the connection: {exc}") from exc
