"""Merged events and stories in the store: incremental updates, counts, commands."""

from __future__ import annotations

from click.testing import CliRunner
from test_merge_fixtures import article, event

from tidings.cli import main
from tidings.store import Store
from tidings.store import merged as store_merged

KZ_WIRE = (
    "Thousands of protesters rallied in Almaty on Wednesday against a sharp rise in gas prices, "
    "and police detained 200 people. The interior ministry said officers were attacked."
)
KZ_COPY = "ALMATY (Partner) - " + KZ_WIRE
KZ_OTHER = "Police in Almaty arrested about 200 demonstrators on Wednesday after a rally over gas prices turned violent."
KZ_LATER = "Russian-led troops of the Collective Security Treaty Organization began leaving Almaty on January 13."
AF_ONE = "A bomb exploded at a market in Kabul on January 5, killing 7 people, police said."


def _batches():
    wire = article("kzwire", KZ_WIRE, "2022-01-05", "Wire")
    copy = article("kzcopy", KZ_COPY, "2022-01-06", "Partner")
    other = article("kzother", KZ_OTHER, "2022-01-06", "Daily")
    later = article("kzlater", KZ_LATER, "2022-01-13", "Wire")
    kabul = article("afone", AF_ONE, "2022-01-05", "Post")
    rally = dict(when="2022-01-05", city="Almaty", actors=[("protesters", "KAZ", "CVL")], trigger="rallied")
    sentence = KZ_WIRE.split(", and police")[0]
    batch_a = [
        (wire, [event(wire, 0, sentence, "PROTEST", **rally),
                event(wire, 1, "police detained 200 people", "COERCE", when="2022-01-05", city="Almaty",
                      actors=[("police", "KAZ", "COP")], sizes={"arrested": 200}, trigger="detained")]),
        (kabul, [event(kabul, 0, AF_ONE, "ASSAULT", when="2022-01-05", city="Kabul", sizes={"killed": 7})]),
    ]
    batch_b = [
        (copy, [event(copy, 0, sentence, "PROTEST", **rally)]),
        (other, [event(other, 0, KZ_OTHER, "COERCE", when="2022-01-05", city="Almaty",
                       actors=[("Police", "KAZ", "COP")], sizes={"arrested": 200}, trigger="arrested")]),
        (later, [event(later, 0, KZ_LATER, "RETREAT", when="2022-01-13", city="Almaty",
                       actors=[("Collective Security Treaty Organization", "IGO", "MIL")], trigger="leaving")]),
    ]
    return batch_a, batch_b


def _store(tmp_path, name: str, batches) -> Store:
    store = Store.open(tmp_path / name)
    for batch in batches:
        ids = []
        for art, events in batch:
            store.add_article(art, events)
            ids += [e.id for e in events]
        store_merged.update(store, ids)
    return store


def _snapshot(store: Store):
    rows = store.conn.execute("SELECT record FROM merged_events").fetchall()
    events = sorted((m.id, tuple(m.event_ids), m.num_sources, tuple(sorted(m.size.items())))
                    for m in (store_merged.merged_from_json(r[0]) for r in rows))
    stories = sorted((s.title, tuple(s.event_ids)) for s in store_merged.list_stories(store))
    return events, stories


def test_batch_a_then_b_equals_a_and_b_together(tmp_path):
    a, b = _batches()
    stepwise = _store(tmp_path, "steps.db", [a, b])
    together = _store(tmp_path, "once.db", [a + b])
    reversed_order = _store(tmp_path, "reverse.db", [b, a])
    assert _snapshot(stepwise) == _snapshot(together) == _snapshot(reversed_order)
    events, stories = _snapshot(stepwise)
    assert len(events) == 4  # protest, arrests, withdrawal, Kabul bomb
    assert len(stories) == 1 and len(stories[0][1]) == 3


def test_counts_and_links_cover_all_reports_of_an_event(tmp_path):
    a, b = _batches()
    store = _store(tmp_path, "c.db", [a, b])
    counts = store_merged.counts(store, ["kzwire-000", "kzcopy-000", "kzother-000", "afone-000"])
    assert counts["kzwire-000"] == counts["kzcopy-000"]
    assert (counts["kzwire-000"].mentions, counts["kzwire-000"].articles, counts["kzwire-000"].sources) == (2, 2, 2)
    assert counts["kzother-000"].mentions == 2  # joined the wire's arrests event
    assert counts["afone-000"].mentions == 1
    links = store_merged.links(store, ["kzwire-001", "kzother-000"])
    assert links["kzwire-001"] == links["kzother-000"]
    # one row per real-world event: the earliest report stands for it
    assert store_merged.first_reports(store, ["kzwire-001", "kzother-000"]) == {"kzwire-001"}


def test_copy_is_recorded_as_near_duplicate(tmp_path):
    a, b = _batches()
    store = _store(tmp_path, "d.db", [a, b])
    row = store.conn.execute("SELECT original_id FROM merge_articles WHERE article_id = 'kzcopy'").fetchone()
    assert row == ("kzwire",)


def test_update_skips_events_already_merged(tmp_path):
    a, _ = _batches()
    store = _store(tmp_path, "e.db", [a])
    again = store_merged.update(store, ["kzwire-000"])
    assert again.new_events == 0


