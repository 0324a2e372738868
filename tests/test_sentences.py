"""Sentence splitting: exact offsets, paragraph breaks, abbreviations."""

from __future__ import annotations

from tidings.extract.sentences import split


def test_offsets_point_into_the_text_and_paragraphs_end_sentences() -> None:
    text = "Headline without a stop\n\nFirst sentence here. Second one follows.\nA third after a line break"
    sentences = split(text)
    assert [s.text for s in sentences] == [
        "Headline without a stop", "First sentence here.", "Second one follows.", "A third after a line break",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.sequence for s in sentences] == [0, 1, 2, 3]


def test_titles_and_street_or_month_abbreviations_do_not_end_sentences() -> None:
    text = "Police said Lt. Ruiz arrived late on Sunday, Dec. 6, near Glendale Ave. in Phoenix. Two men were hurt."
    assert [s.text for s in split(text)] == [
        "Police said Lt. Ruiz arrived late on Sunday, Dec. 6, near Glendale Ave. in Phoenix.",
        "Two men were hurt.",
    ]


def test_a_short_form_before_a_capitalised_sentence_still_ends_it() -> None:
    text = "The march ended at Liberty Ave. Officers then cleared the square."
    assert len(split(text)) == 2
