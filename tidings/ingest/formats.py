"""Which reader a file needs: by extension, else by its first bytes."""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path
from typing import Literal

Format = Literal["text", "html", "feed", "warc", "jsonl", "json"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl",
    ".json": "json",
}

# Plain text is only assumed for a file with no extension at all; a file with
# an unknown extension (.csv, .pdf, .md) must look like one of the markup or
# record formats, so that a folder of mixed files does not turn a spreadsheet
# into an "article".
SNIFF_BYTES = 4096

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(?:!doctype html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)


def format_from_name(path: Path) -> Format | None:
    name = path.name.lower()
    for suffix in sorted(EXTENSIONS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return EXTENSIONS[suffix]
    return None


def sniff(head: bytes, *, allow_text: bool) -> Format | None:
    """The format the first bytes of a file look like, or None."""
    if looks_like_warc(head):
        return "warc"
    if is_gzip(head):
        return "jsonl" if _gunzip_head(head).lstrip().startswith(b"{") else None
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"{"):
        return "jsonl"
    if body.startswith(b"["):
        return "json"
    if body.startswith(b"<"):
        if _FEED_ROOT.search(body):
            return "feed"
        if _HTML_ROOT.search(body):
            return "html"
        return None
    if allow_text and b"\x00" not in head:
        return "text"
    return None


def looks_like_feed(head: bytes) -> bool:
    """Whether an XML file's first bytes open an RSS, Atom or RSS 1.0 document."""
    return _FEED_ROOT.search(head) is not None


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")


def looks_like_warc(head: bytes) -> bool:
    """Whether a file's first bytes (gzipped or not) start a WARC record."""
    if is_gzip(head):
        head = _gunzip_head(head)
    return head.startswith(b"WARC/")


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(head, SNIFF_BYTES)
    except (zlib.error, gzip.BadGzipFile):
        return b""
