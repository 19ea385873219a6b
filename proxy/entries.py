"""The byte layout of stored entries. Values are what the client will get, prefixed by a
few bytes of metadata, so a hit needs no JSON re-encoding."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_CHAT = struct.Struct("<BdII")  # format version, stored at (unix s), prompt/completion tokens
_CHAT_V1 = 1
_EMBEDDING = struct.Struct("<BId")  # format version, token count of the item, stored at
_EMBEDDING_V1 = 1


@dataclass(frozen=True, slots=True)
class ChatEntry:
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


def pack_embedding(tokens: int, stored_at: float, vector: bytes) -> bytes:
    """`vector`: little-endian float32 bytes exactly as the upstream produced them."""
    return _EMBEDDING.pack(_EMBEDDING_V1, tokens, stored_at) + vector


def unpack_embedding(raw: bytes) -> tuple[int, float, bytes] | None:
    """(tokens, stored_at, vector bytes), or None for a value this version cannot read."""
    if len(raw) < _EMBEDDING.size or raw[0] != _EMBEDDING_V1:
        return None
    _, tokens, stored_at = _EMBEDDING.unpack_from(raw)
    return tokens, stored_at, raw[_EMBEDDING.size :]


def unpack_embeddings(
    values: Sequence[bytes | None],
) -> list[tuple[int, float, memoryview] | None]:
    """`unpack_embedding` of each value (None stays None), the vectors as views of the
    values: megabytes of cached vectors are not copied to be answered."""
    unpack, size, version = _EMBEDDING.unpack_from, _EMBEDDING.size, _EMBEDDING_V1
    out: list[tuple[int, float, memoryview] | None] = []
    for raw in values:
        if raw is None or len(raw) < size or raw[0] != version:
            out.append(None)
            continue
        _, tokens, stored_at = unpack(raw)
        out.append((tokens, stored_at, memoryview(raw)[size:]))
    return out
