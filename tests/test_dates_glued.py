"""A headline given glued to the lead ('... | Channel 5RIVERTON – A teen was ...'),
as scraped text often comes: one sentence holds both, and the dateline sits mid-line."""

from datetime import date

from tidings.extract.dates import FALLBACK_TEXT
from tidings.extract.dates.dateline import is_dateline

from test_dates import article, dates_of, event

THURSDAY = date(2016, 3, 3)


def _glued(title: str, body: str, published: date = THURSDAY):
    return article(title + body, published=published, title=title)


def test_a_dateline_right_after_the_headline_is_still_a_dateline():
    title = "Man wounded in shooting outside an east side corner store | WXYZ News 8"
    text = title + "MAPLETON, Ohio (March 3, 2016) – A man was shot and wounded late Tuesday."
    start = text.index("March 3, 2016")
    assert is_dateline(text, start, start + len("March 3, 2016"), body_start=len(title))
    assert not is_dateline(text, start, start + len("March 3, 2016"))


def test_the_dateline_after_a_glued_headline_dates_no_event():
    title = "Man wounded in shooting outside an east side corner store | WXYZ News 8"
    ctx = _glued(title, "MAPLETON, Ohio (March 3, 2016) – Police are looking into a shooting on the east side.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting", nth=1))
    # when the story was filed is not when the shots were fired: the lead falls back, and says so
    assert (got.date, got.precision, got.text) == ("2016-03-03", "week", FALLBACK_TEXT)


def test_a_glued_headline_event_takes_the_day_the_lead_gives_the_harm():
    title = "Man wounded, neighbor jailed in Cedar Falls shooting | The Courier"
    ctx = _glued(
        title,
        "CEDAR FALLS >> One man remained in a hospital and his neighbor was behind bars Thursday "
        "after the neighbor shot him late Tuesday, police said.",
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "wounded"))
    assert got.date == "2016-03-01"


def test_a_glued_headline_year_gives_way_to_the_lead_day():
    title = "Teen shot dead in the city's first homicide of 2016 | Channel 5"
    ctx = _glued(title, "RIVERTON – A 17-year-old was found shot late Monday night behind a grocery store.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert (got.date, got.precision) == ("2016-02-29", "day")
