"""Keyset pages stay index range scans: later pages start at the cursor, the
walk's per-event text test finds what the planner's form finds, migration 5."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tidings.records import Acled, Actor, Article, Event, Place, TextInfo
from tidings.store import BBox, EventFilter, Sort, Store
from tidings.store import pages
from tidings.store.filters import build_where
from tidings.store.schema import migrate

TOWNS = [("Mopti", 14.49, -4.19, "ML"), ("Gao", 16.27, -0.04, "ML"), ("Tromso", 69.65, 18.96, "NO")]
LINES = ["Herders clashed with farmers over grazing land near the river.",
         "Traders shut their stalls over a new market tax.",
         "Herders and traders met the governor about the market tax."]


def build(path) -> Store:
    store = Store.open(path)
    for a in range(30):
        text = LINES[a % 3]
        art = Article(id=f"a{a:02d}", text=text, title=f"Report {a}", published=date(2024, 3, 1 + a % 28))
        events = []
        for n in range(4):
            k = a * 4 + n
            name, lat, lon, country = TOWNS[k % 3]
            day = None if k % 13 == 0 else date(2024, 2, 1 + k % 9)
            events.append(Event(
                id=f"{art.id}-{n}", doc_id=art.id, event=["PROTEST" if k % 2 else "ASSAULT"],
                text_info=TextInfo(n, 0, len(text)), date=day.isoformat() if day else None,
                date_precision="day" if day else "unknown", actor=[Actor("herders", "", "AGR")],
                event_loc=Place(name, name, 100 + k % 3, lat, lon, country, resolution="city"),
                acled=Acled("Protests"), event_text="clashed"))
        store.add_article(art, events)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with build(tmp_path_factory.mktemp("pages") / "pages.db") as s:
        yield s


def plan(conn: sqlite3.Connection, sql: str, params: list[object]) -> str:
    return " | ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize("sort_text, bound", [("-date", "date_start<?"), ("date", "date_start>?"),
                                              ("-dead", "dead<?"), ("dead", "dead>?")])
def test_the_first_stretch_after_a_cursor_is_a_range_on_the_sort_index(sort_text, bound):
    sort = Sort.parse(sort_text)
    stretch = pages._after(sort, "2024-02-05" if sort.name == "date" else 3, 40)[0]
    sql = (f"SELECT events.rowid FROM events INDEXED BY {sort.index} WHERE {stretch.where}"
           f" ORDER BY {sort.column}, events.rowid")
    with Store.open(":memory:") as empty:
        steps = plan(empty.conn, sql, stretch.params)
    # SQLite writes a range on the index as "<" or ">" after the column (it folds <= into it)
    assert "SEARCH" in steps and bound in steps.replace("=", ""), steps


@pytest.mark.parametrize("sort_text", ["-date", "date"])
def test_pages_after_a_cursor_take_nulls_in_their_place(store, sort_text):
    sort = Sort.parse(sort_text)
    seen, cursor = [], None
    while True:
        keys = pages.page_keys(store.conn, EventFilter(country="ML"), sort, cursor, 5)
        seen += keys.rowids
        if keys.next_cursor is None:
            break
        cursor = keys.next_cursor
    direction = "DESC" if sort.descending else "ASC"
    expected = [r[0] for r in store.conn.execute(
        f"SELECT rowid FROM events WHERE country_code = 'ML' ORDER BY date_start {direction}, rowid {direction}")]
    assert seen == expected
    assert store.conn.execute("SELECT count(*) FROM events WHERE date_start IS NULL").fetchone()[0] > 0


@pytest.mark.parametrize("words", ["market tax", "herders", "grazing river", "nothing like this"])
def test_per_event_text_test_matches_the_planner_form(store, words):
    def ids(query) -> set[str]:
        return {r[0] for r in store.conn.execute(f"SELECT id FROM events WHERE {query.where}", query.params)}

    f = EventFilter(text=words, country="ML")
    assert ids(build_where(f, text_per_event=True)) == ids(build_where(f))
    expected = {f"a{a:02d}-{n}" for a in range(30) for n in range(4)
                if all(w in LINES[a % 3].lower() for w in words.split()) and TOWNS[(a * 4 + n) % 3][3] == "ML"}
    assert ids(build_where(f)) == expected


def test_a_walk_and_the_planner_give_the_same_text_pages(store, monkeypatch):
    def every_page(f: EventFilter) -> list[int]:
        seen, cursor = [], None
        while True:
            keys = pages.page_keys(store.conn, f, Sort.parse("-date"), cursor, 7)
            seen += keys.rowids
            if keys.next_cursor is None:
                return seen
            cursor = keys.next_cursor

    f = EventFilter(text="market tax")
    monkeypatch.setattr(pages, "RARE_TEXT_SHARE", 0.0)  # every text query is walked
    walked = every_page(f)
    monkeypatch.setattr(pages, "RARE_TEXT_SHARE", 1.0)  # ... or left to the planner
    assert every_page(f) == walked and len(walked) == 80


def test_text_is_rare_when_its_articles_fall_under_the_share(store, monkeypatch):
    # "grazing" is in 10 of 30 articles
    monkeypatch.setattr(pages, "RARE_TEXT_SHARE", 0.3)
    assert pages._worth_walking(store.conn, EventFilter(text="grazing"))
    monkeypatch.setattr(pages, "RARE_TEXT_SHARE", 0.4)
    assert not pages._worth_walking(store.conn, EventFilter(text="grazing"))
    assert pages._worth_walking(store.conn, EventFilter(country="ML"))


def test_migration_5_indexes_an_older_store(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert 5 not in migrate(conn, upto=4)
    conn.close()
    with Store.open(path) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_date_place", "events_country_event_days"} <= names
        box = build_where(EventFilter(bbox=BBox(-5, 10, 5, 20)))
        walk = plan(s.conn, f"SELECT events.rowid FROM events INDEXED BY events_date_place WHERE {box.where}"
                            " ORDER BY date_start DESC", box.params)
        assert "COVERING INDEX events_date_place" in walk  # the walk reads no event rows
        both = plan(s.conn, "SELECT rowid FROM events WHERE country_code = ? AND event = ? AND date_end >= ?"
                            " ORDER BY date_start DESC", ["ML", "PROTEST", "2024-01-01"])
        assert "events_country_event_days" in both and "TEMP B-TREE FOR ORDER BY" not in both


def test_a_spent_outer_budget_stops_work_inside_a_roomier_inner_one():
    count_to = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT count(*) FROM n"
    conn = sqlite3.connect(":memory:")
    with pages.cpu_budget(conn, 0.002) as outer:
        with pytest.raises(sqlite3.OperationalError):
            with pages.cpu_budget(conn, 60) as inner:
                conn.execute(count_to, [50_000_000]).fetchone()
        assert outer.spent and not inner.spent
        with pytest.raises(sqlite3.OperationalError):  # still in force after the inner block
            conn.execute(count_to, [50_000_000]).fetchone()
    assert conn.execute(count_to, [100_000]).fetchone()[0] == 100_000  # no budget left behind
