"""Free loopback ports for servers the tests start themselves and may restart on the same
port (redis-server, `llmstash serve`).

A port from `bind(0)` comes from the kernel's ephemeral range, which every outgoing
connection also draws from, and which every pytest-xdist worker shares: a server killed and
restarted on "its" port can find it taken by another worker's server, and a start that then
fails to bind while the other server answers PING would point the test at a stranger. So
these ports come from below the ephemeral range, and each xdist worker draws from its own
residue class (port % workers == worker index): two workers never pick the same port.
"""

from __future__ import annotations

import os
import random
import socket
from pathlib import Path

_LOW, _HIGH = 10_000, 20_000  # (a cluster node's bus port, port + 10,000, stays below 30,000)


def _ephemeral_low() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32_768


def _worker() -> tuple[int, int]:
    """(this worker's index, the number of workers); (0, 1) without xdist."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "")
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    index = int(name[2:]) if name.startswith("gw") and name[2:].isdigit() else 0
    return index % max(count, 1), max(count, 1)


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port(*, bus: bool = False) -> int:
    """A port free now, of this worker's own; `bus`: port + 10,000 free too (a cluster
    node's bus port)."""
    if _ephemeral_low() <= _HIGH + 10_000:  # an unusual range: fall back to the kernel's pick
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            return int(sock.getsockname()[1])
    index, count = _worker()
    for _ in range(1000):
        port = random.randrange(_LOW + index, _HIGH, count)
        if _free(port) and (not bus or _free(port + 10_000)):
            return port
    raise RuntimeError("no free loopback port for a test server")
