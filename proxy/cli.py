"""`llmstash serve | check-config` (also `python -m proxy`)."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from aiohttp import web

from proxy.app import build_app
from proxy.settings import ConfigError, Settings, load_settings


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
    serve.add_argument("--log-level", default="INFO")
    check = commands.add_parser("check-config", help="validate the config and print it")
    check.add_argument("--config", help="YAML config file (env LLMSTASH_CONFIG)")
    args = parser.parse_args(argv)

    overrides = {}
    if args.command == "serve":
        overrides = {
            "server": {"host": args.host, "port": args.port},
            "upstream": {"url": args.upstream},
            "store": {"redis_url": args.redis_url},
        }
    try:
        settings = load_settings(args.config, overrides=overrides)
    except ConfigError as exc:
        print(f"llmstash: configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command == "check-config":
        print(_describe(settings))
        return 0
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    _use_uvloop()
    store = settings.store.redis_url or "embedded memory store"
    logging.getLogger("llmstash").info(
        "llmstash on http://%s:%d/v1 -> %s (store: %s)",
        settings.server.host,
        settings.server.port,
        settings.upstream.url,
        store,
    )
    web.run_app(
        build_app(settings),
        host=settings.server.host,
        port=settings.server.port,
        access_log=logging.getLogger("aiohttp.access") if settings.server.access_log else None,
        print=None,
        reuse_port=settings.server.workers > 1,
    )
    return 0


def _use_uvloop() -> None:
    try:
        import uvloop
    except ImportError:
        return
    uvloop.install()


def _describe(settings: Settings) -> str:
    import dataclasses
    import json

    return json.dumps(dataclasses.asdict(settings), indent=2, default=str)


if __name__ == "__main__":
    raise SystemExit(main())
