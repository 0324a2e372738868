"""A national legislature is never a place, and says which country a story is about."""

from __future__ import annotations

from tidings.extract.actors.document import known_mentions
from tidings.extract.actors.kb import load_kb
from tidings.extract.places import geoparse
from tidings.extract.places.groups import group_countries, group_mentions


def _places(text: str) -> dict[str, str]:
    return {t.text: t.country_code for t in geoparse(text)}


def test_the_duma_is_russias_legislature_not_the_syrian_town():
    assert "Duma" not in _places("Lawmakers in the Duma voted on Tuesday to extend the law.")
    assert _places("Russia's State Duma approved the bill in a third reading.") == {"Russia": "RU"}


def test_the_town_of_the_same_name_stays_a_place():
    assert _places("Government forces shelled Duma in Eastern Ghouta, killing 12 people.")["Duma"] == "SY"


def test_a_one_word_house_needs_its_article():
    # "the Dáil" is Ireland's lower house; the Syrian town Dā‘il is written "Dail" too.
    assert "Dail" not in _places("Members of the Dail condemned the attack on Monday.")
    assert _places("Rebels shelled Dail, a town north of Daraa, on Monday.").get("Dail") == "SY"


def test_a_legislature_codes_as_its_country_and_votes_for_it():
    [(_, entry)] = known_mentions("The Knesset passed the law.", load_kb())
    assert (entry.code, entry.sector) == ("ISR", "LEG")
    assert group_countries(group_mentions("The Knesset passed the law after a long night.")) == {"IL": 0.5}
