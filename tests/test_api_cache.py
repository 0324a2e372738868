"""The response cache: equal queries share an answer until the database changes."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_api_fixtures import build_store  # noqa: E402

from tidings.records import Acled, Actor, Article, Event, Place, TextInfo  # noqa: E402
from tidings.serve import Settings, create_app  # noqa: E402
from tidings.store import Store  # noqa: E402

LATE = "Nurses protested in Almaty on June 1 over unpaid wages."


def add_late_article(path) -> None:
    """A commit through a connection of its own, as `tidings ingest` would make."""
    art = Article(id="kz9", text=LATE, title="Nurses protest", published=date(2022, 6, 2))
    event = Event(id="kz9-0", doc_id="kz9", event=["PROTEST"], text_info=TextInfo(0, 0, len(LATE)),
                  date="2022-06-01", date_precision="day", actor=[Actor("Nurses", "KAZ", "MED")],
                  event_loc=Place("Almaty", "Almaty", 1526384, 43.25, 76.92, "KZ", resolution="city"),
                  acled=Acled("Protests", "Peaceful protest"), event_text="protested")
    with Store.open(path) as store:
        store.add_article(art, [event])


@pytest.fixture
def db(tmp_path):
    return build_store(tmp_path / "cache.db")


def test_equal_queries_share_an_answer_until_a_write(db):
    with TestClient(create_app(Settings(db))) as client:
        first = client.get("/api/events", params={"country": "KZ", "event": "protest"})
        again = client.get("/api/events", params={"country": "Kazakhstan", "event": " PROTEST "})
        assert (first.headers["x-cache"], again.headers["x-cache"]) == ("miss", "hit")
        assert again.content == first.content
        add_late_article(db)
        after = client.get("/api/events", params={"country": "KZ", "event": "PROTEST"})
        assert after.headers["x-cache"] == "miss"
        assert "kz9-0" in {e["id"] for e in after.json()["events"]}
        assert "kz9-0" not in {e["id"] for e in first.json()["events"]}


def test_stats_are_cached_and_refreshed_too(db):
    with TestClient(create_app(Settings(db))) as client:
        before = client.get("/api/stats", params={"country": "KZ"})
        assert client.get("/api/stats", params={"country": "KZ"}).headers["x-cache"] == "hit"
        add_late_article(db)
        after = client.get("/api/stats", params={"country": "KZ"})
        assert after.headers["x-cache"] == "miss"
        assert after.json()["total"] == before.json()["total"] + 1


def test_different_queries_get_different_answers(db):
    with TestClient(create_app(Settings(db))) as client:
        kz = client.get("/api/events", params={"country": "KZ"}).json()["events"]
        cl = client.get("/api/events", params={"country": "CL"})
        assert cl.headers["x-cache"] == "miss"
        assert {e["id"] for e in cl.json()["events"]}.isdisjoint(e["id"] for e in kz)


def test_no_cache_answers_from_the_store_every_time(db):
    with TestClient(create_app(Settings(db, cache_size=0))) as client:
        states = {client.get("/api/events").headers["x-cache"] for _ in range(2)}
        assert states == {"off"}


def test_the_cache_keeps_at_most_its_size(db):
    with TestClient(create_app(Settings(db, cache_size=2))) as client:
        for country in ("KZ", "CL", "NG"):
            client.get("/api/events", params={"country": country})
        assert client.get("/api/events", params={"country": "NG"}).headers["x-cache"] == "hit"
        assert client.get("/api/events", params={"country": "KZ"}).headers["x-cache"] == "miss"


COUNT_TO = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT count(*) FROM n"


@pytest.mark.parametrize("upto, threads", [(10, 1), (3_000_000, 2)])
def test_an_answer_too_slow_for_the_event_loop_is_built_again_in_a_thread(db, upto, threads):
    import asyncio
    import threading

    from tidings.serve import cache
    from tidings.serve.db import Connections

    connections = Connections(db)
    ran_on = []

    def build(store):
        ran_on.append(threading.get_ident())
        return str(store.conn.execute(COUNT_TO, [upto]).fetchone()[0]).encode()

    async def answer():
        return await cache._build(connections, build, inline_s=0.005), threading.get_ident()

    try:
        body, loop_thread = asyncio.run(answer())
    finally:
        connections.close()
    assert body == str(upto).encode()
    assert len(ran_on) == threads and ran_on[0] == loop_thread
    if threads == 2:  # interrupted on the loop, finished in a pool thread
        assert ran_on[1] != loop_thread
