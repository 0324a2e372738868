"""Dates from the evidence local news gives: datelines, clock times, detail sentences."""

from datetime import date

from tidings.extract.dates import FALLBACK_TEXT
from tidings.extract.dates.dateline import base_from_dateline, is_dateline
from tidings.extract.dates.expressions import find_expressions

from test_dates import article, dates_of, event

FRIDAY = date(2016, 1, 8)


def _dateline_flags(text: str) -> list[tuple[str, bool]]:
    return [(e.text, is_dateline(text, e.start, e.end)) for e in find_expressions(text)]


def test_dateline_forms_are_recognised():
    assert _dateline_flags("Fox 9\nSPRINGFIELD, Ill. (Mar. 4, 2016) – Officers said") == [("Mar. 4, 2016", True)]
    assert _dateline_flags("LAGOS, May 2, 2021 (Reuters) - Gunmen") == [("May 2, 2021", True)]


def test_a_date_inside_running_text_is_not_a_dateline():
    assert _dateline_flags("Crowds gathered. On May 2, 2021 - a Sunday - gunmen came")[0] == ("May 2, 2021", False)
    assert _dateline_flags("The trial opened on May 2, 2021, in the capital.") == [("May 2, 2021", False)]


def test_a_later_dateline_is_the_base_but_an_earlier_or_distant_one_is_not():
    assert base_from_dateline(FRIDAY, date(2016, 1, 9)) == date(2016, 1, 9)
    assert base_from_dateline(FRIDAY, date(2016, 1, 7)) == FRIDAY
    assert base_from_dateline(FRIDAY, date(2016, 3, 9)) == FRIDAY
    assert base_from_dateline(None, date(2016, 1, 9)) == date(2016, 1, 9)


def test_the_dateline_never_dates_the_event_in_its_sentence():
    ctx = article(
        "SPRINGFIELD, Ill. (Mar. 4, 2016) – Police are looking into a shooting on the north side. "
        "Officers were sent to Elm Street about 11:15 p.m. Thursday after neighbours heard shots.",
        published=date(2016, 3, 4),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.precision) == ("2016-03-03", "day")
    assert "Thursday" in got.text


