"""Load from a separate process: wrk with bench/wrk_post.lua, else this file's own aiohttp
load generator (`python bench/_load.py URL BODIES ...`, the same options and output line).

Both read POST bodies from a file (one JSON body a line, cycled) and print
`WRK_RESULT requests duration_us p50_us p99_us errors`; `run()` parses it into a `Result`.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = "WRK_RESULT"


@dataclass(frozen=True)
class Result:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int  # socket errors, timeouts and non-2xx answers

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def loader(prefer: str = "auto") -> str:
    """`wrk` when installed (and not refused), else `python`."""
    if prefer == "python" or (prefer == "auto" and shutil.which("wrk") is None):
        return "python"
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (apt-get install -y wrk), use --loader python")
    return "wrk"


def run(
    url: str,
    bodies: Path,
    *,
    connections: int,
    duration: float,
    threads: int = 1,
    cpus: set[int] | None = None,
    unique: str | None = None,
    headers: dict[str, str] | None = None,
    kind: str = "wrk",
) -> Result:
    """One load run; `unique`: a tag making every request's body distinct (misses)."""
    threads = max(1, min(threads, connections))
    extra = [a for k, v in (headers or {}).items() for a in ("-H", f"{k}: {v}")]
    tail = [str(bodies)] + (["unique", unique] if unique else [])
    if kind == "wrk":
        seconds = f"{max(1, round(duration))}s"  # wrk takes whole seconds
        cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}", "--timeout", "10s",
               *extra, "-s", str(HERE / "wrk_post.lua"), url, "--", *tail]  # fmt: skip
    else:
        cmd = [sys.executable, str(HERE / "_load.py"), url, *tail[:1], "-c", str(connections),
               "-d", str(duration), *extra] + (["--unique", unique] if unique else [])  # fmt: skip
    if cpus is not None and shutil.which("taskset"):
        cmd = ["taskset", "-c", ",".join(map(str, sorted(cpus))), *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 60, check=False)
    for line in out.stdout.splitlines():
        if line.startswith(MARK):
            n, us, p50, p99, errors = (int(float(x)) for x in line.split()[1:6])
            return Result(n, us / 1e6, p50 / 1000, p99 / 1000, errors)
    raise RuntimeError(f"load generator failed: {' '.join(cmd)}\n{out.stdout}\n{out.stderr}")


# -- the fallback load generator (a separate process) ----------------------------------------


async def _generate(args: argparse.Namespace) -> str:
    import aiohttp

    bodies = [line for line in Path(args.bodies).read_bytes().splitlines() if line]  # noqa: ASYNC240
    headers = {"Content-Type": "application/json", "Authorization": "Bearer sk-bench"}
    headers.update(h.split(": ", 1) for h in args.H)  # type: ignore[misc]
    latencies: list[float] = []
    errors = 0
    counter = 0
    connector = aiohttp.TCPConnector(limit=args.c)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        start = time.perf_counter()
        deadline = start + args.d

        async def worker(offset: int) -> None:
            nonlocal errors, counter
            i = offset
            while time.perf_counter() < deadline:
                body = bodies[i % len(bodies)]
                i += 1
                if args.unique:
                    counter += 1
                    body = body.replace(b"@@", f"{args.unique}-{counter}".encode(), 1)
                t0 = time.perf_counter()
                try:
                    async with session.post(args.url, data=body, headers=headers) as resp:
                        await resp.read()
                        errors += resp.status >= 300
                except (aiohttp.ClientError, TimeoutError):
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - t0)

        await asyncio.gather(*(worker(k * 7919) for k in range(args.c)))
        elapsed = time.perf_counter() - start
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1e6

    p50, p99 = (pct(50), pct(99)) if latencies else (0.0, 0.0)
    return f"{MARK} {len(latencies)} {elapsed * 1e6:.0f} {p50:.0f} {p99:.0f} {errors}"


def main() -> None:
    parser = argparse.ArgumentParser(description="aiohttp load generator (wrk fallback)")
    parser.add_argument("url")
    parser.add_argument("bodies")
    parser.add_argument("-c", type=int, default=32, help="connections")
    parser.add_argument("-d", type=float, default=5.0, help="seconds")
    parser.add_argument("-H", action="append", default=[], help="'Name: value'")
    parser.add_argument("--unique", help="replace @@ in each body by a distinct token")
    args = parser.parse_args()
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    print(asyncio.run(_generate(args)), flush=True)


if __name__ == "__main__":
    main()
