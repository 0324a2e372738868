"""The HTTP API over a small store built from records (no spaCy needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_api_fixtures import KZ_ONE, build_store  # noqa: E402

from tidings.serve import Settings, create_app  # noqa: E402

ALL_IDS = {"kz1-0", "kz1-1", "kz2-0", "kz2-1", "ng1-0", "cl1-0", "cl2-0"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "api.db")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    with TestClient(create_app(Settings(db))) as c:
        yield c


def ids(client: TestClient, **params) -> set[str]:
    r = client.get("/api/events", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return {e["id"] for e in r.json()["events"]}


# -- /api/events -----------------------------------------------------------


def test_events_newest_first_with_report_counts(client):
    events = client.get("/api/events").json()["events"]
    assert {e["id"] for e in events} == ALL_IDS
    dates = [e["date"] for e in events]
    assert dates == sorted(dates, reverse=True)
    shooting = next(e for e in events if e["id"] == "kz1-1")
    # the same shooting was reported by two outlets, so it was merged
    assert (shooting["mentions"], shooting["sources"]) == (2, 2)
    assert shooting["place"]["name"] == "Almaty" and shooting["size"] == {"dead": 12}
    assert shooting["actors"][0]["text"] == "Security forces"
    lone = next(e for e in events if e["id"] == "ng1-0")
    assert (lone["mentions"], lone["sources"]) == (1, 1)


@pytest.mark.parametrize("params, expected", [
    ({"since": "2022-03-01"}, {"ng1-0", "cl1-0", "cl2-0"}),
    ({"until": "2022-01-05"}, {"kz1-0", "kz1-1", "kz2-0"}),
    ({"since": "2022-01-06", "until": "2022-03-02"}, {"kz2-1", "ng1-0"}),
    ({"country": "KZ"}, {"kz1-0", "kz1-1", "kz2-0", "kz2-1"}),
    ({"country": "NGA"}, {"ng1-0"}),
    ({"country": "Chile"}, {"cl1-0", "cl2-0"}),
    ({"event": "assault"}, {"kz1-1", "kz2-0", "ng1-0"}),
    ({"acled_type": "Protests"}, {"kz1-0", "kz2-1", "cl1-0", "cl2-0"}),
    ({"actor": "gunmen"}, {"ng1-0"}),
    ({"actor": "CHL"}, {"cl1-0", "cl2-0"}),
    ({"text": "fuel price"}, {"kz1-0", "kz1-1"}),
    ({"text": "Gusau"}, {"ng1-0"}),
    ({"min_dead": 1}, {"kz1-1", "kz2-0"}),
    ({"bbox": "60,40,80,55"}, {"kz1-0", "kz1-1", "kz2-0", "kz2-1"}),
    ({"bbox": "60,40,80,45"}, {"kz1-0", "kz1-1", "kz2-0"}),  # Almaty, not Astana
    ({"bbox": "-80,-40,-60,-30"}, {"cl1-0", "cl2-0"}),
    ({"country": "KZ", "event": "COERCE", "min_dead": 0}, set()),  # dead unknown is not 0
])
def test_event_filters(client, params, expected):
    assert ids(client, **params) == expected


def test_bbox_across_the_antimeridian(client):
    # from 170E eastwards over the date line to 60W takes in the Americas only
    assert ids(client, bbox="170,-60,-60,60") == {"cl1-0", "cl2-0"}


def test_sort_by_date_ascending_and_by_deaths(client):
    up = [e["date"] for e in client.get("/api/events", params={"sort": "date"}).json()["events"]]
    assert up == sorted(up)
    by_dead = client.get("/api/events", params={"sort": "-dead"}).json()["events"]
    assert [e["id"] for e in by_dead[:2]] and {e["id"] for e in by_dead[:2]} == {"kz1-1", "kz2-0"}


@pytest.mark.parametrize("sort", ["-date", "date", "-dead", "dead"])
def test_cursor_pages_cover_every_event_once(client, sort):
    whole = [e["id"] for e in client.get("/api/events", params={"sort": sort}).json()["events"]]
    seen, cursor = [], None
    for _ in range(10):
        params = {"sort": sort, "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in body["events"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == whole and len(set(seen)) == len(ALL_IDS)


def test_total_counts_every_match_not_the_page(client):
    body = client.get("/api/events", params={"country": "KZ", "limit": 1, "total": "true"}).json()
    assert len(body["events"]) == 1 and body["total"] == 4 and body["next_cursor"]


@pytest.mark.parametrize("params, words", [
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "a,b,c,d"}, "not a number"),
    ({"bbox": "0,50,10,40"}, "minlat"),
    ({"sort": "title"}, "cannot sort"),
    ({"cursor": "not-a-cursor"}, "cursor"),
    ({"country": "Atlantis"}, "country"),
    ({"since": "2022-13-01"}, "since"),
    ({"since": "2022-02-01", "until": "2022-01-01"}, "after until"),
    ({"min_dead": "-1"}, "min_dead"),
    ({"limit": "0"}, "limit"),
    ({"limit": "5000"}, "limit"),
])
def test_bad_parameters_are_400_with_a_message(client, params, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400
    assert words in r.json()["error"]["message"]


def test_cursor_of_another_sort_is_refused(client):
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    r = client.get("/api/events", params={"limit": 1, "sort": "dead", "cursor": cursor})
    assert r.status_code == 400 and "sort" in r.json()["error"]["message"]


# -- one event, articles ------------------------------------------------------


def test_event_view_lists_every_mention_with_its_evidence(client):
    body = client.get("/api/events/kz1-1").json()
    assert body["event"]["id"] == "kz1-1"
    assert body["merged"]["num_sources"] == 2
    mentions = {m["event"]["id"]: m for m in body["mentions"]}
    assert set(mentions) == {"kz1-1", "kz2-0"}
    for m in mentions.values():
        text = client.get(f"/api/articles/{m['article']['id']}").json()["text"]
        s = m["sentence"]
        assert text[s["start"]:s["end"]] == s["text"]
        labels = {e["label"] for e in m["evidence"]}
        assert {"who", "what", "where", "how many"} <= labels
        for e in m["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    assert mentions["kz2-0"]["article"]["source"] == "Capital Daily"
    assert mentions["kz1-1"]["article"]["url"].startswith("https://")


def test_event_that_was_not_merged_has_itself_as_only_mention(client, db, tmp_path):
    from test_api_fixtures import articles_and_events

    from tidings.store import Store

    path = tmp_path / "unmerged.db"
    with Store.open(path) as store:
        for art, events in articles_and_events():
            store.add_article(art, events)
    with TestClient(create_app(Settings(path))) as c:
        body = c.get("/api/events/kz1-1").json()
    assert body["merged"] is None and [m["event"]["id"] for m in body["mentions"]] == ["kz1-1"]
    assert body["event"]["mentions"] == 1


def test_article_with_text_and_events(client):
    body = client.get("/api/articles/kz1").json()
    assert body["text"] == KZ_ONE
    assert body["published"] == "2022-01-06"
    assert [e["id"] for e in body["events"]] == ["kz1-0", "kz1-1"]


@pytest.mark.parametrize("path", ["/api/events/nope", "/api/articles/nope", "/api/stories/nope", "/api/nothing"])
def test_missing_things_are_404_json(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert "nope" in r.json()["error"]["message"] or "nothing" in r.json()["error"]["message"]


# -- stories and stats --------------------------------------------------------


def test_stories_and_a_story_timeline(client):
    stories = client.get("/api/stories").json()["stories"]
    kz = next(s for s in stories if s["country"] == "KZ")
    assert kz["size"] == 3 and kz["start"] == "2022-01-05"
    body = client.get(f"/api/stories/{kz['id']}").json()
    timeline = body["timeline"]
    assert [t["date"] for t in timeline] == sorted(t["date"] for t in timeline)
    assert {t["event"] for t in timeline} == {"PROTEST", "ASSAULT", "COERCE"}
    shooting = next(t for t in timeline if t["event"] == "ASSAULT")
    assert set(shooting["event_ids"]) == {"kz1-1", "kz2-0"} and shooting["sources"] == 2
    assert len(client.get("/api/stories", params={"limit": 1}).json()["stories"]) == 1


def test_stats_per_day_by_category_and_country(client):
    s = client.get("/api/stats").json()
    assert s["total"] == 7
    per_day = {(r["day"], r["event"]): r["count"] for r in s["per_day"]}
    assert per_day[("2022-01-05", "ASSAULT")] == 2 and per_day[("2022-01-06", "COERCE")] == 1
    assert sum(per_day.values()) == 7
    assert {r["country"]: r["count"] for r in s["by_country"]} == {"KZ": 4, "CL": 2, "NG": 1}
    # the shooting was reported twice with 12 dead: 12 real deaths, 24 reported
    assert s["casualties"]["dead"] == 12 and s["casualties_reported"]["dead"] == 24
    assert s["casualties"]["arrested"] == 300


def test_stats_follow_the_filters(client):
    s = client.get("/api/stats", params={"country": "CL"}).json()
    assert s["total"] == 2 and [r["event"] for r in s["by_category"]] == ["PROTEST"]
    assert s["casualties"]["dead"] == 0


# -- exports ---------------------------------------------------------------


def test_export_plover_jsonl_with_filters(client):
    r = client.get("/api/export", params={"format": "plover-jsonl", "country": "KZ"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in r.text.splitlines() if line.strip()]
    assert {row["id"] for row in rows} == {"kz1-0", "kz1-1", "kz2-0", "kz2-1"}


def test_export_geojson_honours_bbox(client):
    r = client.get("/api/export", params={"format": "geojson", "bbox": "-80,-40,-60,-30"})
    features = r.json()["features"]
    assert len(features) == 2
    assert all(f["geometry"]["coordinates"][0] < -60 for f in features)


def test_export_csv_tsv_and_parquet_stream(client):
    import pyarrow.parquet as pq

    csv = client.get("/api/export", params={"format": "acled-csv", "event": "ASSAULT"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    assert "Gusau" in csv.text and "Santiago" not in csv.text
    tsv = client.get("/api/export", params={"format": "gdelt-tsv", "country": "NG"})
    assert len([line for line in tsv.text.splitlines() if line.strip()]) >= 1
    parquet = client.get("/api/export", params={"format": "parquet", "country": "CL"})
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == 2


def test_export_counts_come_from_the_merged_event(client):
    from tidings.export.gdelt_tsv import COLUMNS

    r = client.get("/api/export", params={"format": "gdelt-tsv", "country": "KZ"})
    rows = [line.split("\t") for line in r.text.splitlines() if line.strip()]
    assert len(rows) == 4
    sources = {row[COLUMNS.index("Actor1Name")]: row[COLUMNS.index("NumSources")] for row in rows}
    # the shooting, reported by two outlets, counts 2 sources in both its rows
    shooting = [row for row in rows if row[COLUMNS.index("Actor1Name")] == "SECURITY FORCES"]
    assert [row[COLUMNS.index("NumSources")] for row in shooting] == ["2", "2"]
    assert sources["POLICE"] == "1"  # the Astana detentions stand alone


@pytest.mark.parametrize("params", [{"format": "pdf"}, {}])
def test_export_needs_a_known_format(client, params):
    r = client.get("/api/export", params=params)
    assert r.status_code == 400 and "format" in r.json()["error"]["message"]


# -- the docs and the dashboard ----------------------------------------------


def test_openapi_and_docs_are_served(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/stories", "/api/stories/{story_id}", "/api/stats", "/api/export"):
        assert path in spec["paths"], path
    assert "swagger" in client.get("/docs").text.lower()


def test_dashboard_and_its_scripts_are_served_by_the_app(client):
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for asset in ("/static/app.js", "/static/map.js", "/static/timeline.js", "/static/style.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200


def test_dashboard_loads_nothing_from_the_internet():
    import re

    static = Path(__file__).resolve().parents[1] / "tidings" / "serve" / "static"
    for path in static.iterdir():
        text = path.read_text()
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), path
        assert not re.search(r"""(url|fetch|import)\s*\(\s*["']?(https?:)?//""", text), path
        # article text must never be parsed as HTML
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
            assert sink not in text, (path, sink)


def test_outlines_are_optional(db, tmp_path, client):
    r = client.get("/outlines.json")
    if r.status_code == 200:  # world-atlas happens to be installed here
        assert "arcs" in r.json()
    else:
        assert r.status_code == 404 and "world-atlas" in r.json()["error"]["message"]
    topo = tmp_path / "tiny.json"
    topo.write_text(json.dumps({"type": "Topology", "objects": {}, "arcs": []}))
    with TestClient(create_app(Settings(db, outlines=topo))) as c:
        assert c.get("/outlines.json").json()["type"] == "Topology"


def test_an_unexpected_failure_is_a_json_500_without_details(db, monkeypatch):
    from tidings.serve import routes_stories

    def broken(store, limit=None):
        raise RuntimeError("secret path /srv/data")

    monkeypatch.setattr(routes_stories.store_merged, "list_stories", broken)
    with TestClient(create_app(Settings(db)), raise_server_exceptions=False) as c:
        r = c.get("/api/stories")
    assert r.status_code == 500
    assert "internal error" in r.json()["error"]["message"] and "secret" not in r.text
