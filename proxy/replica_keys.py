"""Names in Redis of what replicas share about one flight: its lock, its live stream, and
the channel on which followers ask the leader's replica to mirror it. See
`proxy.coordination`."""

from __future__ import annotations


def lock_key(key: str) -> str:
    return _renamed(key, ":lock:")


def live_key(key: str, token: str) -> str:
    """One stream per flight: a follower never reads an earlier flight's records."""
    return _renamed(key, ":live:") + ":" + token


def _renamed(key: str, kind: str) -> str:
    """Entry `key` (`...:c:<digest>`) with its last `:c:` made `kind`. The last: a
    namespace may be `c` itself (`ls:t:v0:n:c:c:<digest>`), and renaming the first would
    make the lock of one namespace the entry key of another (namespace `lock`)."""
    head, _, digest = key.rpartition(":c:")
    return head + kind + digest


def mirror_channel(token: str) -> str:
    """Where followers ask the replica holding lock `token` to mirror its flight: one
    channel per replica (the token's prefix), so a replica subscribes once."""
    return "ls:mirror:" + token.partition(".")[0]
