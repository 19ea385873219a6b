"""Names in Redis of what replicas share about one flight: its lock, its live stream, and
the channel on which followers ask the leader's replica to mirror it. See
`proxy.coordination`."""

from __future__ import annotations


def lock_key(key: str) -> str:
    return key.replace(":c:", ":lock:", 1)


def live_key(key: str, token: str) -> str:
    """One stream per flight: a follower never reads an earlier flight's records."""
    return key.replace(":c:", ":live:", 1) + ":" + token


def mirror_channel(token: str) -> str:
    """Where followers ask the replica holding lock `token` to mirror its flight: one
    channel per replica (the token's prefix), so a replica subscribes once."""
    return "ls:mirror:" + token.partition(".")[0]
