"""SQLite connections for request handlers.

Endpoints are plain `def` functions, so they run in FastAPI's thread pool.
Each worker thread keeps one read-only connection (opened on first use), and
writes open a short-lived read-write store under a lock, since SQLite takes
one writer at a time anyway.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from tidings.store import Store

# Readers map the file rather than copy its pages into a cache of their own:
# every thread of every server process then shares the operating system's copy.
READ_MMAP_BYTES = int(os.environ.get("TIDINGS_MMAP", 1 << 36))


class Connections:
    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._opened: list[sqlite3.Connection] = []
        self._opened_lock = threading.Lock()

    def prepare(self) -> None:
        """Create or migrate the store once, so read-only connections find every table."""
        Store.open(self.db_path).close()

    def reader(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self._connect_read_only(), self.db_path)
            self._local.store = store
        return store

    @contextmanager
    def writer(self) -> Iterator[Store]:
        with self._write_lock, Store.open(self.db_path) as store:
            yield store

    @contextmanager
    def private_reader(self) -> Iterator[Store]:
        """A read-only store for one job in its own thread (an export stream)."""
        uri = self.db_path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            yield Store(conn, self.db_path)
        finally:
            conn.close()

    def close(self) -> None:
        with self._opened_lock:
            for conn in self._opened:
                conn.close()
            self._opened.clear()

    def _connect_read_only(self) -> sqlite3.Connection:
        uri = self.db_path.resolve().as_uri() + "?mode=ro"
        # check_same_thread is off because the connection lives in this thread
        # but is closed from the main one at shutdown
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
        with self._opened_lock:
            self._opened.append(conn)
        return conn
