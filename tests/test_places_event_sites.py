"""Which place an event happened at when its report names several: the
target over the launch site, a town over the area that holds it, the
bracketed area for an unnamed or unknown site; and the ACLED evaluation's
gold point for a name. Texts are news-like sentences written for these
tests."""

from __future__ import annotations

from tidings.extract.places import locate_events
from tidings.resources.gazetteer import GeoEntry, NameMatch
from test_places import _context, _event
from script_loader import load_script


def _place_of(text: str, trigger: str, kind: str = "PROTEST"):
    ctx = _context(text)
    event = _event(ctx, trigger)
    event.event = kind
    [place] = locate_events([event], ctx)
    return place


def test_a_missile_lands_where_it_hit_not_where_it_was_fired_from():
    text = "Shells fired from Kursk struck Sumy overnight, the regional governor said."
    assert _place_of(text, "fired").extracted_place == "Sumy"


def test_a_launch_site_still_places_the_event_when_nothing_else_is_named():
    text = "Rockets were fired from Khan Younis late on Tuesday, the army said."
    assert _place_of(text, "fired").extracted_place == "Khan Younis"


def test_a_country_a_meeting_is_about_is_not_where_it_met():
    text = "Foreign ministers of France and Germany met in Geneva for talks on Libya."
    assert _place_of(text, "talks", "CONSULT").extracted_place == "Geneva"


def test_a_country_an_attack_falls_on_is_where_it_happened():
    text = "Officials in Geneva said the air strikes on Libya killed four people."
    assert _place_of(text, "strikes", "ASSAULT").country_code == "LY"


def test_a_government_named_as_the_accused_is_not_the_site():
    text = "Militia fighters shelled houses in Gorazde, Serbia said, and accused Sarajevo of arming them."
    assert _place_of(text, "accused", "ACCUSE").extracted_place == "Gorazde"


def test_a_towns_own_things_are_in_the_town():
    text = "Rebels dug trenches near Kidal's disused airfield, satellite pictures showed."
    assert _place_of(text, "dug").extracted_place == "Kidal"


def test_a_capitals_possessive_still_speaks_for_its_government():
    text = "Police broke up a march in Mombasa on Friday. Nairobi's interior ministry later lifted a curfew."
    assert _place_of(text, "lifted").extracted_place == "Mombasa"


def test_every_name_in_the_bracket_holds_the_town():
    text = "Gunmen shot at a patrol in Pulwama (Jammu and Kashmir) on Monday. Two soldiers were hurt."
    assert _place_of(text, "hurt").extracted_place == "Pulwama"


def test_a_village_filed_under_a_district_town_stays_in_its_region():
    text = "Soldiers left their camp in Aguelhok (Tessalit, Kidal) on Sunday, residents said."
    place = _place_of(text, "left")
    assert (place.extracted_place, place.resolved_place) == ("Aguelhok", "Aguelhok")


def test_the_area_a_town_lies_in_is_not_a_second_site():
    text = "Troops recaptured Gwoza in Borno state after pushing the insurgents back, the army said."
    assert _place_of(text, "pushing").extracted_place == "Gwoza"


def test_an_unnamed_village_near_a_town_takes_the_town_at_district_precision():
    # ACLED's convention: the nearest known place, at geo precision 2.
    text = "Gunmen killed four herders in a village near Koutiala (Sikasso) on Tuesday."
    place = _place_of(text, "killed")
    assert (place.extracted_place, place.resolved_place, place.resolution) == ("Koutiala", "Koutiala", "admin2")


def test_a_town_itself_keeps_its_own_point_beside_its_area():
    text = "Gunmen killed four herders in Koutiala (Sikasso) on Tuesday."
    place = _place_of(text, "killed")
    assert (place.extracted_place, place.resolution) == ("Koutiala", "city")


def test_a_village_near_a_town_without_an_area_stays_with_the_town():
    text = "Gunmen killed four herders in a village near Koutiala on Tuesday."
    assert _place_of(text, "killed").extracted_place == "Koutiala"


def test_an_unknown_site_filed_under_district_and_region_takes_the_district():
    text = "Bandits raided a market in Zazzagawa (Zaria, Kaduna) on Friday."
    place = _place_of(text, "raided")
    assert (place.resolved_place, place.resolution, place.admin1) == ("Zaria", "admin2", "Kaduna")


