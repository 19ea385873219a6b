"""Cost of reading a streamed chat completion: `python bench/sse_assembly.py`.

A 1,000-chunk OpenAI-shaped stream (text deltas with obfuscation padding, a parallel tool
call, the usage trailer) arrives in 1,400-byte reads. Rows: SSE decoding alone, and decoding
+ `orjson.loads` + `ChunkAssembler.add` + `completion()` (what the proxy does per stream),
against a baseline of plain `orjson.loads` of the same chunk payloads.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from proxy.sse import DONE, ChunkAssembler, SSEDecoder

N_CHUNKS = 1_000
READ_SIZE = 1_400  # about one TCP segment per read


def _stream() -> tuple[bytes, list[bytes]]:
    head = {
        "id": "chatcmpl-BENCH",
        "object": "chat.completion.chunk",
        "created": 1741570283,
        "model": "gpt-4o-2024-08-06",
        "service_tier": "default",
        "system_fingerprint": "fp_eb9dce56a8",
    }

    def chunk(i: int, delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return orjson.dumps({**head, "choices": [choice], "obfuscation": "x" * (i % 9)})

    payloads = [chunk(0, {"role": "assistant", "content": "", "refusal": None})]
    calls = [
        {"index": n, "id": f"call_{n}", "type": "function", "function": {"name": "f"}}
        for n in range(2)
    ]
    payloads.append(chunk(1, {"tool_calls": calls}))
    for i in range(2, N_CHUNKS - 2):
        if i % 10 == 0:
            args = {"index": i % 2, "function": {"arguments": f'{{"k": {i}'}}
            payloads.append(chunk(i, {"tool_calls": [args]}))
        else:
            payloads.append(chunk(i, {"content": f" token{i}"}))
    payloads.append(chunk(0, {}, "stop"))
    usage = {"prompt_tokens": 20, "completion_tokens": 998, "total_tokens": 1018}
    payloads.append(orjson.dumps({**head, "choices": [], "usage": usage}))
    raw = b"".join(b"data: " + p + b"\n\n" for p in payloads) + b"data: " + DONE + b"\n\n"
    return raw, payloads


def _decode(reads: list[bytes]) -> int:
    decoder = SSEDecoder()
    n = 0
    for read in reads:
        n += len(decoder.feed(read))
    return n + len(decoder.flush())


def _decode_assemble(reads: list[bytes]) -> int:
    decoder, assembler = SSEDecoder(), ChunkAssembler()
    for read in reads:
        for event in decoder.feed(read):
            if event.data is not None and event.data != DONE:
                assembler.add(orjson.loads(event.data))
    return len(assembler.completion()["choices"])


def _loads(payloads: list[bytes]) -> int:
    return len([orjson.loads(p) for p in payloads])


def _best(fn: Callable[[], object], repeat: int = 7, number: int = 20) -> float:
    """Best seconds per call."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - started) / number)
    return best


def main() -> None:
    raw, payloads = _stream()
    reads = [raw[i : i + READ_SIZE] for i in range(0, len(raw), READ_SIZE)]
    events = len(payloads)
    rows = [
        ("baseline: orjson.loads per chunk", _best(lambda: _loads(payloads))),
        ("SSEDecoder.feed", _best(lambda: _decode(reads))),
        ("decode + loads + assemble", _best(lambda: _decode_assemble(reads))),
    ]
    base = rows[0][1]
    print(f"{events} chunks, {len(raw):,} bytes in {len(reads)} reads of {READ_SIZE} B\n")
    print("| step | ms / stream | events/s | x baseline time |")
    print("|---|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds * 1e3:.2f} | {events / seconds:,.0f} | {seconds / base:.2f} |")


if __name__ == "__main__":
    main()
