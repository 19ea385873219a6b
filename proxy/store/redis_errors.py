"""Which Redis failures are which: every library or socket error becomes `StoreError` here,
marked as a refusal by a serving server (reads keep working), a refusal of every write, or a
timeout; and which error replies mean a server will never run a script."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from redis.exceptions import (
    AskError,
    ClusterDownError,
    NoPermissionError,
    OutOfMemoryError,
    ReadOnlyError,
    RedisClusterException,
    RedisError,
    ResponseError,
    TryAgainError,
)
from redis.exceptions import TimeoutError as ReadTimeout

from proxy.store.base import StoreError

ERRORS = (RedisError, RedisClusterException, OSError, TimeoutError)


@contextmanager
def converted(op: str) -> Iterator[None]:
    try:
        yield
    except ERRORS as exc:
        raise store_error(op, exc) from exc


def store_error(op: str, exc: BaseException) -> StoreError:
    message = f"redis {op} failed: {type(exc).__name__}: {exc}"
    refused = refusal(exc)
    return StoreError(
        message,
        refused=refused,
        refuses_writes=refused and refuses_writes(exc),
        timed_out=isinstance(exc, (ReadTimeout, TimeoutError)),
    )


# Error replies of a server that is not serving at all (still loading, a busy script, no
# master, a cluster without quorum or mid-resharding): the store is down for now.
_NOT_SERVING = re.compile(r"^(LOADING|BUSY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|MOVED|ASK)\b")
_NOT_SERVING_ERRORS = (ClusterDownError, TryAgainError, AskError)  # redis-py drops the code


def refusal(exc: BaseException) -> bool:
    """Whether `exc` is a serving server's refusal of this one command (OOM under
    `noeviction`, READONLY on a replica, NOPERM, MISCONF, WRONGTYPE, ...): it is up, so
    reads keep working while its writes are refused."""
    if not isinstance(exc, ResponseError) or isinstance(exc, _NOT_SERVING_ERRORS):
        return False
    return _NOT_SERVING.search(str(exc)) is None


# Refusals every write gets for now (a script's own error carries its command's code)
_WRITES_REFUSED = re.compile(r"\b(OOM|READONLY|NOPERM|MISCONF|NOREPLICAS)\b")
_WRITES_REFUSED_ERRORS = (OutOfMemoryError, ReadOnlyError, NoPermissionError)


def refuses_writes(exc: BaseException) -> bool:
    """Whether a refusal is one every write gets (out of memory under `noeviction`, a
    read-only replica or user, a failed snapshot stopping writes), not just this command."""
    return isinstance(exc, _WRITES_REFUSED_ERRORS) or _WRITES_REFUSED.search(str(exc)) is not None


# A server that will never run the script: ACL, a proxy or managed Redis without EVALSHA,
# scripting turned off. Any other error reply (LOADING, BUSY, READONLY, MISCONF, ...) passes.
_NO_SCRIPTS = re.compile(
    r"\bNOPERM\b|unknown command|command (is )?not (allowed|available|supported)"
    r"|scripting (is )?(disabled|not allowed|not supported)",
    re.IGNORECASE,
)
_TRANSIENT = re.compile(r"\b(LOADING|BUSY|READONLY|MASTERDOWN|MISCONF|TRYAGAIN|CLUSTERDOWN|OOM)\b")


def refuses_scripts(exc: ResponseError) -> bool:
    """Whether this error reply means the server will never run the script."""
    message = str(exc)  # redis-py drops the error code its subclasses stand for
    if isinstance(exc, (OutOfMemoryError, ReadOnlyError, TryAgainError, ClusterDownError)):
        return False
    if _TRANSIENT.search(message) is not None:
        return False
    return isinstance(exc, NoPermissionError) or _NO_SCRIPTS.search(message) is not None
