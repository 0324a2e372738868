"""Whole-article choices: small towns of one unnamed state settle there
together, and counties named without the word "County". Texts are news-like
sentences written for these tests."""

from __future__ import annotations

from tidings.extract.places import geoparse
from tidings.extract.places import resolve as resolve_module
from tidings.extract.places.counties import add_county_readings
from tidings.extract.places.mention import Mention
from tidings.resources.gazetteer import load_gazetteer
from test_places import _by_text

SUBURBS = (
    "ATLANTA - A pastor who built a megachurch in suburban Atlanta will be buried Saturday in Decatur. "
    "Mourners are expected to fill the sanctuary in Decatur, and traffic into Atlanta may slow."
)


def test_towns_of_one_state_settle_there_together():
    found = geoparse(SUBURBS)
    assert {t.admin1 for t in _by_text(found, "Decatur")} == {"Georgia"}
    assert {t.admin1 for t in _by_text(found, "Atlanta")} == {"Georgia"}


def test_without_restarts_the_bigger_namesake_pulls_the_cluster_away(monkeypatch):
    # The restart from shared areas is what fixes the text above: revising
    # one name at a time from the biggest namesakes settles elsewhere.
    monkeypatch.setattr(resolve_module, "ANCHORS", 0)
    found = geoparse(SUBURBS)
    assert {t.admin1 for t in _by_text(found, "Decatur")} != {"Georgia"}


def test_a_list_ending_in_counties_reads_each_name_as_a_county():
    text = "Deputies from Barrow and Walton counties searched the river banks on Sunday for the missing boater."
    found = geoparse(text)
    [barrow] = _by_text(found, "Barrow")
    [walton] = _by_text(found, "Walton")
    assert (barrow.feature_code, barrow.admin1) == ("ADM2", "Georgia")
    assert (walton.feature_code, walton.admin1) == ("ADM2", "Georgia")


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    matches = load_gazetteer().lookup(name)
    return Mention(start, start + len(name), name, matches, "GPE")


def test_a_bare_name_gains_county_readings_as_weaker_alternatives():
    text = "Commissioners in Henry voted on Tuesday to raise the fee."
    mention = _mention(text, "Henry")
    before = len(mention.matches)
    add_county_readings([mention], text, load_gazetteer())
    added = mention.matches[before:]
    assert added and all(m.entry.feature_code == "ADM2" and m.entry.name == "Henry County" for m in added)
    assert all(m.kind > 0 for m in added)  # alternatives, not the name's own reading


def test_a_name_that_ends_in_county_gains_nothing():
    text = "Henry County deputies closed the road."
    mention = _mention(text, "Henry County")
    before = mention.matches
    add_county_readings([mention], text, load_gazetteer())
    assert mention.matches == before


def test_where_rockets_were_fired_from_is_not_where_the_event_happened():
    from tidings.extract.places import locate_events
    from test_places import _context, _event

    ctx = _context("Sirens sounded in Netivot on Sunday as rockets were fired from Gaza, police said.")
    [place] = locate_events([_event(ctx, "fired")], ctx)
    assert place is not None and place.resolved_place == "Netivot"


def test_a_name_pinned_once_by_its_state_keeps_that_reading_alone():
    text = (
        "Springfield, Ohio — The Springfield City School District approved a new budget on Monday. "
        "Springfield teachers had asked for smaller classes, and Springfield parents agreed."
    )
    found = geoparse(text)
    assert {t.admin1 for t in _by_text(found, "Springfield")} == {"Ohio"}


def test_disagreeing_pins_leave_a_bare_mention_free():
    text = "Paris, Texas and Paris, France both held parades. Paris was crowded on Sunday."
    readings = {(t.country_code, t.admin1) for t in _by_text(geoparse(text), "Paris")}
    assert ("US", "Texas") in readings and any(cc == "FR" for cc, _ in readings)


def _resolved(text: str, names: list[str]) -> list[Mention]:
    from tidings.extract.places.resolve import resolve

    gaz = load_gazetteer()
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, gaz.lookup(name), "GPE"))
    resolve(mentions, text)
    return mentions


