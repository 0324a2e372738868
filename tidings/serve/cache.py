"""A small cache of rendered JSON answers, keyed by the normalised query.

An answer is only as fresh as the database: every lookup first asks the
looking thread's connection for `PRAGMA data_version`, which changes when any
other connection (another thread, process or `tidings ingest`) has committed.
A change empties the cache. Entries carry the generation they were computed
in, and one computed before a change is never stored after it.

Each server process keeps its own cache (`tidings serve --workers N`): a
shared one would need a lock or a file between processes on every hit, which
costs about what a hit saves, while a miss here is a few ms.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from typing import Callable, Hashable

import anyio.to_thread
from starlette.responses import Response

from tidings.serve.db import Connections
from tidings.store import Store
from tidings.store.pages import cpu_budget

MAX_BODY_BYTES = 1 << 20  # larger answers are not worth keeping
# CPU seconds an answer may take on the event loop before it moves to a pool
# thread (a page of events takes 1-10 ms; figures over a big store, seconds)
INLINE_BUDGET_S = 0.03


class ResponseCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._generation = 0
        self._lock = threading.Lock()
        self._seen = threading.local()  # this thread's last data_version
        self.hits = self.misses = 0

    @property
    def enabled(self) -> bool:
        return self.size > 0

    def generation(self, conn: sqlite3.Connection) -> int:
        """The current generation, moved on if the database changed since this
        thread last looked (or this thread has never looked)."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if getattr(self._seen, "version", None) != version:
            # a thread new to the cache cannot tell what happened before it
            # looked, so it starts a fresh generation too
            self._seen.version = version
            with self._lock:
                self._generation += 1
                self._entries.clear()
        return self._generation

    def get(self, key: Hashable, generation: int) -> bytes | None:
        with self._lock:
            body = self._entries.get(key) if generation == self._generation else None
            if body is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: Hashable, generation: int, body: bytes) -> None:
        if len(body) > MAX_BODY_BYTES:
            return
        with self._lock:
            if generation != self._generation:
                return  # computed from a database that has changed since
            self._entries[key] = body
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


async def cached_json(cache: ResponseCache, connections: Connections, key: Hashable,
                      build: Callable[[Store], object], inline_s: float | None = None) -> Response:
    """The answer for `key` from the cache, else built (from a store), rendered and kept."""
    return await cached_body(cache, connections, key, lambda store: _render(build(store)), inline_s)


async def cached_body(cache: ResponseCache, connections: Connections, key: Hashable,
                      build: Callable[[Store], bytes], inline_s: float | None = None) -> Response:
    """Like `cached_json`, for a builder that returns the JSON bytes itself.

    A hit is answered on the event loop: a dict lookup and one PRAGMA on the
    loop thread's own connection. So is a miss that SQLite answers within
    `inline_s` of CPU (default INLINE_BUDGET_S); a longer one is built again
    in a pool thread.
    """
    if not cache.enabled:
        return _json_response(await _build(connections, build, inline_s), "off")
    generation = cache.generation(connections.reader().conn)
    body = cache.get(key, generation)
    if body is not None:
        return _json_response(body, "hit")
    body = await _build(connections, build, inline_s)
    cache.put(key, generation, body)
    return _json_response(body, "miss")


async def _build(connections: Connections, build: Callable[[Store], bytes], inline_s: float | None) -> bytes:
    inline_s = INLINE_BUDGET_S if inline_s is None else inline_s
    # A pool thread costs a hop and, worse, a fight for the GIL with the event
    # loop: each row SQLite hands back means giving the GIL up and waiting to
    # get it back. Most answers take a few ms, so they are built right here.
    if inline_s > 0:
        store = connections.reader()
        try:
            with cpu_budget(store.conn, inline_s) as budget:
                return build(store)
        except sqlite3.OperationalError:
            if not budget.spent:
                raise
    return await anyio.to_thread.run_sync(lambda: build(connections.reader()))


def _render(data: object) -> bytes:
    # the same bytes JSONResponse would send, without FastAPI's encoder pass
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def _json_response(body: bytes, state: str) -> Response:
    return Response(body, media_type="application/json", headers={"X-Cache": state})
