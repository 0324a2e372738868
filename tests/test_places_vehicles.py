"""Car models named after places ("a silver Chevrolet Malibu") are no
places. News-like texts written for these tests."""

from __future__ import annotations

import pytest

from tidings.extract.places import geoparse


@pytest.mark.parametrize(
    "text, model",
    [
        ("Police said the suspect fled in a silver Chevrolet Malibu toward the interstate.", "Malibu"),
        ("Officers found a stolen Hyundai Santa Fe abandoned behind the store on Main.", "Santa Fe"),
        ("Deputies stopped a Dodge Durango on the county road shortly after midnight.", "Durango"),
        ("Mr Bradley said his Isuzu Denver Rodeo was damaged two days after he bought it.", "Denver"),
    ],
)
def test_a_place_name_after_a_carmaker_is_the_model(text, model):
    assert model not in {t.text for t in geoparse(text)}


def test_a_model_no_longer_pulls_the_storys_town_abroad():
    text = (
        "Vandals smashed the windscreen of a builder's Isuzu Denver Rodeo in Oxford, leaving him a "
        "£1,700 repair bill. Oxford police have stepped up patrols."
    )
    towns = {t.country_code for t in geoparse(text) if t.text == "Oxford"}
    assert towns == {"GB"}


def test_a_country_after_a_carmaker_stays_a_country():
    found = geoparse("Sales at Toyota Japan fell in March while Nissan Mexico grew.")
    assert {(t.text, t.country_code) for t in found} >= {("Japan", "JP"), ("Mexico", "MX")}
