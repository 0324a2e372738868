"""RSS 2.0 and Atom feeds: each entry is an article.

The entry's full content is preferred to its summary; either goes through the
same HTML path as a web page. Origins are `path:N`, N counting entries from 1
in feed order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tidings.ingest.article import Defaults, make_article
from tidings.ingest.dates import parse_published
from tidings.ingest.errors import IngestError
from tidings.ingest.webpage import read_html
from tidings.records import Article, IngestFailure


def read_feed(data: bytes, origin: str, defaults: Defaults) -> Iterator[Article | IngestFailure]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.version and not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        detail = f": {problem}" if problem else ""
        raise IngestError(f"not an RSS or Atom feed{detail}")
    if not feed.entries:
        raise IngestError("feed has no entries")
    feed_title = feed.feed.get("title", "")
    for index, entry in enumerate(feed.entries, start=1):
        yield _entry_article(entry, f"{origin}:{index}", feed_title, defaults)


def _entry_article(entry: Any, where: str, feed_title: str, defaults: Defaults) -> Article | IngestFailure:
    body, is_html = _entry_body(entry)
    if not body.strip():
        return IngestFailure(where, "feed entry has no content or summary")
    url = entry.get("link", "")
    published = parse_published(entry.get("published") or entry.get("updated"))
    source = (entry.get("source") or {}).get("title", "") or feed_title
    fields = dict(
        title=entry.get("title", ""),
        url=url,
        source=source,
        author=(entry.get("author_detail") or {}).get("name") or entry.get("author", ""),
        external_id=entry.get("id", ""),
    )
    if not is_html:
        return make_article(body, where, defaults, published=published, **fields)
    page = read_html(body, url)
    return make_article(page.text, where, defaults, published=published or page.published, **fields)


def _entry_body(entry: Any) -> tuple[str, bool]:
    """The fullest text the entry carries, and whether it is HTML."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], "html" in best.get("type", "text/html")
    detail = entry.get("summary_detail") or {}
    summary = entry.get("summary", "")
    return summary, "html" in detail.get("type", "text/html")
