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
