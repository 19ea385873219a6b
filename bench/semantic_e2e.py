"""Semantic cache end to end: openai SDK -> `python -m proxy serve` -> an all-MiniLM-L6-v2
upstream, for labelled pairs, next to the shipped policy computed offline on the same pairs.

    HF_HUB_OFFLINE=1 python bench/semantic_e2e.py [--data ../shared/data] [--limit N]
        [--concurrency 8] [--settle 0.05]

Starts on loopback, as child processes stopped on the way out: this script in upstream
mode (aiohttp; `POST /v1/embeddings` backed by bench/minilm.py, one text per encode so a
text's vector never depends on its neighbours; a canned `POST /v1/chat/completions` whose
answer names the last user message) and the proxy, with a memory store and
`defaults.semantic: {enabled: true, embedding_model: all-MiniLM-L6-v2, dimensions: 384}`,
i.e. the shipped verifier defaults. For pair i of each file, in its own namespace
`pair-<file>-<i>`: send `a` (a miss, stored), sleep `--settle` s (the index follows the
semantic log), send `b` and read `Cache-Status`: `hit; detail=semantic` = served (the
answer must be a's), `fwd=miss` = not served (an exact `hit` counts as served when a == b).

Printed per file (markdown): n, positives / negatives, recall, false-hit rate, precision for
(1) end to end, (2) offline: `policies.verify.verify` with the default `VerifyConfig` on the
cached batch embeddings semantic_quality.py uses, (3) the same offline policy on the exact
vectors the upstream sent the proxy (recorded by the upstream). (1) = (3) means the proxy
adds nothing but its inputs; (1) vs (2) differences are embedding float noise (batched
vs single-text encoding). Default pairs per file: blindspots all 300, QQP 1000 and
gptcache_mock 300 (each a seeded sample, in file order); `--limit N` sets N for every file.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import random
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import numpy as np
import orjson
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pairdata
from _harness import free_port, spawn, stop

from policies.verify import VerifyConfig, verify

MODEL = "all-MiniLM-L6-v2"
DIMS = 384
CHAT_MODEL = "gpt-4o-mini"
DEFAULT = VerifyConfig()
DEFAULT_LIMITS = {"cache_blindspots_300": 300, "qqp_gptcache_8k": 1000, "gptcache_mock_999": 300}
SEMANTIC = "llmstash; hit; detail=semantic"
EXACT = "llmstash; hit"
STORED = "llmstash; fwd=miss; stored"
CONFIG = f"""\
defaults:
  semantic:
    enabled: true
    embedding_model: {MODEL}
    dimensions: {DIMS}
"""


def answer_for(prompt: str) -> str:
    """The canned upstream's answer: names the prompt, so a served answer can be traced."""
    return f"answer {hashlib.sha256(prompt.encode()).hexdigest()[:16]}: {prompt[:40]}"


# -- upstream mode --------------------------------------------------------------------------


