"""Which events a query wants, and the SQL that finds them.

User strings only ever reach SQLite as bound parameters; the clauses below
are fixed text chosen by which filters are set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tidings.store.countries import to_alpha2


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
    limit: int | None = None
    offset: int = 0


@dataclass
class Query:
    where: str
    params: list[object]


def build_where(f: EventFilter) -> Query:
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
    if f.text:
        clauses.append(
            "events.doc_id IN (SELECT articles.id FROM articles_fts"
            " JOIN articles ON articles.num = articles_fts.rowid WHERE articles_fts MATCH ?)"
        )
        params.append(fts_query(f.text))
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
