"""An event whose place failed to resolve takes the country its article agrees on."""

from __future__ import annotations

from test_merge_fixtures import article, event

from tidings.merge import merge
from tidings.merge.consensus import settle_countries
from tidings.merge.engine import profile_of, profiles_of
from tidings.records import Place

WIRE = (
    "ALMATY - Police detained 40 people in Almaty on Wednesday as the protests entered a third day. "
    "Thousands of people marched along the Ili embankment on Wednesday demanding lower fuel prices. "
    "Neighbouring Kyrgyzstan closed its border crossings overnight, its border service said."
)
LOCAL = (
    "Thousands of people marched through central Almaty on Wednesday demanding lower fuel prices, "
    "the third day of protests in the city."
)
WRONG_REGION = Place("Ili", "Ili", 9999, 44.0, 82.0, "CN", resolution="admin1")


def _sentence(text: str, n: int) -> str:
    return text.split(". ")[n].rstrip(".") + "."


def _wire_events(march_place: Place | None = WRONG_REGION):
    wire = article("wire", WIRE, "2022-01-05", "Wire")
    detained = event(wire, 0, _sentence(WIRE, 0), "COERCE", when="2022-01-05", city="Almaty",
                     actors=[("Police", "KAZ", "COP")], sizes={"arrested": 40}, trigger="detained")
    march = event(wire, 1, _sentence(WIRE, 1), "PROTEST", when="2022-01-05",
                  actors=[("people", "KAZ", "CVL")], trigger="marched")
    march.event_loc = march_place
    border = event(wire, 2, _sentence(WIRE, 2), "SANCTION", when="2022-01-05", country="KG",
                   actors=[("Kyrgyzstan", "KGZ", "GOV")], trigger="closed")
    return wire, [detained, march, border]


def test_a_place_resolved_abroad_joins_the_country_its_article_agrees_on():
    wire, events = _wire_events()
    settled = {p.event_id: p for p in profiles_of(events, {wire.id: wire})}
    march = settled["wire-001"]
    assert (march.country, march.city, march.place_rank, march.lat) == ("KZ", "", -1, None)
    # a country the event's own parties come from is a foreign event told in passing
    assert settled["wire-002"].country == "KG"
    assert settled["wire-000"].country == "KZ"


def test_the_settled_report_merges_with_another_outlets_report():
    wire, events = _wire_events()
    local = article("local", LOCAL, "2022-01-05", "Local")
    other = event(local, 0, LOCAL, "PROTEST", when="2022-01-05", city="Almaty",
                  actors=[("people", "KAZ", "CVL")], trigger="marched")
    result = merge([*events, other], [wire, local])
    joined = [me for me in result.merged if {"wire-001", "local-000"} <= set(me.event_ids)]
    assert len(joined) == 1 and joined[0].country == "KZ"


def test_an_article_split_between_two_countries_moves_nothing():
    wire, events = _wire_events()
    aktobe = event(wire, 3, _sentence(WIRE, 0), "COERCE", when="2022-01-05", city="Almaty")
    aktobe.event_loc = Place("Bishkek", "Bishkek", 1528675, 42.87, 74.59, "KG", resolution="city")
    profiles = [profile_of(e, wire) for e in (events[0], events[1], aktobe)]
    assert settle_countries(profiles)[1].country == "CN"


def test_an_unplaced_event_takes_its_articles_country():
    wire, events = _wire_events(march_place=None)
    events[1].actor = []  # no place and no coded party: no country of its own
    settled = profiles_of(events, {wire.id: wire})
    assert profile_of(events[1], wire).country == ""
    assert settled[1].country == "KZ"
