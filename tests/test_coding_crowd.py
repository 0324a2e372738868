"""What the state does to a crowd, on texts written for these tests: PLOVER
codes the arrest (COERCE arrest) or the crowd-control weapon (ASSAULT
crowd-control) as the police's act, and the protest as a record of its own."""

from coding_helpers import code_article

from tidings.extract.pipeline import extract
from tidings.records import Article


def _of(events, category):
    return [e for e in events if e.event == category]


def test_police_detaining_marchers_is_an_arrest_by_the_police():
    events = code_article("Police in Mombasa detained 17 dock workers who had marched to the port authority.")
    arrests = _of(events, "COERCE")
    assert [a.mode for a in arrests] == ["arrest"]
    assert arrests[0].actor[0].sector == "COP"
    assert "dock workers" in arrests[0].recipient[0].entity_text
    assert _of(events, "PROTEST"), "the march is reported too"


def test_passive_arrest_of_demonstrators_is_done_by_the_police():
    events = code_article("Nineteen demonstrators were detained outside the court on Monday, a lawyer said.")
    arrest = events[0]
    assert (arrest.event, arrest.mode) == ("COERCE", "arrest")
    assert arrest.actor and arrest.actor[0].sector == "COP"  # implied, not the crowd
    assert not _of(events, "PROTEST")


def test_tear_gas_fired_at_farmers_is_crowd_control():
    events = code_article("Police fired tear gas at farmers blocking the motorway near Kisumu on Thursday.")
    assault = _of(events, "ASSAULT")
    assert [a.mode for a in assault] == ["crowd-control"]
    assert assault[0].actor[0].sector == "COP"


def test_named_weapon_is_an_assault_whoever_the_crowd_is():
    # the crowd here is plain civilians, not tagged protesters: the weapon still decides
    events = code_article("Riot police fired rubber bullets and water cannon at students outside the rectorate.")
    assert [(e.event, e.mode) for e in events][:1] == [("ASSAULT", "crowd-control")]


def test_dispersal_with_tear_gas_is_one_assault_not_also_a_restriction():
    events = code_article("Gendarmes used tear gas to disperse about 200 miners in front of the prefecture.")
    assert [(e.event, e.mode) for e in events if e.event in ("ASSAULT", "COERCE")] == [
        ("ASSAULT", "crowd-control")
    ]


def test_dispersal_without_a_weapon_stays_a_restriction():
    events = code_article("Police dispersed a sit-in by retired teachers in front of the finance ministry.")
    assert ("COERCE", "restrict") in [(e.event, e.mode) for e in events]
    assert not _of(events, "ASSAULT")


def test_shots_into_the_air_are_crowd_control_but_shots_at_a_bus_are_firearms():
    warning = code_article("Soldiers fired shots into the air to scatter the crowd at the checkpoint.")
    assert (warning[0].event, warning[0].mode) == ("ASSAULT", "crowd-control")
    attack = code_article("Gunmen fired on a minibus near the border town, wounding three passengers.")
    assert (attack[0].event, attack[0].mode) == ("ASSAULT", "firearms")


def test_record_keeps_acleds_sides_for_a_protest_broken_up():
    text = "Police fired tear gas at hundreds of protesters in Harare on Tuesday to break up a march over fuel prices."
    record = extract(Article(id="crowd", text=text))[0]
    assert record.event[0] == "ASSAULT"
    assert record.actor[0].sector == "COP"
    assert record.acled is not None and record.acled.event_type == "Protests"
    # ACLED counts the day as the protesters' event whatever PLOVER's doer is
    assert (record.acled.inter1, record.acled.inter2) == (6, 1)


def test_arrest_in_a_while_clause_is_not_the_content_of_a_demand():
    # however the parser hangs the clause, "while ..." starts an act of its own
    events = code_article(
        "The union demanded that the ministry raise wages, while in the port city police detained six strikers."
    )
    assert ("COERCE", "arrest") in [(e.event, e.mode) for e in events]


def test_tear_gas_in_a_translated_spelling_is_crowd_control():
    events = code_article("Agents of the police dispersed with lacrimogenous bombs the farmers who blocked the road.")
    assert ("ASSAULT", "crowd-control") in [(e.event, e.mode) for e in events]


def test_road_blockade_is_the_crowds_protest_and_a_naval_one_the_states():
    road = code_article("In Oruro, police fired tear gas to break up a highway blockade over the mining bill.")
    assert ("PROTEST", "obstruct") in [(e.event, e.mode) for e in road]
    assert ("ASSAULT", "crowd-control") in [(e.event, e.mode) for e in road]
    naval = code_article("Israel tightened its naval blockade of the Gaza Strip on Monday.")
    assert "PROTEST" not in [e.event for e in naval]


def test_tear_gas_told_after_a_bombing_in_a_round_up_stays_a_separate_act():
    digest = (
        "Round-up of the week. A car bomb killed nine people at a market in Kano on Monday.\n\n"
        "In Lagos, police fired tear gas at students who blocked a road over fees."
    )
    modes = [e.mode for e in code_article(digest) if e.event == "ASSAULT"]
    assert "crowd-control" in modes and len(modes) == 2


def test_vigil_is_a_demonstration_beside_the_arrests():
    events = code_article(
        "Families of the detained students held a vigil outside the court on Friday, and police "
        "later arrested two more students."
    )
    pairs = [(e.event, e.mode) for e in events]
    assert ("PROTEST", "demo") in pairs and ("COERCE", "arrest") in pairs
