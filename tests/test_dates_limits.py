"""'until Friday', 'by Tuesday', 'since Monday': limits of a span, not the day of an event."""

import pytest

from tidings.extract.dates import FALLBACK_TEXT
from tidings.extract.dates.expressions import find_expressions

from test_dates import article, dates_of, event


@pytest.mark.parametrize(
    "text, bound",
    [
        ("The drivers vowed to stay until Friday.", "until"),
        ("The minister must resign by Tuesday.", "until"),
        ("The market stays shut till 5 March 2022.", "until"),
        ("Shops have been closed since Monday.", "since"),
        ("Prices have doubled since March 2021.", "since"),
        ("Police said the man was shot by a neighbour on Tuesday.", ""),
        ("The strike began on Monday.", ""),
    ],
)
def test_an_expression_knows_when_it_only_bounds_a_span(text, bound):
    (expr,) = find_expressions(text)
    assert expr.bound == bound


def test_a_deadline_is_not_the_day_of_the_event_in_its_sentence():
    ctx = article("Protesters marched to parliament to demand that the minister resign by Tuesday.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "marched"))
    assert (got.date, got.precision, got.text) == ("2022-01-13", "week", FALLBACK_TEXT)


def test_an_end_leaves_the_day_the_sentence_gives_the_event():
    ctx = article("Truck drivers blocked the border crossing on Tuesday, vowing to stay until Friday.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "blocked"))
    assert (got.date, got.text) == ("2022-01-11", "on Tuesday")


def test_since_dates_the_span_it_hangs_from_and_nothing_else():
    ctx = article("Soldiers fired on the crowd, the worst violence since Monday's clashes in the capital.")
    fired, clashes = dates_of(ctx, event(ctx, "ASSAULT", "fired"), event(ctx, "ASSAULT", "clashes"))
    assert (clashes.date, clashes.precision) == ("2022-01-10", "day")
    assert fired.date != "2022-01-10" and fired.precision == "week"


def test_a_span_since_a_day_starts_that_day():
    ctx = article("Miners have occupied the pit since Monday, demanding higher pay.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "occupied"))
    assert (got.date, got.precision) == ("2022-01-10", "day")


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Protesters occupied the square from Friday through Sunday.", "2022-01-07", "2022-01-09"),
        ("Truckers blocked the border crossing from Monday until Wednesday, police said.", "2022-01-10", "2022-01-12"),
        ("Miners struck from 3 January until 9 January 2022 at the pit.", "2022-01-03", "2022-01-09"),
    ],
)
def test_a_limit_right_after_a_day_ends_the_span_that_day_opens(text, start, end):
    ctx = article(text)
    (got,) = dates_of(ctx, event(ctx, "PROTEST", text.split()[1]))
    assert (got.date, got.enddate, got.precision) == (start, end, "day")
    assert ctx.text[got.start : got.end] == got.text


def test_a_limit_apart_from_the_day_ends_nothing():
    ctx = article("Truckers blocked the border crossing on Tuesday and vowed to stay until Friday.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "blocked"))
    assert (got.date, got.enddate) == ("2022-01-11", None)
