"""Which names the geoparser finds and which gazetteer entries a name can take."""

from __future__ import annotations

import pytest

from tidings.resources.gazetteer import load_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_abbreviated_mount_and_fort_share_the_spelt_out_key():
    assert name_key("Mt. Pleasant") == name_key("Mount Pleasant")
    assert name_key("Ft Worth") == name_key("Fort Worth")
    assert name_key("Sault Ste. Marie") == name_key("Sault Sainte Marie")
    assert name_key("Port St. Lucie") == name_key("Port Saint Lucie")


def test_street_and_a_leading_saint_keep_their_abbreviation():
    # "Main St." is a street, and "St. Patrick" a saint, not "Saint Patrick" parish.
    assert name_key("Main St.") == "main st."
    assert name_key("St. Patrick") != name_key("Saint Patrick")


def test_an_abbreviated_name_reaches_every_town_of_the_full_name(gaz):
    spelt = {m.entry.id for m in gaz.lookup("Mount Pleasant")}
    short = {m.entry.id for m in gaz.lookup("Mt. Pleasant")}
    assert short == spelt
    assert any(m.entry.admin1 == "Iowa" for m in gaz.lookup("Mt. Pleasant"))
    assert [m.entry.name for m in gaz.lookup("Ft. Worth")][:1] == ["Fort Worth"]
