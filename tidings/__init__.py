"""tidings: news in, event data out.

The small public API:

    from tidings import Article, extract, read_paths
    events = extract(Article(id="a1", text="...", published=date(2022, 1, 13)))
"""

from __future__ import annotations

from tidings.records import Actor, Article, Event, EventDate, Figure, IngestFailure, Place

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventDate",
    "Figure",
    "IngestFailure",
    "Place",
    "extract",
    "__version__",
]


def extract(article: Article) -> list[Event]:
    """Events found in one article, most salient asserted event first."""
    from tidings.extract.pipeline import extract as _extract

    return _extract(article)
