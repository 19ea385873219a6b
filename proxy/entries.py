"""The byte layout of stored entries. Values are what the client will get, prefixed by a
few bytes of metadata, so a hit needs no JSON re-encoding."""

from __future__ import annotations

import struct

_CHAT = struct.Struct("<Bd")  # format version, stored at (unix seconds)
_CHAT_V1 = 1
_EMBEDDING = struct.Struct("<BId")  # format version, token count of the item, stored at
_EMBEDDING_V1 = 1


def pack_chat(stored_at: float, completion: bytes) -> bytes:
    return _CHAT.pack(_CHAT_V1, stored_at) + completion


def unpack_chat(raw: bytes) -> tuple[float, bytes] | None:
    """(stored_at, completion JSON), or None for a value this version cannot read."""
    if len(raw) <= _CHAT.size or raw[0] != _CHAT_V1:
        return None
    return _CHAT.unpack_from(raw)[1], raw[_CHAT.size :]


def pack_embedding(tokens: int, stored_at: float, vector: bytes) -> bytes:
    """`vector`: little-endian float32 bytes exactly as the upstream produced them."""
    return _EMBEDDING.pack(_EMBEDDING_V1, tokens, stored_at) + vector


def unpack_embedding(raw: bytes) -> tuple[int, float, bytes] | None:
    """(tokens, stored_at, vector bytes), or None for a value this version cannot read."""
    if len(raw) < _EMBEDDING.size or raw[0] != _EMBEDDING_V1:
        return None
    _, tokens, stored_at = _EMBEDDING.unpack_from(raw)
    return tokens, stored_at, raw[_EMBEDDING.size :]
