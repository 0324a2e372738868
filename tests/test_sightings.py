"""Copies of a stored text from other outlets: recorded, counted, never re-extracted."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date

from click.testing import CliRunner
from test_merge_fixtures import article, event

from tidings.batch import store_extracted
from tidings.cli import main
from tidings.store import Store
from tidings.store import merged as store_merged
from tidings.store import schema

WIRE = (
    "Dock workers walked off the job at the port of Almaty's river terminal on Tuesday, "
    "and police detained 35 strikers who blocked the main gate, the union said."
)
OTHER = "Police in Almaty held 35 striking dockers on Tuesday after they blocked the terminal gate."


def _wire():
    art = replace(article("dockwire", WIRE, "2022-03-01", "Steppe Wire"),
                  url="https://wire.example/2022/03/01/almaty-dock-strike")
    strike = event(art, 0, WIRE.split(", and police")[0], "PROTEST", when="2022-03-01", city="Almaty",
                   actors=[("Dock workers", "KAZ", "LAB")], trigger="walked off")
    arrests = event(art, 1, "police detained 35 strikers who blocked the main gate", "COERCE",
                    when="2022-03-01", city="Almaty", actors=[("police", "KAZ", "COP")],
                    sizes={"arrested": 35}, trigger="detained")
    return art, [strike, arrests]


def _copy(source: str, url: str, published: str = "2022-03-02"):
    """The wire's text as another paper ran it: same words, so the same id."""
    art, events = _wire()
    return replace(art, source=source, url=url, published=date.fromisoformat(published),
                   title=f"{source}: dockers strike"), events


def _other():
    art = article("dockother", OTHER, "2022-03-01", "Almaty Evening")
    return art, [event(art, 0, OTHER, "COERCE", when="2022-03-01", city="Almaty",
                       actors=[("Police", "KAZ", "COP")], sizes={"arrested": 35}, trigger="held")]


HERALD = ("River Herald", "https://herald.example/news/dock-strike")
COURIER = ("Courier", "https://courier.example/a/19")


def _arrests(store: Store):
    counts = store_merged.counts(store, ["dockwire-001"])["dockwire-001"]
    return counts, store_merged.get_merged(store, counts.merged_id)


def test_same_text_from_two_outlets_is_one_article_two_sources(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        first = store_extracted([_wire()], store)
        second = store_extracted([_copy(*HERALD)], store)
        assert (first.new, second.new, second.known, second.copies) == (1, 0, 0, 1)
        assert store.counts()["articles"] == 1 and store.counts()["sightings"] == 1
        (seen,) = store.sightings("dockwire")
        assert (seen.source, seen.url, seen.published) == (*HERALD, date(2022, 3, 2))
        assert second.merge.copies == 1
        counts, merged = _arrests(store)
        assert (counts.mentions, counts.sources, counts.articles) == (2, 2, 2)
        assert store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0] == 2  # strike, arrests
        copy = next(m for m in merged.mentions if m.source == HERALD[0])
        assert copy.event_id == "dockwire-001" and copy.duplicate_of == "dockwire"
        assert copy.article_id == seen.id != "dockwire" and copy.published == "2022-03-02"
        assert merged.event_ids == ["dockwire-001"]  # one record, two reports of it


