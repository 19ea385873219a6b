"""`llmstash serve | check-config | hash-key | stats` (also `python -m proxy`)."""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import logging
import os
import signal
import sys
from collections.abc import Mapping, Sequence

from aiohttp import web
from yarl import URL

from proxy import accesslog, config_cli, prices, stats_cli
from proxy.app import SALT_KEY, build_app
from proxy.redact import masked_url
from proxy.settings import ConfigError, Settings
from proxy.settings_load import load_settings
from proxy.supervisor import resolve as resolve_workers
from proxy.supervisor import supervise
from proxy.workers import StartError, defer_hangups, serve

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_LEVEL_ENV = "LLMSTASH_LOG_LEVEL"


def main(argv: Sequence[str] | None = None) -> int:
    _standard_fds_open()
    parser = argparse.ArgumentParser(prog="llmstash", description=__doc__)
    parser.add_argument("--version", action="version", version=f"llmstash {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    serve_cmd = commands.add_parser("serve", help="run the caching proxy")
    serve_cmd.add_argument("--host", help="address to bind (env LLMSTASH_HOST, default 127.0.0.1)")
    serve_cmd.add_argument("--port", type=int, help="port (env LLMSTASH_PORT, default 8080)")
    serve_cmd.add_argument(
        "--upstream",
        help="upstream base URL including /v1 (env LLMSTASH_UPSTREAM, "
        "default https://api.openai.com/v1)",
    )
    serve_cmd.add_argument(
        "--redis-url", help="Redis URL (env LLMSTASH_REDIS_URL); default: embedded memory store"
    )
    serve_cmd.add_argument("--config", help="YAML config file (env LLMSTASH_CONFIG)")
    serve_cmd.add_argument(
        "--workers",
        type=int,
        help="server processes sharing the port (env LLMSTASH_WORKERS; 0: one per CPU; "
        "more than 1 needs Redis)",
    )
    serve_cmd.add_argument(
        "--log-level",
        type=str.upper,
        choices=LOG_LEVELS,
        help=f"log level (env {LOG_LEVEL_ENV}, default INFO)",
    )
    serve_cmd.add_argument("--prices", help="price table override (env LLMSTASH_PRICES)")
    stats_cli.add_parser(commands)
    check = commands.add_parser("check-config", help="validate the config and print it")
    check.add_argument("--config", help="YAML config file (env LLMSTASH_CONFIG)")
    config_cli.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command == "serve":
        defer_hangups()  # (ignored until now: proxy.__main__)
    else:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)

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
        if args.prices:  # read by the app's price table, and checked with the settings
            os.environ[prices.ENV] = args.prices
    try:
        level = log_level(getattr(args, "log_level", None), os.environ)
        settings = load_settings(args.config, overrides=overrides)
        warnings = startup_checks(settings)
    except ConfigError as exc:
        print(f"llmstash: configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command == "check-config":
        for note in (*settings.notes, *warnings):
            print(f"llmstash: warning: {note}", file=sys.stderr)
        print(config_cli.describe(settings))
        return 0
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    workers = resolve_workers(settings.server.workers)
    if settings.server.access_log:
        accesslog.configure()  # JSON lines on stdout
    config_log = logging.getLogger("llmstash.config")
    for note in (*settings.notes, *warnings):
        config_log.warning("%s", note)
    if settings.store.redis_url and not settings.key_salt:
        config_log.warning(
            "no key_salt configured: cache entries are scoped by the salt kept in the Redis "
            "key %r (created by the first replica); if that key is lost (FLUSHALL, a new "
            "Redis) every entry becomes unreachable and team credentials cannot be used. "
            "Set key_salt (LLMSTASH_KEY_SALT) in production",
            SALT_KEY,
        )
    logging.getLogger("llmstash").info(
        "llmstash on http://%s:%d/v1 -> %s (store: %s)",
        settings.server.host,
        settings.server.port,
        masked_url(settings.upstream.url),
        masked_url(settings.store.redis_url or "embedded memory store"),
    )

    def serve_one() -> None:
        _use_uvloop()
        app = build_app(settings, loader=lambda: load_settings(args.config, overrides=overrides))
        app.on_startup.append(_freeze_heap)
        serve(
            app,
            host=settings.server.host,
            port=settings.server.port,
            shutdown_timeout=settings.server.shutdown_timeout,
            drain_delay=settings.server.drain_delay,
            reuse_port=workers > 1,
            access_log=None,  # llmstash.access writes the one JSON line per request
        )

    try:
        if workers == 1:
            serve_one()
            return 0
        return supervise(workers, serve_one)
    except ConfigError as exc:
        print(f"llmstash: configuration error: {exc}", file=sys.stderr)
        return 2
    except StartError as exc:
        print(f"llmstash: {exc}", file=sys.stderr)
        return 1


def log_level(flag: str | None, env: Mapping[str, str]) -> str:
    """The log level: `--log-level`, else LLMSTASH_LOG_LEVEL, else INFO (checked by `serve`
    and `check-config` alike)."""
    level = flag or env.get(LOG_LEVEL_ENV, "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"{LOG_LEVEL_ENV}={level!r} is not one of {', '.join(LOG_LEVELS)}")
    return level


def startup_checks(settings: Settings) -> list[str]:
    """What `serve` and `check-config` refuse (ConfigError) or warn about (returned): every
    check of the settings `serve` makes before it listens."""
    if resolve_workers(settings.server.workers) > 1 and not settings.store.redis_url:
        raise ConfigError(
            "'server.workers' > 1 needs a shared store (--redis-url): each worker would keep "
            "its own embedded cache"
        )
    url = URL(settings.upstream.url)
    if url.raw_user is not None or url.raw_password is not None:
        # aiohttp cannot send URL credentials beside the caller's Authorization header (every
        # request would fail), and turning them into Basic auth for callers without a key
        # would let anyone reach the upstream on the operator's account
        raise ConfigError(
            f"{settings.source}: 'upstream.url' must not carry credentials "
            f"({masked_url(settings.upstream.url)}): callers send their own API key; to give "
            "a team a key of its own, use the team file's upstream_key_env"
        )
    warnings = []
    if not url.path.rstrip("/").endswith("/v1"):
        warnings.append(
            f"'upstream.url' {masked_url(settings.upstream.url)} does not end in /v1: "
            "requests to /v1/<path> go to <upstream.url>/<path> (fine if this server uses "
            "another prefix, e.g. https://host/openai/v1 or /api/v1)"
        )
    return warnings


def _version() -> str:
    try:
        return importlib.metadata.version("llmstash")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"


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


def _standard_fds_open() -> None:
    """A process started with stdin, stdout or stderr closed (some daemon managers do) would
    hand that number to its first socket: libuv (uvloop) aborts when it closes fd 0-2, and
    what is logged to "stderr" would go to a client. They are opened on /dev/null first (and
    Python's own streams with them, so logging and the shutdown watchdog still work)."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)  # takes `fd`: lowest free
    if sys.stdout is None:
        sys.stdout = open(1, "w", closefd=False)
    if sys.stderr is None:
        sys.stderr = open(2, "w", closefd=False)
