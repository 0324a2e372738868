"""Days that belong to something else: a death toll told as a tally (over a
period or the whole country) is dated when it was counted; what followed a
start day, the aim of an anchor event and a bare "later" do not take the day.
Such events keep only the month."""

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


def test_what_followed_a_start_day_keeps_only_the_month():
    ctx = article(
        "The strike began on 3 January in the mining town of Orel and within days spread to the capital, "
        "where the party offices were set on fire."
    )
    strike, fire = event(ctx, "PROTEST", "strike"), event(ctx, "ASSAULT", "set on fire")
    got_strike, got_fire = dates_of(ctx, strike, fire)
    assert (got_strike.date, got_strike.precision) == ("2022-01-03", "day")
    assert (got_fire.date, got_fire.precision) == ("2022-01", "month")


def test_an_event_told_with_its_start_day_keeps_the_day():
    ctx = article("The siege of the barracks began on 3 January, and troops then shelled the walls.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "siege"))
    assert (got.date, got.precision) == ("2022-01-03", "day")


def test_an_aim_inside_an_anchor_phrase_keeps_only_the_month():
    ctx = article(
        "The peacekeepers went home on Thursday, ten days after they were sent in to help the army crush the revolt."
    )
    home, crush = event(ctx, "RETREAT", "went home"), event(ctx, "ASSAULT", "crush")
    got_home, got_crush = dates_of(ctx, home, crush)
    assert (got_home.date, got_home.precision) == ("2022-01-13", "day")
    assert (got_crush.date, got_crush.precision) == ("2022-01", "month")


def test_the_anchor_event_itself_keeps_the_shifted_day():
    ctx = article("The peacekeepers went home on Thursday, ten days after the army crushed the revolt.")
    home, crush = event(ctx, "RETREAT", "went home"), event(ctx, "ASSAULT", "crushed")
    _, got_crush = dates_of(ctx, home, crush)
    assert (got_crush.date, got_crush.precision) == ("2022-01-03", "day")


def test_a_bare_later_does_not_carry_the_day():
    # "later" may be days on; "hours later" is still the same day.
    ctx = article("Protests broke out in the port on 3 January. The president later ordered troops to fire on crowds.")
    protest, order = event(ctx, "PROTEST", "Protests"), event(ctx, "THREATEN", "ordered")
    _, got = dates_of(ctx, protest, order)
    assert (got.date, got.precision) == ("2022-01", "month")


def test_hours_later_carries_the_day():
    ctx = article("Protests broke out in the port on 3 January. Hours later the president ordered troops to fire on crowds.")
    protest, order = event(ctx, "PROTEST", "Protests"), event(ctx, "THREATEN", "ordered")
    _, got = dates_of(ctx, protest, order)
    assert (got.date, got.precision) == ("2022-01-03", "day")
