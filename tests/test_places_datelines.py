"""Recognition: datelines after a headline, and person- or organisation-tagged
names that their surroundings make places. News-like texts written for these tests."""

from __future__ import annotations

from tidings.extract.places.recognize import find_dateline
from tidings.resources.gazetteer import load_gazetteer


def test_a_dateline_after_the_headline_is_found():
    text = "Board backs longer library hours. LAWRENCEBURG — The library board voted Tuesday to stay open later."
    found = find_dateline(text, load_gazetteer())
    assert found is not None
    assert text[found.start : found.end] == "LAWRENCEBURG"


def test_a_capitalised_word_inside_the_first_sentence_is_no_dateline():
    text = "Officials say the ROSWELL plan - a new bypass - will cost more. The council meets Monday."
    assert find_dateline(text, load_gazetteer()) is None


def test_a_sentence_in_capitals_that_names_no_place_is_no_dateline():
    text = "Board backs longer library hours. WHEREAS — the board finds that the hours are too short."
    assert find_dateline(text, load_gazetteer()) is None


def test_a_dateline_after_a_bylines_date_is_found():
    text = ("Mill fire leaves block empty. BY JO ANSELL Courier Reporter April 2, 2011 "
            "GALLIPOLIS -- Crews spent the night at the old mill on Second Avenue.")
    found = find_dateline(text, load_gazetteer())
    assert found is not None
    assert text[found.start : found.end] == "GALLIPOLIS"


def test_capitals_after_a_year_without_a_dash_are_no_dateline():
    text = "Mill fire leaves block empty. Crews said in 2011 OSHA rules were broken at the mill."
    assert find_dateline(text, load_gazetteer()) is None


def _names(text: str) -> set[str]:
    from tidings.extract.places import geoparse

    return {(t.text, t.country_code) for t in geoparse(text)}


def test_a_person_tagged_name_before_a_bracketed_area_is_a_place():
    text = "On 5 February 2023, militants reached an agreement allowing supply convoys to enter Djibo (Soum)."
    assert ("Djibo", "BF") in _names(text)


def test_a_name_before_an_area_noun_is_a_place():
    # GeoNames has a Murghab district in Afghanistan too: the country says which.
    text = ("On 23 February 2023, a strong earthquake struck Murghab district in eastern Tajikistan. "
            "No casualties were reported.")
    assert ("Murghab", "TJ") in _names(text)


def test_a_place_name_is_a_place_wherever_the_text_repeats_it():
    from tidings.extract.places.geoparse import repeats
    from tidings.extract.places.mention import Mention

    text = "Fire crews were called to a barn in Torrington on Sunday. Torrington firefighters stayed until dawn."
    first = text.index("Torrington")
    seed = Mention(first, first + 10, "Torrington", load_gazetteer().lookup("Torrington"), "GPE")
    [again] = repeats([seed], text)
    assert (again.start, again.text) == (text.index("Torrington", first + 1), "Torrington")
    assert again.matches == seed.matches


def test_a_lone_scanned_word_does_not_spread():
    from tidings.extract.places.geoparse import repeats
    from tidings.extract.places.mention import Mention

    text = "Paterson was arrested at a house on Monday. Paterson told police he was at home."
    seed = Mention(0, 8, "Paterson", load_gazetteer().lookup("Paterson"), "GAZ")
    assert repeats([seed], text) == []


def test_a_scanned_word_after_in_spreads():
    from tidings.extract.places.geoparse import repeats
    from tidings.extract.places.mention import Mention

    text = "The new pool opens in Paterson next week. Paterson officials expect crowds."
    first = text.index("Paterson")
    seed = Mention(first, first + 8, "Paterson", load_gazetteer().lookup("Paterson"), "GAZ")
    [again] = repeats([seed], text)
    assert again.start == text.index("Paterson", first + 1)


def test_a_name_before_its_police_department_is_a_place_though_a_person_bears_it():
    from tidings.extract.places.recognize import ParseHints, scan_mentions

    text = "Officers said Hopkinton called the Hopkinton Police Department at noon."
    hints = ParseHints(surnames={"hopkinton"})
    accepted, doubtful = scan_mentions(text, load_gazetteer(), [], hints)
    starts = {m.start for m in accepted + doubtful}
    assert text.index("Hopkinton Police") in starts
    assert text.index("Hopkinton") not in starts


def test_only_a_word_of_a_full_name_unmakes_a_place_tag():
    from tidings.extract.places.mention import Mention
    from tidings.extract.places.recognize import ParseHints, _part_of_a_name

    monroe = Mention(0, 6, "Monroe", load_gazetteer().lookup("Monroe"), "GPE")
    assert not _part_of_a_name(monroe, ParseHints(surnames={"monroe"}))
    assert _part_of_a_name(monroe, ParseHints(surnames={"monroe"}, full_name_words={"monroe", "marilyn"}))


def test_a_common_word_is_no_big_city_it_spells_only_by_another_name():
    # "Part" and "Drug" are other spellings of Perth and Durg: a big city
    # reached that way does not make the word a place.
    for text in (
        "Board ponders change, Part III. The board met in Macon on Monday to weigh the plan.",
        "Drug Task Force makes arrests in Macon.",
    ):
        assert _names(text) == {("Macon", "US")}


def test_a_name_with_city_after_it_keeps_the_towns_of_the_bare_name():
    from tidings.extract.places.recognize import lookup_loose

    readings = lookup_loose(load_gazetteer(), "Dublin City")
    countries = {m.entry.country_code for m in readings}
    assert {"IE", "US"} <= countries  # the Irish capital, and the towns called Dublin


