"""A death toll told as a tally (over a period or the whole country) is dated
when it was counted, not when the people died: the event keeps only the month."""

from test_dates import article, dates_of, event


def test_toll_since_the_protests_began_keeps_only_the_month():
    ctx = article("On Tuesday the health ministry said 58 people had been killed since the protests began.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "killed"))
    assert (got.date, got.precision) == ("2022-01", "month")
    assert ctx.text[got.start : got.end] == "On Tuesday"  # the evidence still shows the day told


def test_nationwide_toll_told_on_a_day_keeps_only_the_month():
    ctx = article("Across the country, officials said on Monday, 87 people died and 400 were hurt.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "died"))
    assert (got.date, got.precision) == ("2022-01", "month")


def test_a_day_that_hangs_from_the_killing_is_kept():
    ctx = article("Six people were killed on Tuesday in the unrest in the port city.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "killed"))
    assert (got.date, got.precision) == ("2022-01-11", "day")


def test_a_single_incident_toll_keeps_its_report_day():
    ctx = article("On Tuesday police said 3 people had been killed when gunmen raided a bar.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "killed"))
    assert got.precision == "day"
