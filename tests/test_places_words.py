"""Recognition: common words that the gazetteer also knows as places.
News-like texts written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse


def _names(text: str) -> set[tuple[str, str]]:
    return {(t.text, t.country_code) for t in geoparse(text)}


def test_a_weapon_heading_a_story_is_no_town():
    # Grenade is also a French village, and Granada in another spelling.
    for text in (
        "Grenade hurled into Kampala bar injures four",
        "Grenade blast near Goma market kills two traders",
    ):
        names = _names(text)
        assert not any(name == "Grenade" for name, _ in names), names
        assert names, text  # the town the headline names is still found


def test_a_weapon_word_inside_a_longer_name_still_counts():
    names = _names("Deputies in Cannon County arrested two men after a chase on Friday.")
    assert ("Cannon County", "US") in names


def test_a_town_after_its_police_is_no_speaker():
    # The small model calls the town a person, and "says" would make it one.
    names = _names("The police of Tampere says that a car was set alight outside a bar in the night.")
    assert ("Tampere", "FI") in names


def test_a_forces_nationality_does_not_unset_a_town_abroad():
    # Only foreign forces are named: the town is still where it is, not a stray.
    names = _names("Russian military instructors moved into the old French base in Kidal after French troops left.")
    assert ("Kidal", "ML") in names


def test_a_forces_nationality_still_unsets_a_namesake_by_another_spelling():
    # "Boni" is an old spelling of Bonn: beside Malian troops it is a village of Mali, not Germany.
    names = _names("Malian troops repelled an attack near Boni on Tuesday.")
    assert ("Boni", "DE") not in names


def test_a_name_before_district_takes_its_district_reading():
    # Hays is also a town in Kansas; "district" says which Hays is meant.
    names = _names("A roadside mine killed two shepherds in Hays district on Sunday, local officials said.")
    assert ("Hays", "YE") in names


def test_a_district_named_after_its_town_keeps_the_town_reading():
    # No district of that name in the gazetteer: the town stands for it.
    names = _names("A bomb went off beside a gendarmerie vehicle in Lice district on Friday.")
    assert ("Lice", "TR") in names



def test_a_country_beats_a_village_of_its_name_in_a_us_story():
    # Russia, Ohio is a village: votes for the US and for Ohio from the rest of
    # a story do not make a bare "Russia" that village.
    from collections import Counter

    from tidings.extract.places.mention import Mention
    from tidings.extract.places.resolve import _base_scores, _scored
    from tidings.resources.gazetteer import load_gazetteer

    matches = load_gazetteer().lookup("Russia")
    assert any(m.entry.country_code == "US" for m in matches)
    mention = Mention(0, 6, "Russia", matches, "GPE")
    votes = (Counter({"US": 6.0}), Counter({"US.OH": 2.0}))
    scored = _scored(mention, "russia", _base_scores(matches), votes, [], None)
    assert max(scored, key=lambda pair: pair[0])[1].entry.country_code == "RU"


def test_a_town_state_pair_still_reaches_the_village_named_like_a_country():
    [town] = [t for t in geoparse("A barn fire in Russia, Ohio, was put out on Sunday.") if t.text == "Russia"]
    assert (town.country_code, town.admin1) == ("US", "Ohio")


def test_a_title_before_a_persons_name_is_no_place():
    # Pope County lies in Minnesota; "Pope" here is a title, and it must not
    # pull Alexandria there either.
    text = "The minister sent his condolences to Pope Tawadros after the blast at a church in Alexandria."
    names = _names(text)
    assert not any(name == "Pope" for name, _ in names), names
    assert ("Alexandria", "EG") in names


def test_a_name_after_a_possessive_does_not_pull_its_owner_away():
    # The gazetteer's only Heathrow is a town in Florida; it lies in London here.
    text = "Cabin crew who work out of London's Heathrow will strike for two days next week, their union said."
    london = {(t.text, t.country_code) for t in geoparse(text) if t.text in ("London", "Heathrow")}
    assert london == {("London", "GB"), ("Heathrow", "GB")}


def test_a_big_city_by_another_spelling_does_not_beat_the_story_country():
    # A Mogadishu hospital called Madina: the gazetteer's exact Madinas are
    # small towns elsewhere, and Madinah (Saudi Arabia) is only another spelling.
    text = ("Three of the wounded died overnight in Madina hospital, Somali officials said, "
            "after Saturday's car bombing at a market in Somalia.")
    assert ("Madina", "SA") not in _names(text)


def test_a_person_tagged_area_in_brackets_after_a_place_is_its_holder():
    # Kibirizi is unknown to the gazetteer; the small model calls Rutshuru a person.
    names = _names("On 3 March 2023, gunmen kidnapped two traders from a village near Kibirizi (Rutshuru).")
    assert ("Rutshuru", "CD") in names


def test_an_organisation_tagged_name_that_jets_struck_is_ground():
    # The small model calls the Syrian town of Tafas an organisation.
    assert ("Tafas", "SY") in _names("Army jets struck Tafas overnight, residents said.")
    assert ("Tafas", "SY") in _names("Rebel drones targeted Tafas on Monday.")


def test_a_district_the_gazetteer_lacks_is_no_big_namesake_abroad():
    # Palma district lies in Mozambique; the gazetteer knows only towns named
    # Palma, the biggest on Mallorca.
    names = _names("Insurgents burned a clinic in Palma district on Tuesday, Mozambican officials said.")
    assert ("Palma", "ES") not in names
    assert ("Mozambican", "MZ") in names


def test_what_a_person_is_after_an_age_is_no_place():
    # Latina is also a district of Madrid.
    names = _names("Jassely Lupoe, a 5-year-old Latina, was shot and killed Tuesday at her home in Compton.")
    assert ("Latina", "ES") not in names and ("Compton", "US") in names
    # Where the person comes from stays a place, and so does a nationality.
    assert ("Paris", "US") in _names("HOLLIDAY, Mo. - A 25-year-old Paris, Missouri, man was arrested Friday.")
    assert ("Syrian", "SY") in _names("A 35-year-old Syrian was arrested in Berlin on Monday.")


def test_a_feast_or_a_numbered_lot_or_region_is_no_place():
    assert _names("Passover traditions spread through the market. The holiday begins Wednesday.") == set()
    assert not {name for name, _ in _names("Region 1 BOE approves proposed budget. The Region 1 board met.")}
    assert ("Lot", "FR") not in _names("He lived on Hill Road, Lot 12, near the river in Paris, Texas.")


def test_words_of_direction_before_a_place_describe_it():
    # Cameroon's Far North region is the whole of a name, not part of one.
    assert _names("Police report a rise in youth crime in Far North Queensland this year.") == {("Queensland", "AU")}
    assert ("Far North", "CM") in _names("Boko Haram attacked a village in the Far North region of Cameroon.")
