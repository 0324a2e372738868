"""JSON Lines (and plain JSON) articles: one object per line.

The object is the `tidings extract` input contract:
`{"id", "text" | "html", "title"?, "published"?, "url"?, "source"?, "author"?, "language"?}`.
A line that is not such an object becomes one failure naming its line number;
the lines around it are read as usual. Blank lines are skipped.

A `published` value that is present but unreadable leaves the article without
a date: the item said something, and the --published default is for items
that say nothing. Dumps from other tools name that field differently, so
`date`, `pubdate`, `published_at` and `publish_date` are read the same way
when `published` is absent (the first one present wins).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any, TextIO

from tidings.ingest.article import Defaults, make_article
from tidings.ingest.dates import parse_published
from tidings.ingest.decoding import decode_bytes
from tidings.ingest.errors import IngestError
from tidings.ingest.limits import DEFAULT_MAX_BYTES
from tidings.ingest.webpage import read_html
from tidings.records import Article, IngestFailure

Item = Article | IngestFailure


def read_jsonl(
    stream: TextIO,
    origin: str,
    *,
    published: date | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Articles from a text stream of JSON lines; failures say `origin:LINE: reason`.

    When the stream has a binary buffer under it (sys.stdin does), lines are
    read from that and decoded one by one, so one undecodable line is one
    failure rather than the end of the stream.
    """
    defaults = Defaults(published, source)
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        yield from read_jsonl_bytes(binary, origin, defaults, max_bytes)
        return
    try:
        yield from read_lines(_numbered(stream), origin, defaults, max_bytes)
    except _BrokenStream as exc:
        yield IngestFailure(f"{origin}:{exc.line}", "undecodable bytes; the rest of the stream was not read")


def read_jsonl_bytes(lines: Iterable[bytes], origin: str, defaults: Defaults, max_bytes: int) -> Iterator[Item]:
    """Articles from the binary lines of a file, decoding each line on its own."""
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if len(raw) > max_bytes:
            yield IngestFailure(where, f"line is {len(raw)} bytes, over the {max_bytes}-byte limit")
            continue
        try:
            line = decode_bytes(raw)
        except IngestError as exc:
            yield IngestFailure(where, str(exc))
            continue
        yield from read_lines([(number, line)], origin, defaults, max_bytes)


def read_lines(
    lines: Iterable[tuple[int, str]], origin: str, defaults: Defaults, max_bytes: int
) -> Iterator[Item]:
    for number, line in lines:
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        if len(line) > max_bytes:  # characters, a lower bound on bytes
            yield IngestFailure(where, f"line is over the {max_bytes}-byte limit")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        yield item_to_article(obj, where, defaults)


def read_json_document(text: str, origin: str, defaults: Defaults) -> Iterator[Item]:
    """A .json file: one article object, or a list of them (origin `path:INDEX`, from 1)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield IngestFailure(f"{origin}:{exc.lineno}", f"malformed JSON: {exc.msg}")
        return
    if isinstance(data, list):
        for index, obj in enumerate(data, start=1):
            yield item_to_article(obj, f"{origin}:{index}", defaults)
    else:
        yield item_to_article(data, origin, defaults)


def item_to_article(obj: Any, where: str, defaults: Defaults) -> Item:
    """One decoded JSON value as an article, or the reason it is not one."""
    if not isinstance(obj, dict):
        return IngestFailure(where, f"expected a JSON object, got {_json_type(obj)}")
    problem = _field_problem(obj)
    if problem:
        return IngestFailure(where, problem)

    stated = _stated_date(obj)
    published = parse_published(stated)
    if stated not in (None, "") and published is None:
        defaults = replace(defaults, published=None)

    fields = dict(
        title=_text(obj, "title"),
        url=_text(obj, "url"),
        source=_text(obj, "source"),
        author=_text(obj, "author"),
        language=_text(obj, "language"),
        external_id=_external_id(obj.get("id")),
    )
    if _text(obj, "text").strip():
        return make_article(obj["text"], where, defaults, published=published, **fields)

    page = read_html(obj["html"], fields["url"])
    fields["title"] = fields["title"] or page.title
    fields["url"] = fields["url"] or page.url
    fields["source"] = fields["source"] or page.sitename
    fields["author"] = fields["author"] or page.author
    if stated in (None, ""):
        published = page.published
    return make_article(page.text, where, defaults, published=published, **fields)


def _field_problem(obj: dict[str, Any]) -> str:
    for name in ("text", "html", "title", "url", "source", "author", "language"):
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return f"field {name!r} must be a string, got {_json_type(value)}"
    if not (obj.get("text") or "").strip() and not (obj.get("html") or "").strip():
        return "no text or html field (or both empty)"
    return ""


PUBLISHED_FIELDS = ("published", "date", "pubdate", "published_at", "publish_date")


def _stated_date(obj: dict[str, Any]) -> Any:
    for name in PUBLISHED_FIELDS:
        if obj.get(name) not in (None, ""):
            return obj[name]
    return None


def _text(obj: dict[str, Any], name: str) -> str:
    value = obj.get(name)
    return value if isinstance(value, str) else ""


def _external_id(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value)


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


class _BrokenStream(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _numbered(stream: TextIO) -> Iterator[tuple[int, str]]:
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            yield number, line
    except UnicodeDecodeError:
        # A text stream cannot resume after a decoding error.
        raise _BrokenStream(number + 1) from None
