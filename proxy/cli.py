"""`llmstash serve | check-config | hash-key | stats` (also `python -m proxy`)."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence

from aiohttp import web

from proxy import accesslog, config_cli, prices, stats_cli
from proxy.app import build_app
from proxy.settings import ConfigError, load_settings
from proxy.workers import resolve as resolve_workers
from proxy.workers import supervise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="llmstash", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the caching proxy")
    serve.add_argument("--host", help="address to bind (env LLMSTASH_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (env LLMSTASH_PORT, default 8080)")
    serve.add_argument(
        "--upstream",
        help="upstream base URL including /v1 (env LLMSTASH_UPSTREAM, "
        "default https://api.openai.com/v1)",
    )
    serve.add_argument(
        "--redis-url", help="Redis URL (env LLMSTASH_REDIS_URL); default: embedded memory store"
    )
    serve.add_argument("--config", help="YAML config file (env LLMSTASH_CONFIG)")
    serve.add_argument(
        "--workers",
        type=int,
        help="server processes sharing the port (env LLMSTASH_WORKERS; 0: one per CPU; "
        "more than 1 needs Redis)",
    )
    serve.add_argument("--log-level", default="INFO")
    serve.add_argument("--prices", help="price table override (env LLMSTASH_PRICES)")
    stats_cli.add_parser(commands)
    check = commands.add_parser("check-config", help="validate the config and print it")
    check.add_argument("--config", help="YAML config file (env LLMSTASH_CONFIG)")
    config_cli.add_parser(commands)
    args = parser.parse_args(argv)

    if args.command == "stats":
        return stats_cli.run(args)
    if args.command == "hash-key":
        return config_cli.run_hash_key(args)
    overrides = {}
    if args.command == "serve":
        overrides = {
            "server": {"host": args.host, "port": args.port, "workers": args.workers},
            "upstream": {"url": args.upstream},
            "store": {"redis_url": args.redis_url},
        }
    try:
        settings = load_settings(args.config, overrides=overrides)
    except ConfigError as exc:
        print(f"llmstash: configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command == "check-config":
        for note in settings.notes:
            print(f"llmstash: warning: {note}", file=sys.stderr)
        print(config_cli.describe(settings))
        return 0
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    workers = resolve_workers(settings.server.workers)
    if workers > 1 and not settings.store.redis_url:
        print(
            "llmstash: configuration error: 'server.workers' > 1 needs a shared store "
            "(--redis-url): each worker would keep its own embedded cache",
            file=sys.stderr,
        )
        return 2
    if args.prices:
        os.environ[prices.ENV] = args.prices  # read when the app loads its price table
    if settings.server.access_log:
        accesslog.configure()  # JSON lines on stdout
    store = settings.store.redis_url or "embedded memory store"
    for note in settings.notes:
        logging.getLogger("llmstash.config").warning("%s", note)
    logging.getLogger("llmstash").info(
        "llmstash on http://%s:%d/v1 -> %s (store: %s)",
        settings.server.host,
        settings.server.port,
        settings.upstream.url,
        store,
    )

    def serve_one() -> None:
        _use_uvloop()
        app = build_app(settings, loader=lambda: load_settings(args.config, overrides=overrides))
        app.on_startup.append(_freeze_heap)
        web.run_app(
            app,
            host=settings.server.host,
            port=settings.server.port,
            access_log=logging.getLogger("aiohttp.access") if settings.server.access_log else None,
            print=None,
            reuse_port=workers > 1,
        )

    try:
        if workers == 1:
            serve_one()
            return 0
        return supervise(workers, serve_one)
    except ConfigError as exc:
        print(f"llmstash: configuration error: {exc}", file=sys.stderr)
        return 2


async def _freeze_heap(app: web.Application) -> None:
    """Once started: what exists now (modules, config, the rebuilt index's objects) lives as
    long as the process, so the garbage collector stops walking it on every full pass."""
    gc.collect()
    gc.freeze()


def _use_uvloop() -> None:
    try:
        import uvloop
    except ImportError:
        return
    uvloop.install()


if __name__ == "__main__":
    raise SystemExit(main())
