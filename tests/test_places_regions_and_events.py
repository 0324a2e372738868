"""Wider regions news names, their adjectives, and towns inside the names of
festivals, races and research centres."""

from __future__ import annotations

import pytest

from tidings.extract.places import geoparse


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.name, t.feature_code) for t in geoparse(text)]


@pytest.mark.parametrize(
    "text, surface, name",
    [
        ("Wildfires raged across the Pacific Northwest on Sunday.", "Pacific Northwest", "Pacific Northwest"),
        ("The storm moved through New England overnight.", "New England", "New England"),
        ("Tech firms in the Bay Area cut jobs.", "Bay Area", "Bay Area"),
        ("Growers ship most of the crop to Southern Europe.", "Southern Europe", "Southern Europe"),
        ("Drought hit the Great Plains this summer.", "Great Plains", "Great Plains"),
    ],
)
def test_a_wider_region_is_the_region_not_a_namesake_or_its_head(text, surface, name):
    # Before: "New England" was a village in North Dakota and "Bay Area" a
    # Somali province.
    found = _found(text)
    assert (surface, name, "RGN") in found


@pytest.mark.parametrize(
    "text, surface, region",
    [
        ("The city-state lies nowhere near the South East Asian mainland.", "South East Asian", "Southeast Asia"),
        ("Leaders of the North African states met on Monday.", "North African", "North Africa"),
        ("Middle Eastern markets fell sharply.", "Middle Eastern", "Middle East"),
    ],
)
def test_a_regional_adjective_names_its_region(text, surface, region):
    found = _found(text)
    assert (surface, region, "RGN") in found
    # Not the continent, nor Botswana's South East district.
    assert all(name not in ("Asia", "Africa", "South East") for _, name, _ in found)


def test_a_nationality_with_a_compass_word_stays_its_country():
    found = _found("South Korean troops crossed into North Korean waters.")
    assert [(s, n) for s, n, _ in found] == [("South Korean", "South Korea"), ("North Korean", "North Korea")]


def test_a_town_opens_the_name_of_a_festival_or_a_race():
    found = _found("The film won an award at the Venice International Film Festival and the Cannes Grand Prix.")
    assert [(s, n) for s, n, _ in found] == [("Venice", "Venice"), ("Cannes", "Cannes")]


def test_a_firm_called_international_holds_no_town():
    # "Marriott International" is a firm; the village of Marriott-Slaterville is not meant.
    found = _found("Marriott International reported higher profits on Tuesday.")
    assert found == []


def test_a_centre_named_for_what_it_studies_is_no_village():
    found = _found("He directs the University of Michigan Center for Computer Security and Society.")
    assert [(s, n, f) for s, n, f in found] == [("Michigan", "Michigan", "ADM1")]


def test_a_town_that_ends_in_center_is_still_a_town():
    found = _found("Firefighters were called to a barn fire in Michigan Center on Friday.")
    assert [(s, n) for s, n, _ in found] == [("Michigan Center", "Michigan Center")]


def test_a_place_named_by_a_nationality_is_read_whole():
    # The parser tags "English" alone, a nationality that named the UK.
    found = _found("Migrants crossed the English Channel from Calais to Dover.")
    assert ("English Channel", "English Channel", "STRT") in found
    assert all(s != "English" for s, _, _ in found)


def test_a_town_at_the_end_of_a_route_is_a_place_even_where_the_parser_calls_it_a_person():
    found = geoparse("Migrants crossed from Calais to Dover in small boats, the British government said.")
    assert [(t.text, t.country_code) for t in found][:2] == [("Calais", "FR"), ("Dover", "GB")]


def test_a_route_end_that_names_no_town_of_some_size_stays_a_person():
    found = _found("The flight from Paris to Smith was delayed.")
    assert [s for s, _, _ in found] == ["Paris"]


@pytest.mark.parametrize(
    "text, surface",
    [
        ("He grew up in the Bronx and later moved to Long Island.", "Long Island"),
        ("The storm battered the East Coast from Maine to Virginia.", "East Coast"),
    ],
)
def test_us_regions_news_names(text, surface):
    assert (surface, surface, "RGN") in _found(text)


