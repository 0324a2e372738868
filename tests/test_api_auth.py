"""The token rule, body limits and request errors of POST /api/articles (no extraction runs here)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_api_fixtures import build_store  # noqa: E402

from tidings.serve import Settings, create_app  # noqa: E402

WRITE = "write-secret"
READ = "read-secret"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("auth") / "auth.db")


def client_for(db, **settings) -> TestClient:
    return TestClient(create_app(Settings(db, **settings)))


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_writes_are_refused_when_no_token_is_configured(db):
    with client_for(db) as c:
        r = c.post("/api/articles", json={"text": "Police fired on a crowd."}, headers=auth("anything"))
    assert r.status_code == 403 and "TIDINGS_TOKEN" in r.json()["error"]["message"]


@pytest.mark.parametrize("headers", [{}, auth("wrong"), {"Authorization": "Basic d3JpdGU="}, {"Authorization": "Bearer "}])
def test_writes_need_the_right_bearer_token(db, headers):
    with client_for(db, token=WRITE) as c:
        r = c.post("/api/articles", json={"text": "Police fired on a crowd."}, headers=headers)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert "token" in r.json()["error"]["message"] or "Authorization" in r.json()["error"]["message"]


def test_settings_read_the_tokens_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("TIDINGS_TOKEN", WRITE)
    monkeypatch.delenv("TIDINGS_READ_TOKEN", raising=False)
    s = Settings.from_env(db)
    assert (s.token, s.read_token) == (WRITE, None)
    monkeypatch.setenv("TIDINGS_TOKEN", "")
    assert Settings.from_env(db).token is None  # an empty variable is no token


def test_reads_are_open_without_a_read_token(db):
    with client_for(db, token=WRITE) as c:
        assert c.get("/api/events").status_code == 200


@pytest.mark.parametrize("path", ["/api/events", "/api/events/kz1-0", "/api/articles/kz1", "/api/stories",
                                  "/api/stats", "/api/export?format=plover-jsonl"])
def test_a_read_token_guards_every_read_endpoint(db, path):
    with client_for(db, token=WRITE, read_token=READ) as c:
        assert c.get(path).status_code == 401
        assert c.get(path, headers=auth("wrong")).status_code == 401
        assert c.get(path, headers=auth(READ)).status_code == 200
        assert c.get(path, headers=auth(WRITE)).status_code == 200  # a writer may read


def test_the_read_token_does_not_allow_writes(db):
    with client_for(db, token=WRITE, read_token=READ) as c:
        r = c.post("/api/articles", json={"text": "Police fired on a crowd."}, headers=auth(READ))
    assert r.status_code == 401


def test_dashboard_page_loads_without_the_read_token(db):
    # the page holds no data; its API calls carry the token given in #token=
    with client_for(db, read_token=READ) as c:
        assert c.get("/").status_code == 200
        assert c.get("/static/app.js").status_code == 200


def test_declared_oversize_body_is_413_before_reading(db):
    with client_for(db, token=WRITE, max_body_bytes=1000) as c:
        r = c.post("/api/articles", content=b"x" * 1001, headers={**auth(WRITE), "Content-Type": "text/plain"})
    assert r.status_code == 413 and "1000" in r.json()["error"]["message"]


def test_streamed_oversize_body_is_413(db):
    def chunks():
        for _ in range(5):
            yield b"y" * 400

    with client_for(db, token=WRITE, max_body_bytes=1000) as c:
        r = c.post("/api/articles", content=chunks(), headers={**auth(WRITE), "Content-Type": "text/plain"})
    assert r.status_code == 413


@pytest.mark.parametrize("body, content_type, status, words", [
    (b'{"text": "unterminated', "application/json", 400, "malformed JSON"),
    (b'{"title": "no text"}', "application/json", 422, "no text or html"),
    (b'["a list"]', "application/json", 422, "expected a JSON object"),
    (b'{"text": 5}', "application/json", 422, "must be a string"),
    (b"", "application/json", 400, "empty"),
    (b"%PDF-1.4", "application/pdf", 415, "application/pdf"),
    (b"<html><body><nav>Home</nav></body></html>", "text/html", 422, "not an article"),
])
def test_bad_bodies_get_a_clear_4xx(db, body, content_type, status, words):
    with client_for(db, token=WRITE) as c:
        r = c.post("/api/articles", content=body, headers={**auth(WRITE), "Content-Type": content_type})
    assert r.status_code == status, r.text
    assert words in r.json()["error"]["message"]
