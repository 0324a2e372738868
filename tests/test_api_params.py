"""The listing routes read their query parameters from one table (tidings.serve.deps):
each is described in the OpenAPI document and checked with a 400 that names it."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_api_fixtures import build_store  # noqa: E402

from tidings.serve import Settings, create_app  # noqa: E402
from tidings.serve.deps import FILTERS  # noqa: E402
from tidings.serve.routes_events import LISTING  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("params") / "params.db")
    with TestClient(create_app(Settings(db, cache_size=0))) as c:
        yield c


def parameters(spec: dict, path: str) -> dict[str, dict]:
    return {p["name"]: p for p in spec["paths"][path]["get"].get("parameters", [])}


def test_openapi_describes_every_parameter_of_the_listing_routes(client):
    spec = client.get("/openapi.json").json()
    events = parameters(spec, "/api/events")
    assert set(events) == {p.name for p in FILTERS + LISTING}
    assert events["since"]["schema"] == {"type": "string", "format": "date"}
    assert events["limit"]["schema"]["minimum"] == 1 and events["limit"]["schema"]["maximum"] == 1000
    assert all(p["in"] == "query" and p["description"] for p in events.values())
    assert set(parameters(spec, "/api/stats")) == {p.name for p in FILTERS}
    # export keeps its own required format and gains the filters
    export = parameters(spec, "/api/export")
    assert export["format"]["required"] and {p.name for p in FILTERS} <= set(export)


@pytest.mark.parametrize("path", ["/api/events", "/api/stats", "/api/export?format=geojson"])
@pytest.mark.parametrize("params, words", [
    ({"until": "2022-02-30"}, "until: not a day"),
    ({"min_dead": "many"}, "min_dead: not a whole number"),
    ({"min_dead": "-2"}, "min_dead: must be at least 0"),
])
def test_a_bad_filter_is_a_400_naming_it_on_every_route(client, path, params, words):
    r = client.get(path, params=params)
    assert r.status_code == 400 and words in r.json()["error"]["message"]


@pytest.mark.parametrize("params, words", [
    ({"limit": "1001"}, "limit: must be at most 1000"),
    ({"limit": "ten"}, "limit: not a whole number"),
    ({"total": "maybe"}, "total: not true or false"),
])
def test_a_bad_listing_option_is_a_400_naming_it(client, params, words):
    r = client.get("/api/events", params=params)
    assert r.status_code == 400 and words in r.json()["error"]["message"]


def test_booleans_and_repeated_parameters(client):
    assert "total" in client.get("/api/events", params={"total": "yes", "limit": 1}).json()
    assert "total" not in client.get("/api/events", params={"total": "off", "limit": 1}).json()
    # a parameter given twice: the last one counts
    body = client.get("/api/events?country=NG&country=KZ&limit=100").json()
    assert {e["id"][:2] for e in body["events"]} == {"kz"}
