"""Which events a query wants, and the SQL that finds them.

User strings only ever reach SQLite as bound parameters; the clauses below
are fixed text chosen by which filters are set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tidings.store.countries import to_alpha2


class QueryError(ValueError):
    """A query option a caller got wrong (bad bounding box, cursor or sort)."""


@dataclass(frozen=True)
class BBox:
    """A box in degrees; min_lon > max_lon means it crosses the antimeridian."""

    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    def __post_init__(self) -> None:
        if not (-180 <= self.min_lon <= 180 and -180 <= self.max_lon <= 180):
            raise QueryError("bbox longitudes must lie in -180..180")
        if not (-90 <= self.min_lat <= self.max_lat <= 90):
            raise QueryError("bbox latitudes must lie in -90..90 with minlat <= maxlat")

    @classmethod
    def parse(cls, text: str) -> "BBox":
        """From "minlon,minlat,maxlon,maxlat"."""
        parts = text.split(",")
        if len(parts) != 4:
            raise QueryError(f"bbox must be minlon,minlat,maxlon,maxlat; got {text!r}")
        try:
            min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
        except ValueError:
            raise QueryError(f"bbox has a value that is not a number: {text!r}") from None
        return cls(min_lon, min_lat, max_lon, max_lat)

    def contains(self, lat: float | None, lon: float | None) -> bool:
        if lat is None or lon is None or not (self.min_lat <= lat <= self.max_lat):
            return False
        if self.min_lon <= self.max_lon:
            return self.min_lon <= lon <= self.max_lon
        return lon >= self.min_lon or lon <= self.max_lon


@dataclass
class EventFilter:
    since: date | None = None  # events that may have happened on or after this day
    until: date | None = None  # ... on or before this day
    country: str | None = None  # ISO alpha-2, alpha-3 or a country name
    event: str | None = None  # PLOVER category (the event's first one)
    acled_type: str | None = None  # ACLED event type, e.g. "Protests"
    actor: str | None = None  # substring of an actor's or recipient's text or code
    text: str | None = None  # words that must all occur in the article (FTS5)
    min_dead: int | None = None
    doc_id: str | None = None  # events of one article
    bbox: BBox | None = None  # events placed inside this box
    limit: int | None = None
    offset: int = 0


@dataclass
class Query:
    where: str
    params: list[object]


def build_where(f: EventFilter, text_per_event: bool = False) -> Query:
    """The WHERE clause for the filters.

    `text_per_event` is for a walk along a sort index that tests events one
    by one: each event then looks up its own article's number and checks it
    against the matching numbers (integers), where the default form builds
    the list of matching article ids (strings) first, which is the right
    thing when SQLite starts from the matching articles instead.
    """
    clauses: list[str] = []
    params: list[object] = []
    if f.since is not None:
        clauses.append("events.date_end >= ?")
        params.append(f.since.isoformat())
    if f.until is not None:
        clauses.append("events.date_start <= ?")
        params.append(f.until.isoformat())
    if f.country:
        clauses.append("events.country_code = ?")
        params.append(to_alpha2(f.country))
    if f.event:
        clauses.append("events.event = ?")
        params.append(f.event.strip().upper())
    if f.acled_type:
        clauses.append("events.acled_event_type = ? COLLATE NOCASE")
        params.append(f.acled_type.strip())
    if f.actor:
        pattern = "%" + _escape_like(f.actor.strip()) + "%"
        clauses.append(
            "EXISTS (SELECT 1 FROM actors WHERE actors.event_id = events.id"
            " AND (actors.entity_text LIKE ? ESCAPE '\\' OR actors.code LIKE ? ESCAPE '\\'))"
        )
        params += [pattern, pattern]
    if f.text and text_per_event:
        # the unique index on articles.id holds num too: no article row is read
        clauses.append(
            "(SELECT articles.num FROM articles WHERE articles.id = events.doc_id)"
            " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
        )
        params.append(fts_query(f.text))
    elif f.text:
        # FTS rowids are article nums; the (num, id) index turns them into ids
        # without reading the article rows, which hold the whole text
        clauses.append(
            "events.doc_id IN (SELECT articles.id FROM articles INDEXED BY articles_num_id"
            " WHERE articles.num IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
        )
        params.append(fts_query(f.text))
    if f.bbox is not None:
        clauses.append("events.lat BETWEEN ? AND ?")
        params += [f.bbox.min_lat, f.bbox.max_lat]
        if f.bbox.min_lon <= f.bbox.max_lon:
            clauses.append("events.lon BETWEEN ? AND ?")
        else:  # the box crosses the antimeridian
            clauses.append("(events.lon >= ? OR events.lon <= ?)")
        params += [f.bbox.min_lon, f.bbox.max_lon]
    if f.doc_id:
        clauses.append("events.doc_id = ?")
        params.append(f.doc_id)
    if f.min_dead is not None:
        clauses.append("events.dead >= ?")
        params.append(f.min_dead)
    where = " AND ".join(clauses) if clauses else "1"
    return Query(where, params)


def fts_query(text: str) -> str:
    """Plain words to an FTS5 query where every word must occur.

    Each word is quoted, so punctuation or FTS operators typed by a user
    never turn into a syntax error.
    """
    words = text.split()
    if not words:
        raise ValueError("empty text query")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
