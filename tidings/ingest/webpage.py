"""HTML pages and fragments: main text and the metadata the page states.

trafilatura finds the story among the page furniture and reads title, author,
canonical URL and site name; htmldate finds the publication date. Fragments
too small for trafilatura (a feed summary, a JSONL `html` field) fall back to
a plain tag stripper that keeps block elements as paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from tidings.ingest.dates import parse_published


@dataclass
class WebPage:
    """What was read from one HTML document, before cleaning."""

    text: str
    title: str = ""
    author: str = ""
    url: str = ""
    sitename: str = ""
    published: date | None = None


def read_html(html: str, url: str = "") -> WebPage:
    """Main text and metadata of an HTML page or fragment (text may be empty)."""
    doc = _trafilatura(html, url)
    if doc is not None and (doc.text or "").strip():
        return WebPage(
            text=doc.text,
            title=doc.title or "",
            author=doc.author or "",
            url=doc.url or url,
            sitename=doc.sitename or "",
            published=find_published(html, url),
        )
    return WebPage(text=strip_tags(html), url=url, published=find_published(html, url))


def find_published(html: str, url: str = "") -> date | None:
    """The original publication date the page states, if htmldate finds one."""
    from htmldate import find_date

    if "<" not in html:
        return None
    try:
        # No extensive search: it guesses from stray dates in the body, and a
        # wrong date is worse than none for resolving "on Thursday".
        found = find_date(html, extensive_search=False, original_date=True, url=url or None)
    except Exception:  # htmldate raises assorted lxml errors on odd markup
        return None
    return parse_published(found)


def _trafilatura(html: str, url: str):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml can fail on pathological markup; the stripper still works
        return None


# Elements whose content is never article text.
_SKIPPED = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe"}
# Elements that end a paragraph.
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "tr", "table", "figure", "figcaption", "pre", "dd", "dt", "hr",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"}


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def strip_tags(html: str) -> str:
    """Text of an HTML fragment, one line per block element."""
    parser = _Stripper()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
