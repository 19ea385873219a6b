"""`llmstash stats --url http://host:port [--token T] [--minutes N]`: the per-team savings
table of a running proxy, read from its admin API (`GET /admin/stats`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.request
from typing import Any, TextIO

from proxy.admin.auth import ENV

COLUMNS = (
    ("team", "team"),
    ("requests", "requests"),
    ("hits", "hits"),
    ("hit rate", "hit_rate"),
    ("partial", "partial_hits"),
    ("coalesced", "coalesced"),
    ("prompt saved", "prompt_tokens_saved"),
    ("compl. saved", "completion_tokens_saved"),
    ("USD saved", "usd_saved"),
)


def add_parser(commands: Any) -> None:
    """Register the `stats` subcommand on the CLI's subparsers."""
    stats = commands.add_parser("stats", help="print per-team savings of a running proxy")
    stats.add_argument("--url", required=True, help="the proxy, e.g. http://127.0.0.1:8080")
    stats.add_argument("--token", help=f"admin token (default: env {ENV})")
    stats.add_argument("--minutes", type=int, default=60, help="window (default 60)")
    stats.add_argument("--json", action="store_true", help="print the raw JSON instead")


def run(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    token = args.token or os.environ.get(ENV, "")
    if not token:
        print(f"llmstash stats: no admin token (--token or {ENV})", file=sys.stderr)
        return 2
    base = args.url.rstrip("/").removesuffix("/v1")
    request = urllib.request.Request(
        f"{base}/admin/stats?minutes={args.minutes}",
        headers={"Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            data = json.load(response)
    except urllib.error.HTTPError as exc:
        print(f"llmstash stats: HTTP {exc.code}: {_message(exc)}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError) as exc:
        print(f"llmstash stats: cannot reach {base}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.json:
            json.dump(data, out, indent=2)
            print(file=out)
        else:
            print(table(data), file=out)
        out.flush()
    except BrokenPipeError:  # `llmstash stats --json | head`: the reader has had enough
        _discard(out)
        return 128 + 13  # as a tool killed by SIGPIPE ends (the shell ignores it in a pipe)
    return 0


def _discard(out: TextIO) -> None:
    """Nothing more reaches `out` (a closed pipe): its buffered rest is dropped, not
    flushed again at exit (Python would print a second BrokenPipeError there)."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def table(data: dict[str, Any]) -> str:
    teams: dict[str, dict[str, Any]] = data.get("teams") or {}
    rows = [[name] + [_cell(key, t[key]) for _, key in COLUMNS[1:]] for name, t in teams.items()]
    if len(rows) > 1:
        total = {key: sum(t[key] for t in teams.values()) for key in next(iter(teams.values()))}
        requests = total["requests"]
        total["hit_rate"] = total["hits"] / requests if requests else 0.0
        total["usd_saved"] = total["usd_micro_saved"] / 1e6
        rows.append(["TOTAL"] + [_cell(key, total[key]) for _, key in COLUMNS[1:]])
    header = [title for title, _ in COLUMNS]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [f"last {data.get('minutes')} minutes"]
    for row in [header, *rows]:
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    if not rows:
        lines.append("(no traffic)")
    return "\n".join(lines)


def _cell(key: str, value: Any) -> str:
    if key == "hit_rate":
        return f"{100 * value:.1f}%"
    if key == "usd_saved":
        return f"${value:.6f}" if value < 1 else f"${value:,.2f}"
    return str(int(value))


def _message(exc: urllib.error.HTTPError) -> str:
    try:
        return str(json.load(exc)["error"]["message"])
    except Exception:
        return exc.reason
