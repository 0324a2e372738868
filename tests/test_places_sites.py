"""Streets, roads and airports: recognised by their shape and placed at what
holds them (sites.py). News-like texts written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse
from tidings.extract.places.sites import AIRPORT, ROAD, STREET, find_sites
from tidings.extract.places import sites


def _named(text: str) -> dict[str, object]:
    return {t.text: t for t in geoparse(text)}


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.code) for s in find_sites(text)]


def test_a_street_takes_the_town_named_after_it():
    text = "Firefighters closed Hutcheson Road in Rome, Georgia, on Tuesday after a gas leak."
    found = _named(text)
    road, town = found["Hutcheson Road"], found["Rome"]
    assert (road.lat, road.lon) == (town.lat, town.lon)
    assert road.country_code == "US" and road.feature_code == ROAD
    assert road.geonameid is None and road.resolution == "city"


def test_a_house_number_address_with_its_town_after_a_comma():
    text = "Deputies arrested a man at 5600 Post Road, Dublin, Ohio, late on Friday night."
    assert ("5600 Post Road", ROAD) in _spans(text)
    found = _named(text)
    assert found["5600 Post Road"].admin1 == found["Dublin"].admin1 == "Ohio"


def test_a_town_inside_a_streets_name_is_not_reported():
    text = "SPRINGFIELD, Ill. - A car hit a utility pole on Dublin Road early Sunday, police said."
    found = _named(text)
    assert "Dublin" not in found
    assert found["Dublin Road"].admin1 == "Illinois"
    assert found["Dublin Road"].feature_code == ROAD


def test_a_street_without_a_holder_falls_back_to_the_dateline():
    text = "WACO, Texas - Two people were hurt when a truck struck a house on Bucknell Drive on Monday."
    found = _named(text)
    assert (found["Bucknell Drive"].lat, found["Bucknell Drive"].lon) == (found["WACO"].lat, found["WACO"].lon)


def test_a_street_in_a_story_that_names_no_place_is_not_reported():
    text = "A water main broke on Elm Street on Monday, and crews worked through the night to fix it."
    assert ("Elm Street", STREET) in _spans(text)
    assert geoparse(text) == []


def test_a_listed_airport_has_its_own_point_and_no_florida_town():
    text = "Flights were grounded at Heathrow on Saturday as snow fell across southern England."
    heathrow = _named(text)["Heathrow"]
    assert heathrow.country_code == "GB" and heathrow.feature_code == AIRPORT
    assert heathrow.resolution == "sub-city" and heathrow.geonameid is None
    assert abs(heathrow.lat - 51.47) < 0.05


def test_an_airport_takes_the_town_inside_its_name():
    text = "The plane landed safely at Montreal-Pierre Elliott Trudeau International Airport, Air Canada said."
    found = _named(text)
    airport = found["Montreal-Pierre Elliott Trudeau International Airport"]
    assert airport.country_code == "CA" and airport.admin1 == "Quebec"
    assert airport.resolution == "city"
    assert "Montreal" not in found


def test_an_airport_takes_the_town_named_after_it():
    text = "Security was tightened at Macdonald-Cartier International Airport in Ottawa after the threat."
    found = _named(text)
    assert found["Macdonald-Cartier International Airport"].lat == found["Ottawa"].lat


def test_an_owner_before_a_possessive_is_no_part_of_the_name():
    text = "Passengers were stuck for hours at Kabul's Khwaja Rawash Airport after the blast."
    assert _spans(text) == [("Khwaja Rawash Airport", AIRPORT)]
    found = _named(text)
    assert found["Khwaja Rawash Airport"].country_code == found["Kabul"].country_code == "AF"


def test_institutions_and_surnames_are_not_streets():
    text = ("Nathan Lane spoke. The Florida Highway Patrol said Wall Street fell, "
            "and Bay St. Louis reopened U.S. Highway 90.")
    assert _spans(text) == [("Highway 90", ROAD)]


def test_a_gazetteer_reading_reports_its_own_resolution():
    found = _named("Protesters gathered in Almaty and across Kazakhstan on Sunday.")
    assert found["Almaty"].resolution == "city"
    assert found["Kazakhstan"].resolution == "country"


def test_a_plural_possessive_is_part_of_the_name_and_state_roads_need_a_cue():
    text = ("Crews repaved Governors’ Parkway and part of KY 52 this week. "
            "Sales in NY 10 times higher were reported.")
    assert _spans(text) == [("Governors’ Parkway", ROAD), ("KY 52", ROAD)]


def test_buildings_and_parks_are_sites_but_a_man_named_church_is_not():
    text = ("Rufus Church was taken to St. Michael's Hospital after a fall near the First Baptist Church "
            "and Veterans Memorial Park. Officials at Xavier University said classes go on.")
    assert _spans(text) == [
        ("St. Michael's Hospital", "HSP"), ("First Baptist Church", "CH"), ("Veterans Memorial Park", "PRK"),
    ]


def test_a_building_whose_name_holds_a_place_is_left_to_that_place():
    text = "MEMPHIS, Tenn. - Two men were hurt outside the Russian Orthodox Church and Memphis Museum on Friday."
    found = _named(text)
    assert "Memphis Museum" not in found and "Russian Orthodox Church" not in found
    assert found["Memphis"].feature_code.startswith("PPL")


def test_a_park_named_after_a_small_town_elsewhere_is_a_site_not_that_town():
    text = "LOS ANGELES - Hikers were rescued on Saturday from a ridge in Griffith Park, rangers said."
    found = _named(text)
    assert "Griffith" not in found  # a town of 16,000 in Indiana
    assert found["Griffith Park"].feature_code == "PRK" and found["Griffith Park"].name == "Los Angeles"
    text = "The driver was caught in the area of Roanoke Park in Kansas City, police said."
    found = _named(text)
    assert "Roanoke" not in found and found["Roanoke Park"].name == "Kansas City"


def test_a_city_quarter_named_for_its_settlers_is_not_their_country():
    found = _named("TORONTO - Police found the woman at the Little Portugal home she shared with her mother.")
    assert "Portugal" not in found
    assert found["Little Portugal"].feature_code == "PPLX" and found["Little Portugal"].country_code == "CA"
    found = _named("Developers will sell 22 acres near Chinatown in Las Vegas at an auction in May.")
    assert found["Chinatown"].name == "Las Vegas" and found["Chinatown"].geonameid is None
    assert "Little Rock" in _named("Little Rock police said the suspect fled on foot.")


def test_cross_streets_are_streets_even_when_they_share_a_towns_name():
    assert _spans("MILWAUKEE -- Police are investigating a shooting near 35th and Center Sunday night.") == [
        ("35th", STREET), ("Center", STREET),
    ]
    found = _named("MILWAUKEE -- A man was hurt near 65th & Thurston on Friday.")
    assert found["Thurston"].name == "Milwaukee" and found["Thurston"].feature_code == STREET
    assert ("Claflin", STREET) in _spans("The crash happened at the intersection of Reese Road and Claflin on Monday.")
    # Without an ordinal, a street word or "intersection of", a pair is just a pair.
    assert _spans("He lived near Rivers and Stokes for years.") == []


def test_a_church_body_is_an_institution_not_a_building():
    found = _named("MANILA - Bishops said the Catholic Church would not back the bill.")
    assert "Catholic Church" not in found and found["MANILA"].feature_code == "PPLC"
    assert "Orthodox Church" not in _named("KABUL - The envoy said the Orthodox Church had no role in the talks.")
    # A church building of a denomination keeps its name's other words.
    found = _named("DALLAS - A fire damaged the First Baptist Church on Sunday.")
    assert found["First Baptist Church"].feature_code == "CH"

def test_a_hospital_takes_the_town_named_after_it():
    text = "The driver was flown to Carle Foundation Hospital in Urbana, Illinois, where he died."
    found = _named(text)
    hospital = found["Carle Foundation Hospital"]
    assert hospital.feature_code == "HSP" and hospital.lat == found["Urbana"].lat


def test_an_event_on_a_street_is_placed_at_its_town_not_at_the_town_in_its_name():
    from tidings.extract.places import locate_events
    from test_places import _context, _event

    text = "COLUMBUS, Ohio - A man was shot on Cleveland Avenue late Friday, police said."
    ctx = _context(text)
    event = _event(ctx, "shot")
    event.event = "ASSAULT"
    [place] = locate_events([event], ctx)
    assert place.resolved_place == "Columbus" and place.admin1 == "Ohio"
    assert place.resolution == "city"


ROSELAND = (
    "Man shot during Roseland robbery. CHICAGO (STMW) — A man was shot during a robbery on Thursday "
    "morning in the Roseland neighborhood, police said."
)


def test_a_neighbourhood_the_gazetteer_puts_elsewhere_is_a_quarter_of_the_storys_city():
    found = [t for t in geoparse(ROSELAND) if t.text == "Roseland"]
    assert len(found) == 2  # the headline's too
    assert {(t.name, t.admin1, t.feature_code) for t in found} == {("Chicago", "Illinois", "PPLX")}


def test_without_a_city_to_hold_it_the_neighbourhood_keeps_its_reading(monkeypatch):
    monkeypatch.setattr(sites, "NEIGHBOURHOOD_KM", 5_000.0)
    found = [t for t in geoparse(ROSELAND) if t.text == "Roseland"]
    assert found and all(t.admin1 != "Illinois" or t.name != "Chicago" for t in found)


def test_a_neighbourhood_the_gazetteer_knows_near_the_city_keeps_its_own_point():
    found = geoparse("CHICAGO — Residents of the Hyde Park neighborhood gathered on Sunday to plant trees.")
    [park] = [t for t in found if t.text == "Hyde Park"]
    assert (park.name, park.admin1) == ("Hyde Park", "Illinois")
