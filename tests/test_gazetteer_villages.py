"""Villages (places of 500-999 people) in the gazetteer build, and how the resolver reads them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tidings.extract.places.mention import Mention
from tidings.extract.places.resolve import SMALL_TOWN, _small_town_penalty, drop_strays
from tidings.resources.gazetteer import KIND_NAME, GeoEntry, NameMatch
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


# --- how the resolver reads villages ------------------------------------------------------


def _geo(geo_id: int, name: str, cc: str, a1key: str, population: int, fcode: str = "PPL") -> GeoEntry:
    return GeoEntry(geo_id, name, 10.0, 20.0, cc, a1key, a1key, "", fcode, population)


def test_a_village_namesake_is_held_back_unless_its_state_is_named():
    village = _geo(1, "Marlow", "US", "US.OK", SMALL_TOWN - 300)
    town = _geo(2, "Marlow", "GB", "GB.ENG", 14_000)
    both = (NameMatch(village, KIND_NAME), NameMatch(town, KIND_NAME))
    assert _small_town_penalty(village, both, Counter()) > 0
    assert _small_town_penalty(village, both, Counter({"US.OK": 1.0})) == 0
    assert _small_town_penalty(town, both, Counter()) == 0
    # The only place of that name is read as it is.
    assert _small_town_penalty(village, both[:1], Counter()) == 0


def _mention(text: str, entry: GeoEntry) -> Mention:
    return Mention(0, len(text), text, (NameMatch(entry, KIND_NAME),), "GPE", entry=entry, score=0.8)


def test_a_village_abroad_is_dropped_when_the_other_towns_lie_elsewhere():
    city = _mention("Chennai", _geo(3, "Chennai", "IN", "IN.25", 4_600_000))
    village = _mention("Kolbark", _geo(4, "Kolbark", "PL", "PL.82", 700))
    drop_strays([city, village], {})
    assert village.entry is None and city.entry is not None


def test_a_village_beside_a_town_of_its_own_country_stays():
    town = _mention("Slupsk", _geo(5, "Slupsk", "PL", "PL.82", 90_000))
    village = _mention("Kolbark", _geo(4, "Kolbark", "PL", "PL.82", 700))
    drop_strays([town, village], {})
    assert village.entry is not None


def test_a_bigger_town_abroad_needs_a_named_country_to_be_dropped():
    city = _mention("Chennai", _geo(3, "Chennai", "IN", "IN.25", 4_600_000))
    town = _mention("Kolbark", _geo(6, "Kolbark", "PL", "PL.82", 5_000))
    drop_strays([city, town], {})
    assert town.entry is not None
