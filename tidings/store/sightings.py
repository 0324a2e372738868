"""Sightings: a stored text seen again from another outlet or address.

An article's id is a hash of its words, so when a wire story runs unchanged
in many papers the store keeps one article. Each other paper that carried it
is still a report to count, so it is kept here as a sighting of that article:
who published it, where, when. Extraction never runs on a sighting (its
events are its original's); merging counts it as one more mention of each of
them (`tidings.store.merged`).

Seeing the same publication again (the same file ingested twice) adds
nothing. Two copies are the same publication when their addresses are equal,
or, where either lacks an address, when their outlet names are.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from tidings.records import Article
from tidings.store.chunks import select_in

COLUMNS = "id, article_id, source, url, published, title, origin, external_id, seen_at"


@dataclass(frozen=True)
class Sighting:
    id: str  # sighting_id(article_id, source, url)
    article_id: str  # the stored article whose text this copy carries
    source: str = ""
    url: str = ""
    published: date | None = None
    title: str = ""
    origin: str = ""
    external_id: str = ""
    seen_at: str = ""  # ISO timestamp, UTC

    def as_article(self, original: Article) -> Article:
        """The copy as an article of its own: the original's text (so every
        offset holds) under this outlet's name, address and date."""
        return replace(original, id=self.id, source=self.source, url=self.url,
                       published=self.published or original.published, title=self.title or original.title,
                       origin=self.origin, external_id=self.external_id)


def sighting_id(article_id: str, source: str, url: str) -> str:
    """16 hex digits naming one copy: the copy needs an article id of its own
    to be counted, though its words (and so its content hash) are the original's."""
    key = "\n".join((article_id, source, url))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def same_publication(source_a: str, url_a: str, source_b: str, url_b: str) -> bool:
    if url_a and url_b:
        return url_a == url_b
    return source_a == source_b


def add(conn: sqlite3.Connection, article: Article, at: str) -> Sighting | None:
    """Record `article` as a copy of the stored article with its id; None when
    that publication is known already (or no article has the id). The caller
    holds the transaction."""
    stored = conn.execute("SELECT source, url FROM articles WHERE id = ?", (article.id,)).fetchone()
    if stored is None:
        return None
    known = [stored, *conn.execute("SELECT source, url FROM sightings WHERE article_id = ?", (article.id,))]
    source, url = article.source.strip(), article.url.strip()
    if any(same_publication(source, url, s.strip(), u.strip()) for s, u in known):
        return None
    sighting = Sighting(
        id=sighting_id(article.id, source, url), article_id=article.id, source=source, url=url,
        published=article.published, title=article.title, origin=article.origin,
        external_id=article.external_id, seen_at=at,
    )
    conn.execute(
        f"INSERT INTO sightings({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sighting.id, sighting.article_id, sighting.source, sighting.url,
         sighting.published.isoformat() if sighting.published else None,
         sighting.title, sighting.origin, sighting.external_id, sighting.seen_at),
    )
    return sighting


def of_articles(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, list[Sighting]]:
    """Article id -> its sightings, by id."""
    out: dict[str, list[Sighting]] = {}
    for row in select_in(conn, f"SELECT {COLUMNS} FROM sightings WHERE article_id IN", sorted(set(article_ids))):
        out.setdefault(row[1], []).append(_from_row(row))
    for found in out.values():
        found.sort(key=lambda s: s.id)
    return out


def by_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Sighting]:
    rows = select_in(conn, f"SELECT {COLUMNS} FROM sightings WHERE id IN", sorted(set(ids)))
    return sorted((_from_row(r) for r in rows), key=lambda s: s.id)


def every(conn: sqlite3.Connection) -> list[Sighting]:
    return [_from_row(r) for r in conn.execute(f"SELECT {COLUMNS} FROM sightings ORDER BY article_id, id")]


def _from_row(row: Sequence) -> Sighting:
    published = date.fromisoformat(row[4]) if row[4] else None
    return Sighting(row[0], row[1], row[2], row[3], published, row[5], row[6], row[7], row[8])
