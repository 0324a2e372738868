"""Victims in a headline given glued to its lead: the parse joins the two,
which name the same people, so each side counts alone."""

from tidings.extract.context import Sentence
from tidings.extract.magnitudes.victims import _sides, find_victims
from tidings.extract.nlp import load_nlp

TITLE = "Dana Marsh, 28 [Updated] - The Homicide Report - Valley Times"
BODY = "Dana Marsh, a 28-year-old woman, died after she was shot in Riverton."


def _sentence(text: str) -> Sentence:
    sentence = Sentence(text=text, start=0, end=len(text), sequence=0)
    sentence.doc = load_nlp()(text)
    return sentence


def test_a_victim_named_in_the_headline_and_again_in_the_lead_is_one_person():
    sentence = _sentence(TITLE + BODY)
    dead = [m.best for m in find_victims(sentence, body=len(TITLE)) if m.kind == "dead"]
    assert dead and max(dead) == 1


def test_the_site_name_after_the_bar_is_no_victim():
    title = "Man accused of shooting county deputy | Lakeside Gazette, News"
    doc = load_nlp()(title + "PORT ELLIS (AP) — A man faces a hearing.")
    deputy = next(t for t in doc if t.text == "deputy")
    gazette = next(t for t in doc if t.text == "Gazette")
    assert _sides([deputy, gazette], len(title)) == [[deputy]]
    # with no headline in the sentence, every victim stays
    assert _sides([deputy, gazette], 0) == [[deputy, gazette]]