def test_a_small_namesake_in_an_unnamed_state_falls_back_to_the_named_state():
    # "Delcambre" stands in for a village the gazetteer lacks: its only
    # reading is a small town in Louisiana, but the story names Nebraska.
    text = "Nebraska troopers said the crash happened near Delcambre late Friday."
    nebraska, town = _resolved(text, ["Nebraska", "Delcambre"])
    assert town.entry is not None and town.entry.feature_code == "ADM1"
    assert town.entry.admin1_key == nebraska.entry.admin1_key
    assert town.score < 0.5


def test_a_town_of_the_named_state_keeps_its_own_reading():
    text = "Nebraska troopers said the crash happened near Kearney late Friday."
    _, town = _resolved(text, ["Nebraska", "Kearney"])
    assert town.entry is not None and town.entry.is_city and town.entry.admin1 == "Nebraska"


def test_capitals_do_not_move_to_a_state_whose_villages_share_their_names():
    # London, Paris and England are all villages of one US state too; a
    # restart from that state must not carry the capitals there.
    text = (
        "Traders in London and Paris sold shares on Monday as England braced for the vote. "
        "Bankers in London said Paris would follow."
    )
    found = geoparse(text)
    assert {t.country_code for t in _by_text(found, "London")} == {"GB"}
    assert {t.country_code for t in _by_text(found, "Paris")} == {"FR"}


def test_a_longer_form_of_a_name_does_not_vouch_for_the_bare_name():
    # "Dublin City" reads only as the Irish capital; it is the same name as
    # "Dublin", and its vote must not carry the bare name abroad.
    text = (
        "Members of Dublin City Council met on Monday. The Dublin council heard from "
        "Dublin residents about a Columbus developer."
    )
    readings = {(t.country_code, t.admin1) for t in _by_text(geoparse(text), "Dublin")}
    assert readings == {("US", "Ohio")}


def test_a_town_before_a_county_in_another_clause_keeps_its_town_readings():
    text = "Crews cleared the road near Columbus, in Franklin County, Ohio, on Sunday."
    [columbus] = _by_text(geoparse(text), "Columbus")
    assert (columbus.feature_code.startswith("PPL"), columbus.admin1) == (True, "Ohio")


def test_a_lone_namesake_falls_back_to_the_area_most_names_lie_in():
    # No state is named, but four towns lie in one; "Delcambre" stands in
    # for a village the gazetteer lacks (its only reading is in Louisiana).
    text = (
        "Deputies from Kearney, Grand Island and North Platte searched fields near Delcambre "
        "on Sunday after the storm hit Broken Bow."
    )
    [town] = _by_text(geoparse(text), "Delcambre")
    assert (town.feature_code, town.admin1) == ("ADM1", "Nebraska")
    assert town.score < 0.5


def test_two_towns_are_no_cluster_to_fall_back_to():
    text = "Deputies from Kearney and Grand Island searched fields near Delcambre on Sunday."
    [town] = _by_text(geoparse(text), "Delcambre")
    assert town.admin1 == "Louisiana"


def test_a_village_vouches_for_no_area_and_is_no_point_to_be_near():
    from tidings.extract.places.resolve import SMALL_TOWN, _tally

    gaz = load_gazetteer()
    village = next(m.entry for m in gaz.lookup("Hopkins") if m.entry.is_city and m.entry.population < SMALL_TOWN)
    town = next(m.entry for m in gaz.lookup("Kearney") if m.entry.admin1 == "Nebraska")
    mentions = [Mention(0, 7, "Hopkins", gaz.lookup("Hopkins"), "GAZ"), Mention(12, 19, "Kearney", gaz.lookup("Kearney"), "GPE")]
    mentions[0].entry, mentions[1].entry = village, town
    votes = _tally(mentions, {}, [1.0, 1.0], ["hopkins", "kearney"])
    assert village.admin1_key not in votes.admin1 and town.admin1_key in votes.admin1
    assert [p[0] for p in votes.points] == ["kearney"]
    assert votes.country[village.country_code] >= 1.0  # its country still counts
