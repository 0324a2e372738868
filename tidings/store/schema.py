"""The store's schema, as an ordered list of migrations.

A database remembers which migrations it has had (table `schema_version`);
opening it applies the missing ones in version order, each in its own
transaction, so an old file is brought up to date and a fresh one is built by
the same path.

Rules for adding a migration:

* never edit a migration that has shipped; append a new one;
* versions 1-99 belong to this package (`tidings/store/schema.py`);
* versions 100 and up are reserved for the merge tables: `tidings/store/merged.py`
  calls `register_migration(100, "merged events", SQL)` at import time, and
  `Store.open` imports that module (when present) before migrating.

Versions are tracked one by one rather than as a single high-water mark, so a
core migration added later (say 4) is still applied to a database that already
has merge migration 100.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

MERGE_VERSIONS_START = 100


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str = ""
    apply: Callable[[sqlite3.Connection], None] | None = None


MIGRATIONS: list[Migration] = []


def register_migration(
    version: int,
    name: str,
    sql: str = "",
    apply: Callable[[sqlite3.Connection], None] | None = None,
) -> Migration:
    """Add a migration; registering the same version twice is an error unless identical."""
    migration = Migration(version, name, sql, apply)
    for known in MIGRATIONS:
        if known.version == version:
            if known == migration:
                return known  # a module imported twice registers twice
            raise ValueError(f"schema migration {version} is already registered as {known.name!r}")
    if not sql and apply is None:
        raise ValueError(f"schema migration {version} ({name}) has neither SQL nor a function")
    MIGRATIONS.append(migration)
    MIGRATIONS.sort(key=lambda m: m.version)
    return migration


register_migration(1, "articles, events, actors, places, failures", """
CREATE TABLE articles (
    num INTEGER PRIMARY KEY,  -- stable rowid for the FTS index
    id TEXT NOT NULL UNIQUE,  -- content hash
    external_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    published TEXT,
    url TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    origin TEXT NOT NULL DEFAULT '',
    ingested_at TEXT NOT NULL
);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,  -- order within the article, most salient first
    date TEXT,
    enddate TEXT,
    date_precision TEXT NOT NULL DEFAULT 'unknown',
    date_start TEXT,  -- first and last day the date can mean, for range filters
    date_end TEXT,
    event TEXT NOT NULL DEFAULT '',
    quad_code INTEGER,
    country_code TEXT NOT NULL DEFAULT '',
    lat REAL,
    lon REAL,
    dead INTEGER,
    injured INTEGER,
    arrested INTEGER,
    acled_event_type TEXT NOT NULL DEFAULT '',
    acled_sub_event_type TEXT NOT NULL DEFAULT '',
    modality TEXT NOT NULL DEFAULT 'asserted',
    confidence REAL NOT NULL DEFAULT 0,
    record TEXT NOT NULL
);
CREATE TABLE actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    entity_text TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    sector TEXT NOT NULL DEFAULT '',
    identifier TEXT NOT NULL DEFAULT ''
);
CREATE TABLE places (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country_code TEXT NOT NULL DEFAULT '',
    admin1 TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
""")

register_migration(2, "full-text index on article title and text", """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='num'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.num, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.num, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.num, new.title, new.text);
END;
-- articles stored before this migration get indexed too
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
""")

register_migration(3, "indexes for the event filters", """
CREATE INDEX events_doc ON events(doc_id, position);
CREATE INDEX events_date ON events(date_start, date_end);
CREATE INDEX events_event ON events(event);
CREATE INDEX events_country ON events(country_code);
CREATE INDEX events_acled ON events(acled_event_type);
CREATE INDEX events_dead ON events(dead);
CREATE INDEX actors_event ON actors(event_id);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX places_event ON places(event_id);
""")

register_migration(4, "indexes for the API: country and category by date, article ids by num", """
CREATE INDEX events_country_date ON events(country_code, date_start);
CREATE INDEX events_event_days ON events(event, date_start, date_end);
CREATE INDEX articles_num_id ON articles(num, id);
ANALYZE events;
ANALYZE articles;
""")

register_migration(5, "indexes for the API: newest first by place, by country and category", """
CREATE INDEX events_date_place ON events(date_start, date_end, lat, lon);
CREATE INDEX events_country_event_days ON events(country_code, event, date_start, date_end);
ANALYZE events_date_place;
ANALYZE events_country_event_days;
""")


register_migration(6, "sightings: a stored text seen again from another outlet or address", """
CREATE TABLE sightings (
    id TEXT PRIMARY KEY,  -- sightings.sighting_id(article_id, source, url)
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    source TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published TEXT,
    title TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL
);
CREATE INDEX sightings_article ON sightings(article_id);
""")


def _ensure_version_table(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    _ensure_version_table(conn)
    return {row[0] for row in conn.execute("SELECT version FROM schema_version")}


def schema_version(conn: sqlite3.Connection) -> int:
    """The highest migration applied to this database (0 for an empty one)."""
    return max(applied_versions(conn), default=0)


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply the missing migrations (up to `upto`, for tests); returns the versions applied.

    `conn` must be in autocommit mode (isolation_level=None): each migration
    opens and commits its own transaction.
    """
    done = applied_versions(conn)
    applied = []
    for migration in list(MIGRATIONS):
        if migration.version in done or (upto is not None and migration.version > upto):
            continue
        _apply_one(conn, migration)
        applied.append(migration.version)
    return applied


def _apply_one(conn: sqlite3.Connection, migration: Migration) -> None:
    try:
        if migration.sql:
            # executescript runs the DDL inside the transaction the script opens
            conn.executescript("BEGIN IMMEDIATE;\n" + migration.sql)
        else:
            conn.execute("BEGIN IMMEDIATE")
        if migration.apply is not None:
            migration.apply(conn)
        conn.execute(
            "INSERT INTO schema_version(version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, _now()),
        )
        conn.execute("COMMIT")
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise sqlite3.DatabaseError(
            f"schema migration {migration.version} ({migration.name}) failed: {exc}"
        ) from exc


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
