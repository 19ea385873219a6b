"""A real redis-server for tests: loopback only, no persistence, restartable on its port.

    server = RedisServer()
    server.start()          # waits until it answers PING
    server.kill()           # SIGKILL: a crash, clients see refused connections
    server.start()          # back on the same port, empty
    server.stop()

`cluster=True` runs a one-node Redis Cluster that owns every slot, for cluster clients.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

import redis

from tests.ports import free_port

STARTUP_TIMEOUT = 10.0


def _free_port(cluster: bool) -> int:
    """A free loopback port of this test worker's own; for a cluster node, port + 10000 too."""
    return free_port(bus=cluster)


class RedisServer:
    def __init__(self, *, port: int | None = None, cluster: bool = False) -> None:
        executable = shutil.which("redis-server")
        if executable is None:
            raise RuntimeError(
                "redis-server is not on PATH; install the Debian package `redis-server` "
                "(apt-get install redis-server) to run these tests"
            )
        self._executable = executable
        self.port = port or _free_port(cluster)
        self.cluster = cluster
        self._dir = Path(tempfile.mkdtemp(prefix="llmstash-redis-"))
        self._process: subprocess.Popen[bytes] | None = None
        self._paused = False

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start (or restart after stop/kill) on the same port; no-op when running."""
        if self.running:
            self.resume()
            return
        args = [
            self._executable,
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--daemonize", "no",
            "--dir", str(self._dir),
            "--logfile", str(self._log),
        ]  # fmt: skip
        if self.cluster:
            args += ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"]
        self._process = subprocess.Popen(args, stdin=subprocess.DEVNULL)
        self._wait_ready()

    def stop(self) -> None:
        """Terminate and wait (SIGTERM; SIGKILL after 5 s)."""
        if self._process is None:
            return
        self.resume()
        self._process.terminate()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def kill(self) -> None:
        """SIGKILL, to simulate a crash; `start()` brings it back empty."""
        if self._process is None:
            return
        self._process.kill()
        self._process.wait()
        self._process = None
        self._paused = False

    def pause(self) -> None:
        """SIGSTOP: the port still accepts connections but nothing answers (a hung Redis)."""
        if self._process is not None and not self._paused:
            self._process.send_signal(signal.SIGSTOP)
            self._paused = True

    def resume(self) -> None:
        if self._process is not None and self._paused:
            self._process.send_signal(signal.SIGCONT)
            self._paused = False

    def flushall(self) -> None:
        with self._client() as client:
            client.flushall()

    def close(self) -> None:
        """Stop and remove the working directory."""
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def _log(self) -> Path:
        return self._dir / "redis.log"

    def _client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=1.0)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        with self._client() as client:
            while True:
                try:
                    client.ping()
                    if self._ours(client) and (not self.cluster or self._cluster_ready(client)):
                        return
                except redis.ConnectionError:
                    pass
                if self._process is None or self._process.poll() is not None:
                    raise RuntimeError(f"redis-server exited at start:\n{self._log_tail()}")
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"redis-server not ready on {self.port}:\n{self._log_tail()}"
                    )
                time.sleep(0.01)

    def _ours(self, client: redis.Redis) -> bool:
        """The server answering is the one just started, not another on a port it took."""
        assert self._process is not None
        return int(client.info("server")["process_id"]) == self._process.pid

    @staticmethod
    def _cluster_ready(client: redis.Redis) -> bool:
        info = client.execute_command("CLUSTER", "INFO").decode()
        if "cluster_slots_assigned:0\r\n" in info:
            client.execute_command("CLUSTER", "ADDSLOTSRANGE", 0, 16383)
        return "cluster_state:ok" in info

    def _log_tail(self) -> str:
        try:
            return "\n".join(self._log.read_text().splitlines()[-20:])
        except OSError:
            return "(no log)"
