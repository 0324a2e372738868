"""ACLED actor types (inter1/inter2) and per-event ACLED classes, on texts
written for these tests. Where a test needs the learned classifier's answer,
a stand-in replaces it so that only this component's logic is checked."""

import pytest
from coding_helpers import code_article

from tidings.extract.actors import resolve_phrase
from tidings.extract.coding import acled, document
from tidings.records import Actor




def stand_in(monkeypatch, answer) -> None:
    """Replace the classifier by `answer(text) -> ((label, prob), ...)`."""
    monkeypatch.setattr(acled, "classifier_ranking", answer)
    monkeypatch.setattr(document, "classifier_ranking", answer)


def test_attacker_named_in_a_by_phrase_is_found():
    events = code_article(
        "A grenade thrown by unidentified men exploded outside a pharmacy in Kisumu late on "
        "Friday, wounding two customers."
    )
    first = events[0]
    assert first.acled_sub_event_type == "Grenade"
    assert "unidentified men" in first.actor[0].entity_text
    assert first.actor[0].acled_inter == 3


def test_headline_passive_makes_the_soldiers_victims():
    events = code_article("Four soldiers killed in ambush near Menaka")
    first = events[0]
    assert not any("soldiers" in a.entity_text for a in first.actor)
    assert any("soldiers" in r.entity_text for r in first.recipient)


def test_peaceful_march_keeps_its_plover_target_but_has_no_acled_second_side(monkeypatch):
    stand_in(monkeypatch, lambda text: (("Protests/Peaceful protest", 0.9),))
    events = code_article("Thousands of nurses marched through Lusaka on Monday to demand better pay.")
    first = events[0]
    assert first.event == "PROTEST"
    assert first.recipient and first.recipient[0].sector == "GOV"  # PLOVER: against the government
    assert first.recipient[0].acled_inter is None  # ACLED: a march has no second actor


@pytest.mark.parametrize(
    "sub, expected",
    [("Attack", 7), ("Sexual violence", 7), ("Excessive force against protesters", 6),
     ("Peaceful protest", None), ("Headquarters or base established", None)],
)
def test_second_side_follows_from_the_sub_type(sub, expected):
    target = Actor(entity_text="police officers", code="KEN", sector="COP", acled_inter=1)
    out = document._acled_second_party(sub, [target])
    assert out[0].acled_inter == expected
    assert out[0].entity_text == "police officers"
    assert target.acled_inter == 1  # the original actor is left alone


def test_sub_types_without_a_fixed_second_side_keep_the_sentence_reading():
    target = Actor(entity_text="the army", code="MLI", sector="MIL", acled_inter=1)
    assert document._acled_second_party("Armed clash", [target])[0].acled_inter == 1


def test_a_clash_never_has_civilians_as_the_unnamed_other_side(monkeypatch):
    stand_in(monkeypatch, lambda text: (("Battles/Armed clash", 0.9),))
    events = code_article("Separatist fighters clashed near Bamenda on Sunday night.")
    first = events[0]
    assert first.acled_sub_event_type == "Armed clash"
    assert first.recipient[0].acled_inter == 1


def test_each_event_of_a_short_note_gets_its_own_class(monkeypatch):
    arrest = "Police arrested 40 people in Taraz on Tuesday."
    note = "Security forces fired live rounds at marchers in Taraz on Monday, killing four. " + arrest

    def answer(text):
        if text.strip() == arrest:
            return (("Strategic developments/Arrests", 0.7),)
        return (("Protests/Excessive force against protesters", 0.8),)

    stand_in(monkeypatch, answer)
    events = code_article(note)
    arrests = [e for e in events if e.event == "COERCE"]
    assert arrests and arrests[0].acled_sub_event_type == "Arrests"
    shooting = [e for e in events if e.event == "ASSAULT"]
    assert shooting and shooting[0].acled_sub_event_type == "Excessive force against protesters"


def test_rain_that_kills_has_no_attacker_even_beside_a_dateline_country(monkeypatch):
    stand_in(monkeypatch, lambda text: (("Other/Natural disaster", 0.8),))
    events = code_article(
        "Days of heavy rain in northern Peru have swollen rivers over their banks, killing at "
        "least twelve people, officials said."
    )
    disaster = [e for e in events if e.acled_sub_event_type == "Natural disaster"]
    assert disaster
    assert disaster[0].event == "" and disaster[0].actor == []
    assert events[0] is disaster[0]  # still the news of the article


def test_suicide_bomber_is_an_insurgent_and_gunmen_are_not_named_rebels():
    assert resolve_phrase("a suicide bomber").acled_inter == 2
    assert resolve_phrase("unknown gunmen").acled_inter == 3


def test_air_defences_are_state_forces():
    actor = resolve_phrase("Saudi air defences")
    assert actor.sector == "MIL" and actor.acled_inter == 1


def test_only_armed_state_actors_abroad_are_external_forces():
    assert resolve_phrase("French troops", focus="KAZ").acled_inter == 8
    assert resolve_phrase("the French foreign minister", focus="KAZ").acled_inter == 1


def test_shared_acronym_follows_the_article_country():
    from tidings.extract.actors import document_actors

    somali = "SNA troops and clan fighters drove al-Shabaab out of two villages near Beledweyne."
    syrian = "Turkish-backed SNA fighters shelled Kurdish positions near Manbij in northern Syria."
    assert resolve_phrase("SNA troops", document_actors(somali)).code == "SOM"
    assert resolve_phrase("SNA fighters", document_actors(syrian)).code == "SYR"


def test_lower_case_arabic_article_still_names_a_group():
    from tidings.extract.actors import document_actors

    found = document_actors("Heavy fighting with al-Shabaab was reported overnight.")
    assert any(e.code == "SOM" for e in found.mentioned)


def test_rain_deaths_are_a_disaster_even_when_the_classifier_is_unsure(monkeypatch):
    stand_in(monkeypatch, lambda text: (("Violence against civilians/Attack", 0.2),))
    events = code_article(
        "Torrential rain in southern Chile has swept away bridges, killing at least six people."
    )
    assert events[0].acled_sub_event_type == "Natural disaster"
    assert events[0].event == "" and events[0].actor == []


def test_gunmen_who_storm_a_village_are_not_weather(monkeypatch):
    stand_in(monkeypatch, lambda text: (("Violence against civilians/Attack", 0.2),))
    events = code_article("Gunmen stormed a village near Kauru during heavy rains, killing five farmers.")
    assert events[0].event == "ASSAULT"
    assert events[0].acled_sub_event_type != "Natural disaster"
