"""Outlets' home areas for a batch of articles, before extraction.

`home.learn_home` needs each story's places. Extraction parses only the
sentences that may tell an event, so the homes are learned here from a
lighter reading of every article (the gazetteer scan and datelines, no
parse), and handed to extraction as plain data (`extract_many(homes=...)`).
An outlet with fewer than `home.HOME_MIN_STORIES` articles in the batch gets
no home and is not read at all.
"""

from __future__ import annotations

from collections.abc import Iterable

from tidings.extract.places.geoparse import find_mentions
from tidings.extract.places.home import HOME_MIN_STORIES, Home, learn_home
from tidings.extract.places.mention import Mention
from tidings.extract.places.resolve import resolve
from tidings.records import Article


def outlet_homes(articles: Iterable[Article]) -> dict[str, Home]:
    """Home area by `Article.source`, for the outlets that have one."""
    by_outlet: dict[str, list[str]] = {}
    for article in articles:
        if article.source:
            by_outlet.setdefault(article.source, []).append(article.text)
    homes = {}
    for outlet, texts in by_outlet.items():
        if len(texts) < HOME_MIN_STORIES:
            continue
        home = learn_home([_light_reading(text) for text in texts])
        if home is not None:
            homes[outlet] = home
    return homes


def _light_reading(text: str) -> list[Mention]:
    mentions = find_mentions(text, [])
    resolve(mentions, text)
    return mentions