def test_a_known_town_filed_under_district_and_region_keeps_its_point():
    text = "Bandits raided a market in Soba (Zaria, Kaduna) on Friday."
    assert _place_of(text, "raided").extracted_place == "Soba"


def _stands_for():
    """scripts/eval_geo.py's gold-point ranking."""
    return load_script("eval_geo")._stands_for


def _town(name: str, population: int, geonameid: int) -> GeoEntry:
    return GeoEntry(geonameid, name, 0.0, 0.0, "UA", "UA.1", "Oblast", "", "PPL", population)


def test_the_gold_point_of_a_name_is_the_city_not_a_hamlet_spelt_like_it():
    stands_for = _stands_for()
    hamlet = NameMatch(_town("Dnipro", 700, 1), 0)
    city = NameMatch(_town("Dnipropetrovsk", 980_000, 2), 2)
    matches = [hamlet, city]
    assert stands_for(city, matches) > stands_for(hamlet, matches)


def test_the_gold_point_keeps_a_town_by_its_own_name_beside_a_bigger_namesake():
    stands_for = _stands_for()
    town = NameMatch(_town("Dnipro", 40_000, 1), 0)
    city = NameMatch(_town("Dnipropetrovsk", 980_000, 2), 2)
    matches = [town, city]
    assert stands_for(town, matches) > stands_for(city, matches)


def test_a_town_named_inside_the_area_that_won_is_the_finer_site():
    text = "The storm slammed into Sindh province, flattening homes around Hyderabad overnight."
    assert _place_of(text, "slammed").extracted_place == "Hyderabad"


def test_a_town_outside_the_area_does_not_replace_it():
    text = "The storm slammed into Sindh province, after flattening homes around Quetta overnight."
    assert _place_of(text, "slammed").extracted_place == "Sindh"


def test_a_rural_area_of_a_town_takes_the_town_at_district_precision():
    text = "Soldiers clashed with rebels in a rural area of Koutiala, Sikasso, on Monday."
    place = _place_of(text, "clashed")
    assert (place.resolved_place, place.resolution, place.admin1) == ("Koutiala", "admin2", "Sikasso")


def test_villages_near_a_town_followed_by_its_country_stay_with_the_town():
    text = "Gunmen raided villages near Koutiala, Mali, on Monday."
    assert _place_of(text, "raided").extracted_place == "Koutiala"


def test_a_foreign_namesake_filed_under_district_and_region_takes_the_district():
    # No Dover lies in Zaria: the name is a local one the gazetteer lacks.
    text = "Bandits raided a market in Dover (Zaria, Kaduna) on Friday."
    place = _place_of(text, "raided")
    assert (place.resolved_place, place.resolution, place.admin1) == ("Zaria", "admin2", "Kaduna")


def test_a_field_near_a_town_takes_the_town_at_district_precision():
    text = "A farmer was killed by a mine in a field near Koutiala (Sikasso) on Tuesday."
    place = _place_of(text, "killed")
    assert (place.resolved_place, place.resolution) == ("Koutiala", "admin2")


def test_a_victims_hometown_yields_to_the_town_where_it_happened():
    text = "A Dallas man was shot and killed in Fort Worth on Saturday, police said."
    assert _place_of(text, "shot", "ASSAULT").extracted_place == "Fort Worth"


def test_a_hometown_with_only_its_state_beside_it_still_places_the_event():
    text = "A Stockton man was shot and killed early Wednesday, police in Calif. said."
    assert _place_of(text, "shot", "ASSAULT").extracted_place == "Stockton"


def test_the_towns_a_stations_banner_serves_place_no_event():
    text = (
        "Ex-con accused of killing police officer turns self in - KXYZ.com-Tyler, Longview, Jacksonville, "
        "Texas | East Texas News Associated Press MEMPHIS, Tenn. (AP) - A man accused of killing a police "
        "officer turned himself in on Saturday, police said."
    )
    place = _place_of(text, "killing", "ASSAULT")
    assert (place.resolved_place, place.admin1) == ("Memphis", "Tennessee")
