from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from test_store_fixtures import (
    almaty_article, almaty_events, goma_article, goma_events,
)
from tidings.records import IngestFailure
from tidings.store import EventFilter, Store
from tidings.store import sqlite as store_sqlite
from tidings.store.schema import migrate, schema_version


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        s.add_article(almaty_article(), almaty_events())
        s.add_article(goma_article(), goma_events())
        yield s


def ids(store: Store, **kw) -> list[str]:
    return [e.id for e in store.iter_events(EventFilter(**kw))]


def test_open_sets_wal_and_foreign_keys(tmp_path):
    with Store.open(tmp_path / "x.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.schema_version >= 3


def test_round_trip_article_and_event(store):
    article = store.get_article("art-almaty")
    assert article == almaty_article()
    event = store.get_event("ev-almaty-arrest")
    assert event == almaty_events()[0]
    assert store.get_event("nope") is None
    assert store.get_article("nope") is None


def test_second_add_is_refused_and_changes_nothing(store):
    before = store.counts()
    assert store.has_article("art-almaty")
    assert store.add_article(almaty_article(), almaty_events()) is False
    assert store.counts() == before == {"articles": 2, "events": 4, "failures": 0, "sightings": 0}


def test_failure_mid_article_leaves_nothing(tmp_path, monkeypatch):
    real_insert = store_sqlite._insert_event
    calls = []

    def failing_insert(conn, event, doc_id, position):
        calls.append(event.id)
        if position == 1:
            raise RuntimeError("disk on fire")
        real_insert(conn, event, doc_id, position)

    with Store.open(tmp_path / "t.db") as s:
        monkeypatch.setattr(store_sqlite, "_insert_event", failing_insert)
        with pytest.raises(RuntimeError):
            s.add_article(almaty_article(), almaty_events())
        assert len(calls) == 2  # the first event really was written before the failure
        assert s.counts() == {"articles": 0, "events": 0, "failures": 0, "sightings": 0}
        assert not s.has_article("art-almaty")
        assert s.conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 0
        assert s.conn.execute("SELECT count(*) FROM places").fetchone()[0] == 0
        monkeypatch.setattr(store_sqlite, "_insert_event", real_insert)
        assert s.add_article(almaty_article(), almaty_events()) is True
        assert s.counts()["events"] == 2


def test_duplicate_event_id_rolls_back_whole_article(tmp_path):
    events = almaty_events()
    events[1].id = events[0].id
    with Store.open(tmp_path / "t.db") as s:
        with pytest.raises(sqlite3.IntegrityError):
            s.add_article(almaty_article(), events)
        assert s.counts()["articles"] == 0


def test_old_database_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, upto=1)  # a file from before the FTS index and the filter indexes
    assert schema_version(conn) == 1
    conn.execute(
        "INSERT INTO articles(id, text, title, ingested_at) VALUES (?, ?, ?, ?)",
        ("old-1", "Farmers blocked the highway outside Lyon.", "Farm blockade", "2021-05-01"),
    )
    conn.close()
    with Store.open(path) as s:
        assert s.schema_version >= 3
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles_fts", "events_date", "actors_event"} <= names
        # the article stored before the FTS migration is searchable afterwards
        hits = s.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'highway'"
        ).fetchall()
        assert len(hits) == 1
        assert s.get_article("old-1").title == "Farm blockade"


def test_registered_migration_is_applied_once(tmp_path, monkeypatch):
    from tidings.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", list(schema.MIGRATIONS))
    with Store.open(tmp_path / "t.db"):
        pass
    schema.register_migration(150, "test table", "CREATE TABLE extra_things (x INTEGER);")
    with Store.open(tmp_path / "t.db") as s:
        assert s.schema_version == 150
        s.conn.execute("INSERT INTO extra_things VALUES (1)")
    with Store.open(tmp_path / "t.db") as s:  # not applied a second time
        assert s.conn.execute("SELECT count(*) FROM extra_things").fetchone()[0] == 1


def test_broken_migration_leaves_no_trace(tmp_path, monkeypatch):
    from tidings.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", list(schema.MIGRATIONS))
    schema.register_migration(151, "broken", "CREATE TABLE half (x); THIS IS NOT SQL;")
    with pytest.raises(sqlite3.DatabaseError, match="151"):
        Store.open(tmp_path / "t.db")
    conn = sqlite3.connect(tmp_path / "t.db")
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in names and "articles" in names


def test_register_conflicting_version_is_an_error():
    from tidings.store.schema import register_migration

    with pytest.raises(ValueError, match="already registered"):
        register_migration(1, "something else", "SELECT 1;")


