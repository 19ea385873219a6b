"""A chat call across replicas: lead it (the others follow its mirrored answer), follow the
replica that leads it, or take over when that leader is lost; a stream does not wait
byte-less behind another replica's whole-answer (stream=false) call, it leads a streamed
call beside it under `BESIDE`."""

from __future__ import annotations

import time

from multidict import CIMultiDict
from yarl import URL

from proxy.chat_call import ChatCall
from proxy.coordination import Claim, Coordinator, whole
from proxy.entries import unpack_chat
from proxy.flights import Head, Outcome

# the suffix of the key streams coordinate under beside a stream=false flight of the same
# entry, across replicas: one of this replica (`Flights.join`) or of another (its lock
# token says so: `coordination.WHOLE`)
BESIDE = "~stream"


async def stored_answer(call: ChatCall, max_age: float | None) -> bool:
    """Answer `call`'s flight from the store, if the entry is there now (written by the
    leader this request followed, before it gave the lock back) and young enough for the
    request (the entry may still be the one its lookup found too old)."""
    entry = await call.store.get(call.key)
    found = unpack_chat(entry) if entry is not None else None
    if found is None or (max_age is not None and time.time() - found.stored_at > max_age):
        return False
    head = Head(200, CIMultiDict(), False, "application/json")
    call.flight.finish(Outcome(head, found.completion, found.completion))
    return True


async def coordinated(
    coordinator: Coordinator,
    call: ChatCall,
    args: tuple[URL, dict[str, str], bytes, bool],
    wait: float,
    claim: Claim | None = None,
    max_age: float | None = None,
    quiet: float | None = None,
    lock: str | None = None,
) -> None:
    """Lead the call across replicas, or follow the replica that leads it. `claim`: the
    lock as the cache lookup already took it (else it is taken here); `max_age`: the
    request's bound on the age of an entry it may answer with; `quiet`: the upstream's
    read timeout, which bounds a followed leader's silence once its stream has begun (as
    it bounds the leader's own call), where `wait` bounds it before; `lock`: the key the
    replicas coordinate under, if not the entry's (`BESIDE`)."""
    flight = call.flight
    lock = lock or call.key
    stream = args[3]
    may_follow = True
    answered = False  # another replica's leader may have stored the answer meanwhile
    for _ in range(4):  # (one more for a move beside a whole answer's lock)
        if claim is None:
            try:
                claim = await coordinator.acquire(lock, whole=not stream)
            except Exception as exc:  # Redis trouble: go upstream uncoordinated
                coordinator.uncoordinated(lock, exc)
                break
        (leads, token), claim = claim, None
        if not leads:
            if token is None:
                # the lock went between our SET and GET: its leader finished (its answer is
                # stored: lead or hit), or it was given back unused and another request of
                # that replica leads now (follow it)
                answered = True
                continue
            if stream and lock == call.key and whole(token):
                # its leader's answer comes whole (stream=false), on another replica: a
                # stream does not wait byte-less for it, it leads a streamed call beside it,
                # or follows the stream leading one (as `Flights.join` does on a replica)
                lock = call.key + BESIDE
                continue
            if not may_follow:
                break  # someone else took over, but we have waited enough: go ourselves
            flight.remote = True  # its clients are collapsed onto another replica's call
            followed = await coordinator.follow(lock, token, flight, wait, quiet)
            if followed == "done":
                return
            flight.remote = False
            # the leader vanished, or finished before it mirrored anything: try to take
            # over (and follow again if that lock was only given back unused)
            may_follow = followed == "abandoned"
            answered = followed == "takeover"
            continue
        assert token is not None
        if answered and await stored_answer(call, max_age):
            await coordinator.release(lock, token)
            return
        holder = coordinator.hold(lock, token)
        mirror = flight.mirror = coordinator.mirror(lock, token)
        try:
            await call.run(*args)
        finally:
            holder.cancel()
            await mirror.close()  # writes the end, then releases the lock
            if not mirror.released:
                await coordinator.release(lock, token)
        return
    await call.run(*args)
