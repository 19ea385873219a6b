"""Live configuration: team versions kept fresh, and reloads on SIGHUP or when files change.

A reload builds new Settings from the same sources (file, environment, flags) and swaps them
into the app's Tenancy in one assignment; a request resolves its tenant once at its start, so
in-flight requests finish under the old policy. A bad new config is rejected with a log line
naming file, team and key, and the old one stays. Server, upstream and store settings are
fixed for the life of the process (a change is logged as "needs restart" and ignored; a store
setting only when the running store reads it); a new
`key_salt` is rejected, since the running salt would no longer match the teams' hashes.

A file caught mid-write is not applied: the watcher loads a change only once the files have
stayed the same for one more poll, and a reload refuses a config or team file that is empty
(unless it was already empty in the running config): a file truncated by an in-place write
would otherwise read as all defaults, or as a team without its credentials. Files that change
at every poll for `STILL_CHANGING` polls are reported as a rejection (a warning, `/healthz`,
the metric) until a reload takes: they are never applied, and nothing would say so.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import signal
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from aiohttp import web

from proxy.appkeys import STORE, TENANCY
from proxy.settings import ConfigError, Settings
from proxy.tasks import spawn, stopping
from proxy.tasks import stop as stop_tasks
from proxy.teams import SUFFIXES
from proxy.tenancy import Tenancy
from proxy.versions import VersionPoller

log = logging.getLogger("llmstash.config")
Loader = Callable[[], Settings]
Fingerprint = tuple[tuple[str, int, int, int], ...]
FIXED = ("server", "upstream", "store")  # sections that only a restart changes
# store keys that only one kind of store reads (`proxy.store.open_store`)
MEMORY_ONLY = frozenset({"store.memory_max_bytes"})
REDIS_ONLY = frozenset(
    {"store.cluster", "store.op_timeout", "store.failure_threshold", "store.cooldown"}
)
# upstream keys read only when the pool is bounded (`upstream.max_connections` > 0)
POOL_BOUND = frozenset(
    {"upstream.pool_timeout", "upstream.drain_share", "upstream.passthrough_share"}
)
SAME_HANGUP = 1.0  # seconds: a SIGHUP this soon after one whose reload read the same files
STILL_CHANGING = 5  # polls in a row that find the files changed again: said, as a rejection
WATCH_INTERVAL = 1.0  # seconds between looks at the config files (mtime, size, inode)
VERSION_INTERVAL = 0.5  # seconds between reads of the teams' version counters


def live_config(loader: Loader | None) -> Callable[[web.Application], AsyncIterator[None]]:
    """A cleanup_ctx (after the one that opens the store and tenancy): polls the version
    counters, and with a `loader` reloads the config on SIGHUP and when its files change
    (the intervals are read when the app starts: tests shorten them)."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        tenancy = app[TENANCY]
        poller = VersionPoller(
            app[STORE], tenancy.counters, lambda: tenancy.scopes, VERSION_INTERVAL
        )
        await poller.refresh()
        tasks: set[asyncio.Task[None]] = set()
        spawn(tasks, poller.run())
        hup = False
        if loader is not None:
            reloader = Reloader(tenancy, loader, poller)
            app[CONFIG_STATUS] = reloader.status
            spawn(tasks, reloader.watch(WATCH_INTERVAL))

            async def on_hup() -> None:
                await reloader.hangup()

            hup = _on_sighup(lambda: spawn(tasks, on_hup()))
        yield
        if hup:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
        await stop_tasks(list(tasks))

    return context


@dataclasses.dataclass(slots=True)
class ConfigStatus:
    """Whether the running config is the one on disk: the last reload's rejection, until a
    reload succeeds (`/healthz` and `/metrics` show it: a rejected file is otherwise only
    an ERROR line, and the process goes on with the old config unnoticed)."""

    rejected: str | None = None  # why the last reload was refused
    rejected_at: float | None = None  # unix seconds
    reloaded_at: float | None = None  # the last reload that took


CONFIG_STATUS = web.AppKey("config_status", ConfigStatus)


