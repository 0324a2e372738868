"""scripts/eval_geo.py: which ACLED-style items name their gold place."""

from __future__ import annotations

from pathlib import Path

import pytest
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def names_place():
    return load_script("eval_geo").names_place


def test_a_place_named_in_other_case_and_without_accents_counts(names_place):
    assert names_place("Police fired tear gas at marchers in SAO PAULO on Friday.", "São Paulo")
    assert names_place("Shelling hit the outskirts of N’Djamena overnight.", "N'Djamena")


def test_a_demonym_or_a_longer_word_does_not_name_the_place(names_place):
    assert not names_place("Officials told Gazans to leave the north within a day.", "Gaza")
    assert not names_place("Bombs went off near the market.", "Bo")


def test_a_short_name_standing_alone_names_the_place(names_place):
    assert names_place("Two soldiers were killed in Bo district on Tuesday.", "Bo")


def test_the_annotators_state_abbreviations_read_as_states():
    state_name = load_script("eval_geo")._state_name
    assert [state_name(w) for w in ("Wis.", "Calif", "SC", "La.", "Mo", "Texas")] == [
        "Wisconsin", "California", "South Carolina", "Louisiana", "Missouri", "Texas",
    ]
    assert state_name("Outside the USA") == "Outside the USA"
