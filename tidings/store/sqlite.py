"""The embedded SQLite store: articles, their events, copies seen from other
outlets (sightings), and ingest failures.

One transaction per article: an article and all of its events are written
together or not at all, so an interrupted run never leaves half an article.
The full event is kept as JSON (`record`); the other columns are copies made
for filtering and are never read back into an Event.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

from tidings.records import Article, Event, IngestFailure, event_from_dict
from tidings.store import sightings as sightings_table
from tidings.store.dates import day_range
from tidings.store.filters import EventFilter, build_where
from tidings.store.pages import Page, Sort, page_events
from tidings.store.stats import Stats, event_stats, group_counts
from tidings.store.schema import migrate, schema_version
from tidings.store.sightings import Sighting

# Modules that register their own migrations (see tidings.store.schema).
EXTENSION_MODULES = ("tidings.store.merged",)

@dataclass
class RecordedFailure:
    failure: IngestFailure
    at: str  # ISO timestamp, UTC


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path = "tidings.db") -> "Store":
        path = Path(path)
        # autocommit mode: transactions are opened explicitly where they belong
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            # with WAL, NORMAL keeps every commit atomic and skips an fsync per article
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            _load_extensions()
            migrate(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise sqlite3.DatabaseError(f"{path}: {exc}") from exc
        return cls(conn, path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return schema_version(self.conn)

    # -- writing -----------------------------------------------------------

    def has_article(self, id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (id,)).fetchone()
        return row is not None

    def add_article(self, article: Article, events: list[Event]) -> bool:
        """Store an article with its events; False (and nothing written) if already stored."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has_article(article.id):
                self.conn.execute("ROLLBACK")
                return False
            _insert_article(self.conn, article)
            for position, event in enumerate(events):
                _insert_event(self.conn, event, article.id, position)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def add_sighting(self, article: Article) -> Sighting | None:
        """Record a copy of an already stored text from another outlet or
        address (see `tidings.store.sightings`); None when the text is not
        stored or this publication of it is known (the same file again)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            found = sightings_table.add(self.conn, article, _now())
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return found

    def add_failure(self, failure: IngestFailure) -> None:
        self.conn.execute(
            "INSERT INTO failures(origin, reason, at) VALUES (?, ?, ?)",
            (failure.origin, failure.reason, _now()),
        )

    # -- reading -----------------------------------------------------------

    def get_article(self, id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, text, title, published, url, source, author, language, origin,"
            " external_id FROM articles WHERE id = ?",
            (id,),
        ).fetchone()
        if row is None:
            return None
        published = date.fromisoformat(row[3]) if row[3] else None
        return Article(
            id=row[0], text=row[1], title=row[2], published=published, url=row[4],
            source=row[5], author=row[6], language=row[7], origin=row[8], external_id=row[9],
        )

    def get_event(self, id: str) -> Event | None:
        row = self.conn.execute("SELECT record FROM events WHERE id = ?", (id,)).fetchone()
        return event_from_dict(json.loads(row[0])) if row else None

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """Events matching `filters`, by date (undated last), then article, then salience."""
        f = filters or EventFilter()
        query = build_where(f)
        sql = (
            "SELECT record FROM events WHERE " + query.where +
            " ORDER BY events.date_start IS NULL, events.date_start, events.doc_id, events.position"
            " LIMIT ? OFFSET ?"
        )
        limit = -1 if f.limit is None else f.limit  # -1: no limit, in SQLite
        params = [*query.params, limit, f.offset]
        for (record,) in self.conn.execute(sql, params):
            yield event_from_dict(json.loads(record))

    def count_events(self, filters: EventFilter | None = None) -> int:
        query = build_where(filters or EventFilter())
        return self.conn.execute(
            "SELECT count(*) FROM events WHERE " + query.where, query.params
        ).fetchone()[0]

    def sightings(self, article_id: str | None = None) -> list[Sighting]:
        """Copies of one stored article from other outlets (or of every article)."""
        if article_id is None:
            return sightings_table.every(self.conn)
        return sightings_table.of_articles(self.conn, [article_id]).get(article_id, [])

    def recorded_failures(self) -> list[RecordedFailure]:
        rows = self.conn.execute("SELECT origin, reason, at FROM failures ORDER BY id")
        return [RecordedFailure(IngestFailure(origin, reason), at) for origin, reason, at in rows]

    def failures(self) -> list[IngestFailure]:
        return [r.failure for r in self.recorded_failures()]

    def counts(self) -> dict[str, int]:
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "failures", "sightings")  # fixed names, not user input
        }

    def events_by(self, field: str, filters: EventFilter | None = None) -> list[tuple[str, int]]:
        """(value, number of events) for one field, most frequent first."""
        return group_counts(self.conn, field, filters or EventFilter())

    def page_events(self, filters: EventFilter | None = None, sort: Sort | None = None,
                    cursor: str | None = None, limit: int = 100) -> Page:
        """One page of light rows in `sort` order (default newest first), after `cursor`."""
        return page_events(self.conn, filters or EventFilter(), sort, cursor, limit)

    def stats(self, filters: EventFilter | None = None) -> Stats:
        """Events per day by category, by category, by country, and casualty sums."""
        return event_stats(self.conn, filters or EventFilter())


def _load_extensions() -> None:
    for name in EXTENSION_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise


def _insert_article(conn: sqlite3.Connection, a: Article) -> None:
    conn.execute(
        "INSERT INTO articles(id, external_id, title, text, published, url, source, author,"
        " language, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id, a.external_id, a.title, a.text,
            a.published.isoformat() if a.published else None,
            a.url, a.source, a.author, a.language, a.origin, _now(),
        ),
    )


def _insert_event(conn: sqlite3.Connection, e: Event, doc_id: str, position: int) -> None:
    place = e.event_loc
    date_start, date_end = day_range(e.date, e.enddate)
    record = e.to_dict()
    record["doc_id"] = doc_id  # the store's article key, whatever the extractor set
    conn.execute(
        "INSERT INTO events(id, doc_id, position, date, enddate, date_precision, date_start,"
        " date_end, event, quad_code, country_code, lat, lon, dead, injured, arrested,"
        " acled_event_type, acled_sub_event_type, modality, confidence, record)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            e.id, doc_id, position, e.date, e.enddate, e.date_precision, date_start, date_end,
            e.event[0] if e.event else "", e.quad_code,
            place.country_code if place else "",
            place.lat if place else None, place.lon if place else None,
            e.size.get("dead"), e.size.get("injured"), e.size.get("arrested"),
            e.acled.event_type, e.acled.sub_event_type, e.modality, e.confidence,
            json.dumps(record, ensure_ascii=False),
        ),
    )
    for role, actors in (("actor", e.actor), ("recipient", e.recipient)):
        for i, actor in enumerate(actors):
            conn.execute(
                "INSERT INTO actors(event_id, role, position, entity_text, code, sector,"
                " identifier) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (e.id, role, i, actor.entity_text, actor.code, actor.sector, actor.identifier_id),
            )
    if place is not None:
        conn.execute(
            "INSERT INTO places(event_id, name, geonameid, lat, lon, country_code, admin1,"
            " resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                e.id, place.resolved_place or place.extracted_place, place.geonameid,
                place.lat, place.lon, place.country_code, place.admin1, place.resolution,
            ),
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