def test_same_publication_again_adds_nothing(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store_extracted([_wire(), _copy(*HERALD)], store)
        before = store.counts(), _arrests(store)[0]
        again = store_extracted([_wire(), _copy(*HERALD)], store)
        assert (again.new, again.known, again.copies) == (0, 2, 0)
        # the same address under another outlet label is the same page
        relabelled = store_extracted([_copy("The River Herald (web)", HERALD[1])], store)
        # without an address, the outlet name decides
        no_url = store_extracted([_copy(HERALD[0], "")], store)
        assert relabelled.copies == no_url.copies == 0
        assert (store.counts(), _arrests(store)[0]) == before


def test_another_address_of_the_same_outlet_is_another_article_not_source(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store_extracted([_wire(), _copy("Steppe Wire", "https://wire.example/print/almaty-dock-strike")], store)
        counts, _ = _arrests(store)
        assert (counts.mentions, counts.sources, counts.articles) == (2, 1, 2)


def test_unknown_text_is_no_sighting(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.add_sighting(_copy(*HERALD)[0]) is None
        assert store.counts()["sightings"] == 0


def _merged_state(store: Store):
    rows = store.conn.execute("SELECT id, mentions, sources, articles, story_id, record FROM merged_events")
    events = sorted(rows)  # the record holds every mention, with its source and date
    stories = sorted(store.conn.execute("SELECT id, title, size, mentions FROM stories").fetchall())
    return events, stories


def _build(tmp_path, name: str, batches, merge: bool = True) -> Store:
    store = Store.open(tmp_path / name)
    for batch in batches:
        store_extracted(batch, store, merge=merge)
    return store


def test_copy_before_or_after_the_merge_gives_the_same_merged_events(tmp_path):
    together = _build(tmp_path, "a.db", [[_wire(), _copy(*HERALD), _other(), _copy(*COURIER)]])
    after = _build(tmp_path, "b.db", [[_wire(), _other()], [_copy(*HERALD)], [_copy(*COURIER)]])
    between = _build(tmp_path, "c.db", [[_wire(), _copy(*COURIER)], [_other(), _copy(*HERALD)]])
    state = _merged_state(together)
    assert _merged_state(after) == _merged_state(between) == state
    counts, _ = _arrests(together)
    assert (counts.mentions, counts.sources, counts.articles) == (4, 4, 4)  # wire, two copies, other paper
    # stored with merging off, then merged by the command: the same again
    later = _build(tmp_path, "d.db", [[_wire(), _other()], [_copy(*HERALD), _copy(*COURIER)]], merge=False)
    path = str(later.path)
    later.close()
    result = CliRunner().invoke(main, ["merge", "--db", path], catch_exceptions=False)
    assert "2 copies from other outlets" in result.output
    with Store.open(path) as reopened:
        assert _merged_state(reopened) == state
        assert store_merged.pending_copies(reopened) == []
        store_merged.rebuild(reopened)
        assert _merged_state(reopened) == state
    for store in (together, after, between):
        store.close()


def test_a_late_copy_updates_the_story_totals(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store_extracted([_wire(), _other()], store)
        mentions = "SELECT sum(mentions) FROM stories"
        before = store.conn.execute(mentions).fetchone()[0]
        store_extracted([_copy(*HERALD)], store)
        assert store.conn.execute(mentions).fetchone()[0] == before + 2  # both wire events


def test_old_store_without_the_sightings_table_opens(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    old = [m for m in schema.MIGRATIONS if m.version not in (6, 103)]
    monkeypatch.setattr(schema, "MIGRATIONS", old)
    with Store.open(path) as store:
        store.add_article(*_wire())
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert "sightings" not in names and "merge_sightings" not in names
    monkeypatch.undo()
    with Store.open(path) as store:
        assert {6, 103} <= {r[0] for r in store.conn.execute("SELECT version FROM schema_version")}
        summary = store_extracted([_copy(*HERALD)], store)
        assert summary.copies == 1
        store_merged.update(store, ["dockwire-000", "dockwire-001"])
        assert _arrests(store)[0].sources == 2


def test_ingest_reports_copies_apart_and_exports_count_them(tmp_path):
    text = ("Hundreds of nurses marched through central Nairobi on Monday to demand unpaid wages, "
            "and police fired tear gas to break up the march, the nurses' union said.")
    rows = [
        {"id": "ke-wire", "text": text, "published": "2023-06-05", "source": "East Wire",
         "url": "https://eastwire.example/ke/nurses"},
        {"id": "ke-coast", "text": text, "published": "2023-06-06", "source": "Coast Daily",
         "url": "https://coastdaily.example/2023/06/06/nurses"},
    ]
    feed = tmp_path / "in.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = str(tmp_path / "k.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(feed), "--db", db], catch_exceptions=False)
    assert "1 new, 0 already known, 1 copies of a stored text from another outlet" in first.stderr
    second = runner.invoke(main, ["ingest", str(feed), "--db", db], catch_exceptions=False)
    assert "0 new, 2 already known, 0 copies" in second.stderr
    with Store.open(db) as store:
        (seen,) = store.sightings()
        assert (seen.source, seen.external_id) == ("Coast Daily", "ke-coast")
        event_ids = [e.id for e in store.iter_events()]
        assert event_ids
        totals = store_merged.counts(store, event_ids)
        assert all((c.sources, c.articles) == (2, 2) for c in totals.values())
    out = runner.invoke(main, ["export", "--format", "gdelt-tsv", "--db", db], catch_exceptions=False)
    lines = [line.split("\t") for line in out.stdout.splitlines() if line.strip()]
    assert lines
    from tidings.export.gdelt_tsv import COLUMNS

    col = {name: i for i, name in enumerate(COLUMNS)}
    for line in lines:
        assert line[col["NumSources"]] == "2" and line[col["NumArticles"]] == "2"
        assert int(line[col["NumMentions"]]) >= 2


def _reports(store: Store):
    """Per merged event: its totals and who reported it when (not which side is stored)."""
    out = []
    for (record,) in store.conn.execute("SELECT record FROM merged_events"):
        me = store_merged.merged_from_json(record)
        out.append((me.num_mentions, me.num_sources, me.num_articles,
                    tuple(sorted((m.event_id, m.source, m.published) for m in me.mentions))))
    return sorted(out)


def test_copy_stored_first_gives_the_same_reports(tmp_path):
    # whichever outlet's copy comes first is stored and extracted; the other is its sighting
    wire_first = _build(tmp_path, "w.db", [[_wire(), _other()], [_copy(*HERALD)]])
    copy_first = _build(tmp_path, "c.db", [[_copy(*HERALD)], [_wire(), _other()]])
    assert copy_first.get_article("dockwire").source == HERALD[0]
    assert copy_first.sightings("dockwire")[0].source == "Steppe Wire"
    assert _reports(copy_first) == _reports(wire_first)
    wire_first.close()
    copy_first.close()