def test_filter_dates(store):
    # the month-precision Goma event (2023-03) overlaps a day filter inside March
    assert ids(store, since=date(2023, 3, 10)) == ["ev-goma-fight"]
    assert ids(store, until=date(2022, 12, 31)) == ["ev-almaty-arrest", "ev-almaty-shooting"]
    assert ids(store, since=date(2022, 1, 5), until=date(2023, 2, 28)) == []


def test_filter_country_accepts_codes_and_names(store):
    for value in ("KZ", "kaz", "Kazakhstan"):
        assert ids(store, country=value) == ["ev-almaty-arrest", "ev-almaty-shooting"]
    assert ids(store, country="Congo, The Democratic Republic of the") == ["ev-goma-fight"]
    with pytest.raises(ValueError, match="Atlantis"):
        ids(store, country="Atlantis")


def test_filter_event_category_and_acled_type(store):
    assert ids(store, event="assault") == ["ev-almaty-shooting", "ev-goma-fight"]
    assert ids(store, acled_type="battles") == ["ev-goma-fight"]


def test_filter_actor_text_or_code(store):
    assert ids(store, actor="rebel") == ["ev-goma-fight"]
    assert ids(store, actor="COD") == ["ev-goma-fight", "ev-goma-statement"]
    assert ids(store, actor="100%") == []  # LIKE wildcards are taken literally


def test_filter_text_uses_fts(store):
    assert ids(store, text="crowd") == ["ev-almaty-arrest", "ev-almaty-shooting"]
    assert ids(store, text="Goma clashes") == ["ev-goma-fight", "ev-goma-statement"]
    assert ids(store, text="crowd Goma") == []
    assert ids(store, text='"unbalanced AND (') == []  # user text never breaks the query


def test_filter_min_dead_limit_offset(store):
    assert ids(store, min_dead=5) == ["ev-goma-fight"]
    assert ids(store, min_dead=1) == ["ev-almaty-shooting", "ev-goma-fight"]
    everything = ids(store)
    assert everything[-1] == "ev-goma-statement"  # undated events come last
    assert ids(store, limit=2, offset=1) == everything[1:3]
    assert store.count_events(EventFilter(min_dead=1)) == 2


def test_failures_recorded(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        s.add_failure(IngestFailure("feed.jsonl:7", "no text"))
        s.add_failure(IngestFailure("page.html", "not HTML"))
        assert s.failures() == [
            IngestFailure("feed.jsonl:7", "no text"), IngestFailure("page.html", "not HTML")
        ]
        assert s.counts()["failures"] == 2
        assert s.recorded_failures()[0].at.startswith("20")


def test_events_by(store):
    assert store.events_by("event") == [("ASSAULT", 2), ("ACCUSE", 1), ("COERCE", 1)]
    assert store.events_by("country") == [("KZ", 2), ("", 1), ("CD", 1)]
    assert store.events_by("event", EventFilter(country="KZ")) == [("ASSAULT", 1), ("COERCE", 1)]
    with pytest.raises(ValueError, match="cannot summarise"):
        store.events_by("record; DROP TABLE events")


def test_filter_doc_id_keeps_article_order(store):
    assert ids(store, doc_id="art-goma") == ["ev-goma-fight", "ev-goma-statement"]


def test_events_keep_the_store_article_id(tmp_path):
    events = almaty_events()
    for e in events:
        e.doc_id = "almaty-1"  # the input's own id, as `tidings extract` writes it
    with Store.open(tmp_path / "t.db") as s:
        s.add_article(almaty_article(), events)
        assert s.get_event("ev-almaty-arrest").doc_id == "art-almaty"


def test_callable_migration(tmp_path, monkeypatch):
    from tidings.store import schema

    monkeypatch.setattr(schema, "MIGRATIONS", list(schema.MIGRATIONS))
    with Store.open(tmp_path / "t.db") as s:
        s.add_article(almaty_article(), almaty_events())

    def fill_totals(conn):
        conn.execute("CREATE TABLE totals (doc_id TEXT, n INTEGER)")
        conn.execute("INSERT INTO totals SELECT doc_id, count(*) FROM events GROUP BY doc_id")

    schema.register_migration(152, "per-article totals", apply=fill_totals)
    with Store.open(tmp_path / "t.db") as s:
        assert s.conn.execute("SELECT doc_id, n FROM totals").fetchall() == [("art-almaty", 2)]


def test_reopen_keeps_data(tmp_path):
    path = tmp_path / "t.db"
    with Store.open(path) as s:
        s.add_article(goma_article(), goma_events())
    with Store.open(path) as s:
        assert s.counts() == {"articles": 1, "events": 2, "failures": 0, "sightings": 0}
        assert [e.id for e in s.iter_events()] == ["ev-goma-fight", "ev-goma-statement"]


def test_open_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(sqlite3.DatabaseError, match="notes.db"):
        Store.open(path)
