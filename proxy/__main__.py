"""`python -m proxy` and the `llmstash` command.

SIGHUP asks a running server to reload its config, and its default action kills the
process: until `llmstash serve` takes it over (proxy.workers), it is ignored. Nothing is lost:
the config is read after the modules load, and a SIGHUP that comes while the app starts is
kept and replayed once it is up."""

import signal


def run() -> int:
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # first: the imports below take ~0.5 s
    from proxy.cli import main

    return main()


if __name__ == "__main__":
    raise SystemExit(run())
