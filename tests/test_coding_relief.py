"""Relief work after a disaster is AID, not a show of force (PLOVER: forces
mobilised for disaster relief are AID); texts written for these tests."""

import pytest
from coding_helpers import code_article


def _categories(text: str) -> list[str]:
    return [e.event for e in code_article(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The navy sent boats to evacuate residents stranded by the floods in Beira.",
        "Soldiers were dispatched to rescue miners trapped by the rockfall near Potosi.",
        "The army deployed 400 troops for relief work in the cyclone-hit districts of Khulna.",
        "The air force sent two helicopters to the valley to search for survivors of the avalanche.",
        "Engineering units distributed tents and drinking water to displaced families in Derna.",
        "The provincial government announced compensation for families who lost homes in the fire.",
        "The cabinet approved 300,000 shillings for each family that lost a home in the floods.",
    ],
)
def test_relief_work_is_aid(text):
    categories = _categories(text)
    assert "AID" in categories
    assert "MOBILIZE" not in categories


def test_sending_relief_is_one_asserted_event_not_a_promise():
    # "to rescue" is the aim of the sending, not a future rescue on its own
    events = code_article("The coast guard sent three cutters to rescue fishermen adrift off Mindanao.")
    assert [(e.event, e.modality) for e in events] == [("AID", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "The government sent troops to the border town after two days of clashes.",
        "The army deployed tanks around the presidential palace on Sunday night.",
    ],
)
def test_troops_sent_with_no_relief_work_are_still_a_mobilisation(text):
    categories = _categories(text)
    assert "MOBILIZE" in categories
    assert "AID" not in categories


def test_leaflets_handed_out_are_no_aid():
    assert "AID" not in _categories("Striking drivers distributed leaflets at the bus terminal in Accra.")


def test_forces_sent_in_a_disaster_story_are_relief():
    story = (
        "Flash floods swept away dozens of houses in the Swat valley on Monday, officials said. "
        "The army sent soldiers and boats to the worst-hit villages."
    )
    categories = _categories(story)
    assert "AID" in categories and "MOBILIZE" not in categories


def test_forces_sent_against_an_armed_group_stay_a_mobilisation_even_after_a_flood():
    story = (
        "Floods cut the main road to Kidal last week. "
        "The army sent two battalions to Kidal on Tuesday to fight the rebels who seized the town."
    )
    assert "MOBILIZE" in _categories(story) or "ASSAULT" in _categories(story)
    assert "AID" not in _categories(story)


@pytest.mark.parametrize(
    "text",
    [
        "The search for the missing fishermen was suspended at nightfall.",
        "Navy divers called off the search for the ferry passengers on Thursday.",
    ],
)
def test_a_search_paused_or_called_off_is_no_sanction_or_concession(text):
    assert not {"SANCTION", "CONCEDE"} & set(_categories(text))


def test_money_approved_for_a_ministry_is_no_aid():
    assert "AID" not in _categories("Parliament approved 40 million pesos for the ministry of defence on Tuesday.")


def test_clause_after_a_semicolon_is_not_what_the_next_clause_promised():
    events = code_article(
        "Divers searched the reservoir all day; the cabinet approved 90,000 rupees for each bereaved "
        "family; the minister promised an inquiry."
    )
    assert {"AID", "AGREE"} <= {e.event for e in events}
