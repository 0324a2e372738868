"""POST /api/articles runs the same pipeline as `tidings ingest` (spaCy included)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from tidings.serve import Settings, create_app  # noqa: E402

TOKEN = "post-secret"
REPORT = {
    "id": "wire-77",
    "title": "Police detain protesters in Bishkek",
    "published": "2023-04-12",
    "source": "Valley Courier",
    "url": "https://courier.example.net/77",
    "text": (
        "Police detained 45 protesters in Bishkek on Tuesday after a rally against rising bread prices, "
        "the interior ministry said. Hundreds of people had marched to the government building."
    ),
}
PAGE = (
    "<html><head><title>Dockers strike in Valparaiso</title></head><body>"
    "<article><h1>Dockers strike in Valparaiso</h1>"
    "<p>Thousands of dock workers went on strike in Valparaiso on Monday, demanding better pay.</p>"
    "<p>The port authority said ships were diverted to San Antonio while the strike lasted.</p>"
    "</article></body></html>"
)


def test_post_ingests_through_the_pipeline_and_the_article_is_readable(tmp_path):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(Settings(tmp_path / "posted.db", token=TOKEN))) as c:
        r = c.post("/api/articles", json=REPORT, headers=headers)
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["created"] is True and body["events"], "a detention report should yield events"
        stored = c.get(body["url"]).json()
        assert stored["title"] == REPORT["title"] and stored["source"] == "Valley Courier"
        assert stored["published"] == "2023-04-12" and stored["external_id"] == "wire-77"
        assert "Bishkek" in stored["text"]
        assert [e["id"] for e in stored["events"]] == body["events"]
        listed = {e["id"] for e in c.get("/api/events", params={"text": "bread"}).json()["events"]}
        assert listed == set(body["events"])

        again = c.post("/api/articles", json=REPORT, headers=headers)
        assert again.status_code == 200 and again.json()["created"] is False
        assert again.json()["copy_counted"] is False  # the same outlet and address: nothing new

        elsewhere = c.post("/api/articles", json={**REPORT, "source": "Lake Herald",
                                                  "url": "https://herald.example.org/bread"}, headers=headers)
        assert elsewhere.status_code == 200
        assert (elsewhere.json()["created"], elsewhere.json()["copy_counted"]) == (False, True)

        html = c.post("/api/articles", content=PAGE.encode(),
                      headers={**headers, "Content-Type": "text/html; charset=utf-8"})
        assert html.status_code == 201, html.text
        page = c.get(html.json()["url"]).json()
        assert "dock workers" in page["text"] and "<p>" not in page["text"]