def test_cli_lists_stories_and_prints_a_timeline(tmp_path):
    a, b = _batches()
    store = _store(tmp_path, "f.db", [a, b])
    db = str(store.path)
    store.close()
    runner = CliRunner()
    listed = runner.invoke(main, ["stories", "--db", db])
    assert listed.exit_code == 0, listed.output
    story_id = listed.output.split()[0]
    assert "Kazakhstan" in listed.output
    shown = runner.invoke(main, ["story", story_id, "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "arrested: 200" in shown.output and "2022-01-13" in shown.output
    missing = runner.invoke(main, ["story", "st-nope", "--db", db])
    assert missing.exit_code != 0 and "no story" in missing.output


def test_cli_merge_all_rebuilds_the_same_result(tmp_path):
    a, b = _batches()
    store = _store(tmp_path, "g.db", [a, b])
    before = _snapshot(store)
    db = str(store.path)
    store.close()
    result = CliRunner().invoke(main, ["merge", "--all", "--db", db])
    assert result.exit_code == 0, result.output
    assert "4 real-world events" in result.output
    with Store.open(db) as again:
        assert _snapshot(again) == before


def test_original_arriving_after_its_copy_becomes_the_original(tmp_path):
    a, b = _batches()
    copy = [item for item in b if item[0].id == "kzcopy"]
    wire = [item for item in a if item[0].id == "kzwire"]
    store = _store(tmp_path, "h.db", [copy, wire])
    rows = dict(store.conn.execute("SELECT article_id, original_id FROM merge_articles"))
    assert rows == {"kzcopy": "kzwire", "kzwire": ""}
    counts = store_merged.counts(store, ["kzcopy-000"])
    assert counts["kzcopy-000"].mentions == 2


def test_a_year_precise_report_is_still_found_by_a_later_batch(tmp_path):
    text = "Opposition supporters marched in Almaty demanding the release of jailed activists."
    vague = article("yr1", text, "2022-03-01", "Annual Review")
    exact = article("dy1", text + " Police watched.", "2022-03-02", "Daily")
    common = dict(city="Almaty", actors=[("Opposition supporters", "KAZ", "OPP")], trigger="marched")
    one = [(vague, [event(vague, 0, text, "PROTEST", when="2022", precision="year", **common)])]
    two = [(exact, [event(exact, 0, text, "PROTEST", when="2022-02-28", **common)])]
    store = _store(tmp_path, "y.db", [one, two])
    assert store.conn.execute("SELECT wide FROM merge_profiles WHERE event_id = 'yr1-000'").fetchone() == (1,)
    assert store_merged.counts(store, ["dy1-000"])["dy1-000"].mentions == 2


def test_ensure_schema_builds_the_merge_tables_on_a_bare_connection_twice():
    import sqlite3

    conn = sqlite3.connect(":memory:")
    store_merged.ensure_schema(conn)
    store_merged.ensure_schema(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"merge_profiles", "merged_events", "stories", "merge_story_keys"} <= tables
    columns = {r[1] for r in conn.execute("PRAGMA table_info(merge_profiles)")}
    assert "wide" in columns


def test_event_table_exports_have_one_row_per_merged_event(tmp_path):
    import csv
    import json

    batch_a, batch_b = _batches()
    store = _store(tmp_path, "x.db", [batch_a, batch_b])
    store.close()
    db = str(tmp_path / "x.db")
    runner = CliRunner()

    def export(*args: str) -> str:
        result = runner.invoke(main, ["export", "--db", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.stdout

    reports = [json.loads(line) for line in export("--format", "plover-jsonl").splitlines()]
    acled = list(csv.DictReader(export("--format", "acled-csv").splitlines()))
    every = list(csv.DictReader(export("--format", "acled-csv", "--all-reports").splitlines()))
    links = {r["link"] for r in reports}
    assert len(reports) == 6 and all(links)
    assert len(acled) == len(links) < len(reports)
    assert len(every) == len(reports)


def _settling_store(tmp_path):
    from test_merge_consensus import LOCAL, _wire_events

    wire, events = _wire_events()
    local = article("local", LOCAL, "2022-01-05", "Local")
    report = event(local, 0, LOCAL, "PROTEST", when="2022-01-05", city="Almaty",
                   actors=[("people", "KAZ", "CVL")], trigger="marched")
    return _store(tmp_path, "settle.db", [[(wire, events), (local, [report])]])


def _joined(store: Store) -> bool:
    rows = store.conn.execute("SELECT record FROM merged_events").fetchall()
    return any({"wire-001", "local-000"} <= set(store_merged.merged_from_json(r[0]).event_ids) for r in rows)


def test_the_store_settles_a_failed_place_from_its_articles_other_events(tmp_path):
    # the march was read in a Chinese region; its article's other events say Almaty
    assert _joined(_settling_store(tmp_path))


def test_rebuild_in_small_chunks_keeps_each_article_whole(tmp_path):
    store = _settling_store(tmp_path)
    store_merged.rebuild(store, chunk=1)  # one event per chunk would cut the wire article in three
    assert _joined(store)
