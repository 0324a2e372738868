"""'Two weeks after X' counts from X: the thing it names, not whatever the story told last."""

import pytest

from test_dates import article, dates_of, event


def test_after_a_named_thing_counts_from_the_day_the_text_gave_it():
    ctx = article(
        "The election was held on 2 January. Police arrested the opposition leader on Monday. "
        "Two days after the election, thousands of protesters marched in the capital."
    )
    _, marched = dates_of(ctx, event(ctx, "COERCE", "arrested"), event(ctx, "PROTEST", "marched"))
    assert (marched.date, marched.precision) == ("2022-01-04", "day")


def test_after_a_thing_the_text_never_dated_is_not_counted_from_the_last_day_told():
    ctx = article(
        "Police arrested the opposition leader on Monday. "
        "Two weeks after the election, thousands of protesters marched in the capital."
    )
    arrested, marched = dates_of(ctx, event(ctx, "COERCE", "arrested"), event(ctx, "PROTEST", "marched"))
    assert arrested.date == "2022-01-10"
    assert marched.date != "2022-01-24" and marched.precision != "day"


def test_after_the_attack_just_told_counts_from_its_day():
    ctx = article(
        "Gunmen opened fire on a bus on Monday. "
        "Two days after the attack, thousands of people marched in the capital."
    )
    _, marched = dates_of(ctx, event(ctx, "ASSAULT", "opened fire"), event(ctx, "PROTEST", "marched"))
    assert (marched.date, marched.precision) == ("2022-01-12", "day")


@pytest.mark.parametrize(
    "text, category, word, expected",
    [
        ("The army withdrew from the town two days after Jan. 5, officials said.", "RETREAT", "withdrew", "2022-01-07"),
        ("Protesters returned to the square a week after Christmas.", "PROTEST", "returned", "2022-01-01"),
        ("Two days before Tuesday's vote, protesters marched in the capital.", "PROTEST", "marched", "2022-01-09"),
    ],
)
def test_a_day_named_after_the_anchor_word_is_shifted_not_taken(text, category, word, expected):
    ctx = article(text)
    (got,) = dates_of(ctx, event(ctx, category, word))
    assert (got.date, got.precision) == (expected, "day")
    assert ctx.text[got.start : got.end] == got.text  # the evidence spans both the shift and the day


def test_the_thing_named_after_the_anchor_word_keeps_its_own_day():
    ctx = article("Three days after the 2 January protests began, the president asked for help.")
    asked, protests = dates_of(ctx, event(ctx, "REQUEST", "asked"), event(ctx, "PROTEST", "protests"))
    assert (asked.date, protests.date) == ("2022-01-05", "2022-01-02")

