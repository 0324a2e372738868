"""States named in a list with other states, and "X counties" after a lone
state. Texts are news-like sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.extract.places import geoparse
from tidings.extract.places import listed_areas
from test_places import _by_text

CASINOS = (
    "The gaming company, which runs a casino in Iowa, two more in Missouri and 12 in Nevada, "
    "filed for bankruptcy protection on Friday, its lawyers said."
)


def test_a_state_listed_with_two_others_is_the_state_not_a_town_in_one_of_them():
    [nevada] = _by_text(geoparse(CASINOS), "Nevada")
    assert (nevada.feature_code, nevada.admin1) == ("ADM1", "Nevada")


def test_without_siblings_enough_the_co_mentioned_state_pulls_the_town(monkeypatch):
    monkeypatch.setattr(listed_areas, "SIBLINGS", 3)
    [nevada] = _by_text(geoparse(CASINOS), "Nevada")
    assert nevada.admin1 == "Iowa"


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("Wildfires burned across Oregon, Idaho and Washington as crews ran short of water.", "Washington", "Washington"),
        ("Tornado warnings covered Alabama, Mississippi and Georgia through the night.", "Georgia", "Georgia"),
    ],
)
def test_lists_of_states_keep_the_state_reading(text, name, admin1):
    [place] = _by_text(geoparse(text), name)
    assert (place.country_code, place.feature_code, place.admin1) == ("US", "ADM1", admin1)


@pytest.mark.parametrize(
    "text, admin1",
    [
        ("The band grew up in Nevada, Iowa, before touring Texas and California.", "Iowa"),
        ("The band grew up in Nevada, Missouri and later toured Texas and California.", "Missouri"),
    ],
)
def test_a_town_and_its_state_stay_a_pair(text, admin1):
    [nevada] = _by_text(geoparse(text), "Nevada")
    assert (nevada.feature_code, nevada.admin1) == ("PPL", admin1)


def test_a_country_beside_other_countries_is_left_alone():
    found = geoparse("Protests in Tbilisi spread across Georgia while Russia and Armenia watched closely.")
    [georgia] = _by_text(found, "Georgia")
    assert georgia.country_code == "GE"


def test_counties_after_a_lone_state_are_the_states_counties():
    text = "Boone's jobless rate sits near the middle of Indiana counties, officials said on Monday."
    [indiana] = _by_text(geoparse(text), "Indiana")
    assert (indiana.feature_code, indiana.admin1) == ("ADM1", "Indiana")


def test_counties_after_a_list_are_each_a_county():
    text = "Storms downed power lines in Hall, Jackson, and Banks counties before dawn."
    found = geoparse(text)
    for name in ("Hall", "Jackson", "Banks"):
        [county] = _by_text(found, name)
        assert (county.feature_code, county.admin1) == ("ADM2", "Georgia")