def test_the_area_before_a_lower_case_word_for_a_town_is_the_area():
    # "Ontario city" had been read as Ontario, Ohio, which then pulled Hamilton there.
    found = geoparse("The mayor of Hamilton said the Ontario city would cut property taxes.")
    assert [(t.text, t.name, t.country_code) for t in found] == [("Hamilton", "Hamilton", "CA"), ("Ontario", "Ontario", "CA")]


def test_a_name_then_city_without_the_article_is_still_the_city():
    found = geoparse("Protesters marched in Quezon city on Sunday.")
    assert [(t.name, t.country_code) for t in found] == [("Quezon City", "PH")]


def test_an_english_metropolitan_county_is_no_namesake_abroad():
    found = _found("Police in Birmingham arrested three men, West Midlands Police said.")
    assert ("West Midlands", "West Midlands", "RGN") in found
    assert all(n != "Midlands" for _, n, _ in found)


def test_trinidad_alone_is_the_island_state_and_with_its_state_the_us_town():
    found = geoparse("Troops were deployed to San Fernando after gang violence in Trinidad.")
    assert [(t.text, t.country_code) for t in found] == [("San Fernando", "TT"), ("Trinidad", "TT")]
    found = geoparse("He was born in Trinidad, Colorado, and moved to Denver.")
    assert (found[0].text, found[0].country_code, found[0].admin1) == ("Trinidad", "US", "Colorado")


def test_a_list_of_places_is_no_town_and_state_pair():
    found = geoparse("Supporters flew in from Boston, New York and Florida.")
    assert (found[0].text, found[0].admin1) == ("Boston", "Massachusetts")


def test_a_town_and_state_pair_in_a_list_of_pairs_stays_a_pair():
    found = geoparse("Delegates came from Springfield, Illinois, and Columbus, Ohio.")
    assert [(t.text, t.admin1) for t in found if t.feature_code.startswith("PPL")] == [
        ("Springfield", "Illinois"),
        ("Columbus", "Ohio"),
    ]


def test_a_big_city_name_before_a_city_quarter_is_that_quarter():
    # Brooklyn is a neighbourhood of Cite Soleil, Port-au-Prince, here.
    found = geoparse("Gang members set fire to dozens of homes in Brooklyn, Cite Soleil, forcing families to flee.")
    assert [(t.text, t.country_code) for t in found] == [("Brooklyn", "HT"), ("Cite Soleil", "HT")]


def test_a_dash_after_a_town_outside_acleds_bracketed_shape_names_no_quarter():
    found = geoparse("Scouts in Northeast Nebraska will collect food. Five units from Norfolk - Pack 122 and Troop 124 - will help.")
    norfolk = [t for t in found if t.text == "Norfolk"]
    assert norfolk and norfolk[0].admin1 == "Nebraska"


@pytest.mark.parametrize(
    "text, city, country",
    [
        ("Police arrested eight climate activists who sat on the road at Trafalgar Square.", "London", "GB"),
        ("Mothers of the disappeared marched on the Plaza de Mayo again.", "Buenos Aires", "AR"),
    ],
)
def test_a_famous_square_is_its_city(text, city, country):
    # "Trafalgar" alone is a cape in Spain.
    found = geoparse(text)
    assert [(t.name, t.country_code) for t in found] == [(city, country)]


def test_somalia_s_member_states_are_regions_of_somalia():
    found = _found("Puntland and Jubaland leaders met in Garowe.")
    assert ("Puntland", "Puntland", "RGN") in found and ("Jubaland", "Jubaland", "RGN") in found


def test_a_name_in_the_possessive_before_college_is_no_town():
    # "King" had read as King, Ontario, and pulled Cambridge, Oxford and London there.
    found = geoparse("The conference in Cambridge drew scholars from Oxford and King's College London.")
    assert [(t.text, t.country_code) for t in found] == [("Cambridge", "GB"), ("Oxford", "GB"), ("London", "GB")]
