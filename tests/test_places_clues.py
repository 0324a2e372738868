"""Small clues in the text that say where a name lies: a building "in" a
town, a name the parser cut short, ground a force shelled, an area in
brackets, a country's possessive. Texts are news-like sentences written for
these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse
from tidings.extract.places.geoparse import repeats
from tidings.extract.places.mention import Mention
from tidings.extract.places.recognize import (
    _entity_mention,
    _past_lowercase,
    _place_guess,
    _town_of_institution,
    party_hometowns,
    scan_mentions,
)
from tidings.resources.gazetteer import load_gazetteer
from test_places import _by_text


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_building_in_a_town_lies_in_that_town():
    found = geoparse("Crowds stormed the White House in Bishkek overnight, setting its lower floors alight.")
    assert {t.country_code for t in found} == {"KG"}


def test_a_continent_in_a_country_is_left_alone():
    found = geoparse("The range runs through northern Africa in Morocco and Algeria.")
    [africa] = _by_text(found, "Africa")
    assert africa.feature_code == "CONT"


def test_a_name_cut_at_its_hyphen_by_the_parser_is_taken_whole():
    text = "Fighters seized the army headquarters in Rostov-on-Don at dawn."
    start, end = _span(text, "Rostov")
    mention = _place_guess(text, start, end, "PERSON", load_gazetteer())
    assert mention is not None and mention.text == "Rostov-on-Don"
    # The whole name's readings: the city (and its city district), no "Rostov" elsewhere.
    assert {m.entry.name for m in mention.matches} == {"Rostov-on-Don"}
    assert "PPL" in {m.entry.feature_code for m in mention.matches}


def test_a_name_cut_before_its_particle_is_taken_whole():
    text = "Floods left dozens dead across Rio Grande do Sul this week."
    start, end = _span(text, "Rio Grande")
    mention = _entity_mention(text, start, end, "GPE", load_gazetteer())
    assert mention is not None and mention.text == "Rio Grande do Sul"
    assert mention.matches[0].entry.country_code == "BR"


def test_a_lower_case_word_the_parser_joined_to_a_name_is_left_out():
    text = "Rebel artillery pounds Kidal, officials say"
    start, end = _span(text, "pounds Kidal")
    assert text[_past_lowercase(text, start, end) : end] == "Kidal"


def _scanned(text: str) -> set[str]:
    accepted, _ = scan_mentions(text, load_gazetteer(), [])
    return {m.text for m in accepted}


def test_ground_a_force_shelled_is_a_place():
    assert "Shebekino" in _scanned("Ukrainian drones shelled Shebekino again overnight.")


def test_a_capitalised_verb_or_a_noun_before_a_full_stop_is_no_such_clue():
    assert "Shebekino" not in _scanned("The new film Storm Shebekino opened on Friday.")


def test_an_area_in_brackets_after_a_place_is_a_place():
    text = "Militiamen burned houses near Kani township (Sagaing) on Tuesday."
    found = geoparse(text)
    [sagaing] = _by_text(found, "Sagaing")
    assert (sagaing.country_code, sagaing.feature_code) == ("MM", "ADM1")
    assert all(t.country_code == "MM" for t in found)


def test_a_party_in_brackets_after_a_person_is_no_place():
    text = "The failure was described as reckless by councillor Brian Meaney (Green) on Monday."
    assert "Green" not in {t.text for t in geoparse(text)}


def test_a_small_place_after_a_country_possessive_lies_in_that_country():
    found = geoparse("A strong earthquake hit Japan's Noto peninsula on Monday, officials said.")
    [noto] = _by_text(found, "Noto")
    assert noto.country_code == "JP"


def test_the_english_spelling_of_a_libyan_city_beats_a_village_of_that_name():
    found = geoparse("Two dams burst upstream of Derna (Cyrenaica) after days of heavy rain, flooding the city.")
    [derna] = _by_text(found, "Derna")
    assert (derna.country_code, derna.feature_code) == ("LY", "PPL")


def _guess(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), name, load_gazetteer().lookup(name), "GUESS")


NEWBERRY = "Newberry home invasion leaves one hurt. A shot was fired during a robbery in Newberry on Friday."


def test_a_name_confirmed_after_in_spreads_to_its_other_occurrences():
    more = repeats([_guess(NEWBERRY, "Newberry", 1)], NEWBERRY)
    assert [(m.start, m.text) for m in more] == [(0, "Newberry")]


def test_a_name_confirmed_by_other_means_does_not_spread():
    text = NEWBERRY.replace("in Newberry", "by Newberry")
    assert repeats([_guess(text, "Newberry", 1)], text) == []


def _body_town(text: str, body: str) -> str | None:
    start, end = _span(text, body)
    mention = _town_of_institution(text, start, end, load_gazetteer())
    return None if mention is None else mention.text


def test_a_local_body_named_after_its_town_names_the_town():
    text = "A blood drive will be held today at the Wamego Seniors Center from 10 a.m."
    assert _body_town(text, "the Wamego Seniors Center") == "Wamego"
    text = "The two men escaped from the Branchville Correctional Facility on Friday."
    assert _body_town(text, "the Branchville Correctional Facility") == "Branchville"


def test_a_building_named_after_a_person_names_no_town():
    text = "He takes a bus to the Webb Center after school."
    assert _body_town(text, "the Webb Center") is None


def test_a_state_at_the_head_of_a_body_is_left_to_the_scan():
    text = "The Kentucky Department of Education approved the plan."
    assert _body_town(text, "The Kentucky Department of Education") is None


def test_a_legislators_party_tag_gives_a_home_town():
    text = "The bill's sponsor, Sen. Ann Moore, R-Elbow Lake, said the vote was close; D-Day came later."
    found = party_hometowns(text, load_gazetteer())
    assert [m.text for m in found] == ["Elbow Lake"]
    assert any(m.entry.admin1 == "Minnesota" for m in found[0].matches)


def test_a_home_before_the_party_name_is_a_place():
    text = "The amendment came from Rep. Lou Varga, a Kettering Republican, and a Senate Democrat backed it."
    found = party_hometowns(text, load_gazetteer())
    assert [m.text for m in found] == ["Kettering"]


def test_a_hero_before_the_party_name_is_no_home():
    text = "He called himself a Reagan Republican and a House Republican of the old school."
    assert party_hometowns(text, load_gazetteer()) == []


def test_rio_on_its_own_is_rio_de_janeiro():
    found = geoparse("A police raid in a favela in Rio left at least 20 people dead, officials said.")
    [rio] = _by_text(found, "Rio")
    assert (rio.country_code, rio.name) == ("BR", "Rio de Janeiro")


def test_the_town_of_a_local_body_spreads_to_its_other_occurrences():
    text = "The Grovetown Department of Public Safety said the car was found. Grovetown residents were told."
    seed = Mention(4, 13, "Grovetown", load_gazetteer().lookup("Grovetown"), "INST")
    more = repeats([seed], text)
    assert [m.start for m in more] == [text.rindex("Grovetown")]


def test_a_name_after_the_city_of_is_no_country():
    text = "Tickets for the dance are sold by the city of Jordan, the town's clerk said."
    found = geoparse(text)
    [jordan] = _by_text(found, "Jordan")
    assert jordan.feature_code.startswith("PPL")  # a town of that name, not the country


def test_congo_alone_is_the_bigger_congo_unless_the_text_says_otherwise():
    [congo] = _by_text(geoparse("Rebels seized two towns in eastern Congo on Sunday, the army said."), "Congo")
    assert congo.country_code == "CD"
    text = "Police in Brazzaville dispersed a march on Sunday, and Congo's government banned rallies."
    [congo] = _by_text(geoparse(text), "Congo")
    assert congo.country_code == "CG"
