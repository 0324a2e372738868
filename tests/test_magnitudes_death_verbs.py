"""Ways news says people were killed without 'killed': shot dead, lynched, beaten to death."""

import pytest

from tidings.extract.magnitudes.mentions import find_fatal_cues, find_mentions

from test_magnitudes import figures


@pytest.mark.parametrize(
    "sentence, best",
    [
        ("Gunmen shot dead three farmers near the river.", 3),
        ("A crowd burned two suspected thieves to death in the market.", 2),
        ("Four men were beaten to death by a mob.", 4),
        ("Soldiers gunned down five villagers.", 5),
    ],
)
def test_death_phrases_count_the_dead(sentence, best):
    dead = [m for m in find_mentions(sentence) if m.kind == "dead"]
    assert [m.best for m in dead] == [best]


def test_a_death_sentence_kills_nobody():
    assert [m for m in find_mentions("A court sentenced two men to death on Monday.") if m.kind == "dead"] == []


def test_a_lynched_man_is_one_dead():
    (got,) = figures("Residents lynched a suspected thief in the town square.", ("ASSAULT", "lynched"))
    assert got["dead"].best == 1


def test_beaten_to_death_singular_is_one_dead_and_beaten_alone_is_not():
    (dead,) = figures("A mob beat to death a man accused of theft.", ("ASSAULT", "beat"))
    assert dead["dead"].best == 1
    (beaten,) = figures("A mob beat a man accused of theft.", ("ASSAULT", "beat"))
    assert "dead" not in beaten


def test_executed_warrants_are_not_dead():
    assert [m for m in find_mentions("Detectives executed two search warrants on Friday.") if m.kind == "dead"] == []


def test_a_fatal_shooting_is_one_dead_and_the_victim_shot_is_not_also_injured():
    (got,) = figures(
        "Police are investigating a fatal shooting on the west side. A 20-year-old man was shot in the chest.",
        ("ASSAULT", "shooting"),
    )
    assert (got["dead"].best, got["dead"].low, got["dead"].qualifier) == (1, 1, "at least")
    assert "injured" not in got


def test_a_count_of_the_dead_beats_the_fatal_cue():
    (got,) = figures("A fatal shooting at a party on Saturday left three people dead.", ("ASSAULT", "shooting"))
    assert got["dead"].best == 3


def test_homicide_detectives_are_not_a_death():
    (got,) = figures("A man was shot in the leg and homicide detectives were called.", ("ASSAULT", "shot"))
    assert "dead" not in got and got["injured"].best == 1


def test_an_older_fatal_shooting_far_below_does_not_reach_the_lead():
    (got,) = figures(
        "A man was wounded in a shooting downtown on Thursday. He is in stable condition. "
        "Officers searched the area. Nobody was arrested. Residents plan a meeting. "
        "The spate of violence began last month with the fatal shooting of a teenager.",
        ("ASSAULT", "wounded"),
    )
    assert "dead" not in got and got["injured"].best == 1


def test_a_column_title_is_not_a_homicide():
    assert find_fatal_cues("Two teens shot - The Homicide Report - Los Angeles Times") == []


def test_an_undated_fatal_cue_further_down_still_reaches_the_lead():
    (got,) = figures(
        "A woman was found shot inside a parked car on Elm Street. Officers closed the road. "
        "Neighbours heard two bangs. An ambulance came. Nobody has been arrested. "
        "Detectives are treating it as a homicide investigation into the shooting death of the woman.",
        ("ASSAULT", "shot"),
    )
    assert got["dead"].best == 1 and "injured" not in got
