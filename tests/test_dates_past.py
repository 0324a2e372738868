"""A past event is never dated after publication; backgrounds, datelines and reports date nothing."""

from tidings.extract.dates.dateline import is_dateline

from test_dates import article, dates_of, event


def test_a_plain_past_verb_is_no_plan_and_takes_the_weekday_gone_by():
    ctx = article("Farmers set fire to a customs post late on Friday, officials said.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "set"))
    assert (got.date, got.precision) == ("2022-01-07", "day")


def test_a_plan_still_takes_the_weekday_to_come():
    ctx = article("The dockers' union is set to strike on Friday.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "strike"))
    assert got.date == "2022-01-14"


def test_a_year_of_background_does_not_move_the_story_and_within_a_day_counts_on():
    ctx = article(
        "Gunmen attacked a fuel convoy near the border on Monday. "
        "The road has been fought over since rebels seized it in 2019. "
        "Within a day, soldiers arrested four men in a nearby village."
    )
    attack, arrest = event(ctx, "ASSAULT", "attacked"), event(ctx, "COERCE", "arrested")
    got_attack, got_arrest = dates_of(ctx, attack, arrest)
    assert got_attack.date == "2022-01-10"
    assert (got_arrest.date, got_arrest.precision) == ("2022-01-11", "day")


def test_a_dateline_opened_by_a_title_case_place_is_no_event_day():
    text = "Ponta da Barra, 13 Jan (AB) - Gunmen raided the beach this Wednesday."
    start = text.index("13 Jan")
    assert is_dateline(text, start, start + len("13 Jan"))
    assert not is_dateline("The talks in Ponta da Barra, 13 Jan - 15 Jan, failed.", 27, 33)


def test_a_later_sentence_takes_the_narrative_day_not_the_dateline():
    ctx = article(
        "Ponta da Barra, 13 Jan (AB) - Four fishermen lost their lives this Wednesday, a police officer said.\n\n"
        "The raiders came by sea and shot at traders on the sand."
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert got.date == "2022-01-12"


def test_a_publication_dates_the_report_and_not_what_its_teller_called():
    ctx = article("The union, which organised the strike, published a list of demands on Wednesday.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "strike"))
    assert got.date != "2022-01-12"


def test_the_nth_day_of_a_strike_dates_its_start_and_runs_to_the_named_day():
    ctx = article("The bus drivers' strike went into its third day on Wednesday, with depots still shut.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "strike"))
    assert (got.date, got.enddate, got.precision) == ("2022-01-10", "2022-01-12", "day")
    assert got.text == "its third day on Wednesday"


def test_a_day_inside_a_since_clause_opens_a_span_and_dates_nothing_after_it():
    ctx = article(
        "Riot police broke up a march in the capital on Tuesday. "
        "It was the largest crowd since the law was passed on 3 January. "
        "Students then gathered outside the university."
    )
    march, gathering = event(ctx, "PROTEST", "march"), event(ctx, "PROTEST", "gathered")
    got_march, got_gathering = dates_of(ctx, march, gathering)
    assert got_march.date == "2022-01-11"
    assert got_gathering.date == "2022-01-11"


def test_an_abduction_told_through_its_end_takes_the_day_of_the_taking():
    ctx = article("The traders who were abducted near the market on Monday were freed on Wednesday, elders said.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "freed", mode="abduct"))
    assert (got.date, got.text) == ("2022-01-10", "on Monday")


def test_the_main_clause_sets_the_story_day_not_a_clause_describing_a_noun():
    ctx = article(
        "The traders who were abducted near the market on Monday were freed on Wednesday, elders said. "
        "Then they walked to a police post."
    )
    (got,) = dates_of(ctx, event(ctx, "RETREAT", "walked"))
    assert got.date == "2022-01-12"


def test_the_day_a_fight_stopped_is_its_end_not_its_day():
    ctx = article("Rival militias that had fought for three days stopped shooting on Wednesday evening, residents said.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.enddate, got.precision) == ("2022-01", "2022-01-12", "month")
