"""Run a blocking writer (`write(items, out)`) in a thread and stream what it writes.

The export writers want a file; a pipe object stands in for one and hands
chunks to the response through a bounded queue, so a large export never sits
in memory and a client that goes away stops the writer.
"""

from __future__ import annotations

import queue
import threading
from typing import Any, Callable, Iterator

CHUNK_BYTES = 64 * 1024
_DONE = object()


class ClientGone(Exception):
    """The response stopped reading; the writer thread ends with this."""


class _Pipe:
    def __init__(self, chunks: "queue.Queue[object]", stop: threading.Event) -> None:
        self._chunks = chunks
        self._stop = stop
        self._buffer = bytearray()
        self._written = 0
        self.closed = False

    def write(self, data: str | bytes) -> int:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        self._buffer += raw
        self._written += len(raw)
        if len(self._buffer) >= CHUNK_BYTES:
            self._send()
        return len(data)

    def _send(self) -> None:
        if not self._buffer:
            return
        chunk, self._buffer = bytes(self._buffer), bytearray()
        while True:
            if self._stop.is_set():
                raise ClientGone()
            try:
                self._chunks.put(chunk, timeout=0.5)
                return
            except queue.Full:
                continue

    def finish(self) -> None:
        self._send()

    # what pyarrow and csv expect of a file
    def tell(self) -> int:
        return self._written

    def flush(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


def stream_writer(run: Callable[[Any], object], on_error: Callable[[BaseException], None]) -> Iterator[bytes]:
    """Chunks of what `run(out)` writes to `out`, produced in a separate thread."""
    chunks: queue.Queue[object] = queue.Queue(maxsize=8)
    stop = threading.Event()

    def produce() -> None:
        pipe = _Pipe(chunks, stop)
        try:
            run(pipe)
            pipe.finish()
        except ClientGone:
            pass
        except BaseException as exc:  # reported, and the stream ends early
            on_error(exc)
        finally:
            while not stop.is_set():
                try:
                    chunks.put(_DONE, timeout=0.5)
                    break
                except queue.Full:
                    continue

    thread = threading.Thread(target=produce, name="tidings-export", daemon=True)
    thread.start()
    try:
        while True:
            chunk = chunks.get()
            if chunk is _DONE:
                return
            yield chunk  # type: ignore[misc]
    finally:
        stop.set()
