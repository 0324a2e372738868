"""`tidings geoparse` and `tidings build-resources` through click."""

from __future__ import annotations

import json

from click.testing import CliRunner

from tidings.cli import main

FIELDS = {"start", "end", "text", "geonameid", "name", "lat", "lon", "country_code", "admin1", "feature_code", "score", "resolution"}


def test_geoparse_round_trip_on_jsonl():
    lines = [
        json.dumps({"id": "a1", "text": "Protesters marched in Almaty on Sunday."}),
        json.dumps({"id": 7, "text": "Kazakh police made arrests."}),
    ]
    result = CliRunner().invoke(main, ["geoparse"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a1", 7]
    [almaty] = records[0]["toponyms"]
    assert set(almaty) == FIELDS
    assert almaty["text"] == "Almaty" and almaty["country_code"] == "KZ"
    assert records[1]["toponyms"][0]["country_code"] == "KZ"


def test_geoparse_reports_bad_lines_and_goes_on():
    text = 'not json\n{"id": "b", "text": "Fighting in Aleppo."}\n{"id": "c"}\n'
    result = CliRunner().invoke(main, ["geoparse"], input=text)
    assert result.exit_code == 1
    assert "stdin:1:" in result.stderr and "stdin:3:" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["b"]
    assert records[0]["toponyms"][0]["country_code"] == "SY"


# A Louisiana paper's stories; the last names its own town bare.
TOWN_TALK = [
    "Pineville firefighters put out a blaze off U.S. 165 on Tuesday, the Rapides Parish Sheriff's Office said.",
    "The Alexandria, La., city council voted on Monday to raise water rates.",
    "A Pineville man was booked into the Rapides Parish jail after a chase that ended near Ball.",
    "Alexandria police arrested two teenagers on Saturday after a string of car break-ins.",
]


def _geoparse_outlet(args: list[str], extra: str = "") -> tuple[int, list[dict], str]:
    lines = [json.dumps({"id": i, "text": t, "source": "towntalk.example"}) for i, t in enumerate(TOWN_TALK)]
    result = CliRunner().invoke(main, ["geoparse", *args], input="\n".join(lines) + "\n" + extra)
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def _admin1(record: dict, name: str) -> set[str]:
    return {t["admin1"] or t["country_code"] for t in record["toponyms"] if t["text"] == name}


def test_geoparse_by_outlet_reads_a_local_papers_bare_names_at_home():
    code, records, _ = _geoparse_outlet(["--by-outlet"])
    assert code == 0
    assert [r["id"] for r in records] == [0, 1, 2, 3]
    assert _admin1(records[3], "Alexandria") == {"Louisiana"}
    code, alone, _ = _geoparse_outlet([])
    assert _admin1(alone[3], "Alexandria") != {"Louisiana"}


def test_geoparse_by_outlet_reports_a_bad_source_and_goes_on():
    code, records, stderr = _geoparse_outlet(["--by-outlet"], json.dumps({"id": "x", "text": "In Paris.", "source": 3}) + "\n")
    assert code == 1
    assert "stdin:5:" in stderr and "source" in stderr
    assert [r["id"] for r in records] == [0, 1, 2, 3]


def test_build_resources_reports_where_and_how_big():
    result = CliRunner().invoke(main, ["build-resources"])
    assert result.exit_code == 0, result.output
    assert "gazetteer:" in result.output and "gazetteer.sqlite" in result.output and "MB" in result.output


def test_build_resources_rejects_unknown_names():
    result = CliRunner().invoke(main, ["build-resources", "--only", "nope"])
    assert result.exit_code != 0
    assert "nope" in result.output


def test_build_resources_rebuilds_the_gazetteer_for_the_other_size(monkeypatch):
    from tidings.resources import geo_build
    from tidings.resources.gazetteer import GAZETTEER_PATH, load_gazetteer

    built = load_gazetteer().stats()["cities"]  # "500+" with villages
    calls = []

    def fake_build(path, force=False, villages=True):
        calls.append((force, villages))
        return GAZETTEER_PATH

    monkeypatch.setattr(geo_build, "build_gazetteer", fake_build)
    for flag in ("--no-villages", "--villages"):
        result = CliRunner().invoke(main, ["build-resources", "--only", "gazetteer", flag])
        assert result.exit_code == 0, result.output
    # Each flag rebuilds only when the file on disk is of the other size.
    assert calls == [(built != "1000+", False), (built != "500+", True)]
