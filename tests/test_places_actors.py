"""Attackers' and envoys' nationalities do not say where an event happened;
a possessive town anchors the place after it; names inside organisations'
names are no places. Texts are news-like sentences written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse, locate_events
from tidings.extract.places.actor_phrase import names_an_actor, opens_organisation_name
from test_places import _by_text, _context, _event


def test_attackers_nationality_does_not_pull_a_town_home():
    text = "Russian drones and artillery hit Pokrovsk overnight, local officials said."
    [pokrovsk] = _by_text(geoparse(text), "Pokrovsk")
    assert pokrovsk.country_code == "UA"


def test_envoys_country_does_not_pull_a_capital_to_a_namesake():
    text = "The defence minister of the United States arrived in Manila on Tuesday for talks on new bases."
    [manila] = _by_text(geoparse(text), "Manila")
    assert manila.country_code == "PH"


def test_a_forces_nationality_is_a_weak_sign_of_the_country():
    ctx = _context("Russian artillery pounded Zvorykivka overnight, Ukrainian officials said.")
    [place] = locate_events([_event(ctx, "pounded")], ctx)
    assert place is not None and place.country_code == "UA"


def test_actor_phrases_are_told_from_plain_nationalities():
    text = "Nigerian troops met Kenyan farmers; the ambassador of France left."
    assert names_an_actor(text, 0, len("Nigerian"))
    kenyan = text.index("Kenyan")
    assert not names_an_actor(text, kenyan, kenyan + len("Kenyan"))
    france = text.index("France")
    assert names_an_actor(text, france, france + len("France"))


def test_a_name_opening_an_organisations_name_does_not_vote():
    text = "Delegates of the Shanghai Cooperation Organisation gathered in Samarkand on Friday for a summit."
    [samarkand] = _by_text(geoparse(text), "Samarkand")
    assert samarkand.country_code == "UZ"


def test_organisation_names_are_told_from_places():
    text = "Shanghai Cooperation Organisation; Kenya Airways; Nairobi streets."
    assert opens_organisation_name(text, len("Shanghai"))
    kenya = text.index("Kenya") + len("Kenya")
    assert opens_organisation_name(text, kenya)
    nairobi = text.index("Nairobi") + len("Nairobi")
    assert not opens_organisation_name(text, nairobi)


def test_possessive_town_holds_the_place_after_it():
    text = "A car bomb exploded in Aden's Mansoura district on Sunday, wounding two guards."
    [mansoura] = _by_text(geoparse(text), "Mansoura")
    assert mansoura.country_code == "YE"


def test_a_small_owner_does_not_take_a_capital():
    text = "The dealer took the drawings to Prate's Paris gallery in May."
    [paris] = _by_text(geoparse(text), "Paris")
    assert paris.country_code == "FR"


def test_a_country_owning_a_thing_is_not_the_site():
    ctx = _context("In Deir ez-Zor, militias claimed a drone attack on a US base that wounded three soldiers.")
    [place] = locate_events([_event(ctx, "attack")], ctx)
    assert place is not None and place.country_code == "SY"
