"""The document pass and the ACLED reading, on texts written for these tests.

The learned ACLED classifier belongs to another component; where a test
needs its answer, a fixed stand-in replaces it so the test checks this
component's logic only.
"""

import pytest
from coding_helpers import code_article

from tidings.extract.coding import acled, document




@pytest.fixture
def classifier_says(monkeypatch):
    """Replace the learned classifier by a fixed answer."""

    def install(label: str, prob: float) -> None:
        monkeypatch.setattr(acled, "classifier_ranking", lambda text: ((label, prob),))
        monkeypatch.setattr(document, "classifier_ranking", lambda text: ((label, prob),))

    return install


@pytest.fixture
def no_classifier(monkeypatch):
    monkeypatch.setattr(acled, "classifier_ranking", lambda text: ())
    monkeypatch.setattr(document, "classifier_ranking", lambda text: ())


def test_lexicon_miss_is_reported_when_the_classifier_is_sure(classifier_says):
    classifier_says("Other/Natural disaster", 0.9)
    events = code_article("A landslide buried dozens of homes in the hills above Quito overnight.")
    assert len(events) == 1
    assert (events[0].acled_event_type, events[0].acled_sub_event_type) == ("Other", "Natural disaster")
    assert events[0].event == ""  # PLOVER has no category for a disaster
    assert events[0].trigger.text == "landslide"


def test_no_fallback_in_a_long_article_when_the_classifier_is_unsure(classifier_says):
    classifier_says("Other/Natural disaster", 0.2)
    filler = " The council will publish its budget for the coming year in the spring." * 10
    assert code_article("A landslide buried dozens of homes above Quito overnight." + filler) == []


def test_short_note_is_reported_even_when_the_classifier_doubts(classifier_says):
    classifier_says("Other/Natural disaster", 0.2)
    events = code_article("A landslide buried dozens of homes in the hills above Quito overnight.")
    assert [e.acled_sub_event_type for e in events] == ["Natural disaster"]


def test_long_article_needs_an_event_word_for_a_fallback(classifier_says):
    classifier_says("Protests/Peaceful protest", 0.9)
    paragraph = "The library in Tartu reopened its reading room on Sunday after a quiet winter. "
    assert code_article(paragraph * 10) == []


def test_short_note_is_an_event_report_by_design(classifier_says):
    classifier_says("Strategic developments/Headquarters or base established", 0.7)
    events = code_article("Army opens new detachment in Lanao del Sur town")
    assert events[0].acled_sub_event_type == "Headquarters or base established"
    assert events[0].event == "MOBILIZE"


def test_disaster_deaths_are_not_an_assault(classifier_says):
    classifier_says("Other/Natural disaster", 0.8)
    events = code_article("An earthquake in western Nepal killed at least 150 people overnight.")
    assert events[0].event == ""
    assert events[0].acled_sub_event_type == "Natural disaster"


def test_precise_rules_win_over_the_classifier(classifier_says):
    classifier_says("Battles/Armed clash", 0.9)
    events = code_article("Nigerian warplanes carried out an air strike on a camp in Borno.")
    assert events[0].acled_sub_event_type == "Air/drone strike"


def test_classifier_decides_what_rules_leave_open(classifier_says):
    classifier_says("Riots/Mob violence", 0.7)
    events = code_article("Villagers in Kasese attacked a man accused of theft.")
    assert events[0].acled_sub_event_type == "Mob violence"
    assert events[0].actor[0].acled_inter == 5  # a crowd that attacks is rioters to ACLED


def test_tear_gas_on_a_protest_is_the_polices_assault_filed_as_a_protest_by_acled(classifier_says):
    # PLOVER codes what the police did (ASSAULT crowd-control); ACLED files the
    # day under the protest, and its sides follow from the sub-type when the
    # record is built (tests/test_coding_crowd.py checks inter1/inter2).
    classifier_says("Protests/Protest with intervention", 0.8)
    events = code_article("Police in Lima fired tear gas at protesters outside Congress.")
    event = events[0]
    assert (event.event, event.mode) == ("ASSAULT", "crowd-control")
    assert event.actor[0].sector == "COP"
    assert event.acled_sub_event_type == "Protest with intervention"


def test_crowd_act_misread_as_coercion_is_still_the_crowds_protest(classifier_says):
    # no state party in the sentence: the ACLED reading of a protest wins
    classifier_says("Protests/Protest with intervention", 0.8)
    events = code_article("Angry traders seized the market hall in Kumasi.")
    assert events[0].event == "PROTEST"
    assert events[0].actor[0].acled_inter == 6


def test_unnamed_attacker_gets_an_implicit_actor(no_classifier):
    events = code_article("A roadside bomb exploded near a market in Kismayo, killing three civilians.")
    event = events[0]
    assert event.event == "ASSAULT"
    assert event.acled_sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor and event.actor[0].entity_text == "" and event.actor[0].acled_inter == 2
    assert event.actor[0].start is None  # no evidence claimed for an implied actor


def test_two_sides_of_a_clash_become_actor_and_recipient(no_classifier):
    events = code_article("Somali soldiers and al-Shabaab fighters clashed near Afgoye on Monday.")
    event = events[0]
    assert event.actor[0].code == "SOM" and event.actor[0].sector == "MIL"
    assert event.recipient[0].identifier_text == "al-Shabaab"


def test_quote_repeating_the_lead_adds_no_event(no_classifier):
    text = (
        "Burundi frees 40 political prisoners\n\n"
        "Burundi released 40 political prisoners on Friday, the justice ministry said.\n\n"
        '"We released them as a gesture of goodwill," the minister said.'
    )
    events = code_article(text)
    assert [e.event for e in events].count("RETREAT") == 1


def test_pronoun_subject_borrows_the_speaker(no_classifier):
    events = code_article("Chile said it would not accept the ruling of the tribunal.")
    assert events[0].event == "REJECT"
    assert events[0].actor[0].code == "CHL"


def test_demand_with_must_has_speaker_and_addressee(no_classifier):
    events = code_article("Egypt must reopen the Rafah crossing, the Jordanian foreign minister said.")
    event = events[0]
    assert event.event == "REQUEST"
    assert event.actor[0].code == "JOR"
    assert event.recipient[0].code == "EGY"


def test_praise_in_reported_speech_is_support(no_classifier):
    events = code_article(
        "The Malian president said the Algerian mediators played a crucial role in the talks."
    )
    support = next(e for e in events if e.event == "SUPPORT")
    assert support.actor[0].code == "MLI"
    assert support.recipient[0].code == "DZA"


def test_future_threat_from_coercion(no_classifier):
    events = code_article("The junta in Niger said it would impose a curfew on the capital.")
    assert events[0].event == "THREATEN"
    assert events[0].modality == "future"


def test_short_note_without_an_event_word_needs_a_sure_classifier(classifier_says):
    classifier_says("Strategic developments/Other", 0.41)
    assert code_article("Sunny skies are expected across the region this weekend.") == []
