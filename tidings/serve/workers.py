"""Several server processes on one port, with the kernel spreading connections.

uvicorn's own `workers=N` shares one listening socket, and whichever process
wakes first accepts every connection waiting at that moment: fifty clients
that connect at once can land 40/10, and as connections are kept alive the
busy process stays busy. Here each process listens on a socket of its own
bound with SO_REUSEPORT, so Linux hashes each new connection to one of them.
Where SO_REUSEPORT is missing, uvicorn's shared socket is used instead.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass

APP_FACTORY = "tidings.serve.app:app_from_env"  # each process builds its app from the environment


@dataclass(frozen=True)
class Listen:
    host: str
    port: int
    keep_alive_s: int


def can_share_port() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def bind(listen: Listen) -> socket.socket:
    """A socket bound to the address, one of a group that share the port."""
    family = socket.AF_INET6 if ":" in listen.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((listen.host, listen.port))
    except OSError:
        sock.close()
        raise
    return sock


def _check_free(listen: Listen) -> None:
    """Raise OSError if something listens on the address already.

    Bound without SO_REUSEPORT: another `tidings serve` on the same port
    would otherwise be joined, not refused, and the two would split its
    traffic. Done here, so a port in use is reported once, before any
    process starts.
    """
    family = socket.AF_INET6 if ":" in listen.host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((listen.host, listen.port))


def run_workers(count: int, listen: Listen) -> int:
    """Run `count` server processes until one stops or this one is told to; the exit status."""
    _check_free(listen)
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_serve_one, args=(listen,), daemon=True) for _ in range(count)]
    for process in processes:
        process.start()

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    try:
        # when any process ends (it failed to start, or was killed), the others go too
        multiprocessing.connection.wait([p.sentinel for p in processes])
        failed = next((p.exitcode for p in processes if p.exitcode), 0)
    except (KeyboardInterrupt, SystemExit):
        failed = 0
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(10)
    return failed


def _serve_one(listen: Listen) -> None:
    import uvicorn

    _stop_with_parent()
    sock = bind(listen)
    config = uvicorn.Config(APP_FACTORY, factory=True, log_level="warning", timeout_keep_alive=listen.keep_alive_s)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    sys.exit(0)


def _stop_with_parent(every_s: float = 1.0) -> None:
    """Shut this process down (as if told to stop) once its parent is gone:
    a parent that is killed outright cannot stop its workers itself."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every_s)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