def test_a_name_listed_beside_places_is_a_place():
    names = _names("Home sales fell last month in the three Licking County cities of Newark, Heath and Pataskala.")
    assert ("Pataskala", "US") in names


def test_a_name_listed_beside_people_is_not_made_a_place():
    names = _names("The awards went to Maria Ortiz, Dan Kowalski and Ann Lovejoy on Friday.")
    assert not any(name == "Lovejoy" for name, _ in names), names


def test_a_surname_that_only_a_small_province_bears_is_the_person():
    # Flores is also a Uruguayan department of some 25,000 people.
    text = ("Santa Clara police reopened the case of Matthew D. Flores, shot outside his office. "
            "Flores had moved to Santa Clara for a job. Detectives said Flores had no enemies.")
    names = _names(text)
    assert not any(name == "Flores" for name, _ in names), names
    assert any(name == "Santa Clara" for name, _ in names), names


def test_a_surname_that_names_a_country_stays_a_place_elsewhere():
    text = "Coach Tom Jordan said the team flew to Jordan on Monday for the tournament in Amman."
    assert ("Jordan", "JO") in _names(text)


def test_a_dateline_before_a_call_sign_is_found_behind_a_sites_banner():
    text = ("Officer's killer turns himself in - KTVX.com-Provo, Ogden, Utah | Local News Associated Press "
            "MEMPHIS, Tenn. (AP) - A man accused of shooting a police officer surrendered on Saturday.")
    found = find_dateline(text, load_gazetteer())
    assert found is not None and text[found.start : found.end] == "MEMPHIS"
    text = "Woman shot outside a school gym on the east sideDETROIT (WJBK) - A 42-year-old woman was shot."
    found = find_dateline(text, load_gazetteer())
    assert found is not None and text[found.start : found.end] == "DETROIT"


def test_capitals_before_a_bracketed_abbreviation_in_the_body_are_no_dateline():
    text = "Crews cleared the roads overnight. The NATIONAL WEATHER SERVICE (NWS) said more snow is due."
    assert find_dateline(text, load_gazetteer()) is None


def test_a_dateline_run_into_a_scraped_pages_banner_is_found():
    text = "Man shot outside bar | FOX9Now.comMILWAUKEE — A 42-year-old man was shot outside a bar on Friday."
    found = find_dateline(text, load_gazetteer())
    assert found is not None and text[found.start : found.end] == "MILWAUKEE"


def test_a_call_sign_dateline_opened_by_an_abbreviation_is_read_whole():
    text = "Woman shot along the interstate | FOX9now.comST. LOUIS, MO (KTVI)- Police are investigating a shooting."
    found = find_dateline(text, load_gazetteer())
    assert found is not None and text[found.start : found.end] == "ST. LOUIS"


def test_a_call_sign_run_into_the_dateline_is_cut_off():
    text = (
        "Teen charged in shooting | News, Weather, Sports | WCIVFLORENCE, S.C. (WCIV/WPDE) — "
        "A 19-year-old was charged with murder on Sunday."
    )
    found = find_dateline(text, load_gazetteer())
    assert (found.text, text[found.start : found.end]) == ("FLORENCE", "FLORENCE")
    assert found.matches[0].entry.name == "Florence"


def test_a_hyphen_inside_a_datelines_name_does_not_end_it():
    # "PORT" alone had read as Le Port, Reunion.
    for text, name in [
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a prison overnight.", "Port-au-Prince"),
        ("WINSTON-SALEM, N.C. — A man was shot on Friday.", "Winston-Salem"),
    ]:
        found = find_dateline(text, load_gazetteer())
        assert found is not None and found.text.title() == name.title()
        assert name in {m.entry.name for m in found.matches}


def test_a_dateline_run_into_a_banner_with_a_plain_hyphen_is_found():
    for text, name, state in [
        ("Family mourns a son | KXYZ.com News, Sports and WeatherSPOKANE, Wash. - Detectives searched the park.",
         "SPOKANE", "Washington"),
        ("Teen held after weekend shooting | WXYZ FOX43YORK, Pa- A 16-year-old girl was charged on Monday.",
         "YORK", "Pennsylvania"),
        ("Crash closes boulevard near the mall Dr.RENO, Nev. (KXYZ) - Police shot a man who rammed a cruiser.",
         "RENO", "Nevada"),
    ]:
        found = find_dateline(text, load_gazetteer())
        assert found is not None and text[found.start : found.end] == name
        assert state in {m.entry.admin1 for m in found.matches}


def test_a_dateline_opening_a_banners_field_sheds_a_call_sign_before_a_state():
    text = ("Diner fight ends in a chase | News, Weather, Sports | WXYZSYRACUSE, N.Y. -- An early morning "
            "fight at a diner ended in a shooting on Friday.")
    found = find_dateline(text, load_gazetteer())
    assert found is not None and found.text == "SYRACUSE"
    assert "New York" in {m.entry.admin1 for m in found.matches}


def test_a_dateline_that_names_a_state_and_its_city_is_the_city():
    from tidings.extract.places import geoparse

    text = "NEW YORK (AP) — Police said the shooting happened late on Friday outside a bodega."
    [dateline] = [t for t in geoparse(text) if t.text == "NEW YORK"]
    assert (dateline.name, dateline.feature_code) == ("New York City", "PPL")
    text = "KANSAS CITY, Mo. — A man was shot on Friday night outside a bar."
    [dateline] = [t for t in geoparse(text) if t.text == "KANSAS CITY"]
    assert (dateline.name, dateline.admin1) == ("Kansas City", "Missouri")
