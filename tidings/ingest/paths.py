"""Reading files, folders and stdin: the front door of the ingest stage.

`read_paths` never raises for one bad input: whatever cannot become an article
comes out as an `IngestFailure` naming the file (and line or record), in the
order met, between the articles around it.

The size limit applies to a whole file for formats read in one piece (text,
HTML, feeds, JSON) and to each line or record for the streamed ones (JSONL,
WARC), whose files are routinely larger than any one article.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TextIO

from tidings.ingest.article import Defaults, make_article
from tidings.ingest.decoding import decode_bytes
from tidings.ingest.errors import IngestError
from tidings.ingest.feeds import read_feed
from tidings.ingest.formats import SNIFF_BYTES, Format, format_from_name, is_gzip, looks_like_feed, looks_like_warc, sniff
from tidings.ingest.jsonl import read_json_document, read_jsonl_bytes, read_lines
from tidings.ingest.limits import DEFAULT_MAX_BYTES
from tidings.ingest.warc import read_warc
from tidings.ingest.webpage import read_html
from tidings.records import Article, IngestFailure

Item = Article | IngestFailure

STDIN = "-"
_STREAMED: set[Format] = {"jsonl", "warc"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def read_paths(
    paths: Iterable[str],
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
) -> Iterator[Item]:
    """Articles and failures from files, folders (recursively) and `-` (stdin).

    `published` and `source` fill in what an item does not state itself.
    """
    if isinstance(paths, str):
        paths = [paths]  # one path, not an iterable of one-letter paths
    defaults = Defaults(published, source)
    for raw in paths:
        if raw == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin, defaults, max_bytes)
        elif os.path.isdir(raw):
            for found in walk(Path(raw)):
                if isinstance(found, IngestFailure):
                    yield found
                else:
                    yield from read_file(found, defaults, max_bytes)
        else:
            yield from read_file(Path(raw), defaults, max_bytes)


def walk(folder: Path) -> Iterator[Path | IngestFailure]:
    """Files under `folder`, sorted, leaving out hidden files and folders."""
    found: list[Path] = []
    problems: list[IngestFailure] = []

    def on_error(exc: OSError) -> None:
        problems.append(IngestFailure(str(exc.filename or folder), f"cannot list folder: {exc.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=on_error):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in files if not name.startswith("."))
    yield from problems
    yield from sorted(found)


def read_file(path: Path, defaults: Defaults, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Everything one file holds; one failure naming the file if it cannot be read at all."""
    origin = str(path)
    try:
        yield from _read_file(path, origin, defaults, max_bytes)
    except IngestError as exc:
        yield IngestFailure(origin, str(exc))
    except OSError as exc:
        yield IngestFailure(origin, f"cannot read: {exc.strerror or exc}")


def _read_file(path: Path, origin: str, defaults: Defaults, max_bytes: int) -> Iterator[Item]:
    if not path.exists():
        raise IngestError("no such file or directory")
    if not path.is_file():
        raise IngestError("not a regular file")
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
        fmt = format_from_name(path) or sniff(head, allow_text=not path.suffix)
        if fmt is None:
            raise IngestError(f"unknown format{f' ({path.suffix})' if path.suffix else ''}: not text, HTML, RSS/Atom, WARC or JSON")
        if fmt == "warc" and not looks_like_warc(head):
            raise IngestError("not a WARC file: it does not start with a WARC/ record header")
        if fmt == "feed" and not looks_like_feed(head):
            raise IngestError("not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root near the start")
        handle.seek(0)
        if fmt in _STREAMED:
            yield from _read_streamed(fmt, handle, is_gzip(head), origin, defaults, max_bytes)
            return
        if size > max_bytes:
            raise IngestError(f"file is {size} bytes, over the {max_bytes}-byte limit")
        data = handle.read()
    yield from _read_whole(fmt, data, origin, defaults)


def _read_streamed(
    fmt: Format, handle, gzipped: bool, origin: str, defaults: Defaults, max_bytes: int
) -> Iterator[Item]:
    if fmt == "warc":
        yield from read_warc(handle, origin, defaults, max_bytes)  # warcio gunzips itself
        return
    lines = gzip.GzipFile(fileobj=handle) if gzipped else handle
    try:
        yield from read_jsonl_bytes(lines, origin, defaults, max_bytes)
    except (EOFError, zlib.error) as exc:
        raise IngestError(f"damaged gzip data: {exc}") from None


def _read_whole(fmt: Format, data: bytes, origin: str, defaults: Defaults) -> Iterator[Item]:
    if fmt == "feed":
        yield from read_feed(data, origin, defaults)
    elif fmt == "html":
        yield _html_article(data, origin, defaults)
    elif fmt == "json":
        yield from read_json_document(decode_bytes(data), origin, defaults)
    else:
        yield make_article(decode_bytes(data), origin, defaults, title_from_text=True)


def _html_article(data: bytes, origin: str, defaults: Defaults) -> Item:
    declared = _META_CHARSET.search(data[:SNIFF_BYTES])
    html = decode_bytes(data, declared.group(1).decode("ascii") if declared else None)
    page = read_html(html)
    return make_article(
        page.text, origin, defaults,
        title=page.title, published=page.published, url=page.url,
        source=page.sitename, author=page.author,
    )


def read_stdin(stream: TextIO, defaults: Defaults, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """JSONL when the first non-blank line is a JSON object, else one plain-text article.

    Reads the binary buffer under the stream when there is one, so bytes are
    decoded the same way as a file's.
    """
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        yield from _read_stdin_bytes(binary, defaults, max_bytes)
        return
    head = _head_lines(stream)
    try:
        if head and head[-1].lstrip().startswith("{"):
            yield from read_lines(enumerate(chain(head, stream), start=1), "stdin", defaults, max_bytes)
            return
        text = "".join(chain(head, stream))
    except UnicodeDecodeError:
        yield IngestFailure("stdin", "undecodable bytes on standard input")
        return
    yield _stdin_text(text, defaults, max_bytes)


def _read_stdin_bytes(binary, defaults: Defaults, max_bytes: int) -> Iterator[Item]:
    head = _head_lines(binary)
    if head and head[-1].lstrip().startswith(b"{"):
        yield from read_jsonl_bytes(chain(head, binary), "stdin", defaults, max_bytes)
        return
    data = b"".join(chain(head, binary))
    try:
        text = decode_bytes(data)
    except IngestError as exc:
        yield IngestFailure("stdin", str(exc))
        return
    yield _stdin_text(text, defaults, max_bytes)


def _head_lines(lines):
    """Lines up to and including the first non-blank one."""
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    return head


def _stdin_text(text: str, defaults: Defaults, max_bytes: int) -> Item:
    if len(text) > max_bytes:
        return IngestFailure("stdin", f"standard input is over the {max_bytes}-byte limit")
    return make_article(text, "stdin", defaults, title_from_text=True)
