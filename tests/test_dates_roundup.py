"""Round-ups: an item opened by 'Elsewhere', 'In another shooting' or 'In <place>,'
is another incident, so it does not take the day of the item told before it."""

from datetime import date

from test_dates import article, dates_of, event

MONDAY = date(2016, 1, 11)
LEAD = "A man was shot and wounded on the west side on Saturday night."


def _second(text: str, first: tuple, second: tuple):
    ctx = article(text, published=MONDAY)
    return dates_of(ctx, event(ctx, *first), event(ctx, *second))


def test_elsewhere_keeps_only_the_month_of_the_item_before():
    got_first, got = _second(
        "Gunmen shot dead two traders at a market in Kano on Saturday, police said. "
        "Elsewhere, a soldier was shot and killed at a checkpoint near Maiduguri.",
        ("ASSAULT", "shot"), ("ASSAULT", "killed"),
    )
    assert (got_first.date, got_first.precision) == ("2016-01-09", "day")
    assert (got.date, got.precision) == ("2016-01", "month")
    assert "round-up" in got.text


def test_in_another_shooting_is_another_incident():
    _, got = _second(f"{LEAD} In a separate incident, a woman was shot in the leg outside a bar.",
                     ("ASSAULT", "shot"), ("ASSAULT", "shot", 1))
    assert (got.date, got.precision) == ("2016-01", "month")


def test_an_item_headed_by_a_new_place_is_another_incident():
    _, got = _second(f"{LEAD} In Hamtramck, a woman was shot in the leg outside a bar.",
                     ("ASSAULT", "shot"), ("ASSAULT", "shot", 1))
    assert (got.date, got.precision) == ("2016-01", "month")


def test_the_same_place_again_goes_on_with_the_same_story():
    _, got = _second(
        "A man was shot and wounded in Hamtramck on Saturday night. "
        "In Hamtramck, police later shot the suspect in the arm.",
        ("ASSAULT", "shot"), ("ASSAULT", "shot", 1),
    )
    assert (got.date, got.precision) == ("2016-01-09", "day")


def test_an_item_after_a_semicolon_does_not_take_the_day_of_the_clause_before():
    ctx = article(
        "Police fired tear gas at protesters in Lagos on Monday; in Kano, troops fired on a crowd.",
        published=MONDAY,
    )
    got_lagos, got_kano = dates_of(ctx, event(ctx, "ASSAULT", "fired"), event(ctx, "ASSAULT", "fired", 1))
    assert (got_lagos.date, got_lagos.precision) == ("2016-01-11", "day")
    assert (got_kano.date, got_kano.precision) == ("2016-01", "month")


def test_an_item_keeps_a_day_of_its_own():
    _, got = _second(f"{LEAD} Elsewhere, a woman was shot in the leg outside a bar on Sunday.",
                     ("ASSAULT", "shot"), ("ASSAULT", "shot", 1))
    assert (got.date, got.precision) == ("2016-01-10", "day")


def test_a_story_that_goes_on_keeps_the_day():
    _, got = _second(f"{LEAD} Minutes later, a woman was shot in the leg outside a bar.",
                     ("ASSAULT", "shot"), ("ASSAULT", "shot", 1))
    assert (got.date, got.precision) == ("2016-01-09", "day")


def test_an_item_is_not_given_the_incident_day_of_the_lead():
    # the article's incident day reaches undated shootings further down, but not another item
    title = "Two shot on a violent weekend"
    text = (
        f"{title}\n"
        "A man was shot and wounded on the west side on Saturday night, police said.\n"
        "He was taken to a hospital in stable condition.\n"
        "No arrests have been made.\n"
        "Officers are asking witnesses to call.\n"
        "In Hamtramck, a woman was shot in the leg outside a bar."
    )
    ctx = article(text, published=MONDAY, title=title)
    _, got = dates_of(ctx, event(ctx, "ASSAULT", "shot", 1), event(ctx, "ASSAULT", "shot", 2))
    assert got.date is None or got.precision != "day"
