from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from test_store_fixtures import almaty_article, almaty_events, goma_article, goma_events
from tidings.cli import main
from tidings.cli.query import describe, highlighted_sentence
from tidings.records import IngestFailure, event_from_dict
from tidings.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.db"
    with Store.open(path) as s:
        s.add_article(almaty_article(), almaty_events())
        s.add_article(goma_article(), goma_events())
        s.add_failure(IngestFailure("feed.jsonl:4", "line is not JSON"))
    return str(path)


def run(*args: str):
    # wide enough that rich never folds a cell the tests look for
    return CliRunner(env={"COLUMNS": "200"}).invoke(main, list(args))


def test_events_json_is_filtered_full_records(db):
    result = run("events", "--db", db, "--country", "KAZ", "--min-dead", "1", "--json")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["ev-almaty-shooting"]
    assert event_from_dict(records[0]) == almaty_events()[1]


def test_events_filters_on_type_actor_text_and_dates(db):
    def ids(*extra):
        result = run("events", "--db", db, "--json", *extra)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["id"] for line in result.output.splitlines()]

    assert ids("--type", "coerce") == ["ev-almaty-arrest"]
    assert ids("--actor", "rebel") == ["ev-goma-fight"]
    assert ids("--text", "official") == ["ev-goma-fight", "ev-goma-statement"]
    assert ids("--since", "2023-01-01", "--until", "2023-12-31") == ["ev-goma-fight"]
    assert ids("--limit", "1", "--offset", "1") == ["ev-almaty-shooting"]


def test_events_table_lists_rows(db):
    result = run("events", "--db", db, "--country", "CD")
    assert result.exit_code == 0, result.output
    assert "ev-goma-fight" in result.output and "ev-almaty-arrest" not in result.output
    assert "1 event(s)" in result.output


def test_bad_input_is_one_clear_line(db, tmp_path):
    result = run("events", "--db", db, "--country", "Atlantis")
    assert result.exit_code != 0 and "Atlantis" in result.output
    result = run("events", "--db", db, "--since", "last week")
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output
    missing = str(tmp_path / "missing.db")
    result = run("events", "--db", missing)
    assert result.exit_code == 1 and "missing.db: no such store" in result.output
    assert not (tmp_path / "missing.db").exists()


def test_show_marks_each_evidence_span(db):
    result = run("show", "ev-almaty-arrest", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Deadly crackdown in Almaty" in out and "Steppe Courier" in out
    assert "Riot police detained 12 demonstrators in Almaty on Tuesday." in out
    for label in ("[who: actor] 'Riot police'", "[when: date] 'Tuesday'",
                  "[where: event_loc] 'Almaty'", "[how many: arrested] '12 demonstrators'"):
        assert label in out
    assert run("show", "nope", "--db", db).exit_code == 1


def test_show_styles_spans_at_their_offsets():
    event = almaty_events()[0]
    sentence, outside = highlighted_sentence(event, almaty_article())
    styled = {sentence.plain[s.start:s.end] for s in sentence.spans}
    assert styled == {"Riot police", "detained", "Almaty", "Tuesday", "12 demonstrators"}
    assert outside == []


def test_show_lists_spans_outside_the_sentence():
    event = almaty_events()[1]  # second sentence; give it evidence from the first
    event.evidence["date"] = [almaty_events()[0].evidence["date"][0]]
    lines = [line.plain for line in describe(event, almaty_article())]
    assert "  [when: date] 'Tuesday' (51-58) outside the sentence" in lines
    assert "  [what: trigger] 'opened fire' (110-121)" in lines  # inside: no note


def test_failures_listed(db):
    result = run("failures", "--db", db)
    assert result.exit_code == 0
    assert "feed.jsonl:4: line is not JSON" in result.output


def test_export_cli_acled_to_file_with_filter(db, tmp_path):
    out = tmp_path / "e.csv"
    result = run("export", "--format", "acled-csv", "--db", db, "--out", str(out), "--country", "KZ")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["event_id_cnty"] for r in rows] == ["KAZev-almaty-arrest", "KAZev-almaty-shooting"]
    assert rows[1]["source"] == "Steppe Courier"  # the article travels with the event


def test_export_cli_parquet_and_geojson(db, tmp_path):
    out = tmp_path / "e.parquet"
    assert run("export", "--format", "parquet", "--db", db, "--out", str(out)).exit_code == 0
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table][:2] == ["ev-almaty-arrest", "ev-almaty-shooting"]
    assert table[0]["title"] == "Deadly crackdown in Almaty"
    result = run("export", "--format", "geojson", "--db", db)
    assert result.exit_code == 0
    assert "1 without coordinates" in result.output
    assert run("export", "--format", "xml", "--db", db).exit_code == 2


def test_table_prints_brackets_and_modality(tmp_path):
    events = goma_events()
    events[1].actor[0].entity_text = "[unnamed] official"
    events[1].modality = "negated"
    path = str(tmp_path / "b.db")
    with Store.open(path) as s:
        s.add_article(goma_article(), events)
    result = run("events", "--db", path, "--type", "ACCUSE")
    assert result.exit_code == 0, result.output
    assert "[unnamed] official" in result.output
    assert "ACCUSE (negated)" in result.output


def test_not_a_store_is_one_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("plain text\n" * 200)
    result = run("failures", "--db", str(path))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "notes.db: not a tidings store" in result.output
