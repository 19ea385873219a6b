"""One upstream chat completion call, run for a `Flight`: relays SSE events to every
subscriber as they arrive, assembles the completion and stores it once complete."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson
from yarl import URL

from policies.cacheability import finished
from proxy.entries import chat_entry_size, pack_chat
from proxy.errors import ProxyError, UpstreamBroken, described
from proxy.flights import Flight, Head, Outcome
from proxy.sse import DONE, ChunkAssembler, SSEDecoder, is_usage_only
from proxy.store import keeps
from proxy.store.base import Store
from proxy.upstream import Upstream, response_headers

log = logging.getLogger("llmstash.chat")


class ChatCall:
    def __init__(
        self,
        upstream: Upstream,
        store: Store,
        flight: Flight,
        *,
        key: str,
        ttl: float,
        write: bool,
        on_stored: Callable[[float, dict[str, Any]], Awaitable[None]] | None = None,
    ) -> None:
        self.upstream = upstream
        self.store = store
        self.flight = flight
        self.key = key
        self.ttl = ttl
        self.write = write and ttl > 0  # a TTL of 0 stores nothing
        self.on_stored = on_stored  # e.g. index the prompt for semantic lookups

    async def run(self, url: URL, headers: dict[str, str], payload: bytes, stream: bool) -> None:
        flight = self.flight
        try:
            async with self.upstream.request(
                "POST", url, headers, payload, decompress=True
            ) as response:
                head_headers = response_headers(response.headers, decoded=True)
                content_type = response.headers.get("Content-Type", "application/json")
                if stream and response.status == 200 and "event-stream" in content_type:
                    await self._relay_stream(response, Head(200, head_headers, True, content_type))
                else:
                    body = await response.read()
                    head = Head(response.status, head_headers, False, content_type)
                    await self._whole(head, body)
        except ProxyError as exc:
            flight.fail(exc)
        except (aiohttp.ClientError, ValueError) as exc:
            flight.fail(UpstreamBroken(f"upstream answer could not be read: {described(exc)}"))
        except Exception as exc:  # a bug must fail this request, never the proxy
            log.exception("chat call failed")
            flight.fail(ProxyError(f"internal error: {type(exc).__name__}"))
        finally:
            if not flight.outcome.done():
                flight.fail(UpstreamBroken("upstream stream ended before [DONE]"))
            flight.settle()
            flight.close()

    async def _whole(self, head: Head, body: bytes) -> None:
        parsed = _completion(body) if head.status == 200 else None
        completion = body if parsed is not None else None
        stored = parsed is not None and self._stores(body, parsed)
        self.flight.finish(Outcome(head, body, completion, stored))
        if stored and parsed is not None:
            await self._store(body, parsed)

    async def _relay_stream(self, response: aiohttp.ClientResponse, head: Head) -> None:
        flight = self.flight
        flight.set_head(head)
        decoder = SSEDecoder()
        assembler = ChunkAssembler()
        clean = True  # no error event, every data payload a JSON object
        drain_deadline: float | None = None
        drain_timeout = self.upstream.settings.drain_timeout
        async for data in response.content.iter_any():
            for event in decoder.feed(data):
                usage_only = False
                if event.data is not None and not flight.complete:
                    if event.data == DONE:
                        flight.complete = True
                    else:
                        try:
                            chunk = orjson.loads(event.data)
                        except orjson.JSONDecodeError:
                            chunk = None
                        if not isinstance(chunk, dict) or "error" in chunk:
                            clean = False
                        else:
                            assembler.add(chunk)
                            usage_only = is_usage_only(chunk)
                flight.publish(event.raw, usage_only)
            if flight.complete and not flight.outcome.done():
                completion = assembler.completion()
                body = orjson.dumps(completion)
                stored = clean and self._stores(body, completion)
                flight.finish(Outcome(head, body, body if clean else None, stored))
                if stored:
                    await self._store(body, completion)
            if flight.subscribers == 0 and not flight.complete:
                # every client left: finish reading (the tokens are paid for), but bounded
                now = time.monotonic()
                drain_deadline = drain_deadline or now + drain_timeout
                if now > drain_deadline:
                    log.warning("gave up draining an abandoned stream after %.0fs", drain_timeout)
                    return
        flight.ended = True  # e.g. an error event, then a clean end: relayed as such

    def _stores(self, body: bytes, completion: dict[str, Any]) -> bool:
        """Whether this complete answer is to be stored (and said to be): writes wanted,
        a finished completion, a store that would keep it now."""
        return (
            self.write
            and finished(completion)
            and keeps(self.store, self.key, chat_entry_size(body))
        )

    async def _store(self, body: bytes, completion: dict[str, Any]) -> None:
        await asyncio.sleep(0)  # let the waiting clients write their answer first
        stored_at = time.time()
        await self.store.set(
            self.key, pack_chat(stored_at, body, completion.get("usage")), self.ttl
        )
        if self.on_stored is not None:
            await self.on_stored(stored_at, completion)


def _completion(body: bytes) -> dict[str, Any] | None:
    try:
        parsed = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if isinstance(parsed, dict) and isinstance(parsed.get("choices"), list):
        return parsed
    return None