def test_a_dateline_a_day_after_publication_resolves_the_weekday():
    ctx = article(
        "SPRINGFIELD, Ill. (Jan. 9, 2016) – A woman was wounded in a shooting late Saturday, police said.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "wounded"))
    assert got.date == "2016-01-09"  # Saturday after the Friday URL date: the story was updated


def test_a_day_next_to_a_clock_time_dates_the_event_not_the_report():
    ctx = article(
        "Police are asking for help finding the driver in a road rage shooting. "
        "Police say early Sunday morning at around 2:40 a.m., a student was driving home when a car pulled up.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.text) == ("2016-01-03", "early Sunday morning (detail sentence)")


def test_report_day_without_a_clock_still_dates_only_the_report():
    ctx = article(
        "Police are asking for help finding the driver in a road rage shooting. "
        "Police said Tuesday that they had no suspect.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.text == FALLBACK_TEXT


def test_detail_sentence_about_the_call_dates_the_lead():
    ctx = article(
        "A teenager is dead after what may have been an accident. "
        "Police responded to a call of shots fired around 9:45 p.m. Saturday on Santa Fe Drive.",
        published=date(2015, 12, 6),
    )
    (got,) = dates_of(ctx, event(ctx, "KILL", "dead"))
    assert got.date == "2015-12-05"


def test_previous_afternoon_counts_from_the_sentence_date():
    ctx = article(
        "One man was in hospital and another was in jail Friday following a shooting in the west end "
        "the previous afternoon, police said.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.precision) == ("2016-01-07", "day")


def test_next_day_on_the_second_event_of_a_sentence():
    ctx = article("Protesters filled the square on Monday and police cleared it the next day.", published=FRIDAY)
    gathered, cleared = dates_of(ctx, event(ctx, "PROTEST", "filled"), event(ctx, "ASSAULT", "cleared"))
    assert (gathered.date, cleared.date) == ("2016-01-04", "2016-01-05")


def test_a_title_split_in_two_still_leaves_the_lead_its_fallback():
    title = "Man shot in Dearborn Hts. police station"
    ctx = article(
        title + "\nDEARBORN HEIGHTS (AP) — A guard shot a man who carried a knife into the complex.",
        published=FRIDAY,
        title=title,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot", nth=1))
    assert (got.date, got.text) == ("2016-01-08", FALLBACK_TEXT)


def test_a_vague_lead_date_takes_the_day_the_details_give_inside_it():
    ctx = article(
        "Police have arrested a man after a fatal shooting on the south side last week. "
        "On Tuesday, Jan. 5, a 30-year-old man was shot outside a grocery store.",
        published=date(2016, 1, 13),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.precision) == ("2016-01-05", "day")


def test_a_detail_day_outside_the_vague_date_is_not_taken():
    ctx = article(
        "Police have arrested a man after a fatal shooting on the south side last week. "
        "On Thursday, Dec. 31, the suspect was shot at by officers.",
        published=date(2016, 1, 13),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.enddate, got.precision) == ("2016-01-04", "2016-01-10", "week")


def test_this_past_weekend_is_the_weekend_before_the_week():
    ctx = article("A teenager was wounded in a shooting this past weekend.", published=date(2016, 1, 13))
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.enddate, got.precision) == ("2016-01-09", "2016-01-10", "week")


def test_a_detail_about_the_same_thing_beats_an_earlier_timed_arrest():
    ctx = article(
        "A girl accused of shooting a man this past weekend is in custody. "
        "Officers arrested her on Wednesday shortly after 8 a.m. near her home. "
        "She was wanted over a shooting that occurred just before 10 a.m. on Saturday.",
        published=date(2016, 1, 13),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date == "2016-01-09"


def test_without_a_vague_date_the_same_thing_still_beats_a_timed_arrest():
    ctx = article(
        "A girl accused of shooting a man is in custody. "
        "Officers arrested her on Wednesday shortly after 8 a.m. near her home. "
        "She was wanted over a shooting that occurred just before 10 a.m. on Saturday.",
        published=date(2016, 1, 13),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date == "2016-01-09"


def test_last_week_in_news_reaches_the_past_few_days():
    ctx = article(
        "Police are seeking two men over a shooting outside a club last week. "
        "They tried to rob a 27-year-old man at around 4 a.m. on Tuesday as he left the club.",
        published=date(2015, 12, 17),
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert (got.date, got.precision) == ("2015-12-15", "day")


def test_a_clock_time_without_am_or_pm_still_marks_the_incident_day():
    ctx = article(
        "Police are asking for help after a robbery turned into a shooting. "
        "According to police, two men walked into the store around 9:30 Tuesday night.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date == "2016-01-05"


def test_a_headline_mention_with_its_own_day_beats_the_lead_arrest_day():
    title = "Teen held after shooting near school"
    ctx = article(
        f"{title}\n"
        "Officers arrested a 17-year-old on Wednesday at his home.\n"
        "The boy is accused in a shooting that left a classmate wounded on Saturday.",
        published=FRIDAY, title=title,
    )
    headline = event(ctx, "ASSAULT", "shooting")
    headline.extra["mentions"] = [event(ctx, "ASSAULT", "shooting", nth=1).trigger]
    (got,) = dates_of(ctx, headline)
    assert got.date == "2016-01-02"


def test_an_undated_shooting_further_down_is_the_incident_the_lead_dated():
    ctx = article(
        "Store owner fires back at robbers\n"
        "Two men tried to rob a corner store late Tuesday, police said. "
        "The shooting happened just after 9 p.m. Tuesday on Elm Street. "
        "The owner's wife hid behind the counter. "
        "Officers later arrested one of the men at a hospital. "
        "A neighbor said she heard the owner yell before the shots. "
        "The owner told reporters he kept a pistol under the register. "
        "He fired three times and one of the robbers was wounded in the leg.",
        published=FRIDAY, title="Store owner fires back at robbers",
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "wounded"))
    assert got.date == "2016-01-05"
    assert got.text.startswith("incident day of the article")


def test_an_assault_with_its_own_vague_date_keeps_it():
    ctx = article(
        "A man was shot on Pine Street just after 9 p.m. Tuesday. "
        "Police said the victim's brother was killed in a shooting last year.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "killed"))
    assert (got.date, got.precision) == ("2015", "year")


def test_no_incident_day_when_the_lead_gives_no_day():
    ctx = article(
        "Police are looking for two men after a robbery on Elm Street. "
        "Witnesses described a silver car. "
        "Officers searched the area with a dog. "
        "Detectives reviewed video from a nearby bar. "
        "The clerk was not hurt. "
        "A neighbor said she heard shouting. "
        "One customer was shot in the hand.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert got.date is None and got.precision == "unknown"


def test_a_shooting_suspect_does_not_take_the_day_of_the_surrender():
    ctx = article(
        "Officials say shooting suspect Dale Marsh surrendered to deputies late Thursday night. "
        "Deputies say shots were fired at 2 a.m. on Wednesday at an apartment on Oak Road.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date == "2016-01-06"


def test_a_plan_for_next_week_does_not_date_what_follows():
    ctx = article(
        "A man was shot outside a gym on Tuesday. "
        "The suspect is expected to be arraigned Monday. "
        "His mother said she spoke to him hours before the shooting.",
        published=FRIDAY,
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date != "2016-01-11"