class Reloader:
    def __init__(self, tenancy: Tenancy, loader: Loader, poller: VersionPoller) -> None:
        self._tenancy = tenancy
        self._loader = loader
        self._poller = poller
        self.status = ConfigStatus()
        self._lock = asyncio.Lock()
        self._seen = fingerprint(tenancy.settings)
        self._empty = _empty(self._seen)  # files empty in the running config: they may stay
        self._last_hup: tuple[float, Fingerprint] | None = None  # when, files then

    async def hangup(self) -> None:
        """A SIGHUP. One that reaches a process as it starts can be delivered twice (the
        event loop's wakeup of a handler installed meanwhile, and the replay of the one
        noted before: `proxy.workers._Hangups`): a second within `SAME_HANGUP` seconds of a
        reload that read the same files is that reload."""
        now = time.monotonic()
        files = fingerprint(self._tenancy.settings)
        last = self._last_hup
        if last is not None and now - last[0] < SAME_HANGUP and last[1] == files:
            log.debug("SIGHUP right after a reload of the same files: already done")
            return
        self._last_hup = (now, files)
        await self.reload("SIGHUP")

    async def watch(self, interval: float) -> None:
        """Reload when a config file is written, added or removed (mtime polling), once the
        files have stayed as they are for one more poll: a file still being written (in
        place, slowly) is not loaded half-written."""
        changed: Fingerprint | None = None  # a change seen at the last poll
        streak = 0  # polls in a row that found the files changed again
        while not stopping():
            await asyncio.sleep(interval)
            current = fingerprint(self._tenancy.settings)
            if current == self._seen or current != changed:
                changed = None if current == self._seen else current  # wait one poll more
                streak = 0 if changed is None else streak + 1
                if streak == STILL_CHANGING:  # once per streak
                    self._still_changing(streak * interval)
                continue
            changed, streak = None, 0
            self._seen = current  # a rejected version is not retried until it changes
            try:
                await self.reload("files changed")
            except Exception:  # never let the watcher die
                log.exception("config reload failed, the previous config stays")

    async def reload(self, reason: str) -> bool:
        """Load and swap in a new config; False (and the old one stays) when it is bad."""
        async with self._lock:
            old = self._tenancy.settings
            # the files as they were before the load: one written while it runs (after its
            # file was read) must still look changed to the watcher, or that write (a key
            # taken from a team, say) would never be loaded
            seen = fingerprint(old)
            if why := self._emptied(seen):
                return self._refused(reason, why)
            try:
                new = await asyncio.to_thread(self._loader)
            except ConfigError as exc:
                return self._refused(reason, str(exc))
            except Exception as exc:
                log.exception("config reload (%s) failed, the previous config stays", reason)
                return self._rejected(f"{type(exc).__name__}: {exc}")
            if why := self._emptied(fingerprint(new)):  # emptied while it was read
                return self._refused(reason, why)
            if new.key_salt != old.key_salt:
                why = f"{new.source}: 'key_salt' changed; a new salt needs a restart"
                return self._refused(reason, why)
            for key in restart_needed(old, new):
                log.warning("config: %s: '%s' changed: needs restart (ignored)", new.source, key)
            new = dataclasses.replace(
                new, server=old.server, upstream=old.upstream, store=old.store
            )
            for note in new.notes:
                log.warning("config: %s", note)
            await self._poller.refresh(team.scope for team in new.teams.values())
            self._tenancy.update(new)
            self._seen = seen
            self._empty = _empty(seen)
            self.status.rejected = self.status.rejected_at = None
            self.status.reloaded_at = time.time()
            log.info("config reloaded (%s): %d teams from %s", reason, len(new.teams), new.source)
            return True

    def _still_changing(self, seconds: float) -> None:
        """Files that change at every poll (a writer that never stops, a sync agent
        rewriting them): never loaded, which the status says until a reload takes."""
        why = f"config files still changing after {seconds:g} s; not applied"
        log.warning("%s (they are loaded once they stay the same for one poll)", why)
        self._rejected(why)

    def _emptied(self, files: Fingerprint) -> str | None:
        """Why a reload of `files` is refused when one of them is empty and was not in the
        running config (an in-place write caught between its truncation and its content)."""
        emptied = sorted(_empty(files) - self._empty)
        if not emptied:
            return None
        return (
            f"{', '.join(emptied)}: empty (a write caught half-way?); write config files "
            "atomically (write a temporary file, then rename it over the old one)"
        )

    def _refused(self, reason: str, why: str) -> bool:
        log.error("config reload (%s) rejected, the previous config stays: %s", reason, why)
        return self._rejected(why)

    def _rejected(self, why: str) -> bool:
        self.status.rejected, self.status.rejected_at = why, time.time()
        return False


def restart_needed(old: Settings, new: Settings) -> list[str]:
    """Keys of the sections a running process cannot change that differ between the two,
    but a setting that neither the running process nor one started with `new` reads
    (`memory_max_bytes` with Redis, the Redis client's settings with the memory store, the
    pool's shares and wait with an unbounded pool)."""
    unused = _unused_by(old) & _unused_by(new)
    changed = []
    for section in FIXED:
        before, after = getattr(old, section), getattr(new, section)
        for f in dataclasses.fields(before):
            if getattr(before, f.name) != getattr(after, f.name):
                changed.append(f"{section}.{f.name}")
    return [key for key in changed if key not in unused]


def _unused_by(settings: Settings) -> frozenset[str]:
    """The fixed keys a process started with these settings never reads."""
    unused = REDIS_ONLY if not settings.store.redis_url else MEMORY_ONLY
    return unused | POOL_BOUND if not settings.upstream.max_connections else unused


def fingerprint(settings: Settings) -> Fingerprint:
    """(path, inode, mtime, size) of the config file and of every team file: any write,
    addition or removal changes it. The inode tells a replaced file (as config tools and
    Kubernetes write them) of the same size from the old one even where mtimes are coarse
    (1 s, or set back by a copy that keeps them)."""
    paths = []
    if settings.source != "<defaults>":
        paths.append(Path(settings.source))
    if settings.teams_dir:
        directory = Path(settings.teams_dir)
        try:
            paths += sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES)
        except OSError:
            pass
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            stamps.append((str(path), -1, -1, -1))
        else:
            stamps.append((str(path), stat.st_ino, stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


def _empty(files: Fingerprint) -> frozenset[str]:
    """The paths of `files` that are there and empty."""
    return frozenset(path for path, _, _, size in files if size == 0)


def _on_sighup(callback: Callable[[], object]) -> bool:
    """Call `callback` on SIGHUP (one app per process: the last one started receives it)."""
    try:
        asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, callback)
    except (NotImplementedError, RuntimeError, ValueError, AttributeError):
        return False  # no signals here (Windows, or not the main thread)
    return True
