"""Datelines that follow a headline run into the text. News-like texts written for these tests."""

from __future__ import annotations

from tidings.extract.places.recognize import find_dateline
from tidings.resources.gazetteer import load_gazetteer


def test_a_dateline_after_the_headline_is_found():
    text = "Board backs longer library hours. LAWRENCEBURG — The library board voted Tuesday to stay open later."
    found = find_dateline(text, load_gazetteer())
    assert found is not None
    assert text[found.start : found.end] == "LAWRENCEBURG"


def test_a_capitalised_word_inside_the_first_sentence_is_no_dateline():
    text = "Officials say the ROSWELL plan - a new bypass - will cost more. The council meets Monday."
    assert find_dateline(text, load_gazetteer()) is None


def test_a_sentence_in_capitals_that_names_no_place_is_no_dateline():
    text = "Board backs longer library hours. WHEREAS — the board finds that the hours are too short."
    assert find_dateline(text, load_gazetteer()) is None
