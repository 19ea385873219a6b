"""The byte layout of stored entries. Values are what the client will get, prefixed by a
few bytes of metadata, so a hit needs no JSON re-encoding."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any, NamedTuple

_CHAT = struct.Struct("<BdII")  # format version, stored at (unix s), prompt/completion tokens
_CHAT_V1 = 1
_EMBEDDING = struct.Struct("<BId")  # format version, token count of the item, stored at
_EMBEDDING_V1 = 1
# then the model the upstream named in its answer (one byte of length, its UTF-8), then the
# vector: an answer from cache names the model an answer from the upstream does (Azure names
# the model, not the deployment asked for; gateways resolve aliases)
_EMBEDDING_V2 = 2


class ChatEntry(NamedTuple):
    """(Immutable; a tuple, made on every hit: a frozen dataclass took four times as long.)"""

    stored_at: float
    prompt_tokens: int  # the completion's own usage: what a hit saves
    completion_tokens: int
    completion: bytes  # the JSON a non-streaming client gets, byte for byte


def chat_entry_size(completion: bytes) -> int:
    """The bytes `pack_chat` makes of `completion`."""
    return _CHAT.size + len(completion)


def pack_chat(stored_at: float, completion: bytes, usage: Any) -> bytes:
    prompt, completion_tokens = tokens_of(usage)
    return _CHAT.pack(_CHAT_V1, stored_at, prompt, completion_tokens) + completion


def unpack_chat(raw: bytes) -> ChatEntry | None:
    """The entry, or None for a value this version cannot read."""
    if len(raw) <= _CHAT.size or raw[0] != _CHAT_V1:
        return None
    _, stored_at, prompt, completion_tokens = _CHAT.unpack_from(raw)
    return ChatEntry(stored_at, prompt, completion_tokens, raw[_CHAT.size :])


def tokens_of(usage: Any) -> tuple[int, int]:
    """(prompt, completion) tokens of a completion's `usage` (0 where absent or odd)."""
    if not isinstance(usage, dict):
        return 0, 0
    prompt, completion = usage.get("prompt_tokens"), usage.get("completion_tokens")
    return (
        prompt if isinstance(prompt, int) and prompt >= 0 else 0,
        completion if isinstance(completion, int) and completion >= 0 else 0,
    )


def pack_embedding(tokens: int, stored_at: float, vector: bytes, model: str = "") -> bytes:
    """`vector`: little-endian float32 bytes exactly as the upstream produced them; `model`:
    the model its answer named (none, or one over 255 bytes: not kept)."""
    name = model.encode()
    if not name or len(name) > 255:
        return _EMBEDDING.pack(_EMBEDDING_V1, tokens, stored_at) + vector
    return _EMBEDDING.pack(_EMBEDDING_V2, tokens, stored_at) + bytes((len(name),)) + name + vector


def _vector_at(raw: bytes | memoryview) -> int:
    """Where the vector of a packed embedding starts; -1 for a value this version cannot
    read (another format, or too short)."""
    size = _EMBEDDING.size
    if len(raw) < size:
        return -1
    if raw[0] == _EMBEDDING_V1:
        return size
    if raw[0] == _EMBEDDING_V2 and len(raw) > size:
        start = size + 1 + raw[size]
        return start if start <= len(raw) else -1
    return -1


def embedding_model(raw: bytes) -> str | None:
    """The model the upstream named for a packed embedding, when it was kept."""
    start = _vector_at(raw)
    if start < 0 or raw[0] != _EMBEDDING_V2:
        return None
    size = _EMBEDDING.size
    return raw[size + 1 : start].decode(errors="replace")


def unpack_embedding(raw: bytes) -> tuple[int, float, bytes] | None:
    """(tokens, stored_at, vector bytes), or None for a value this version cannot read."""
    start = _vector_at(raw)
    if start < 0:
        return None
    _, tokens, stored_at = _EMBEDDING.unpack_from(raw)
    return tokens, stored_at, raw[start:]


def unpack_embeddings(
    values: Sequence[bytes | None],
) -> list[tuple[int, float, memoryview] | None]:
    """`unpack_embedding` of each value (None stays None), the vectors as views of the
    values: megabytes of cached vectors are not copied to be answered."""
    unpack = _EMBEDDING.unpack_from
    out: list[tuple[int, float, memoryview] | None] = []
    for raw in values:
        start = -1 if raw is None else _vector_at(raw)
        if start < 0:
            out.append(None)
            continue
        assert raw is not None
        _, tokens, stored_at = unpack(raw)
        out.append((tokens, stored_at, memoryview(raw)[start:]))
    return out