def upstream_app() -> web.Application:
    import minilm

    pool = ThreadPoolExecutor(max_workers=1)  # torch uses every core per encode already
    served: dict[str, bytes] = {}  # every text embedded -> the float32 bytes sent

    def encode(texts: list[str]) -> tuple[list[bytes], int]:
        vectors = [minilm.embed([t], batch_size=1)[0].astype("<f4").tobytes() for t in texts]
        tokens = sum(len(ids) for ids in minilm._model().tokenizer(texts)["input_ids"])
        return vectors, tokens

    async def embeddings(request: web.Request) -> web.Response:
        req = orjson.loads(await request.read())
        inputs = req.get("input")
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            return _error(400, "input must be a string or a list of strings")
        if req.get("model") != MODEL or req.get("dimensions") not in (None, DIMS):
            return _error(400, f"only model {MODEL!r} with {DIMS} dimensions")
        fmt = req.get("encoding_format") or "float"
        if fmt not in ("float", "base64"):
            return _error(400, "encoding_format must be float or base64")
        vectors, tokens = await asyncio.get_running_loop().run_in_executor(pool, encode, texts)
        served.update(zip(texts, vectors, strict=True))
        data = [
            {"object": "embedding", "index": i,
             "embedding": base64.b64encode(v).decode() if fmt == "base64"
             else np.frombuffer(v, dtype="<f4")}
            for i, v in enumerate(vectors)
        ]  # fmt: skip
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        body = {"object": "list", "data": data, "model": MODEL, "usage": usage}
        return _json(body)

    async def chat(request: web.Request) -> web.Response:
        req = orjson.loads(await request.read())
        if req.get("stream"):
            return _error(400, "this upstream does not stream")
        users = [m for m in req.get("messages") or [] if m.get("role") == "user"]
        prompt = users[-1]["content"] if users else ""
        if not isinstance(prompt, str):
            prompt = orjson.dumps(prompt).decode()
        text = answer_for(prompt)
        usage = {"prompt_tokens": len(prompt.split()) + 8, "completion_tokens": len(text.split())}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        return _json({
            "id": "chatcmpl-e2e", "object": "chat.completion", "created": 1700000000,
            "model": req.get("model", CHAT_MODEL), "system_fingerprint": "fp_e2e",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text,
                         "refusal": None}, "logprobs": None, "finish_reason": "stop"}],
            "usage": usage,
        })  # fmt: skip

    async def recorded(request: web.Request) -> web.Response:
        """Bench only: the vectors this upstream sent for `texts` (null if never embedded)."""
        texts = orjson.loads(await request.read())["texts"]
        found = [served.get(t) for t in texts]
        return _json({"vectors": [base64.b64encode(v).decode() if v else None for v in found]})

    async def healthz(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    minilm.embed(["warm up"])  # load the model before answering /healthz
    app = web.Application(client_max_size=1 << 24)
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_post("/bench/vectors", recorded)
    app.router.add_get("/healthz", healthz)
    return app


def _json(body: object, status: int = 200) -> web.Response:
    data = orjson.dumps(body, option=orjson.OPT_SERIALIZE_NUMPY)
    return web.Response(body=data, status=status, content_type="application/json")


def _error(status: int, message: str) -> web.Response:
    return _json({"error": {"message": message, "type": "invalid_request_error"}}, status)


# -- the run --------------------------------------------------------------------------------


@dataclass
class Outcome:
    status_a: str = ""
    status_b: str = ""
    answer_b: str = ""
    error: str = ""


def pick(name: str, n: int, limit: int | None) -> list[int]:
    """Row indices to send: all, or a sample seeded by the file name, in file order."""
    k = limit if limit is not None else DEFAULT_LIMITS.get(name, 300)
    if k >= n:
        return list(range(n))
    seed = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")
    return sorted(random.Random(seed).sample(range(n), k))


async def ask(client: object, prompt: str, namespace: str) -> tuple[str, str]:
    raw = await client.chat.completions.with_raw_response.create(  # type: ignore[attr-defined]
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": prompt}],
        extra_headers={"X-Llmstash-Namespace": namespace},
    )
    return raw.parse().choices[0].message.content or "", raw.headers.get("cache-status", "")


async def run_pair(
    client: object, name: str, i: int, a: str, b: str, gate: asyncio.Semaphore, settle: float
) -> Outcome:
    out = Outcome()
    namespace = f"pair-{name}-{i}"
    async with gate:
        try:
            _, out.status_a = await ask(client, a, namespace)
            await asyncio.sleep(settle)  # the index follows the semantic log
            out.answer_b, out.status_b = await ask(client, b, namespace)
        except Exception as exc:  # counted and shown, never fatal to the run
            out.error = f"{type(exc).__name__}: {exc}"
    return out


async def candidates_seen(session: aiohttp.ClientSession, proxy: str) -> int:
    """Semantic candidates the proxy has examined (accepted + rejected), from /metrics."""
    async with session.get(f"{proxy}/metrics") as resp:
        text = await resp.text()
    pattern = r"^llmstash_semantic_similarity_count\{[^}]*\} ([0-9.e+]+)$"
    return int(sum(float(v) for v in re.findall(pattern, text, re.MULTILINE)))


async def recorded_vectors(
    session: aiohttp.ClientSession, upstream: str, texts: list[str]
) -> list[np.ndarray | None]:
    async with session.post(f"{upstream}/bench/vectors", json={"texts": texts}) as resp:
        rows = (await resp.json())["vectors"]
    return [None if r is None else np.frombuffer(base64.b64decode(r), dtype="<f4") for r in rows]


def unit(v: np.ndarray) -> np.ndarray:
    return v / max(float(np.linalg.norm(v)), 1e-12)


def stats_row(label: str, accepted: np.ndarray, dup: np.ndarray) -> str:
    tp, fp = int((accepted & dup).sum()), int((accepted & ~dup).sum())
    pos, neg = int(dup.sum()), int((~dup).sum())
    recall = f"{tp} / {pos} = {tp / pos:.1%}" if pos else "n/a"
    fhr = f"{fp} / {neg} = {fp / neg:.1%}" if neg else "n/a"
    precision = f"{tp / (tp + fp):.3f}" if tp + fp else "n/a"
    return f"| {label} | {len(dup)} | {pos} / {neg} | {recall} | {fhr} | {precision} |"


async def run_file(
    s: pairdata.PairSet,
    rows: list[int],
    args: argparse.Namespace,
    client: object,
    session: aiohttp.ClientSession,
    urls: tuple[str, str],
) -> None:
    proxy, upstream = urls
    a = [s.a[i] for i in rows]
    b = [s.b[i] for i in rows]
    dup = s.duplicate[rows]
    seen_before = await candidates_seen(session, proxy)
    gate = asyncio.Semaphore(args.concurrency)
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(
        run_pair(client, s.name, i, x, y, gate, args.settle)
        for i, x, y in zip(rows, a, b, strict=True)
    ))  # fmt: skip
    elapsed = time.perf_counter() - start
    seen = await candidates_seen(session, proxy) - seen_before

    served = np.zeros(len(rows), dtype=bool)
    wrong_answer = unexpected = errors = 0
    notes: list[str] = []
    for k, (o, x, y) in enumerate(zip(outcomes, a, b, strict=True)):
        if o.error:
            errors += 1
            notes.append(f"row {rows[k]}: {o.error}")
            continue
        semantic = o.status_b.startswith(SEMANTIC)
        served[k] = semantic or (o.status_b == EXACT and x == y)
        odd = o.status_a != STORED or not (served[k] or "fwd=miss" in o.status_b)
        if odd or (o.status_b == EXACT and x != y):
            unexpected += 1
            notes.append(f"row {rows[k]}: a -> {o.status_a!r}, b -> {o.status_b!r}")
        expected = answer_for(x) if served[k] else answer_for(y)
        if o.answer_b != expected:
            wrong_answer += 1
            notes.append(f"row {rows[k]}: answer {o.answer_b!r}, expected {expected!r}")

    # offline, as semantic_quality.py: cached batch embeddings, shipped VerifyConfig
    cos_batch = s.cosine[rows]
    offline = np.array([verify(x, y, float(c), DEFAULT).accept
                        for x, y, c in zip(a, b, cos_batch, strict=True)])  # fmt: skip
    # offline on the exact vectors the proxy received (recorded by the upstream)
    va = await recorded_vectors(session, upstream, a)
    vb = await recorded_vectors(session, upstream, b)
    missing = sum(v is None for v in va + vb)
    cos_proxy = np.array([
        min(1.0, float(unit(p) @ unit(q))) if p is not None and q is not None else np.nan
        for p, q in zip(va, vb, strict=True)
    ])  # fmt: skip
    replay = np.array([verify(x, y, float(c), DEFAULT).accept
                       for x, y, c in zip(a, b, cos_proxy, strict=True)])  # fmt: skip

    lookups = sum(x != y for x, y in zip(a, b, strict=True))
    total = len(s.a)
    print(f"\n### {s.name} ({len(rows)} of {total} pairs; {elapsed:.1f} s end to end)\n")
    print("| measure | n | positives / negatives | served duplicates (recall) "
          "| false-hit rate | precision |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|")
    print(stats_row("end to end through the proxy", served, dup))
    print(stats_row("offline, shipped policy (batch embeddings, as semantic_quality.py)",
                    offline, dup))  # fmt: skip
    print(stats_row("offline, shipped policy on the vectors the proxy received", replay, dup))
    diff = np.flatnonzero(served != offline)
    delta = np.abs(cos_proxy - cos_batch)
    print(
        f"\nPairs where end to end != offline: {len(diff)}; end to end != offline on the "
        f"proxy's vectors: {int((served != replay).sum())}. Max |cosine(proxy vectors) - "
        f"cosine(batch)|: {np.nanmax(delta):.2e}. b lookups that examined a's entry: "
        f"{seen} / {lookups}. Texts the upstream never embedded: {missing}. Wrong answers: "
        f"{wrong_answer}. Unexpected Cache-Status: {unexpected}. Errors: {errors}."
    )
    if len(diff):
        print("\n| row | duplicate | cosine batch | cosine proxy | offline | end to end |")
        print("|---:|---|---:|---:|---|---|")
        for k in diff[:20]:
            print(f"| {rows[k]} | {bool(dup[k])} | {cos_batch[k]:.6f} | {cos_proxy[k]:.6f} "
                  f"| {bool(offline[k])} | {bool(served[k])} |")  # fmt: skip
    for note in notes[:10]:
        print(f"- {note}")


