"""Generic actors placed where their event happened.

A phrase such as "gunmen" or "traders" names no country; the coder gives it
the article's focus country. In a round-up ("Georgia: ... Mozambique:
insurgents struck ...") the focus is the first paragraph's country, not the
event's, so once the event is placed in a town or province of another
country, that country is the better guess, provided the article itself
speaks of that country: a place read wrongly ("Congress" as a US town in a
story about Peru) must not carry the actors abroad with it. The place is
known only after `places.locate_events`, hence a step of its own.
"""

from __future__ import annotations

from dataclasses import replace

from tidings.countries import country
from tidings.extract.actors.document import document_actors
from tidings.records import Actor, Place

# A place this precise says where the people in the event were; a country
# alone may itself have been guessed from the actors.
PRECISE = frozenset({"city", "sub-city", "admin1", "admin2"})
# Soldiers and spies may be abroad: "the troops shelled Kharkiv" in a story
# about Russia are Russia's, so they keep the article's country.
MAY_BE_ABROAD = frozenset({"MIL", "SPY"})


def place_generics(actors: list[Actor], where: Place | None, text: str) -> list[Actor]:
    """`actors` with focus-filled codes moved to the country of `where`,
    when the article `text` names that country or one of its towns, or
    names no country at all (then they had none)."""
    home = _place_country(where)
    if not home or not any(a.code_from == "focus" for a in actors):
        return actors
    countries = document_actors(text).country_counts
    if countries and home not in countries:
        return actors  # an article with no country at all can only take its place's
    return [_moved(a, home) for a in actors]


def _place_country(where: Place | None) -> str:
    if where is None or where.resolution not in PRECISE:
        return ""
    found = country(where.country_code)
    return found.alpha3 if found is not None else ""


def _moved(actor: Actor, home: str) -> Actor:
    if actor.code_from != "focus" or actor.code == home or actor.sector in MAY_BE_ABROAD:
        return actor
    return replace(actor, code=home, code_from="place")  # a copy: coded actors are shared
