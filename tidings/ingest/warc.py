"""WARC and WARC.gz archives: the HTML pages among their response records.

Only `response` records whose HTTP payload is HTML are articles; request,
metadata and warcinfo records, and responses for images, scripts and the like,
are part of a crawl rather than news, and are passed over. A redirect has no
page, so it is passed over too; an HTML error page (4xx, 5xx) is recorded as a
failure. Origins are `path:N`, N counting all records from 1, so that a record
can be found again with any WARC tool.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from tidings.ingest.article import Defaults, make_article
from tidings.ingest.decoding import decode_bytes
from tidings.ingest.errors import IngestError
from tidings.ingest.webpage import read_html
from tidings.records import Article, IngestFailure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, origin: str, defaults: Defaults, max_bytes: int) -> Iterator[Article | IngestFailure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            item = _record_article(record, f"{origin}:{number}", defaults, max_bytes)
            if item is not None:
                yield item
    except ArchiveLoadFailed as exc:
        where = f"{origin}:{number + 1}" if number else origin
        yield IngestFailure(where, f"unreadable WARC record: {exc.msg if hasattr(exc, 'msg') else exc}")


def _record_article(record, where: str, defaults: Defaults, max_bytes: int) -> Article | IngestFailure | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    status = record.http_headers.get_statuscode() or ""
    if status.startswith("3"):
        return None
    if not status.startswith("2"):
        return IngestFailure(where, f"HTTP status {status} for an HTML page")
    payload = record.content_stream().read(max_bytes + 1)
    if len(payload) > max_bytes:
        return IngestFailure(where, f"record payload is over the {max_bytes}-byte limit")
    try:
        html = decode_bytes(payload, _charset(content_type))
    except IngestError as exc:
        return IngestFailure(where, str(exc))
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    page = read_html(html, url)
    return make_article(
        page.text, where, defaults,
        title=page.title, published=page.published, url=url,
        source=page.sitename, author=page.author,
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None
