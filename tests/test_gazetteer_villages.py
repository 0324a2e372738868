"""The optional villages (places of 500-999 people) added to a gazetteer build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.resources.geo_build import Place, SourceError, _villages


def _entry(geonameid: int, name: str, cc: str, admin1code: str, population: int, alternates=()) -> dict:
    return {"geonameid": geonameid, "name": name, "latitude": 50.1, "longitude": 71.3, "countrycode": cc,
            "admin1code": admin1code, "population": population, "alternatenames": list(alternates)}


def _source(tmp_path: Path, entries: list[dict]) -> Path:
    (tmp_path / "cities500.json").write_text(
        json.dumps({str(e["geonameid"]): e for e in entries}), encoding="utf-8")
    return tmp_path


def _town() -> Place:
    # A town whose raw area code "KZ.99" the area step re-keyed to "KZ.02".
    return Place(1, "Qaratal", 50.0, 71.0, "KZ", a1key="KZ.02", admin1="Qaraghandy", population=4000)


def test_a_village_is_filed_under_the_area_its_towns_were_given(tmp_path: Path):
    gc_dir = _source(tmp_path, [_entry(1, "Qaratal", "KZ", "99", 4000),
                                _entry(2, "Zhanaqala", "KZ", "99", 640, ["Zhanakala Village"])])
    found = _villages(gc_dir, {1: _town()}, {1: "KZ.99"})
    assert [p.name for p in found] == ["Zhanaqala"]  # the town already there is not added twice
    village = found[0]
    assert (village.a1key, village.admin1, village.population) == ("KZ.02", "Qaraghandy", 640)
    assert "zhanakala village" in village.names


def test_a_village_in_an_area_no_town_uses_keeps_only_its_country(tmp_path: Path):
    gc_dir = _source(tmp_path, [_entry(3, "Oyshilik", "KZ", "55", 520)])
    (village,) = _villages(gc_dir, {1: _town()}, {1: "KZ.99"})
    assert (village.cc, village.a1key, village.admin1) == ("KZ", "", "")


def test_an_unreadable_village_entry_names_the_file(tmp_path: Path):
    bad = _entry(4, "Broken", "KZ", "99", 700)
    bad["latitude"] = "north"
    gc_dir = _source(tmp_path, [bad])
    with pytest.raises(SourceError, match=r"cities500\.json: unreadable entry 4"):
        _villages(gc_dir, {1: _town()}, {1: "KZ.99"})
