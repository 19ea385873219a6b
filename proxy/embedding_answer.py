"""An embeddings answer: every vector encoded as the client asked (a large batch on the
event loop in slices: the encoders hold the GIL), and written piece by piece when large,
never joined (2,048 x 1,536 float32 vectors are 17 MB of base64, 39 MB of float JSON)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from aiohttp import payload
from aiohttp.abc import AbstractStreamWriter
from aiohttp.http_writer import StreamWriter

from proxy.embedding_entries import Hit, repeated_tokens
from proxy.embedding_gather import Gathered
from proxy.embedding_lookup import Lookup
from proxy.observe import Observation
from proxy.vector_text import TextId, VectorTexts
from proxy.vectors import Buffer, b64encode, body_parts, float_text

PIECES_BYTES = 64 * 1024  # answers larger than this are written in pieces, never joined
SLICE = 0.0005  # seconds of encoding between two event-loop turns (large batches)
GROUP_PIECES = 512  # pieces of an answer handed to the socket at once (~2-5 MB, one writev)


@dataclass(frozen=True, slots=True)
class Rendered:
    parts: list[Buffer]  # the answer, in pieces
    size: int  # their bytes
    made: list[tuple[int, bytes]]  # (index in `unique`, text) of each float text made here
    served: list[str]  # the keys of the items answered from the store, in input order
    saved: int  # their tokens


async def answer(
    texts: VectorTexts,
    encoding_format: str,
    lookup: Lookup,
    got: Gathered,
    observation: Observation,
    model: str,
    *,
    cooperative: bool,
) -> Rendered:
    """`render` of what the request found and gathered: float texts taken from (and new
    ones kept in) `texts`, the vector texts answered before; what it tells of the cache
    noted in `observation`. `model`: the one asked for."""
    keys, unique, found = lookup.keys, lookup.unique, lookup.found
    own = {k for new in got.news for k in new.keys}
    upstream_tokens = sum(new.upstream_tokens for new in got.news)
    if got.news and len(unique) < len(keys):  # an input sent twice is billed twice
        upstream_tokens += sum(repeated_tokens(keys, new, model) for new in got.news)
    named = got.model or lookup.model
    ids: list[TextId] = []
    known: list[bytes | None] = []
    if encoding_format == "float":
        ids = [(k, found[k][1], "float") for k in unique]
        known = texts.get_many(ids)
    todo = (keys, unique, found, own, got.shared, known, encoding_format, named)
    out = await render(*todo, upstream_tokens, cooperative=cooperative)
    fresh = own | got.shared
    for i, text in out.made:
        texts.put(ids[i], text, cold=unique[i] in fresh)
    observation.items, observation.cached_items = len(keys), len(out.served)
    observation.prompt_tokens_saved = out.saved
    observation.entries = out.served
    return out


async def render(
    keys: list[str],
    unique: list[str],
    found: dict[str, Hit],
    own: set[str],
    shared: set[str],
    known: list[bytes | None],
    encoding_format: str,
    model: str,
    upstream_tokens: int,
    *,
    cooperative: bool,
) -> Rendered:
    """The answer, and what it tells of the cache. `own`: the keys this request had
    embedded (their tokens are in `upstream_tokens`); `shared`: those another request
    embedded meanwhile (billed to it: in the usage, not saved); `known`: the float texts
    cached for `unique` (empty for base64, which is cheaper to encode again than to keep).
    `cooperative`: hand the event loop back every `SLICE` seconds (the encoders hold the
    GIL: in a worker thread they would stall the loop for a whole switch interval, 5 ms,
    at a time)."""
    served = [k for k in keys if k not in own and k not in shared] if own or shared else keys
    saved = sum(found[k][0] for k in served)  # per input, as the upstream bills them
    if shared:
        upstream_tokens += sum(found[k][0] for k in keys if k in shared)
    made: list[tuple[int, bytes]] = []
    text_of: dict[str, Buffer] = {}
    clock = time.perf_counter
    due = clock() + SLICE
    for i, key in enumerate(unique):
        if encoding_format == "base64":
            text_of[key] = b64encode(found[key][2])
        else:
            text = known[i]
            if text is None:
                text = float_text(found[key][2])
                made.append((i, text))
            text_of[key] = text
        if cooperative and clock() > due:
            await asyncio.sleep(0)
            due = clock() + SLICE
    ordered = [text_of[k] for k in keys] if len(unique) < len(keys) else list(text_of.values())
    parts = body_parts(ordered, encoding_format, model, upstream_tokens + saved)
    size = sum(len(p) for p in parts)
    return Rendered(parts, size, made, served, saved)


class Pieces(payload.Payload):
    """A JSON body written piece by piece. Joined, megabytes would be copied twice (the
    join, then aiohttp putting the headers in front) before the socket copies them again;
    written one by one through aiohttp, a few thousand small writes cost more than the
    copies. So the pieces go to the transport in groups, one `writelines` (one writev with
    uvloop, nothing copied) each. `sent` is set once every piece has been handed over."""

    def __init__(self, parts: Sequence[Buffer], size: int, sent: asyncio.Event | None) -> None:
        super().__init__(parts, content_type="application/json")
        self._size = size
        self._sent = sent

    def decode(self, encoding: str = "utf-8", errors: str = "strict") -> str:
        return b"".join(self._value).decode(encoding, errors)

    async def write(self, writer: AbstractStreamWriter) -> None:
        try:
            parts: Sequence[Buffer] = self._value
            await writer.write(parts[0])  # small: goes out with the headers
            if (
                not isinstance(writer, StreamWriter)  # the server's is
                or writer.chunked  # framing and coding are aiohttp's to apply
                or writer._compress is not None
            ):
                for part in parts[1:]:
                    await writer.write(part)
                return
            for i in range(1, len(parts), GROUP_PIECES):
                if i > 1:
                    await asyncio.sleep(0)  # other requests run between groups
                group = parts[i : i + GROUP_PIECES]
                transport = writer.transport
                if transport is None or transport.is_closing():
                    raise ConnectionResetError("Cannot write to closing transport")
                transport.writelines(group)
                writer.output_size += sum(len(part) for part in group)  # as aiohttp counts
            await writer.drain()
        finally:
            if self._sent is not None:
                self._sent.set()

    async def write_with_length(
        self, writer: AbstractStreamWriter, content_length: int | None
    ) -> None:
        if content_length is None or content_length >= (self._size or 0):
            await self.write(writer)
        else:  # pragma: no cover - a server response is never cut short
            await writer.write(b"".join(self._value)[:content_length])
