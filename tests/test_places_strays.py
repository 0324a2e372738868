"""Round-3 geoparsing rules: namesakes abroad, hyphenated and particle names,
compass words, and the actors' country as the last resort. Texts are
news-like sentences written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse, locate_events
from tidings.records import Actor
from test_places import _by_text, _context, _event


def test_small_namesake_abroad_gives_way_to_the_named_country():
    text = "Malian soldiers were ambushed near Boni on Monday, the army said."
    assert not [t for t in geoparse(text) if t.country_code not in ("ML", "")]
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "ambushed")], ctx)
    assert place.country_code == "ML"


def test_town_kept_when_another_name_lies_in_its_country():
    text = "A New Zealand man was found at a house in Edmonton, south of Cairns, police said."
    [edmonton] = _by_text(geoparse(text), "Edmonton")
    assert edmonton.country_code == "AU"


def test_town_kept_in_a_named_country():
    text = "Kenyan police dispersed traders in Eldoret on Tuesday."
    [town] = _by_text(geoparse(text), "Eldoret")
    assert town.country_code == "KE"


def test_hyphenated_name_is_read_whole():
    found = geoparse("Two bombs exploded in Mazar-i-Sharif on Thursday, killing nine people.")
    [city] = _by_text(found, "Mazar-i-Sharif")
    assert city.country_code == "AF"
    assert not _by_text(found, "Mazar")


def test_first_part_of_an_unknown_hyphenated_name_is_no_town():
    found = geoparse("Gunmen attacked a school in Dasht-e-Barchi, killing six students.")
    assert not _by_text(found, "Dasht")


def test_last_word_after_a_particle_is_no_town():
    found = geoparse("Soldiers fought gunmen in a marsh of Maguindanao del Sur, the army said.")
    assert not _by_text(found, "Sur")


def test_compass_word_is_not_a_country():
    found = geoparse("The meeting will be held at the gas station at 207 South Main St. in Torrington.")
    assert not [t for t in found if t.country_code == "ZA"]


def test_actors_country_places_an_event_with_no_place_name():
    text = "Fighters of the Islamic State West Africa Province overran a military base after a long battle."
    ctx = _context(text)
    event = _event(ctx, "overran")
    event.actor = [Actor(entity_text="Fighters", code="NGA", start=0, end=8)]
    [place] = locate_events([event], ctx)
    assert place.country_code == "NG" and place.resolution == "country"


def test_no_actor_country_for_organisations():
    ctx = _context("Peacekeepers withdrew from a camp after a long battle.")
    event = _event(ctx, "withdrew")
    event.actor = [Actor(entity_text="Peacekeepers", code="UNO", start=0, end=12)]
    assert locate_events([event], ctx) == [None]


def test_state_that_is_also_a_common_name_stays_a_place():
    found = geoparse("Flu deaths were recorded in Western Australia, two in Victoria and one in South Australia.")
    [state] = _by_text(found, "Victoria")
    assert state.country_code == "AU"


def test_group_name_is_no_town_but_tells_the_country():
    found = geoparse("A splinter faction of Boko Haram chose a new leader last week.")
    assert not _by_text(found, "Boko")
    ctx = _context("Houthi fighters blew up houses in Hays district after their owners fled.")
    [place] = locate_events([_event(ctx, "blew up")], ctx)
    assert place.country_code == "YE"


def test_bracketed_area_is_read_as_the_area_not_the_country():
    ctx = _context("On 3 June, a mob burned a shop in Kutigi (Niger). No fatalities were reported.")
    [place] = locate_events([_event(ctx, "burned")], ctx)
    assert place.country_code == "NG"


def test_english_spelling_of_a_first_level_area():
    [area] = _by_text(geoparse("Clashes were reported in Hiraan region on Monday."), "Hiraan")
    assert area.country_code == "SO" and area.feature_code == "ADM1"


def test_area_in_brackets_after_a_kind_of_place_holds_it():
    ctx = _context("On 7 May, helicopters bombed villages in Kani township (Sagaing). Fatalities unknown.")
    [place] = locate_events([_event(ctx, "bombed")], ctx)
    assert place.country_code == "MM"


def test_arabic_article_joined_by_hyphen_is_part_of_the_name():
    [area] = [t for t in geoparse("Clashes broke out in Deir ez-Zor on Friday.") if t.text == "Deir ez-Zor"]
    assert area.country_code == "SY"


def test_town_after_on_is_a_place_but_not_a_street_name():
    assert [t.country_code for t in _by_text(geoparse("A cylinder was dropped on Saraqeb, medics said."), "Saraqeb")] == ["SY"]
    assert not _by_text(geoparse("The car was found on Blackwater Road near the bridge."), "Blackwater")


def test_force_nationality_does_not_unset_an_area_the_text_calls_one():
    text = "Rwandan troops were deployed to Muidumbe district after insurgents raided two villages."
    [district] = _by_text(geoparse(text), "Muidumbe")
    assert district.country_code == "MZ" and district.feature_code == "ADM2"


def test_province_newer_than_the_first_level_lists_places_an_unknown_village():
    # DR Congo's 2015 provinces are not in GeoNames' city lists; "Kilolo" alone reads as a district of Tanzania.
    ctx = _context("On 4 March 2023, LRA fighters abducted six villagers near Kilolo (Haut-Uele).")
    [place] = locate_events([_event(ctx, "abducted")], ctx)
    assert place.country_code == "CD"
    [village] = _by_text(geoparse(ctx.text), "Kilolo")
    assert village.country_code == "CD" and village.name == "Haut-Uele"


def test_acled_abbreviation_of_a_first_level_area():
    [area] = _by_text(geoparse("Police dispersed protesters in Khorog (GBAO) on Sunday."), "GBAO")
    assert area.country_code == "TJ" and area.feature_code == "ADM1"


def test_a_small_namesake_abroad_gives_way_to_the_datelines_country():
    # Bungalow is a village in Queensland; the story is told from Milwaukee.
    found = geoparse("MILWAUKEE — A 42-year-old man was shot and killed by his brother at Bungalow Restaurant on Friday.")
    assert not [t for t in found if t.country_code == "AU"]


def test_acleds_split_first_level_areas_read_as_the_area():
    found = geoparse("On 3 May 2023, the junta bombed a village near Hsihseng (Taunggyi, Shan-South).")
    [area] = _by_text(found, "Shan-South")
    assert (area.country_code, area.feature_code, area.name) == ("MM", "ADM1", "Shan")
