"""Server-sent events for chat completions: parse, assemble, replay. Pure, no I/O.

- `SSEDecoder` splits an upstream byte stream into `Event`s, keeping each event's exact
  bytes so the proxy can forward them untouched while it reads their `data`.
- `ChunkAssembler` merges parsed `chat.completion.chunk` objects into the equivalent
  `chat.completion`. The merge is generic (strings concatenate, indexed lists merge by
  `index`, other lists extend, dicts merge, null never overwrites) so fields this module has
  never heard of survive.
- `completion_to_events` replays a stored `chat.completion` as SSE chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = [
    "DONE",
    "ChunkAssembler",
    "Event",
    "SSEDecoder",
    "completion_to_events",
    "is_usage_only",
    "without_null_usage",
]

DONE = b"[DONE]"

_LF = 0x0A
_CR = 0x0D


@dataclass(slots=True)
class Event:
    """One SSE event block: `raw` is its exact bytes (terminating blank line included),
    `data` its `data:` lines joined by LF, or None when it has none (comments, keep-alives)."""

    raw: bytes
    data: bytes | None


class SSEDecoder:
    """Incremental SSE parser (WHATWG line rules: LF, CRLF or lone CR end a line).

    The concatenation of every returned `Event.raw` (from `feed` then `flush`) equals the
    input. Each byte is searched once, so feeding is linear in the stream length however the
    input is split.
    """

    __slots__ = ("_buf", "_data", "_pos", "_scan")

    def __init__(self) -> None:
        self._buf = bytearray()  # bytes of the event being read; it starts at offset 0
        self._pos = 0  # start of the first line not yet parsed
        self._scan = 0  # no line break in buf[_pos:_scan]
        self._data: list[bytes] = []  # data lines of the event being read

    def feed(self, chunk: bytes) -> list[Event]:
        if not self._buf and chunk.endswith(b"\n\n") and b"\r" not in chunk:
            # (nothing pending) the usual read: whole events of one `data:` line each
            whole = _data_events(chunk)
            if whole is not None:
                return whole
        buf = self._buf
        buf += chunk
        size = len(buf)
        pos, scan, data = self._pos, self._scan, self._data
        start = 0
        events: list[Event] = []
        lf = -2  # next LF at or after scan; -1: none before size; -2: not searched yet
        while True:
            if lf < scan and lf != -1:
                lf = buf.find(b"\n", scan)
            cr = buf.find(b"\r", scan, size if lf < 0 else lf)
            if cr >= 0:
                if cr + 1 == size:  # a CR at the end may be half of a CRLF: wait
                    scan = cr
                    break
                end, nxt = cr, cr + 2 if buf[cr + 1] == _LF else cr + 1
            elif lf >= 0:
                end, nxt = lf, lf + 1
            else:
                scan = size
                break
            if end == pos:
                events.append(Event(bytes(buf[start:nxt]), _join(data)))
                data = []
                start = nxt
            else:
                _parse_line(buf, pos, end, data)
            pos = scan = nxt
        if start:
            del buf[:start]
        self._pos, self._scan, self._data = pos - start, scan - start, data
        return events

    def flush(self) -> list[Event]:
        """End of input: the unterminated event, if any (the caller must treat the stream
        as incomplete)."""
        buf, pos = self._buf, self._pos
        if not buf:
            return []
        end = len(buf) - 1 if buf[-1] == _CR else len(buf)
        if end > pos:
            _parse_line(buf, pos, end, self._data)
        event = Event(bytes(buf), _join(self._data))
        self._buf, self._pos, self._scan, self._data = bytearray(), 0, 0, []
        return [event]


def _data_events(chunk: bytes) -> list[Event] | None:
    """The events of `chunk` when it is whole events of one `data:` line each, LF-ended
    (what upstreams send), as `SSEDecoder.feed` would read them; else None."""
    parts = chunk.split(b"\n\n")
    if parts.pop():  # it ends with LF LF, but not on a boundary (e.g. three LFs)
        return None
    events = []
    for part in parts:
        if not part.startswith(b"data:") or b"\n" in part:
            return None  # a blank line alone, a comment, another field, several lines
        events.append(Event(part + b"\n\n", part[6:] if part[5:6] == b" " else part[5:]))
    return events


def _parse_line(buf: bytearray, pos: int, end: int, data: list[bytes]) -> None:
    """Collect the value of a non-empty line `buf[pos:end]` if it is a `data` field."""
    if buf.startswith(b"data:", pos):
        pos += 5
        if pos < end and buf[pos] == 0x20:
            pos += 1
        data.append(bytes(buf[pos:end]))
    elif end - pos == 4 and buf.startswith(b"data", pos):
        data.append(b"")  # a field name alone has an empty value


def _join(data: list[bytes]) -> bytes | None:
    if not data:
        return None
    return data[0] if len(data) == 1 else b"\n".join(data)


# --- chunks -> completion -------------------------------------------------------------------

# String keys that name rather than stream: repeated, they replace instead of concatenating.
_IDENTITY = frozenset(
    {
        "role",
        "id",
        "type",
        "name",
        "object",
        "model",
        "finish_reason",
        "system_fingerprint",
        "service_tier",
        "index",
    }
)


class _Text:
    """A string being streamed; joined once at the end (no quadratic `+=`)."""

    __slots__ = ("parts",)

    def __init__(self, first: str) -> None:
        self.parts = [first]


class _Indexed:
    """A list streamed item by item, each item a dict addressed by its `index`."""

    __slots__ = ("items", "tail")

    def __init__(self) -> None:
        self.items: dict[int, dict[str, Any]] = {}
        self.tail: list[Any] = []  # items without an integer index, in arrival order

    def merge(self, values: list[Any]) -> None:
        for item in values:
            idx = item.get("index") if isinstance(item, dict) else None
            if type(idx) is not int:
                self.tail.append(item)
            elif (cur := self.items.get(idx)) is None:
                self.items[idx] = _fresh_dict(item)
            else:
                _merge(cur, item)


def _is_indexed(values: list[Any]) -> bool:
    return bool(values) and isinstance(values[0], dict) and "index" in values[0]


def _fresh(key: str, value: Any) -> Any:
    """The accumulator node for a value seen for the first time under `key`."""
    if key in _IDENTITY:
        return value
    if type(value) is str:
        return _Text(value)
    if type(value) is dict:
        return _fresh_dict(value)
    if type(value) is list:
        if _is_indexed(value):
            indexed = _Indexed()
            indexed.merge(value)
            return indexed
        return list(value)
    return value


def _fresh_dict(value: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {}
    _merge(node, value)
    return node


def _merge(acc: dict[str, Any], delta: dict[str, Any]) -> None:
    for key, value in delta.items():
        _merge_key(acc, key, value)


def _merge_key(acc: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        if key not in acc:
            acc[key] = None  # remember that the field was sent
        return
    cur = acc.get(key)
    if cur is None:
        acc[key] = _fresh(key, value)
    elif key in _IDENTITY:
        if value != "" or not cur:
            acc[key] = value
    elif type(value) is str and type(cur) is _Text:
        cur.parts.append(value)
    elif type(value) is dict and type(cur) is dict:
        _merge(cur, value)
    elif type(value) is list and type(cur) is _Indexed:
        cur.merge(value)
    elif type(value) is list and type(cur) is list and (cur or not _is_indexed(value)):
        cur.extend(value)
    else:  # a scalar, or the type changed: last value wins
        acc[key] = _fresh(key, value)


def _build(node: Any) -> Any:
    """Plain JSON from an accumulator node."""
    if type(node) is _Text:
        if len(node.parts) > 1:
            node.parts = ["".join(node.parts)]
        return node.parts[0]
    if type(node) is dict:
        return {key: _build(value) for key, value in node.items()}
    if type(node) is _Indexed:
        return [_build(node.items[idx]) for idx in sorted(node.items)] + node.tail
    if type(node) is list:
        return list(node)
    return node


class _Choice:
    __slots__ = ("fields", "message")

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}  # choice-level keys: last non-null wins
        self.message: dict[str, Any] = {}  # the merged deltas


class ChunkAssembler:
    """Folds the `chat.completion.chunk`s of one stream into a `chat.completion`.

    Top-level and choice-level fields (id, model, usage, finish_reason, vendor extras) are
    last non-null wins, an empty string never erasing a value (Azure blanks id and model in
    its first chunk), except that a choice-level dict is updated key by key (Azure's
    per-chunk `content_filter_results`, `{}` on its finish chunk); `logprobs` and each
    `delta` merge generically into the choice's `logprobs` and `message`.
    """

    __slots__ = ("_choices", "_top")

    def __init__(self) -> None:
        self._top: dict[str, Any] = {}
        self._choices: dict[int, _Choice] = {}

    def add(self, chunk: dict[str, Any]) -> None:
        top = self._top
        for key, value in chunk.items():
            if key == "choices":
                top.setdefault("choices", None)  # keep its place in the key order
                for choice in value or ():
                    self._add_choice(choice)
            elif value is None:
                top.setdefault(key, None)
            elif key != "obfuscation" and (value != "" or not top.get(key)):
                top[key] = value

    def _add_choice(self, choice: dict[str, Any]) -> None:
        idx = choice.get("index")
        if type(idx) is not int:
            idx = 0
        acc = self._choices.get(idx)
        if acc is None:
            acc = self._choices[idx] = _Choice()
        fields = acc.fields
        for key, value in choice.items():
            if key == "delta":
                if value:
                    _merge(acc.message, value)
            elif key == "logprobs":
                _merge_key(fields, key, value)
            elif value is None:
                fields.setdefault(key, None)
            elif type(value) is dict and type(cur := fields.get(key)) is dict:
                fields[key] = _overlaid(cur, value)
            elif value != "" or not fields.get(key):
                fields[key] = value

    def completion(self) -> dict[str, Any]:
        """The completion so far (meaningful once the stream has ended); may be called again."""
        out: dict[str, Any] = {}
        if "id" in self._top:
            out["id"] = self._top["id"]
        out["object"] = "chat.completion"
        for key, value in self._top.items():
            if key == "choices":
                out[key] = [self._choice(i) for i in sorted(self._choices)]
            elif key not in out:
                out[key] = value
        if "choices" not in out:
            out["choices"] = [self._choice(i) for i in sorted(self._choices)]
        return out

    def _choice(self, idx: int) -> dict[str, Any]:
        acc = self._choices[idx]
        message = _build(acc.message)
        message = {
            "role": message.pop("role", None) or "assistant",
            "content": message.pop("content", None),
            **message,
        }
        tool_calls = message.get("tool_calls")
        if isinstance(tool_calls, list):
            message["tool_calls"] = [_without_index(call) for call in tool_calls]
        if "refusal" in message:
            # OpenAI's streams carry `refusal` but no `annotations` unless there are some;
            # its non-streamed message always has the list: one stored from a stream must
            # look like what a non-streaming client gets from it directly
            message.setdefault("annotations", [])
        out: dict[str, Any] = {"index": idx, "message": message}
        for key, value in acc.fields.items():
            if key not in out:
                out[key] = _build(value)
        out.setdefault("finish_reason", None)
        return out


def _overlaid(cur: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """`cur` updated key by key with `new`, nested dicts alike, null never overwriting: a
    choice-level dict sent again per chunk is each chunk's own part (Azure's
    `content_filter_results`, whose finish chunk's `{}` must not erase the categories the
    content chunks carried). Unlike a delta's fields, strings replace (a severity is no
    text being streamed)."""
    out = dict(cur)
    for key, value in new.items():
        old = out.get(key)
        if type(value) is dict and type(old) is dict:
            out[key] = _overlaid(old, value)
        elif value is not None or key not in out:
            out[key] = value
    return out


def _without_index(item: Any) -> Any:
    if isinstance(item, dict) and "index" in item:
        return {key: value for key, value in item.items() if key != "index"}
    return item


def is_usage_only(chunk: dict[str, Any]) -> bool:
    """The `stream_options.include_usage` trailer: no choices, a usage."""
    return not chunk.get("choices") and chunk.get("usage") is not None


_NULL_USAGE = re.compile(rb',\s*"usage"\s*:\s*null(?=\s*[,}])|"usage"\s*:\s*null\s*,\s*')


def without_null_usage(raw: bytes) -> bytes:
    """An event without the `"usage": null` that the upstream adds to every chunk once
    usage is asked for: for clients that did not ask (the proxy always asks, to store it).
    A literal `"usage"` key can only be a key (quotes inside strings are escaped); the
    usage-only trailer itself is dropped elsewhere."""
    if b'"usage"' not in raw:
        return raw
    return _NULL_USAGE.sub(b"", raw)


# --- completion -> chunks -------------------------------------------------------------------


def completion_to_events(completion: dict[str, Any], *, include_usage: bool) -> list[bytes]:
    """Replay a stored `chat.completion` as complete SSE events, ending with `[DONE]`.

    Per choice, as upstreams stream it: a role-only chunk, then one carrying the rest of the
    message (every field kept but empty lists, `tool_calls` given their `index`) and the
    logprobs, then one
    with the finish_reason. Logprobs never ride on the role chunk: the openai SDK's stream
    accumulator would count them twice for every choice after the first. With
    `include_usage`, every chunk has `"usage": null` and a usage-only chunk comes last.
    """
    head: dict[str, Any] = {"id": completion.get("id"), "object": "chat.completion.chunk"}
    for key, value in completion.items():
        if key not in ("id", "object", "choices", "usage"):
            head[key] = value

    def event(choices: list[dict[str, Any]], usage: Any = None) -> bytes:
        chunk = {**head, "choices": choices}
        if include_usage:
            chunk["usage"] = usage
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    events: list[bytes] = []
    for choice in completion.get("choices") or ():
        idx = choice.get("index", 0)
        message = choice.get("message") or {}
        delta: dict[str, Any] = {}
        for key, value in message.items():
            if key == "tool_calls" and isinstance(value, list):
                value = [_with_index(i, call) for i, call in enumerate(value)]
            # an empty list (`annotations`, vLLM's `tool_calls`) never comes in a stream:
            # replayed, the SDK's accumulated message would have it where a stream has None
            if key != "role" and value != []:
                delta[key] = value
        role: dict[str, Any] = {"index": idx, "delta": {"role": message.get("role") or "assistant"}}
        body: dict[str, Any] = {"index": idx, "delta": delta}
        last: dict[str, Any] = {"index": idx, "delta": {}}
        if "logprobs" in choice:
            role["logprobs"] = None
            body["logprobs"] = choice["logprobs"]
            last["logprobs"] = None
        role["finish_reason"] = body["finish_reason"] = None
        for key, value in choice.items():
            if key not in ("index", "message", "logprobs"):
                last[key] = value
        last.setdefault("finish_reason", None)
        events += (event([role]), event([body]), event([last]))
    usage = completion.get("usage")
    if include_usage and usage is not None:
        events.append(event([], usage))
    events.append(b"data: " + DONE + b"\n\n")
    return events


def _with_index(idx: int, item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    out = {"index": idx}
    out.update((key, value) for key, value in item.items() if key != "index")
    return out
