"""The store's listing queries: bounding box, keyset pages, light rows, per-day stats, migration 4."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tidings.records import Acled, Actor, Article, Event, Place, TextInfo
from tidings.store import BBox, EventFilter, QueryError, Sort, Store
from tidings.store.schema import migrate

# (city, lat, lon, country); Suva and Apia sit on either side of the antimeridian
CITIES = [("Lagos", 6.45, 3.39, "NG"), ("Kyiv", 50.45, 30.52, "UA"), ("Suva", -18.14, 178.44, "FJ"),
          ("Apia", -13.83, -171.76, "WS"), ("Lima", -12.05, -77.04, "PE")]
CATEGORIES = ["PROTEST", "ASSAULT", "CONSULT"]
WORDS = ["bread prices", "a disputed ballot", "river water"]


def make_event(doc: str, n: int, day: date | None, category: str, city: tuple, dead: int | None) -> Event:
    name, lat, lon, country = city
    return Event(
        id=f"{doc}-{n}", doc_id=doc, event=[category], text_info=TextInfo(n, 0, 10),
        date=day.isoformat() if day else None, date_precision="day" if day else "unknown",
        actor=[Actor("police", "COP", "COP")], recipient=[Actor("marchers", "", "CVL")],
        event_loc=Place(name, name, 1000 + n, lat, lon, country, resolution="city"),
        size={"dead": dead} if dead is not None else {}, acled=Acled("Protests"), event_text="rallied",
    )


def corpus() -> list[tuple[Article, list[Event]]]:
    """Sixty events over twelve articles: repeated days and death tolls (ties for
    the keyset), undated events and unknown tolls (NULLs at either end)."""
    out = []
    for a in range(12):
        words = WORDS[a % 3]
        art = Article(id=f"art{a:02d}", text=f"Crowds gathered over {words} as police watched.",
                      title=f"Report {a}", published=date(2023, 1, 1 + a))
        events = []
        for n in range(5):
            k = a * 5 + n
            day = None if k % 11 == 0 else date(2023, 1, 1 + k % 7)
            dead = None if k % 4 == 0 else k % 3
            events.append(make_event(art.id, n, day, CATEGORIES[k % 3], CITIES[k % 5], dead))
        out.append((art, events))
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store.open(tmp_path_factory.mktemp("q") / "q.db") as s:
        for art, events in corpus():
            s.add_article(art, events)
        yield s


def every_event() -> list[Event]:
    return [e for _, events in corpus() for e in events]


def walk(store: Store, sort: Sort, limit: int, filters: EventFilter | None = None) -> list[str]:
    seen, cursor = [], None
    while True:
        page = store.page_events(filters, sort, cursor, limit)
        seen += [row.id for row in page.rows]
        if page.next_cursor is None:
            return seen
        cursor = page.next_cursor


def in_sort_order(events: list[Event], store: Store, sort: Sort) -> list[str]:
    """The expected order, computed in Python: value then rowid, NULLs first
    ascending and last descending (SQLite's rule)."""
    rowid = dict(store.conn.execute("SELECT id, rowid FROM events"))

    def value(e: Event):
        return e.date if sort.name == "date" else e.size.get("dead")

    present = sorted((e for e in events if value(e) is not None), key=lambda e: (value(e), rowid[e.id]))
    missing = sorted((e for e in events if value(e) is None), key=lambda e: rowid[e.id])
    ordered = missing + present
    return [e.id for e in (reversed(ordered) if sort.descending else ordered)]


@pytest.mark.parametrize("sort_text", ["-date", "date", "-dead", "dead"])
@pytest.mark.parametrize("limit", [1, 7, 100])
def test_pages_cover_every_event_once_in_sort_order(store, sort_text, limit):
    sort = Sort.parse(sort_text)
    assert walk(store, sort, limit) == in_sort_order(every_event(), store, sort)


def test_pages_with_a_filter_keep_to_it(store):
    sort = Sort.parse("-dead")
    wanted = [e for e in every_event() if e.event == ["ASSAULT"]]
    assert walk(store, sort, 4, EventFilter(event="assault")) == in_sort_order(wanted, store, sort)


def test_cursor_of_another_sort_or_garbage_is_refused(store):
    cursor = store.page_events(None, Sort.parse("-date"), None, 2).next_cursor
    with pytest.raises(QueryError, match="another sort"):
        store.page_events(None, Sort.parse("date"), cursor, 2)
    with pytest.raises(QueryError, match="cursor"):
        store.page_events(None, Sort.parse("date"), "bm90IGpzb24", 2)


@pytest.mark.parametrize("limit", [0, 1001])
def test_page_size_is_bounded(store, limit):
    with pytest.raises(QueryError, match="page size"):
        store.page_events(None, None, None, limit)


def test_unknown_sort_is_refused():
    with pytest.raises(QueryError, match="cannot sort"):
        Sort.parse("title")


@pytest.mark.parametrize("box", [BBox(-20, -20, 40, 60), BBox(170, -30, -170, 0), BBox(-80, -15, -70, -10)])
def test_bbox_matches_the_places_inside(store, box):
    expected = {e.id for e in every_event() if box.contains(e.event_loc.lat, e.event_loc.lon)}
    assert expected  # each box holds some places
    assert {e.id for e in store.iter_events(EventFilter(bbox=box))} == expected
    assert set(walk(store, Sort.parse("-date"), 5, EventFilter(bbox=box))) == expected
    assert store.count_events(EventFilter(bbox=box)) == len(expected)


def test_bbox_across_the_antimeridian_takes_fiji_and_samoa_only(store):
    places = {e.event_loc.resolved_place for e in store.iter_events(EventFilter(bbox=BBox(170, -30, -170, 0)))}
    assert places == {"Suva", "Apia"}


@pytest.mark.parametrize("text, error", [("1,2,3", "minlon"), ("a,b,c,d", "not a number"),
                                         ("0,50,10,40", "minlat"), ("190,0,10,10", "longitudes")])
def test_bad_bbox_text_is_refused(text, error):
    with pytest.raises(QueryError, match=error):
        BBox.parse(text)


def test_text_filter_finds_the_articles_with_every_word(store):
    got = {e.id for e in store.iter_events(EventFilter(text="disputed ballot"))}
    assert got == {e.id for art, events in corpus() if "disputed ballot" in art.text for e in events}
    assert not list(store.iter_events(EventFilter(text="ballot bread")))


def test_light_rows_agree_with_the_full_records(store):
    rows = store.page_events(None, Sort.parse("date"), None, 1000).rows
    assert len(rows) == 60
    for row in rows:
        full = store.get_event(row.id)
        assert (row.doc_id, row.event, row.date, row.size) == (full.doc_id, full.event[0], full.date, full.size)
        assert (row.place.name, row.place.lat, row.place.lon, row.place.country) == (
            full.event_loc.resolved_place, full.event_loc.lat, full.event_loc.lon, full.event_loc.country_code)
        assert [a.text for a in row.actors] == [a.entity_text for a in full.actor]
        assert [a.text for a in row.recipients] == [a.entity_text for a in full.recipient]


def test_per_day_stats_count_single_day_events_by_category(store):
    stats = store.stats(EventFilter(country="UA"))
    ukraine = [e for e in every_event() if e.event_loc.country_code == "UA"]
    expected: dict[tuple[str, str], int] = {}
    for e in ukraine:
        if e.date:
            expected[(e.date, e.event[0])] = expected.get((e.date, e.event[0]), 0) + 1
    assert {(d, c): n for d, c, n in stats.per_day} == expected
    assert [(d, c) for d, c, _ in stats.per_day] == sorted(expected)
    assert stats.total == len(ukraine)
    assert stats.not_single_day == sum(1 for e in ukraine if not e.date)
    assert stats.reported["dead"] == sum(e.size.get("dead", 0) for e in ukraine)
    assert stats.by_country == [("UA", len(ukraine))]


def test_migration_4_indexes_an_older_store(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert 4 not in migrate(conn, upto=3)
    conn.close()
    with Store.open(path) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_country_date", "events_event_days", "articles_num_id"} <= names
        plan = " ".join(r[-1] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT rowid FROM events WHERE country_code = ? ORDER BY date_start DESC", ["UA"]))
        assert "events_country_date" in plan and "TEMP B-TREE" not in plan


def test_rare_text_pages_match_walked_pages(store, monkeypatch):
    from tidings.store import pages

    sort = Sort.parse("-date")
    walked = walk(store, sort, 3, EventFilter(text="river water"))
    monkeypatch.setattr(pages, "RARE_TEXT_SHARE", 1.0)  # every text query counts as rare now
    assert walk(store, sort, 3, EventFilter(text="river water")) == walked
    wanted = [e for art, events in corpus() if "river water" in art.text for e in events]
    assert walked == in_sort_order(wanted, store, sort)
