"""A real local OpenAI-compatible upstream for end-to-end tests.

`FakeUpstream` is an aiohttp server on 127.0.0.1 (like aiohttp's examples/fake_server.py):
chat completions (plain and SSE), embeddings, a model list, and an echo endpoint for every
other `/v1/` path. Answers are deterministic functions of the request plus a per-server
counter `k`, so a test can tell which upstream call produced what the client received.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import re
import secrets
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any, cast

import numpy as np
import orjson
from aiohttp import web
from multidict import CIMultiDict

Item = str | list[int]
JSON = dict[str, Any]
BOW_MODEL = "bow-embed"
MODELS = ("gpt-4o-mini", "gpt-4o", "text-embedding-3-small", BOW_MODEL)
_ERRORS = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests."),
}


@dataclass
class Call:
    """One request the upstream received (recorded before any scripted fault applies)."""

    method: str
    path: str  # e.g. "/v1/chat/completions"
    query: str
    headers: CIMultiDict[str]  # case-insensitive copy
    body: bytes
    json: Any  # the parsed body, or None when it is not JSON (typed Any so tests can index)
    raw_path: str = ""  # path and query as received, still percent-encoded


def error_body(status: int, message: str | None = None) -> JSON:
    """The OpenAI error shape: {"error": {"message", "type", "param", "code"}}."""
    kind, code, default = _ERRORS.get(status, ("server_error", None, "The server had an error."))
    return {"error": {"message": message or default, "type": kind, "param": None, "code": code}}


def expected_vector(model: str, item: Item, dims: int) -> np.ndarray:
    """The float32, L2-normalised vector the fake returns for one embeddings input item.

    Model "bow-embed" is a bag of words (hashing trick over lowercased words), so texts
    with the same words have cosine 1; any other model gives a pseudo-random unit vector.
    """
    if model == BOW_MODEL:
        words = re.findall(r"\w+", item.lower()) if isinstance(item, str) else map(str, item)
        vec = np.zeros(dims)
        for word in words:
            vec[int.from_bytes(hashlib.sha256(word.encode()).digest()[:8], "little") % dims] += 1
        if not vec.any():
            vec[0] = 1.0
    else:
        canon = f"s:{item}" if isinstance(item, str) else "t:" + ",".join(map(str, item))
        seed = hashlib.sha256(f"{model}|{dims}|{canon}".encode()).digest()
        vec = np.random.default_rng(int.from_bytes(seed[:8], "little")).standard_normal(dims)
    return (vec / np.linalg.norm(vec)).astype(np.float32)


# -- chat completion builders (pure) ----------------------------------------------------------


@dataclass
class _Answer:
    content: str | None
    tool_calls: list[JSON] | None
    reasoning: str | None
    vendor: str | None  # the unknown `x_vendor_field` the proxy must keep
    refusal: str | None = None
    finish: str | None = None  # a server's own finish reason (e.g. vLLM's "abort")

    @property
    def finish_reason(self) -> str:
        return self.finish or ("tool_calls" if self.tool_calls else "stop")

    @property
    def words(self) -> int:
        args = " ".join(t["function"]["arguments"] for t in self.tool_calls or [])
        return len((self.content or self.refusal or args).split())


def _text(content: Any) -> str:
    """Text of a message `content`: a string or a list of text parts."""
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return content if isinstance(content, str) else ""


def _pieces(text: str) -> list[str]:
    """Word-sized tokens that concatenate back to `text` (stream deltas, logprobs)."""
    return re.findall(r"\s*\S+\s*", text)


def _logprobs(text: str, top: int) -> list[JSON]:
    out = []
    for pos, tok in enumerate(_pieces(text)):
        alts = [(tok, -0.01 * (pos + 1))]
        alts += [(f"{tok.strip()}~{m}", alts[0][1] - m) for m in range(1, top)]
        entries = [{"token": t, "logprob": v, "bytes": list(t.encode())} for t, v in alts]
        out.append({**entries[0], "top_logprobs": entries})
    return out


def _answers(req: JSON, k: int, last: str) -> list[_Answer]:
    n = int(req.get("n") or 1)
    tools, choice = req.get("tools") or [], req.get("tool_choice")
    tool = None
    if tools and choice != "none":
        forced = isinstance(choice, dict) and choice.get("function", {}).get("name")
        tool = forced or tools[0]["function"]["name"]
    reason = "REASON" in last
    schema = _json_schema(req.get("response_format"))
    answers = []
    for i in range(n):
        calls = [
            {
                "id": f"call_{k}_{i * 2 + j}",
                "type": "function",
                "function": {
                    "name": tool,
                    "arguments": orjson.dumps({"query": last, "part": j}).decode(),
                },
            }
            for j in range(2)
        ]
        content = None if tool else f"echo {k}: {last}" + (f" #{i}" if n > 1 else "")
        if schema is not None and content is not None:
            content = _schema_instance(schema, content, k)
        refusal = None
        if "REFUSE" in last and not tool:  # the model declines: `refusal`, no content
            content, refusal = None, f"I cannot help with {last} ({k})"
        answers.append(
            _Answer(
                content=content,
                tool_calls=calls if tool else None,
                reasoning=f"thinking about {last}" if reason else None,
                vendor=f"vendor-{k}" if reason else None,
                refusal=refusal,
            )
        )
    return answers


def _json_schema(response_format: Any) -> JSON | None:
    """The schema of a `json_schema` response format (structured outputs), if any."""
    if isinstance(response_format, dict) and response_format.get("type") == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema")
        return schema if isinstance(schema, dict) else None
    return None


def _schema_instance(schema: JSON, text: str, k: int) -> str:
    """JSON text matching a flat object schema: strings `text`, numbers `k`, booleans."""
    values: JSON = {}
    for name, prop in (schema.get("properties") or {}).items():
        kind = prop.get("type") if isinstance(prop, dict) else None
        values[name] = {"integer": k, "number": k + 0.5, "boolean": True}.get(str(kind), text)
    return orjson.dumps(values).decode()


def _choice_logprobs(a: _Answer, top: int) -> JSON:
    if a.refusal:
        return {"content": None, "refusal": _logprobs(a.refusal, top)}
    return {"content": _logprobs(a.content or "", top), "refusal": None}


def _message(a: _Answer) -> JSON:
    # as api.openai.com: `annotations` always (its stream has them only when there are some)
    msg: JSON = {"role": "assistant", "content": a.content, "refusal": a.refusal}
    msg["annotations"] = []
    if a.tool_calls:
        msg["tool_calls"] = a.tool_calls
    if a.reasoning:
        msg |= {"reasoning_content": a.reasoning, "x_vendor_field": a.vendor}
    return msg


def _chunks(
    base: JSON, answers: list[_Answer], top: int, interleave: bool = False
) -> Iterator[JSON]:
    """The SSE payloads of a stream: role, reasoning, content or tool calls, finish.
    `interleave`: the choices of `n > 1` take turns, as api.openai.com sends them (else
    one choice after the other)."""
    streams = [_choice_chunks(base, i, a, top) for i, a in enumerate(answers)]
    if not interleave:
        for one in streams:
            yield from one
        return
    while streams:
        for one in list(streams):
            chunk = next(one, None)
            if chunk is None:
                streams.remove(one)
            else:
                yield chunk


def _choice_chunks(base: JSON, i: int, a: _Answer, top: int) -> Iterator[JSON]:
    """The chunks of choice `i`."""

    def chunk(i: int, delta: JSON, lp: JSON | None = None, finish: str | None = None) -> JSON:
        choice = {"index": i, "delta": delta, "logprobs": lp, "finish_reason": finish}
        return {**base, "choices": [choice]}

    first = {"role": "assistant", "content": "" if a.content else None, "refusal": None}
    if a.refusal:
        first["refusal"] = ""
    yield chunk(i, first | ({"x_vendor_field": a.vendor} if a.vendor else {}))
    for piece in _pieces(a.reasoning or ""):
        yield chunk(i, {"reasoning_content": piece})
    text = a.content or ""
    for piece, entry in zip(_pieces(text), _logprobs(text, top or 1), strict=True):
        lp = {"content": [entry], "refusal": None} if top else None
        yield chunk(i, {"content": piece}, lp)
    refusal = a.refusal or ""
    for piece, entry in zip(_pieces(refusal), _logprobs(refusal, top or 1), strict=True):
        lp = {"content": None, "refusal": [entry]} if top else None
        yield chunk(i, {"refusal": piece}, lp)
    for j, call in enumerate(a.tool_calls or []):
        fn = call["function"]
        opening = {**call, "index": j, "function": {"name": fn["name"], "arguments": ""}}
        yield chunk(i, {"tool_calls": [opening]})
        for s in range(0, len(fn["arguments"]), 8):
            part = {"index": j, "function": {"arguments": fn["arguments"][s : s + 8]}}
            yield chunk(i, {"tool_calls": [part]})
    yield chunk(i, {}, None, a.finish_reason)


AZURE_FILTER = {
    "hate": {"filtered": False, "severity": "safe"},
    "self_harm": {"filtered": False, "severity": "safe"},
    "sexual": {"filtered": False, "severity": "safe"},
    "violence": {"filtered": False, "severity": "safe"},
}


def _filtered(chunk: JSON) -> JSON:
    """A chunk with Azure's `content_filter_results` on each choice: the categories where
    it carries content, `{}` elsewhere (the role and the finish chunk)."""
    choices = [
        {**c, "content_filter_results": AZURE_FILTER if c["delta"].get("content") else {}}
        for c in chunk["choices"]
    ]
    return {**chunk, "choices": choices}


class _Abort(Exception):
    """Raised by a handler to answer with `response` (an error or a scripted fault)."""

    def __init__(self, response: web.Response) -> None:
        self.response = response


# -- the server -------------------------------------------------------------------------------


class FakeUpstream:
    """An in-process OpenAI-compatible server; start it inside the test's event loop."""

    def __init__(self) -> None:
        self.url = ""  # "http://127.0.0.1:PORT/v1" once started
        self.calls: list[Call] = []
        self.embedded: list[Item] = []  # every embeddings input item received, in order
        self.stream_outcomes: list[str] = []  # per chat stream: done|truncated|error|client_gone
        self.chat_count = 0  # `k`; never reset, so a fresh answer never equals an old one
        self._runner: web.AppRunner | None = None
        self.reset()

    def reset(self) -> None:
        """Forget calls, inputs, outcomes, scripted faults and knobs (not `chat_count`)."""
        self.calls.clear()
        self.embedded.clear()
        self.stream_outcomes.clear()
        self.latency = 0.0  # before a response (and before a stream's headers)
        self.chunk_delay = 0.0  # between SSE events
        self.first_event_delay = 0.0  # between a stream's headers and its first event
        self.request_ids = True  # an `x-request-id` on answers (local servers send none)
        self.answered_as: dict[str, str] = {}  # embedding model asked -> the one the answer names
        self.embedding_dims = 16  # when the request has no `dimensions`
        self.ignore_dimensions = False  # answer `embedding_dims` wide whatever is asked
        self.fault_delay = 0.0  # before a scripted fault answers (a queued 429, a 504)
        self.broken_vectors: set[str] = set()  # inputs whose vector comes back all NaN
        self.cut_next_embeddings = False  # announce the whole answer, send half, hang up
        # answer `encoding_format: "base64"` with this status: 400 as vLLM before 0.5.5
        # ("base64 encoding is not currently supported"), 500 as tabbyAPI
        self.refuse_base64: int | None = None
        self.invalid_inputs: set[str] = set()  # inputs refused with a 400 naming their position
        self.replies: dict[str, str] = {}  # model -> fixed answer text (e.g. an LLM judge)
        self.finish_next: str | None = None  # the next chat answer's finish_reason
        # answer as api.openai.com does today: `service_tier`, usage details, `n > 1`
        # choices interleaved, and an `obfuscation` on every chunk unless
        # `stream_options.include_obfuscation` is false
        self.openai_extras = False
        # answer as Azure OpenAI before api-version 2024-09-01-preview: a request with
        # `stream_options` gets a 400 naming them
        self.refuses_stream_options = False
        # Azure's `content_filter_results` on every choice (a stream: per chunk, `{}` on
        # the role and finish chunks)
        self.content_filters = False
        self._faults: list[tuple[int, JSON, dict[str, str]]] = []
        self._stream_fault: tuple[str, int] | None = None

    def calls_to(self, path: str) -> list[Call]:
        return [c for c in self.calls if c.path == path]

    def fail_next(
        self,
        status: int,
        body: JSON | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """The next `times` chat/embeddings requests get this error response."""
        self._faults += [(status, body or error_body(status), headers or {})] * times

    def truncate_next_stream(self, after_chunks: int) -> None:
        """The next chat stream sends `after_chunks` events, then drops the connection."""
        self._stream_fault = ("truncated", after_chunks)

    def error_mid_stream_next(self, after_chunks: int, then_done: bool = False) -> None:
        """The next chat stream sends `after_chunks` events, an error event, and no [DONE]
        (`then_done`: and then [DONE], as vLLM ends a generation that failed)."""
        self._stream_fault = ("error_done" if then_done else "error", after_chunks)

    def end_next_stream_without_done(self) -> None:
        """The next chat stream sends every event, then ends cleanly without [DONE]."""
        self._stream_fault = ("no_done", 0)

    def unfinished_next_stream(self) -> None:
        """The next chat stream ends with [DONE] but no chunk carries a finish_reason."""
        self._stream_fault = ("unfinished", 0)

    async def start(self) -> None:
        app = web.Application(middlewares=[self._record], client_max_size=1 << 30)
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/v1/embeddings", self._embeddings)
        app.router.add_get("/v1/models", self._models)
        app.router.add_get("/v1/stream-bytes", self._stream_bytes)
        app.router.add_route("*", "/v1/{tail:.*}", self._echo)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/v1"

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = await request.read()
        try:
            parsed = orjson.loads(body) if body else None
        except orjson.JSONDecodeError:
            parsed = None
        headers = CIMultiDict(request.headers)
        self.calls.append(
            Call(
                request.method,
                request.path,
                request.query_string,
                headers,
                body,
                parsed,
                request.raw_path,
            )
        )
        try:
            return await handler(request)
        except _Abort as abort:
            return abort.response

    def _headers(self, **extra: str) -> dict[str, str]:
        return {
            **({"x-request-id": f"req_{uuid.uuid4().hex}"} if self.request_ids else {}),
            "x-ratelimit-limit-requests": "100",
            "x-ratelimit-remaining-requests": "99",
            "openai-processing-ms": str(int(self.latency * 1000)),
            **extra,
        }

    def _json(self, data: Any, status: int = 200, **headers: str) -> web.Response:
        body = orjson.dumps(data)
        return web.Response(
            body=body,
            status=status,
            content_type="application/json",
            headers=self._headers(**headers),
        )

    async def _accept(self, request: web.Request) -> JSON:
        """Apply a scripted fault, parse the JSON body, then wait `latency`."""
        if self._faults:
            status, body, headers = self._faults.pop(0)
            if self.fault_delay:
                await asyncio.sleep(self.fault_delay)
            raise _Abort(self._json(body, status, **headers))
        try:
            data = orjson.loads(await request.read())
        except orjson.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise _Abort(self._json(error_body(400, "Body must be a JSON object."), 400))
        if self.latency:
            await asyncio.sleep(self.latency)
        return data

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        req = await self._accept(request)
        messages = req.get("messages")
        if not isinstance(messages, list) or not messages:
            raise _Abort(self._json(error_body(400, "'messages' is required."), 400))
        options = req.get("stream_options")
        if options is not None and self.refuses_stream_options:
            message = "Unrecognized request argument supplied: stream_options"
            raise _Abort(self._json(error_body(400, message), 400))
        if options is not None and not isinstance(options, dict):
            raise _Abort(self._json(error_body(400, "'stream_options' must be an object."), 400))
        if options is not None and not req.get("stream") and self.openai_extras:
            message = "The 'stream_options' parameter is only allowed when 'stream' is enabled."
            error = error_body(400, message)
            error["error"]["param"] = "stream_options"
            raise _Abort(self._json(error, 400))
        self.chat_count += 1
        k = self.chat_count
        users = [_text(m.get("content")) for m in messages if m.get("role") == "user"]
        answers = _answers(req, k, users[-1] if users else "")
        if req.get("model") in self.replies:
            answers = [replace(a, content=self.replies[req["model"]]) for a in answers]
        if self.finish_next is not None:
            answers = [replace(a, finish=self.finish_next) for a in answers]
            self.finish_next = None
        prompt = sum(len(_text(m.get("content")).split()) for m in messages)
        out = sum(a.words for a in answers)
        usage: JSON = {
            "prompt_tokens": prompt,
            "completion_tokens": out,
            "total_tokens": prompt + out,
        }
        head = {
            "id": f"chatcmpl-{k}",
            "created": int(time.time()),
            "model": req.get("model"),
            "system_fingerprint": "fp_fake",
        }
        if self.openai_extras:
            head = {**head, "service_tier": req.get("service_tier") or "default"}
            usage["prompt_tokens_details"] = {"cached_tokens": 0, "audio_tokens": 0}
            usage["completion_tokens_details"] = {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            }
        top = int(req.get("top_logprobs") or 1) if req.get("logprobs") else 0
        if req.get("stream"):
            with_usage = bool((req.get("stream_options") or {}).get("include_usage"))
            obfuscate = (options or {}).get("include_obfuscation") is not False
            return await self._stream(
                request, head, answers, usage if with_usage else None, top, obfuscate
            )
        choices = [
            {
                "index": i,
                "message": _message(a),
                "logprobs": _choice_logprobs(a, top) if top else None,
                "finish_reason": a.finish_reason,
            }
            for i, a in enumerate(answers)
        ]
        if self.content_filters:
            choices = [{**c, "content_filter_results": AZURE_FILTER} for c in choices]
        return self._json({**head, "object": "chat.completion", "choices": choices, "usage": usage})

    async def _stream(
        self,
        request: web.Request,
        head: JSON,
        answers: list[_Answer],
        usage: JSON | None,
        top: int,
        obfuscate: bool = True,
    ) -> web.StreamResponse:
        fault, self._stream_fault = self._stream_fault, None
        base = {**head, "object": "chat.completion.chunk"} | ({"usage": None} if usage else {})
        events = list(_chunks(base, answers, top, interleave=self.openai_extras))
        if usage:
            events.append({**base, "choices": [], "usage": usage})
        resp = web.StreamResponse(headers=self._headers(**{"Cache-Control": "no-cache"}))
        resp.content_type = "text/event-stream"
        await resp.prepare(request)
        outcome = "done"
        if self.content_filters:
            events = [_filtered(e) for e in events]
        done = True
        if fault and fault[0] == "no_done":
            outcome, done, fault = "no_done", False, None
        if fault and fault[0] == "unfinished":
            events = [e for e in events if not any(c["finish_reason"] for c in e["choices"])]
            fault = None
        try:
            for n, data in enumerate(events):
                if fault and n == fault[1]:
                    outcome = fault[0]
                    break
                delay = self.chunk_delay if n else self.first_event_delay
                if delay:
                    await asyncio.sleep(delay)
                if self.openai_extras and obfuscate:  # random padding, as OpenAI adds
                    data = {**data, "obfuscation": secrets.token_urlsafe(n % 7 + 1)}
                await resp.write(b"data: " + orjson.dumps(data) + b"\n\n")
            if outcome == "truncated":
                assert request.transport is not None
                request.transport.close()  # flushes what was written, then drops the socket
                return resp
            if outcome.startswith("error"):
                await resp.write(b"data: " + orjson.dumps(error_body(500, "Stream failed.")))
                await resp.write(b"\n\n")
            if outcome != "error" and done:
                await resp.write(b"data: [DONE]\n\n")
            await resp.write_eof()
        except ConnectionResetError:
            outcome = "client_gone"
        finally:
            self.stream_outcomes.append(outcome)
        return resp

    async def _embeddings(self, request: web.Request) -> web.StreamResponse:
        req = await self._accept(request)
        raw = req.get("input")
        if isinstance(raw, str) or (
            isinstance(raw, list) and raw and all(type(t) is int for t in raw)
        ):
            items: list[Item] = [raw]
        elif isinstance(raw, list) and raw and all(isinstance(x, str | list) for x in raw):
            items = raw
        else:
            raise _Abort(self._json(error_body(400, "'input' must be non-empty."), 400))
        for i, item in enumerate(items):
            if isinstance(item, str) and item in self.invalid_inputs:
                error = error_body(400, f"'$.input[{i}]' is invalid.")
                error["error"]["param"] = f"input[{i}]"
                raise _Abort(self._json(error, 400))
        if self.refuse_base64 is not None and req.get("encoding_format") == "base64":
            status = self.refuse_base64
            if status == 400:  # vLLM's shape
                refusal: JSON = {"object": "error", "type": "BadRequestError", "param": None}
                refusal |= {"message": "base64 encoding is not currently supported", "code": 400}
            else:
                refusal = error_body(status, "Internal Server Error")
            raise _Abort(self._json(refusal, status))
        self.embedded += items
        model, dims = str(req.get("model")), int(req.get("dimensions") or self.embedding_dims)
        if self.ignore_dimensions:
            dims = self.embedding_dims
        data = []
        for i, item in enumerate(items):
            vec = expected_vector(model, item, dims)
            if isinstance(item, str) and item in self.broken_vectors:
                vec = np.full(dims, np.nan, dtype=np.float32)
            if req.get("encoding_format") == "base64":
                emb: Any = base64.b64encode(vec.astype("<f4").tobytes()).decode()
            else:
                emb = vec.tolist()  # float32 values as exact doubles: bit-exact round trip
            data.append({"object": "embedding", "index": i, "embedding": emb})
        tokens = sum(len(x.split()) if isinstance(x, str) else len(x) for x in items)
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        named = self.answered_as.get(model, model)
        answer = self._json({"object": "list", "data": data, "model": named, "usage": usage})
        if self.cut_next_embeddings:
            self.cut_next_embeddings = False
            whole = cast(bytes, answer.body)
            cut = web.StreamResponse(headers=self._headers())
            cut.content_type, cut.content_length = "application/json", len(whole)
            await cut.prepare(request)
            await cut.write(whole[: len(whole) // 2])
            assert request.transport is not None
            request.transport.close()
            return cut
        return answer

    async def _models(self, request: web.Request) -> web.Response:
        data = [{"id": m, "object": "model", "created": 1700000000, "owned_by": "system"}
                for m in MODELS]  # fmt: skip
        return self._json({"object": "list", "data": data})

    async def _stream_bytes(self, request: web.Request) -> web.StreamResponse:
        """`?n=5&delay=0.05`: n byte chunks `chunk {i}\\n`, `delay` seconds apart."""
        n, delay = int(request.query.get("n", 5)), float(request.query.get("delay", 0.05))
        resp = web.StreamResponse(headers=self._headers())
        resp.content_type = "application/octet-stream"
        await resp.prepare(request)
        for i in range(n):
            if i:
                await asyncio.sleep(delay)
            await resp.write(f"chunk {i}\n".encode())
        await resp.write_eof()
        return resp

    async def _echo(self, request: web.Request) -> web.Response:
        """Any other /v1/ path: echo the request; `?status=N` sets the status."""
        body = await request.read()
        echo = {
            "method": request.method,
            "path": request.path,
            "query": request.query_string,
            "headers": {str(k): v for k, v in request.headers.items()},
            "body": body.decode(errors="replace"),
            "body_len": len(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
        }
        status = int(request.query.get("status", 200))
        return self._json(echo, status, **{"x-upstream-echo": "1"})


@asynccontextmanager
async def running_upstream() -> AsyncIterator[FakeUpstream]:
    """`async with running_upstream() as up:` a started FakeUpstream, closed on exit."""
    up = FakeUpstream()
    await up.start()
    try:
        yield up
    finally:
        await up.close()
