"""A nationality that names a style ("a Thai restaurant") says nothing of
where a story is. News-like texts written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse


def _names(text: str) -> set[tuple[str, str]]:
    return {(t.text, t.country_code) for t in geoparse(text)}


def test_a_nationality_naming_a_cuisine_is_no_sign_of_the_country():
    names = _names("A new Thai restaurant opened on Main Street in Kalispell on Friday, the owners said.")
    assert ("Kalispell", "US") in names
    assert not any(code == "TH" for _, code in names), names


def test_a_nationality_naming_people_still_counts():
    names = _names("Thai workers rallied in Kalispell on Friday.")
    assert ("Thai", "TH") in names
