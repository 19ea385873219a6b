"""The follower's side of a cross-replica flight: `follow` asks the leader's replica to
mirror its flight (`proxy.mirror_asks`) and reads the live Redis Stream (`XREAD BLOCK`)
into a local flight, or says when the caller should call the upstream itself. See
`proxy.coordination`.

Leader crash: the lock expires (it is refreshed while the call runs); a follower that sees
no lock and nothing new takes over and calls the upstream itself.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any, Literal

import orjson

from proxy.errors import LeaderLost
from proxy.flights import Flight
from proxy.mirror_asks import MirrorAsks
from proxy.replica_keys import live_key, lock_key
from proxy.stream_mirror import read_end, read_head

log = logging.getLogger("llmstash.coordination")

BLOCK_MS = 1_000
_ASK_EVERY = 0.25  # a follower that has received nothing asks for the mirror again
_ASK_UNHEARD = 0.02  # ... sooner while its ask reached nobody (the leader's replica is
# (re)subscribing)
_GRACE = 2.0  # seconds past the leader's read timeout for its end record to arrive

Followed = Literal["done", "takeover", "abandoned"]


async def follow(
    client: Any,
    asks: MirrorAsks,
    unsure: Mapping[str, str],
    key: str,
    token: str,
    flight: Flight,
    wait: float,
    quiet: float | None = None,
) -> Followed:
    """Feed `flight` from the leader's live stream until it ends ("done"), or say the
    caller should call the upstream itself ("takeover": leader gone before anything
    arrived, silent for `wait` seconds, or Redis failed; "abandoned": the lock was
    given back unused or given up by a stopping replica before anything arrived, or is
    one this replica took without knowing it (its token in `unsure`, see
    `Coordinator.acquire`), so the caller may try for it again at no cost).
    Once something arrived, a silence of the leader whose lock is held is bounded by
    `quiet` (the upstream's read timeout, which bounds the leader's own call; its end
    record gets `_GRACE` more to arrive), not by `wait`.
    `client` does the blocking reads; `asks` asks the leader's replica to mirror."""
    last: bytes | str = "0-0"
    received = False
    expected = 0  # the number of the next record (records of older replicas have none)
    deadline = time.monotonic() + wait
    stream = live_key(key, token)
    asked, again, unheard = 0.0, 0.0, 0
    try:
        while True:
            if not received and unsure.get(key) == token:
                # the lock is this replica's own (a lock attempt whose reply came late):
                # nobody writes this stream, so the caller takes the lock over
                return "abandoned"
            now = time.monotonic()
            remaining = deadline - now
            if remaining <= 0:
                break
            wake = BLOCK_MS / 1000
            if not received:  # ask (again: a message is lost if nobody listened yet)
                if now - asked >= again:
                    heard = await asks.ask(token, stream)
                    unheard = 0 if heard else unheard + 1
                    # (a replica that never listens, e.g. an older version: not 50/s)
                    quick = 0 < unheard <= 10
                    asked, again = now, _ASK_UNHEARD if quick else _ASK_EVERY
                wake = again
            block = max(1, int(min(remaining, wake) * 1000))
            answer = await client.xread({stream: last}, count=1024, block=block)
            if not answer:
                if await client.exists(lock_key(key)):
                    continue  # leader alive, just quiet
                answer = await client.xread({stream: last}, count=1024)
                if not answer:
                    break  # leader gone without an end
            for record_id, fields in answer[0][1]:
                last = record_id
                number = fields.get(b"n")
                if number is not None and int(number) != expected:
                    raise LookupError(f"record {expected} of the stream is gone")
                expected += 1
                kind = fields[b"t"]
                if kind == b"h":
                    flight.set_head(read_head(orjson.loads(fields[b"d"])))
                    received = True
                elif kind in (b"e", b"u"):
                    flight.publish(fields[b"d"], kind == b"u")
                    received = True
                elif kind == b"x":
                    read_end(flight, orjson.loads(fields[b"d"]), fields.get(b"b", b""))
                    return "done"
                elif kind == b"a":  # given back unused, or given up (its replica stops)
                    if not received:
                        return "abandoned"
                    flight.fail(LeaderLost("the replica answering this request stopped midway"))
                    return "done"
            # silence, not length, is bounded: by `wait` until the stream begins, then as
            # the leader's call bounds it (a long pause of a model, e.g. while it thinks)
            silence = wait if not received or quiet is None else max(wait, quiet + _GRACE)
            deadline = time.monotonic() + silence
    except Exception as exc:
        log.warning("following the leader of %s failed: %r", key, exc)
    if received:
        flight.fail(LeaderLost("the replica answering this request stopped midway"))
        return "done"
    return "takeover"
