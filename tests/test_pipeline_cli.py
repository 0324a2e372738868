"""The whole path through the commands users run: extract, ingest, demo."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tidings.cli import main
from tidings.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
CRISIS = (FIXTURES / "crisis.txt").read_text(encoding="utf-8")


def run(args: list[str], stdin: str | None = None):
    return CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)


def jsonl(*rows: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def test_extract_codes_the_crisis_article_events() -> None:
    result = run(["extract"], jsonl({"id": "kg-1", "published": "2021-01-08", "text": CRISIS}))
    events = [json.loads(line) for line in result.stdout.splitlines()]
    categories = [e["event"][0] for e in events]
    for expected in ("RETREAT", "REQUEST", "PROTEST", "ASSAULT"):
        assert expected in categories, categories
    assert {e["doc_id"] for e in events} == {"kg-1"}
    request = next(e for e in events if e["event"] == ["REQUEST"])
    assert request["date"] == "2021-01-03"
    assert request["actor"][0]["code"] == "KGZ"
    assert any(e.get("size", {}).get("dead") == 37 for e in events)


def test_extract_keeps_input_order_skips_bad_lines_and_names_them() -> None:
    quiet = "The weather in the capital was mild and sunny for most of the week."
    stdin = (
        jsonl({"id": "b", "published": "2021-01-08", "text": CRISIS})
        + "{not json\n"
        + jsonl({"id": "quiet", "text": quiet})
        + jsonl({"id": "a", "published": "2021-01-08", "text": CRISIS.replace("Friday", "Thursday")})
    )
    result = run(["extract"], stdin)
    assert result.exit_code == 0
    doc_ids = [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]
    first_a = doc_ids.index("a")
    assert set(doc_ids[:first_a]) == {"b"} and set(doc_ids[first_a:]) == {"a"}
    assert "quiet" not in doc_ids
    assert "stdin:2:" in result.stderr


def test_extract_fails_only_when_nothing_was_readable() -> None:
    result = run(["extract"], "{broken\n[1, 2]\n")
    assert result.exit_code == 1
    assert "stdin:1:" in result.stderr and "stdin:2:" in result.stderr


def test_most_salient_asserted_event_comes_first() -> None:
    text = (
        "The ministry will hold talks with the unions next week.\n\n"
        "Soldiers shot dead 12 villagers in Gao on Monday, residents said."
    )
    result = run(["extract"], jsonl({"id": "s", "published": "2023-03-08", "text": text}))
    first = json.loads(result.stdout.splitlines()[0])
    assert first["modality"] == "asserted"
    assert first["event"] == ["ASSAULT"]


def test_ingest_is_idempotent_and_records_failures(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crisis.txt").write_text(CRISIS, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "fine text about a riot in Lagos."}\n{oops\n')
    db = str(tmp_path / "t.db")

    first = run(["ingest", str(folder), "--db", db, "--published", "2021-01-08"])
    assert first.exit_code == 0
    assert "2 new" in first.stderr and "1 failed" in first.stderr
    assert "broken.jsonl:2" in first.stderr

    second = run(["ingest", str(folder), "--db", db])
    assert "0 new, 2 already known" in second.stderr
    with Store.open(db) as store:
        assert store.counts()["articles"] == 2
        assert [f.origin for f in store.failures()] == [f"{folder / 'broken.jsonl'}:2"] * 2
        assert store.counts()["events"] >= 4


def test_ingest_exits_non_zero_when_nothing_could_be_ingested(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    result = run(["ingest", str(bad), "--db", str(tmp_path / "t.db")])
    assert result.exit_code == 1
    assert str(bad) in result.stderr


def test_demo_builds_a_store_with_stories(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = run(["demo", "--db", str(db)])
    assert result.exit_code == 0
    with Store.open(db) as store:
        counts = store.counts()
        assert 30 <= counts["articles"] <= 40
        assert counts["failures"] == 0
        countries = dict(store.events_by("country_code"))
    assert countries.get("KZ", 0) > 10
    assert "Top stories" in result.stdout and "Kazakhstan" in result.stdout


def test_state_forces_abroad_are_external_forces_for_acled() -> None:
    text = (
        "Russian troops shot dead three protesters in Almaty on Monday, witnesses said.\n\n"
        "Kazakh police arrested 40 people in Almaty on Tuesday."
    )
    result = run(["extract"], jsonl({"id": "x", "published": "2022-01-12", "text": text}))
    events = {e["actor"][0]["code"]: e for e in map(json.loads, result.stdout.splitlines()) if e["actor"]}
    assert events["RUS"]["event_loc"]["country_code"] == "KZ"
    assert events["RUS"]["acled"]["inter1"] == 8
    assert events["KAZ"]["acled"]["inter1"] == 1


def test_disaster_reports_keep_their_toll_without_a_plover_category() -> None:
    text = (
        "Floods kill 9 in Sao Paulo state\n\n"
        "Heavy rain triggered floods and landslides that killed at least nine people and displaced "
        "about 1,200 residents in the coastal towns of Sao Paulo state on Sunday, officials said."
    )
    result = run(["extract"], jsonl({"id": "f", "published": "2023-02-20", "text": text}))
    first = json.loads(result.stdout.splitlines()[0])
    assert first["acled"]["sub_event_type"] == "Natural disaster"
    assert first["event"] == [] and first["actor"] == []
    assert first["size"] == {"dead": 9, "displaced": 1200}
    assert first["date"] == "2023-02-19"


def test_extract_by_outlet_reads_a_local_papers_bare_town_at_home() -> None:
    paper = [
        "Pineville firefighters put out a blaze off U.S. 165 on Tuesday, the Rapides Parish Sheriff's Office said.",
        "The Alexandria, La., city council voted 5-2 on Monday to raise water rates.",
        "A Pineville man was booked into the Rapides Parish jail after a chase that ended near Ball, deputies said.",
        "A gunman shot and killed two men outside a bar in Alexandria early Saturday, police said.",
    ]
    stdin = "".join(
        jsonl({"id": f"p{i}", "published": "2009-03-20", "source": "towntalk.example", "text": t})
        for i, t in enumerate(paper)
    )
    sites = {}
    for args in (["extract"], ["extract", "--by-outlet"]):
        result = run(args, stdin)
        assert result.exit_code == 0, result.output
        events = [json.loads(line) for line in result.stdout.splitlines()]
        sites[args[-1]] = {e["event_loc"]["admin1"] for e in events if e["doc_id"] == "p3" and e["event_loc"]}
    assert sites["--by-outlet"] == {"Louisiana"}
    assert sites["extract"] != {"Louisiana"}


def test_extract_by_outlet_is_refused_on_ray() -> None:
    result = run(["extract", "--by-outlet", "--engine", "ray"], "")
    assert result.exit_code != 0 and "--by-outlet" in result.output
