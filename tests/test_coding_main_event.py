"""The lead's event comes first: hostage-taking and irregular past
forms read as assaults, and arrests that follow an earlier attack or
protest rank below it. Texts written for these tests."""

from coding_helpers import code_article


def _first(text: str):
    events = code_article(text)
    assert events, text
    return events[0]


def test_irregular_past_form_of_a_table_verb_is_read():
    first = _first("On 3 March 2023, army units retook the town of Palma from insurgents.")
    assert first.event == "ASSAULT"
    assert first.trigger.text == "retook"


def test_a_victim_arriving_at_hospital_is_not_a_visit():
    events = code_article("A teenager arrived at a hospital in Dayton with a cut to his hand on Friday.")
    assert not any(e.event == "CONSULT" for e in events)


def test_held_at_gunpoint_is_an_assault_before_the_suspects_record():
    first = _first(
        "Two masked men held a petrol station attendant at gunpoint on Sunday night. "
        "One of the suspects has prior arrests for burglary, police said."
    )
    assert first.event == "ASSAULT"
    assert first.trigger.text == "held"


def test_held_hostage_is_an_abduction():
    first = _first("Armed men held six bus passengers hostage for a day near Gao.")
    assert (first.event, first.mode) == ("ASSAULT", "abduct")


def test_holding_a_meeting_is_not_an_assault():
    events = code_article("The council held a meeting with farmers on Tuesday.")
    assert not any(e.event == "ASSAULT" for e in events)


def test_arrests_after_the_lead_protest_rank_below_it():
    first = _first(
        "On 9 May 2024, riot police removed farmers blocking a motorway outside Skopje. "
        "Several were detained."
    )
    assert first.event == "PROTEST"


def test_arrests_in_the_lead_stay_first():
    first = _first(
        "Police arrested 14 men in Lagos on Monday over a string of robberies. "
        "Residents had protested about crime in the area last month."
    )
    assert (first.event, first.mode) == ("COERCE", "arrest")
