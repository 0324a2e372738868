"""The country of an event whose site the gazetteer does not know: the home
of the groups and missions the text names, less the countries that only back
a side, lend a river its name, or take in those who fled. Texts are
news-like sentences written for these tests; the villages are made up."""

from __future__ import annotations

from tidings.extract.places import locate_events
from tidings.extract.places.actor_phrase import names_a_post, names_an_actor
from tidings.extract.places.groups import group_countries, group_mentions
from test_places import _context, _event


def _country_of(text: str, trigger: str, kind: str = "ASSAULT") -> str | None:
    ctx = _context(text)
    event = _event(ctx, trigger)
    event.event = kind
    [place] = locate_events([event], ctx)
    return place.country_code if place is not None else None


def test_a_groups_home_outweighs_the_nationality_of_a_supporting_force():
    text = "Army units drove al-Shabaab out of Wardhiigle on Sunday, helped by US drone strikes."
    assert _country_of(text, "drove") == "SO"


def test_a_backers_nationality_is_an_actor_not_a_place():
    text = "Iranian-backed Iraqi militia fighters shelled Tel Zurfa, the monitor said."
    iranian = text.index("Iranian")
    assert names_an_actor(text, iranian, iranian + len("Iranian"))
    iraqi = text.index("Iraqi")
    assert not names_an_actor(text, iraqi, iraqi + len("Iraqi"))
    assert _country_of(text, "shelled") == "IQ"


def test_a_river_is_not_the_country_or_town_of_its_name():
    text = "Boko Haram fighters killed fishermen on the Niger River, local sources said."
    assert _country_of(text, "killed") == "NG"
    text = "Boko Haram fighters killed fishermen on the River Niger, local sources said."
    assert _country_of(text, "killed") == "NG"


def test_the_country_people_fled_into_is_not_where_the_attack_was():
    text = "M23 fighters overran Rwankuba at dawn, and army troops fled across the border into Rwanda."
    assert _country_of(text, "overran") == "CD"


def test_a_country_reached_otherwise_still_counts():
    text = "Militants attacked a convoy travelling to Rwanda, police said."
    assert _country_of(text, "attacked") == "RW"


def test_a_peace_mission_names_its_host_country():
    text = "MINUSCA said its peacekeepers repelled an attack on their base at Ndiakoro."
    assert [g.country_code for g in group_mentions(text)] == ["CF"]
    assert group_countries(group_mentions(text)) == {"CF": 0.5}
    assert _country_of(text, "attack") == "CF"


def test_the_agent_of_a_launch_is_an_actor_not_a_place():
    text = "Jordanian air defences downed drones launched by Syria near Umm Qasrayn overnight."
    syria = text.index("Syria")
    assert names_an_actor(text, syria, syria + len("Syria"))
    assert _country_of(text, "downed") == "JO"


def test_a_town_that_names_a_settlement_is_not_the_site():
    text = "Under the Tashkent protocol, M23 fighters withdrew from Kishanga-Bwito, the regional force said."
    assert _country_of(text, "withdrew", "RETREAT") == "CD"


def test_a_local_area_word_of_one_country_gives_that_country():
    text = "Gunmen attacked farmers in Logo local government area on Sunday, residents said."
    assert _country_of(text, "attacked") == "NG"
    text = "Militiamen torched homes in a kebele near the river, survivors said."
    assert _country_of(text, "torched") == "ET"


def test_a_local_area_word_keeps_a_reading_in_its_own_country():
    text = "Gunmen attacked farmers in Toro local government area on Sunday, residents said."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "attacked")], ctx)
    assert (place.country_code, place.extracted_place) == ("NG", "Toro")


def test_an_airport_code_spelt_like_an_area_word_is_no_vote():
    assert group_mentions("Storms delayed flights out of LGA on Friday.") == []
    assert [g.country_code for g in group_mentions("Bandits raided Guma LGA on Friday.")] == ["NG"]


def test_a_post_a_countrys_forces_hold_is_in_that_country():
    text = "ISGS fighters stormed a Nigerien army post at Tagalalt-Ouest overnight, a security source said."
    nigerien = text.index("Nigerien")
    assert names_a_post(text, nigerien + len("Nigerien"))
    assert not names_a_post(text, text.index("ISGS") + len("ISGS"))
    assert _country_of(text, "stormed") == "NE"
