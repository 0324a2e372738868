"""Known names inside other people's names, on names written for these tests."""

from tidings.extract.actors import resolve_phrase


def test_a_one_word_alias_inside_a_longer_name_is_not_that_person():
    actor = resolve_phrase("Dao Kim Lien")
    assert actor is None or actor.identifier_text != "Kim Jong Un"


def test_the_one_word_alias_alone_still_names_the_person():
    actor = resolve_phrase("Kim")
    assert actor is not None and actor.identifier_text == "Kim Jong Un"


def test_a_title_before_the_alias_in_a_headline_keeps_the_person():
    actor = resolve_phrase("Leader Kim Visits Border Town")
    assert actor is not None and actor.identifier_text == "Kim Jong Un"
