"""'Town, State' pairs whose town the gazetteer lacks in that state. Texts
are news-like sentences written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse
from tidings.extract.places import resolve as resolve_module
from test_places import _by_text


BORN_IN = (
    "The retired nurse was born in Lovejoy, Pennsylvania, in 1931. "
    "She went to school in Lovejoy and later worked at a clinic in Ohio."
)


def test_a_town_unknown_in_the_state_after_it_reads_as_that_state():
    found = geoparse(BORN_IN)
    readings = _by_text(found, "Lovejoy")
    assert len(readings) == 2
    assert {(t.feature_code, t.admin1) for t in readings} == {("ADM1", "Pennsylvania")}


def test_without_the_rule_a_namesake_in_another_state_is_taken(monkeypatch):
    monkeypatch.setattr(resolve_module, "PAIR_FALLBACK_POPULATION", 0)
    found = geoparse(BORN_IN)
    assert {t.admin1 for t in _by_text(found, "Lovejoy")} != {"Pennsylvania"}


def test_a_big_city_in_a_list_of_places_keeps_its_reading():
    text = "Fans flew in from Chicago, Denver, Florida and Texas for the final on Sunday."
    found = geoparse(text)
    [chicago] = _by_text(found, "Chicago")
    [denver] = _by_text(found, "Denver")
    assert chicago.admin1 == "Illinois"
    assert denver.admin1 == "Colorado"


def test_a_small_town_unknown_in_the_area_named_most_reads_as_that_area():
    text = (
        "Minnesota crews closed the highway near Canaan on Monday after the flooding. "
        "Minnesota officials said roads in Iowa were dry."
    )
    [canaan] = _by_text(geoparse(text), "Canaan")
    assert (canaan.feature_code, canaan.admin1) == ("ADM1", "Minnesota")


def test_areas_named_equally_often_leave_the_town_alone():
    text = "Minnesota crews closed the highway near Canaan on Monday after the flooding. Officials said roads in Iowa were dry."
    [canaan] = _by_text(geoparse(text), "Canaan")
    assert canaan.feature_code != "ADM1"
