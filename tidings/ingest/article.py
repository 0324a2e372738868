"""Turning raw text plus what is known about it into an Article.

Every reader ends here, so cleaning, the empty check and the content id are
done the same way for every format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tidings.ingest.boilerplate import clean_text
from tidings.ingest.datelines import dateline_date
from tidings.ingest.identity import article_id
from tidings.records import Article, IngestFailure

# A first line longer than this is a sentence, not a headline.
MAX_TITLE_CHARS = 200


@dataclass
class Defaults:
    """Metadata from the command line, used only where the item states none."""

    published: date | None = None
    source: str | None = None


def make_article(
    raw_text: str,
    origin: str,
    defaults: Defaults,
    *,
    title: str = "",
    published: date | None = None,
    url: str = "",
    source: str = "",
    author: str = "",
    language: str = "",
    external_id: str = "",
    title_from_text: bool = False,
) -> Article | IngestFailure:
    """Clean `raw_text` and wrap it; a failure when nothing is left.

    With `title_from_text`, a short first line without a final full stop is
    taken as the title (and stays in the text, as it is part of what was read).
    """
    text = clean_text(raw_text)
    if not text:
        return IngestFailure(origin, "empty text after cleaning")
    if title_from_text and not title:
        title = title_line(text)
    if published is None:
        published = dateline_date(text)  # stated by the item, so it beats the default
    return Article(
        id=article_id(text),
        text=text,
        title=_one_line(title),
        published=published or defaults.published,
        url=url.strip(),
        source=(source or defaults.source or "").strip(),
        author=_one_line(author),
        language=language.strip() or "en",
        origin=origin,
        external_id=external_id,
    )


def title_line(text: str) -> str:
    """The first paragraph of cleaned text if it reads as a headline, else ''."""
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return ""  # a one-paragraph text is all body
    if len(first) > MAX_TITLE_CHARS or first.endswith("."):
        return ""
    return first


def _one_line(value: str) -> str:
    return " ".join(value.split())
