"""export_items: articles joined, merge totals applied, optional one row per merged event."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from test_store_fixtures import almaty_article, almaty_events, goma_article, goma_events
from tidings.cli import export as export_cli
from tidings.store import EventFilter, Store


class FakeMerge:
    """Stands in for tidings.store.merged: the two Almaty events are one real-world event."""

    def counts(self, store, ids):
        table = {
            "ev-almaty-arrest": SimpleNamespace(merged_id="m-1", mentions=2, sources=1, articles=1),
            "ev-almaty-shooting": SimpleNamespace(merged_id="m-1", mentions=2, sources=1, articles=1),
        }
        return {i: table[i] for i in ids if i in table}

    def first_reports(self, store, ids):
        return {"ev-almaty-arrest"} & set(ids)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "t.db") as s:
        s.add_article(almaty_article(), almaty_events())
        s.add_article(goma_article(), goma_events())
        yield s


def test_items_carry_their_article(store, monkeypatch):
    monkeypatch.setattr(export_cli, "_merge_tables", lambda: None)
    items = list(export_cli.export_items(store, EventFilter()))
    assert [(i.event.id, i.article.title) for i in items] == [
        ("ev-almaty-arrest", "Deadly crackdown in Almaty"),
        ("ev-almaty-shooting", "Deadly crackdown in Almaty"),
        ("ev-goma-fight", "Clashes near Goma"),
        ("ev-goma-statement", "Clashes near Goma"),
    ]
    assert {(i.mentions, i.sources, i.articles) for i in items} == {(1, 1, 1)}


def test_merge_totals_and_links(store, monkeypatch):
    monkeypatch.setattr(export_cli, "_merge_tables", lambda: FakeMerge())
    monkeypatch.setattr(export_cli, "CHUNK", 3)  # a chunk boundary inside the results
    items = {i.event.id: i for i in export_cli.export_items(store, EventFilter())}
    assert items["ev-almaty-shooting"].mentions == 2
    assert items["ev-almaty-shooting"].event.link == "m-1"
    assert items["ev-goma-fight"].mentions == 1 and items["ev-goma-fight"].event.link == ""


def test_dedupe_keeps_first_report_and_unmerged_events(store, monkeypatch):
    monkeypatch.setattr(export_cli, "_merge_tables", lambda: FakeMerge())
    ids = [i.event.id for i in export_cli.export_items(store, EventFilter(), dedupe=True)]
    assert ids == ["ev-almaty-arrest", "ev-goma-fight", "ev-goma-statement"]
