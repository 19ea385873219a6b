"""Answering followers' asks to mirror a flight. Each replica listens on its own channel
(`mirror_channel`, named by its lock tokens' prefix); a follower on another replica that
finds a lock taken publishes the flight's live stream there, and the replica leading it
starts the flight's mirror (`proxy.stream_mirror`), from its start. See
`proxy.coordination`.

A flight nobody follows writes nothing to Redis: mirroring every miss cost a write per
streamed token and kept every token in Redis for the stream's lifetime.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING

from redis.exceptions import NoPermissionError, ResponseError

from proxy.replica_keys import live_key, lock_key, mirror_channel
from proxy.stream_mirror import StreamMirror
from proxy.tasks import stopping
from proxy.throttled import ThrottledLog

if TYPE_CHECKING:
    from proxy.coordination import Coordinator

log = logging.getLogger("llmstash.coordination")

# The listener's own check: after this long without a message it publishes one to itself,
# and a subscription that does not echo it within _ECHO_WAIT is connected anew (a NAT or
# load balancer that drops an idle flow leaves a socket that never errs, and never hears).
_LISTEN_CHECK = 30.0
_ECHO_WAIT = 5.0
_ECHO = b"\x00echo"
_MAX_EARLY = 4096  # asks for flights not started yet remembered


class MirrorAsks:
    """The mirrors of the flights this replica leads, each started once a follower asks
    for it, and the listener that hears those asks (on the coordinator's client)."""

    def __init__(self, coordinator: Coordinator, throttled: ThrottledLog) -> None:
        self._coordinator = coordinator
        self._log = throttled
        self._mirrors: dict[bytes, StreamMirror] = {}  # live stream -> this replica's flight
        # streams asked for before their flight's mirror existed (the lock is taken a few
        # steps before the call starts): mirrored from the start once it does
        self._early: dict[bytes, None] = {}
        self._listener: asyncio.Task[None] | None = None
        self._closing = False
        # Redis refused this replica's subscription (an ACL user without channels, Redis
        # 7's default): nobody can ask it, so it mirrors every flight, as before on demand
        self._mirror_all = False
        self._ask_refused = False  # (logged once)

    async def close(self) -> None:
        self._closing = True
        if self._listener is not None:
            self._listener.cancel()  # (redis-py may turn the cancellation into an error)
            await asyncio.wait([self._listener], timeout=1.0)

    def mirror(self, key: str, token: str) -> StreamMirror:
        """The mirror of a flight this replica leads under `token`: it writes to Redis only
        once a follower on another replica asks for it."""
        mirror = StreamMirror(self._coordinator, live_key(key, token), lock_key(key), token)
        stream = mirror.stream.encode()
        self._mirrors[stream] = mirror
        self.listening()
        if stream in self._early or self._mirror_all:
            self._early.pop(stream, None)
            mirror.activate()
        return mirror

    def listening(self) -> None:
        """Listen for followers' asks from the first lock attempt on (so the first flight's
        follower is heard too), until closed."""
        if self._closing or self._mirror_all:
            return
        if self._listener is None or self._listener.done():
            self._listener = asyncio.create_task(self._listen(), name="llmstash-mirror-asks")

    def _asked(self, stream: bytes) -> None:
        mirror = self._mirrors.get(stream)
        if mirror is not None:
            mirror.activate()
            return
        # (the oldest first: flights that never came)
        if len(self._early) >= _MAX_EARLY and stream not in self._early:
            del self._early[next(iter(self._early))]
        self._early[stream] = None

    def forget(self, mirror: StreamMirror) -> None:
        self._mirrors.pop(mirror.stream.encode(), None)

    async def _listen(self) -> None:
        """Start the mirror of each flight a follower asks for (this replica's channel)."""
        coordinator = self._coordinator
        channel = mirror_channel(coordinator.token())
        while not (self._closing or stopping()):
            pubsub = None
            try:
                # a cluster client must know its slots first (its pubsub picks the node by
                # the channel's): the listener starts alongside the first lock command
                await coordinator.client.initialize()
                pubsub = coordinator.client.pubsub()
                await pubsub.subscribe(channel)
                heard, echo = time.monotonic(), 0.0  # last message; when an echo went out
                while not (self._closing or stopping()):  # (see proxy.tasks)
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1)
                    now = time.monotonic()
                    if message is not None and message["type"] == "message":
                        heard, echo = now, 0.0
                        if message["data"] != _ECHO:
                            self._asked(message["data"])
                    elif echo and now - echo > _ECHO_WAIT:
                        raise ConnectionError("the subscription did not echo: connecting anew")
                    elif not echo and now - heard > _LISTEN_CHECK:
                        echo = now
                        with contextlib.suppress(ResponseError):  # (no right to publish)
                            await coordinator.command("PUBLISH", channel, _ECHO)
            except NoPermissionError as exc:
                log.warning(
                    "may not subscribe to %s (%s): every flight is mirrored to other "
                    "replicas (grant the ACL user &ls:mirror:* to mirror only on demand)",
                    channel,
                    exc,
                )
                self._mirror_all = True
                self._early.clear()
                for mirror in list(self._mirrors.values()):
                    mirror.activate()
                return
            except Exception as exc:  # Redis trouble: followers time out and go upstream
                if self._closing:
                    return
                self._log.info("listen", "listening for mirror requests failed: %r", exc)
                await asyncio.sleep(1.0)
            finally:
                if pubsub is not None:
                    with contextlib.suppress(Exception):
                        await pubsub.aclose()

    async def ask(self, token: str, stream: str) -> int:
        """Ask the replica holding lock `token` to mirror its flight: how many heard it.
        An ask Redis refuses (no channel permission) reached nobody, but the leader's
        replica, refused alike, mirrors every flight: keep following."""
        try:
            return int(await self._coordinator.command("PUBLISH", mirror_channel(token), stream))
        except ResponseError as exc:
            if not self._ask_refused:
                self._ask_refused = True
                log.warning("may not ask for mirrors (PUBLISH refused: %s)", exc)
            return 0