async def wait_ready(session: aiohttp.ClientSession, url: str, procs: list, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            raise RuntimeError("a child process exited during start-up (its stderr is above)")
        try:
            async with session.get(url) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} not ready after {limit:.0f} s")


async def bench(args: argparse.Namespace, sets: list, urls: tuple[str, str], procs: list) -> None:
    import openai

    proxy, upstream = urls
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await wait_ready(session, f"{upstream}/healthz", procs, 180)
        await wait_ready(session, f"{proxy}/healthz", procs, 30)
        client = openai.AsyncOpenAI(
            base_url=f"{proxy}/v1", api_key="sk-bench", max_retries=0, timeout=60
        )
        try:
            for s, rows in sets:
                await run_file(s, rows, args, client, session, urls)
        finally:
            await client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=pairdata.DEFAULT_DATA)
    parser.add_argument("--cache-dir", type=Path, default=pairdata.DEFAULT_CACHE)
    parser.add_argument("--limit", type=int, help="pairs per file (default: per-file sizes)")
    parser.add_argument("--concurrency", type=int, default=8, help="pairs in flight")
    parser.add_argument("--settle", type=float, default=0.05, help="s between a and b")
    parser.add_argument("--serve-upstream", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_upstream:
        web.run_app(upstream_app(), host="127.0.0.1", port=args.serve_upstream,
                            access_log=None, print=None)  # fmt: skip
        return 0

    started = time.perf_counter()
    sets = []
    for path in sorted(args.data.glob("*.jsonl")):
        s = pairdata.load(path, args.cache_dir)
        sets.append((s, pick(s.name, len(s.a), args.limit)))
    up_port, px_port = free_port(), free_port()
    urls = (f"http://127.0.0.1:{px_port}", f"http://127.0.0.1:{up_port}")
    procs = []
    with tempfile.TemporaryDirectory(prefix="llmstash-e2e-") as tmp:
        config = Path(tmp) / "llmstash.yaml"
        config.write_text(CONFIG)
        try:
            procs.append(spawn([sys.executable, str(Path(__file__).resolve()),
                                "--serve-upstream", str(up_port)]))  # fmt: skip
            procs.append(spawn([sys.executable, "-m", "proxy", "serve", "--host", "127.0.0.1",
                                "--port", str(px_port), "--upstream", f"{urls[1]}/v1",
                                "--config", str(config), "--log-level", "WARNING"]))  # fmt: skip
            print(f"## Semantic cache end to end: {MODEL} upstream, proxy with memory store, "
                  f"shipped {DEFAULT!r}; concurrency {args.concurrency}, "
                  f"settle {args.settle} s")  # fmt: skip
            asyncio.run(bench(args, sets, urls, procs))
        finally:
            stop(procs)
    print(f"\nTotal runtime: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
