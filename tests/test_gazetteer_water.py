"""Seas, straits, mountains and wider regions from the project's own table.

Conflict and maritime news places events at sea ("a tanker hit in the Gulf of
Aden") and in the hills ("fighters fled to the Qandil Mountains"); GeoNames'
city lists have none of these, so without them the text's other places, or a
town inside the name, took the event.
"""

from __future__ import annotations

import math

import pytest

from tidings.extract.places import geoparse
from tidings.resources.gazetteer import load_gazetteer


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def _places(text: str) -> dict[str, tuple[str, str, float, float]]:
    return {t.text: (t.name, t.feature_code, t.lat, t.lon) for t in geoparse(text)}


@pytest.mark.parametrize(
    ("text", "name", "code", "near"),
    [
        ("Pirates boarded a bulk carrier in the Gulf of Aden, 200 miles off the coast of Somalia.",
         "Gulf of Aden", "GULF", (12.0, 47.0)),
        ("Iran seized a British-flagged tanker in the Strait of Hormuz on Friday.",
         "Strait of Hormuz", "STRT", (26.5, 56.5)),
        ("At least 40 migrants drowned when their boat capsized in the Mediterranean off Libya.",
         "Mediterranean", "SEA", (35.0, 18.0)),
        ("PKK fighters withdrew to the Qandil Mountains after the strikes.", "Qandil Mountains", "MTS", (36.4, 45.0)),
        ("Coast guard ships blocked a supply run to Second Thomas Shoal in the South China Sea.",
         "South China Sea", "SEA", (12.0, 114.0)),
    ],
)
def test_a_water_body_or_range_is_a_place_of_its_own(text, name, code, near):
    found = _places(text)
    assert found[name][1] == code  # GeoNames' feature code for what it is
    assert _km(found[name][2:], near) < 300


def test_a_country_inside_a_sea_name_is_not_the_country():
    found = _places("A storm pushed oil rigs off station in the Gulf of Mexico near Houston.")
    assert "Mexico" not in found and found["Gulf of Mexico"][0] == "Gulf of Mexico"
    assert found["Houston"][1].startswith("PPL")


def test_other_spellings_of_one_feature_share_its_entry():
    gaz = load_gazetteer()

    def region(name: str) -> int:
        return next(m.entry.id for m in gaz.lookup(name) if m.entry.is_region)

    assert region("Bab al-Mandab") == region("Bab el-Mandeb")
    assert region("Arabian Gulf") == region("Persian Gulf")
    assert region("Urals") == region("Ural Mountains")


def test_a_region_row_may_name_its_feature_code_and_only_a_known_one(tmp_path):
    from tidings.resources.geo_build import SourceError, read_aliases

    good = tmp_path / "good.tsv"
    good.write_text("Gulf of Aden\t12.5,48.0\t\tregion\tGULF\nSahel\t15.0,5.0\t\tregion\n", encoding="utf-8")
    assert [row[4:] for row in read_aliases(good)] == [("region", "GULF"), ("region", "RGN")]
    bad = tmp_path / "bad.tsv"
    bad.write_text("Kiev\tKyiv\tUA\tplace\tSEA\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.tsv:1:"):
        read_aliases(bad)


def test_the_sea_is_the_sea_and_the_governorate_needs_its_word():
    text = "A cargo ship sank in bad weather on Monday in the Red Sea, an Egyptian official said."
    [sea] = [t for t in geoparse(text) if t.text == "Red Sea"]
    assert sea.feature_code == "SEA"
    [area] = [t for t in geoparse("Tourists returned to Hurghada in the Red Sea governorate on Friday.") if t.text == "Red Sea"]
    assert (area.country_code, area.feature_code) == ("EG", "ADM1")


def test_a_town_pinned_by_its_state_keeps_a_water_name():
    found = geoparse("The city council of Pacific, Missouri, met on Monday to discuss the budget.")
    [town] = [t for t in found if t.text == "Pacific"]
    assert (town.country_code, town.admin1) == ("US", "Missouri")
