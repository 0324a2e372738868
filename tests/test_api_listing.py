"""Listed events are written by SQLite's JSON functions; they must say what the
full record (GET /api/events/{id}, built in Python) says about the same event."""

from __future__ import annotations

import json
from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_api_fixtures import build_store  # noqa: E402

from tidings.records import Acled, Actor, Article, Event, TextInfo  # noqa: E402
from tidings.serve import Settings, create_app  # noqa: E402
from tidings.serve.listing import events_json, page_body  # noqa: E402
from tidings.store import Store  # noqa: E402
from tidings.store.rows import SIZE_KINDS  # noqa: E402

# full-record fields a listing leaves out (see tidings/serve/listing.py)
ONLY_IN_FULL = {"categories", "mode", "trigger", "cameo_root"}

ODD = "Élodie's \"collective\" — 3 nurses — marched in Mérida on June 3 \\ with banners."


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = build_store(tmp_path_factory.mktemp("listing") / "listing.db")
    # an event with no place, no figures, two recipients and text that JSON must escape
    art = Article(id="odd1", text=ODD, title="Nurses \"march\"", published=date(2022, 6, 4))
    event = Event(id="odd1-0", doc_id="odd1", event=["PROTEST"], text_info=TextInfo(0, 0, len(ODD)),
                  date="2022-06-03", date_precision="day",
                  actor=[Actor("Élodie's \"collective\"", "FRA", "CVL")],
                  recipient=[Actor("the mayor", "MEX", "GOV"), Actor("the council \\ board", "MEX", "GOV")],
                  acled=Acled("Protests", "Peaceful protest"), event_text="marched", confidence=0.5)
    with Store.open(path) as store:
        store.add_article(art, [event])
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(Settings(db, cache_size=0))) as c:
        yield c


def agrees(listed: object, full: object) -> bool:
    """Every member the listing has is in the full view with the same value."""
    if isinstance(listed, dict) and isinstance(full, dict):
        return all(k in full and agrees(v, full[k]) for k, v in listed.items())
    if isinstance(listed, list) and isinstance(full, list):
        return len(listed) == len(full) and all(agrees(a, b) for a, b in zip(listed, full))
    return listed == full


def test_every_listed_event_agrees_with_its_full_record(client):
    listed = client.get("/api/events", params={"limit": 1000}).json()["events"]
    assert len(listed) == 8
    for event in listed:
        full = client.get(f"/api/events/{event['id']}").json()["event"]
        assert set(full) - set(event) == ONLY_IN_FULL, event["id"]
        if event["merged_id"] is None:  # not merged: the full view may name its link instead
            full["merged_id"] = None
        # the store keeps these figures as columns; a listing has each one that is known
        assert event["size"] == {k: v for k, v in full["size"].items() if k in SIZE_KINDS}, event["id"]
        assert agrees(event, full), (event, full)


def test_listing_keeps_order_escapes_text_and_leaves_unknowns_out(client):
    odd = next(e for e in client.get("/api/events", params={"limit": 1000}).json()["events"]
               if e["id"] == "odd1-0")
    assert odd["actors"] == [{"text": "Élodie's \"collective\"", "code": "FRA", "sector": "CVL", "identifier": ""}]
    assert [r["text"] for r in odd["recipients"]] == ["the mayor", "the council \\ board"]
    assert odd["place"] is None and odd["size"] == {}
    assert (odd["mentions"], odd["sources"], odd["articles"]) == (1, 1, 1)


def test_rows_come_back_in_the_order_asked(db):
    with Store.open(db) as store:
        rowids = [r[0] for r in store.conn.execute("SELECT rowid FROM events ORDER BY id")]
        ids = [json.loads(text)["id"] for text in events_json(store.conn, rowids[::-1])]
        assert ids == sorted(ids, reverse=True) and len(ids) == len(rowids)
        assert events_json(store.conn, []) == []


def test_page_body_is_json_with_cursor_and_total():
    assert json.loads(page_body(['{"id":"a"}', '{"id":"b"}'], "abc", 7)) == {
        "events": [{"id": "a"}, {"id": "b"}], "next_cursor": "abc", "total": 7}
    assert json.loads(page_body([], None)) == {"events": [], "next_cursor": None}
