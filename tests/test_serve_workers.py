"""`tidings serve --workers N`: N processes, each listening on its own socket on one port."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytest.importorskip("fastapi")
from click.testing import CliRunner  # noqa: E402
from test_api_cache import add_late_article  # noqa: E402
from test_api_fixtures import build_store  # noqa: E402

from tidings.cli import main  # noqa: E402
from tidings.serve import workers  # noqa: E402

pytestmark = pytest.mark.skipif(not workers.can_share_port(), reason="needs SO_REUSEPORT")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sockets_on_one_port_share_new_connections():
    listen = workers.Listen("127.0.0.1", free_port(), 5)
    servers = [workers.bind(listen) for _ in range(2)]
    clients = []
    try:
        for s in servers:
            s.listen(64)
            s.setblocking(False)
        clients = [socket.create_connection(("127.0.0.1", listen.port)) for _ in range(32)]
        time.sleep(0.2)
        accepted = []
        for s in servers:
            n = 0
            while True:
                try:
                    conn, _ = s.accept()
                except BlockingIOError:
                    break
                conn.close()
                n += 1
            accepted.append(n)
        # the kernel hashes each connection to one socket: all arrive, both sockets get some
        assert sum(accepted) == 32 and min(accepted) > 0, accepted
    finally:
        for c in clients:
            c.close()
        for s in servers:
            s.close()


def listening(port: int) -> int:
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if os.path.exists(table):
            for line in open(table).read().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                    count += 1
    return count


def kazakh_events(port: int) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?country=KZ", timeout=10) as r:
        return len(json.load(r)["events"])


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts listening sockets in /proc")
def test_two_workers_answer_on_one_port_drop_stale_answers_and_stop_together(tmp_path):
    db = build_store(tmp_path / "workers.db")
    port = free_port()
    env = {**os.environ, "TIDINGS_TOKEN": "", "TIDINGS_READ_TOKEN": ""}
    server = subprocess.Popen([sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db),
                               "--port", str(port), "--workers", "2"], env=env)
    try:
        deadline = time.monotonic() + 60
        while listening(port) < 2:
            assert server.poll() is None, "serve exited early"
            assert time.monotonic() < deadline, "two workers did not start listening"
            time.sleep(0.2)
        # fresh connections land on either process; each caches the answer ...
        assert all(kazakh_events(port) == 4 for _ in range(8))
        # ... until another connection commits: then every process answers anew
        add_late_article(db)
        assert all(kazakh_events(port) == 5 for _ in range(8))
        server.send_signal(signal.SIGTERM)
        assert server.wait(20) == 0
        assert listening(port) == 0  # no worker outlived the parent
    finally:
        if server.poll() is None:
            server.kill()  # its workers notice and stop by themselves


@pytest.mark.skipif(not os.path.exists("/proc/net/tcp"), reason="counts listening sockets in /proc")
def test_workers_stop_when_their_parent_is_killed(tmp_path):
    db = build_store(tmp_path / "orphans.db")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from tidings.cli import main; main()", "serve", "--db", str(db),
                               "--port", str(port), "--workers", "2"])
    try:
        deadline = time.monotonic() + 60
        while listening(port) < 2:
            assert server.poll() is None and time.monotonic() < deadline, "two workers did not start listening"
            time.sleep(0.2)
    finally:
        server.kill()  # no chance to stop its workers
        server.wait(10)
    deadline = time.monotonic() + 20
    while listening(port) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert listening(port) == 0


@pytest.mark.parametrize("shared", [False, True], ids=["plain socket", "another tidings serve"])
def test_a_port_in_use_is_one_clear_error(tmp_path, shared):
    db = build_store(tmp_path / "busy.db")
    port = free_port()
    # a server already there; one that shares its port must be refused too, not joined
    taken = workers.bind(workers.Listen("127.0.0.1", port, 5)) if shared else socket.socket()
    with taken:
        if not shared:
            taken.bind(("127.0.0.1", port))
        taken.listen(1)
        result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port), "--workers", "2"])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
