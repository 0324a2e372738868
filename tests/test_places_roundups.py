"""Event places in round-ups and reports that name several places: a
sentence's own place, the capital, the clause's own region, names inside
buildings and towns said to be near another. Texts are news-like sentences
written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse, locate_events
from test_places import _context, _event


def _place_of(text: str, trigger: str):
    ctx = _context(text)
    [place] = locate_events([_event(ctx, trigger)], ctx)
    return place


def test_people_in_a_town_who_call_off_a_strike_are_placed_there():
    text = (
        "Kenya: police fired tear gas at traders in Nakuru on Monday.\n\n"
        "Chile: dock workers in Valparaiso called off a strike on Friday."
    )
    place = _place_of(text, "called off")
    assert (place.extracted_place, place.country_code) == ("Valparaiso", "CL")


def test_witnesses_in_a_town_speak_from_the_site():
    place = _place_of("Witnesses in Gulu accused soldiers of beating traders at a checkpoint.", "beating")
    assert place.extracted_place == "Gulu" and place.country_code == "UG"


def test_round_up_paragraph_keeps_its_own_country():
    text = (
        "Kenya: police dispersed traders in Nakuru on Monday.\n\n"
        "Nepal: the government lifted a curfew on Friday after a week of unrest."
    )
    place = _place_of(text, "lifted")
    assert place.country_code == "NP" and place.resolution == "country"


def test_the_same_paragraph_still_inherits_the_town_before():
    text = "Police dispersed traders in Nakuru on Monday. Kenya's interior ministry later lifted a curfew."
    assert _place_of(text, "lifted").extracted_place == "Nakuru"


def test_the_capital_beats_the_town_of_the_sentence_before():
    text = (
        "Hundreds marched peacefully in Kisumu on Monday. "
        "Later, news came from the capital, where riot police detained 40 protesters."
    )
    place = _place_of(text, "detained")
    assert place.resolved_place == "Nairobi" and place.country_code == "KE"


def test_region_of_a_town_in_the_event_clause_beats_the_dateline_town():
    text = (
        "QUITO, March 3 - Students marched through central Quito on Tuesday, while in the coastal "
        "city of Guayaquil police fired tear gas to clear a road blockade."
    )
    assert _place_of(text, "fired").extracted_place == "Guayaquil"


def test_name_inside_a_hospital_is_no_town_abroad():
    text = (
        "A car bomb killed nine people in Kirkuk on Sunday. "
        "Two of the wounded later died in Azadi Teaching Hospital. "
        "On Monday police arrested two men suspected of building the bomb."
    )
    place = _place_of(text, "arrested")
    assert place.country_code == "IQ"


def test_big_city_naming_a_university_stays_the_city():
    text = (
        "A bomber struck a van of Chinese teachers outside the Confucius Institute at Karachi "
        "University, killing three Chinese nationals."
    )
    assert _place_of(text, "struck").country_code == "PK"


def test_town_near_another_takes_a_reading_near_it():
    place = _place_of("Militants fired rockets at the town of Taza near Kirkuk, injuring dozens.", "fired")
    assert place.country_code == "IQ"


def test_congress_is_the_legislature_not_a_town():
    text = "Farmers marched through Lima on Thursday and rallied at the gates of Congress."
    assert not [t for t in geoparse(text) if t.text == "Congress"]


def test_a_river_named_with_the_is_no_area_abroad():
    text = (
        "Police detained 23 protesters on a bridge in Belgrade on Tuesday. "
        "Traffic between the two banks of the Sava backed up for hours."
    )
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "backed up")], ctx)
    assert place.country_code == "RS"


def test_a_capital_named_by_nationality_is_that_country_s():
    text = "Police in the Serbian capital detained 23 people who had blocked a motorway bridge."
    place = _place_of(text, "detained")
    assert place.resolved_place == "Belgrade"


def test_short_and_english_names_of_a_capital_a_suburb_and_a_state():
    found = geoparse(
        "Protesters marched in Addis on Sunday. Militias clashed in Tajoura, east of Tripoli. "
        "Farmers blocked roads across Rhineland-Palatinate on Monday."
    )
    readings = {t.text: (t.name, t.country_code, t.feature_code) for t in found}
    assert readings["Addis"] == ("Addis Ababa", "ET", "PPLC")
    assert readings["Tajoura"][1] == "LY"
    assert readings["Rhineland-Palatinate"] == ("Rheinland-Pfalz", "DE", "ADM1")


def test_the_middle_east_places_no_event():
    text = "Tensions rose across the Middle East after the strike, and protesters marched on Friday."
    ctx = _context(text)
    assert locate_events([_event(ctx, "marched")], ctx) == [None]


def test_a_town_the_site_lies_north_of_beats_the_country_around_it():
    text = (
        "Five of the travellers abducted from a minibus north of Kaya in northern Burkina Faso "
        "on Sunday were freed on Tuesday."
    )
    assert _place_of(text, "freed").extracted_place == "Kaya"


def test_a_distance_off_a_city_places_the_town_named_before():
    text = "Fighters moved into Gharyan, 80 km south of Tripoli, after a short fight with local forces."
    assert _place_of(text, "fight").extracted_place == "Gharyan"


def test_a_name_the_parser_called_a_body_is_no_lone_area_abroad():
    # "Herrera is accused of shooting his wife" in a Bronx story: the parser
    # called the surname an organisation, and Panama's Herrera province is
    # the only reading; nothing else in the story lies in Panama.
    from tidings.extract.places.locate import _lone_area_abroad
    from tidings.extract.places.mention import Mention
    from tidings.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = "Herrera is accused of shooting his wife inside their home in the Bronx."
    herrera = next(m for m in gaz.lookup("Herrera") if m.entry.feature_code == "ADM1")
    bronx = next(m for m in gaz.lookup("Bronx") if m.entry.country_code == "US")
    surname = Mention(0, 7, "Herrera", (herrera,), "ORG", herrera.entry)
    borough = Mention(text.index("Bronx"), text.index("Bronx") + 5, "Bronx", (bronx,), "GPE", bronx.entry)
    assert _lone_area_abroad(surname, [surname, borough], gaz.country("US"), text)
    # The scan's reading of the same surname elsewhere vouches for nothing.
    again = Mention(30, 37, "Herrera", (herrera,), "GAZ", herrera.entry)
    assert _lone_area_abroad(surname, [surname, again, borough], gaz.country("US"), text)
    tagged_place = Mention(0, 7, "Herrera", (herrera,), "GPE", herrera.entry)
    assert not _lone_area_abroad(tagged_place, [tagged_place, borough], gaz.country("US"), text)
