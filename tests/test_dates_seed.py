"""Optional dev check: the founding example's dates and figures, through the pipeline.

Skipped when ../shared is absent; every rule it touches also has its own
test with text written for this repository.
"""

import json
from datetime import date
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "examples" / "seed"

pytestmark = pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="shared seed example not present")


@pytest.fixture(scope="module")
def events():
    from tidings.extract.pipeline import extract
    from tidings.records import Article

    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    doc = gold["document"]
    article = Article(
        id=doc["id"],
        text=(SEED / "article.txt").read_text(encoding="utf-8"),
        title=doc["title"],
        published=date.fromisoformat(doc["published"]),
    )
    return gold, extract(article)


def _first(events, category):
    found = [e for e in events if e.event == [category]]
    assert found, f"no {category} event"
    return found[0]


@pytest.mark.parametrize("category", ["RETREAT", "REQUEST", "PROTEST", "ASSAULT"])
def test_must_event_dates(events, category):
    gold, got = events
    expected = next(e for e in gold["events"] if e["event"] == category and e["level"] == "must")
    event = _first(got, category)
    assert (event.date, event.date_precision) == (expected.get("date"), expected["date_precision"])


@pytest.mark.parametrize("category", ["RETREAT", "ASSAULT"])
def test_must_event_figures(events, category):
    gold, got = events
    expected = next(e for e in gold["events"] if e["event"] == category and e["level"] == "must")
    event = _first(got, category)
    for kind, want in expected["size"].items():
        fig = event.size_detail[kind]
        assert fig.best == want["best"] and fig.qualifier == want["qualifier"]
        for bound in ("low", "high"):
            if bound in want:
                assert getattr(fig, bound) == want[bound]
        assert fig.text == want["text"]
