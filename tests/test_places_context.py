"""Round-2 geoparsing rules: one reading per spelling, holders in brackets,
person-tagged towns, possessive districts, struck objects and area seats.
Texts are news-like sentences written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse, locate_events
from tidings.resources.gazetteer import load_gazetteer
from test_places import _by_text, _context, _event


def test_names_of_one_county_settle_in_its_state_together():
    text = (
        "Decatur will annex land near Avondale Estates, the DeKalb County commission said. "
        "Decatur officials expect the vote next week, and Avondale Estates agrees."
    )
    found = geoparse(text)
    assert {t.admin1 for t in _by_text(found, "Decatur")} == {"Georgia"}
    assert {t.admin1 for t in _by_text(found, "DeKalb County")} == {"Georgia"}


def test_same_spelling_shares_one_reading():
    text = "Storms hit Paris, Texas on Monday. In Paris, crews cleared fallen trees near the square."
    readings = {(t.country_code, t.admin1) for t in _by_text(geoparse(text), "Paris")}
    assert readings == {("US", "Texas")}


def test_bracketed_area_holds_the_town_and_is_not_the_site():
    ctx = _context("On 14 May, Russian forces shelled Ukrainian positions near Bakhmut (Donetsk). Two soldiers died.")
    [place] = locate_events([_event(ctx, "shelled")], ctx)
    assert place.resolved_place == "Bakhmut" and place.resolution == "city"


def test_later_sentence_takes_the_town_not_its_bracketed_area():
    ctx = _context("Soldiers exchanged fire with separatists in Bamenda (Mezam, North-West). Two soldiers were killed.")
    [place] = locate_events([_event(ctx, "killed")], ctx)
    assert place.extracted_place == "Bamenda" and place.country_code == "CM"


def test_town_read_abroad_falls_back_to_the_area_beside_it():
    ctx = _context("Troops drove the insurgents from Buni Gari (Gujba, Yobe) and set up a base.")
    [place] = locate_events([_event(ctx, "drove")], ctx)
    assert place.country_code == "NG"


def test_possessive_with_a_named_district_is_a_site():
    ctx = _context("A car bomb exploded outside a restaurant in Mogadishu's Hodan district, killing five.")
    [place] = locate_events([_event(ctx, "exploded")], ctx)
    # The city, or its district where the gazetteer knows it, placed in the city.
    assert place.resolved_place in ("Mogadishu", "Hodan") and place.country_code == "SO"
    assert abs(place.lat - 2.04) < 0.1 and abs(place.lon - 45.34) < 0.1


def test_possessive_with_an_office_is_still_the_government():
    ctx = _context("Russia's ambassador condemned the strike on Kramatorsk.")
    [place] = locate_events([_event(ctx, "strike")], ctx)
    assert place.country_code == "UA"


def test_struck_town_beats_a_country_named_later():
    ctx = _context("Rockets struck central Belgorod on Saturday, in the deadliest such attack inside Russia.")
    [place] = locate_events([_event(ctx, "struck")], ctx)
    assert place.resolved_place == "Belgorod" and place.resolution == "city"


def test_person_tagged_town_in_a_named_country():
    found = geoparse("Syrian government forces recaptured Palmyra from the Islamic State group on Thursday.")
    [palmyra] = _by_text(found, "Palmyra")
    assert palmyra.country_code == "SY"


def test_person_tagged_town_after_in():
    found = geoparse("A grenade exploded inside a bar in Gitega during the night, injuring five clients.")
    [town] = _by_text(found, "Gitega")
    assert town.country_code == "BI"


def test_surname_of_a_named_person_is_not_a_town():
    text = "Former agent Christopher Steele met officials in Rome. Steele said the files were genuine."
    assert _by_text(geoparse(text), "Steele") == []


def test_word_of_a_presidents_name_is_not_a_town():
    found = geoparse("Kazakh President Kasim-Jomart Tokayev said Kasim would not resign.")
    assert _by_text(found, "Kasim") == []


def test_country_level_event_sits_at_the_capital_with_country_resolution():
    ctx = _context("Kazakhstan lifted the state of emergency.\nThe protesters were released overnight.")
    [place] = locate_events([_event(ctx, "released")], ctx)
    capital = load_gazetteer().seat(load_gazetteer().country("KZ"))
    assert place.resolution == "country" and place.resolved_place == "Kazakhstan"
    assert (place.lat, place.lon) == (capital.lat, capital.lon)
    assert capital.feature_code == "PPLC"


def test_area_seat_is_a_town_inside_the_area():
    gaz = load_gazetteer()
    borno = next(m.entry for m in gaz.lookup("Borno") if m.entry.feature_code == "ADM1")
    seat = gaz.seat(borno)
    assert seat.is_city and seat.admin1_key == borno.admin1_key
    assert gaz.seat(seat) is None  # a town has no seat of its own


def _region(gaz, name: str, country: str):
    return next(m.entry for m in gaz.lookup(name) if m.entry.feature_code == "ADM1" and m.entry.country_code == country)


def test_a_region_named_after_a_town_has_that_town_as_its_seat_though_another_is_bigger():
    gaz = load_gazetteer()
    tillaberi = _region(gaz, "Tillaberi", "NE")
    biggest = max(
        (m.entry for m in gaz.lookup("Mehana") if m.entry.admin1_key == tillaberi.admin1_key),
        key=lambda town: town.population,
    )
    seat = gaz.seat(tillaberi)
    assert seat.name == "Tillabéri" and seat.population < biggest.population


def test_a_village_sharing_its_regions_name_is_no_seat():
    gaz = load_gazetteer()
    sinaloa = _region(gaz, "Sinaloa", "MX")
    assert gaz.seat(sinaloa).name == "Culiacán"


def test_person_tagged_town_that_was_invaded():
    found = geoparse("Insurgents who invaded Geidam on Friday have taken over the town.")
    [town] = _by_text(found, "Geidam")
    assert town.country_code == "NG"


def test_a_phone_number_to_call_speaks_for_its_province():
    text = (
        "A man was stabbed outside a banquet hall early Sunday, London police said. "
        "Anyone with information is asked to call London police at 519-555-0142."
    )
    assert {t.country_code for t in _by_text(geoparse(text), "London")} == {"CA"}
    # Without the number the capital keeps its reading.
    bare = text.replace(" at 519-555-0142", "")
    assert {t.country_code for t in _by_text(geoparse(bare), "London")} == {"GB"}


def test_toll_free_and_shared_area_codes_say_nothing():
    from tidings.extract.places.area_codes import phone_areas

    assert phone_areas("Call (304) 555-0188 or 1-304-555-0190.") == {"US.WV": 2}
    # 800 is toll-free, 902 rings in two provinces, and a date range is no number.
    assert not phone_areas("Call 1-800-555-0100 or 902-555-0123 between 2009-2010.")


def test_a_place_right_before_a_phone_number_lies_in_the_numbers_state():
    text = (
        "Dr. Ann Lowe has joined the cancer centre in New York. For appointments, call the clinic in "
        "Huntington at 304-555-0147."
    )
    assert {t.admin1 for t in _by_text(geoparse(text), "Huntington")} == {"West Virginia"}
    # Without the number, New York, named in the story, keeps its namesake.
    bare = text.replace(" at 304-555-0147", "")
    assert {t.admin1 for t in _by_text(geoparse(bare), "Huntington")} == {"New York"}


def test_a_name_that_opens_a_towns_school_or_police_department_is_a_town():
    text = (
        "Fall registration for the Jordan youth soccer league opens Monday. "
        "Sign-ups run from 5 p.m. to 7 p.m. at the Jordan middle school gym."
    )
    # Which town the text does not say; a town it is, not the kingdom.
    readings = _by_text(geoparse(text), "Jordan")
    assert readings and all(t.feature_code.startswith("PPL") for t in readings)
    # Without the school the kingdom keeps its reading.
    bare = text.replace("the Jordan middle school gym", "the gym")
    assert {t.country_code for t in _by_text(geoparse(bare), "Jordan")} == {"JO"}


def test_a_state_that_opens_a_school_body_stays_the_state():
    # Texas is also a village in Mexico: the state is no town for all that.
    text = "The Texas High School Coaches Association moved its clinic to Saturday."
    assert {t.feature_code for t in _by_text(geoparse(text), "Texas")} == {"ADM1"}


def test_a_sizeable_town_no_other_place_is_named_after_keeps_its_reading_beside_a_named_area():
    text = (
        "Hundreds lined the main street of Banbridge on Tuesday as the funeral passed. "
        "Wreaths had been sent from England by the family of a fallen soldier."
    )
    readings = _by_text(geoparse(text), "Banbridge")
    assert {(t.admin1, t.feature_code) for t in readings} == {("Northern Ireland", "PPL")}
