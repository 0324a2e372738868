"""Time expressions found and resolved on their own (no event assignment)."""

from datetime import date

import pytest

from tidings.extract.dates.expressions import Frame, find_expressions, looks_us, resolve

THURSDAY = date(2022, 1, 13)


def one(text: str, base: date | None = THURSDAY, us: bool = False, future: bool = False):
    found = find_expressions(text)
    assert len(found) == 1, found
    return resolve(found[0], Frame(base, us, future))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It happened on 5 January 2022 in the capital.", "2022-01-05"),
        ("It happened on January 5th in the capital.", "2022-01-05"),
        ("It happened on Jan. 5 in the capital.", "2022-01-05"),
        ("It happened on 5th of January.", "2022-01-05"),
        ("Filed 9-May-20 by the clerk.", "2020-05-09"),
        ("Report dated 2022-01-05.", "2022-01-05"),
        ("Report dated 05.01.2022.", "2022-01-05"),
        ("Report dated 5/1/2022.", "2022-01-05"),  # day first unless the text is US-style
        ("It happened on the 5th of this month.", "2022-01-05"),
        ("It happened on January 5, 2021.", "2021-01-05"),
    ],
)
def test_explicit_dates(text, expected):
    value = one(text)
    assert value.date == expected and value.precision == "day"


def test_month_first_only_when_text_looks_us():
    assert one("Report dated 1/5/2022.", us=True).date == "2022-01-05"
    assert one("Report dated 1/5/2022.", us=False).date == "2022-05-01"


def test_us_style_detection():
    assert looks_us("Police said the man was shot on January 5, 2022, at 10 p.m.")
    assert not looks_us("The ministry said on 5 January 2022 that talks would resume.")


def test_year_less_date_after_publication_is_last_year():
    assert one("It happened on December 28.").date == "2021-12-28"


def test_weekday_names_the_year_of_a_year_less_date():
    # 27 January fell on a Tuesday in 2015, not in 2016.
    assert one("She was shot Tuesday, Jan. 27, at home.", base=date(2016, 2, 3)).date == "2015-01-27"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They left on Thursday.", "2022-01-13"),  # publication day itself
        ("They left on Wednesday.", "2022-01-12"),
        ("They left on Friday.", "2022-01-07"),  # the most recent Friday before
        ("They left Tuesday night.", "2022-01-11"),
        ("They left last Thursday.", "2022-01-06"),
    ],
)
def test_weekdays_look_back_from_publication(text, expected):
    assert one(text).date == expected


def test_next_weekday_and_planned_weekday_look_ahead():
    assert one("Talks resume next Monday.").date == "2022-01-17"
    assert one("Talks resume next Thursday.").date == "2022-01-20"
    assert one("Talks will resume on Monday.", future=True).date == "2022-01-17"


@pytest.mark.parametrize(
    "text, expected, precision",
    [
        ("It was announced today.", "2022-01-13", "day"),
        ("It happened yesterday.", "2022-01-12", "day"),
        ("It happened last night.", "2022-01-12", "day"),
        ("It happened two days ago.", "2022-01-11", "day"),
        ("It happened last month.", "2021-12", "month"),
        ("It happened in December.", "2021-12", "month"),
        ("It happened last year.", "2021", "year"),
        ("It happened in 2019.", "2019", "year"),
    ],
)
def test_relative_expressions(text, expected, precision):
    value = one(text)
    assert (value.date, value.precision) == (expected, precision)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He called for help in the early morning of Dec. 26 from his home.", "2021-12-26"),
        ("The road has been closed since January 3 by the police.", "2022-01-03"),
        ("Fighting during Jan 5 and after it left dozens dead.", "2022-01-05"),
        ("On the night of January 9th, 2021, the depot burned.", "2021-01-09"),
    ],
)
def test_a_day_after_a_month_after_a_preposition_is_a_full_date(text, expected):
    # "of Dec" alone would be a month; the day that follows makes it a date
    value = one(text)
    assert (value.date, value.precision) == (expected, "day")


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("He was shot last January by an officer.", date(2016, 2, 8), "2016-01"),
        ("He was shot last January by an officer.", date(2016, 1, 20), "2015-01"),
        ("The plant closed this past March.", date(2022, 1, 13), "2021-03"),
    ],
)
def test_last_month_name_is_the_latest_such_month_before_this_one(text, base, expected):
    value = one(text, base=base)
    assert (value.date, value.precision) == (expected, "month")


def test_earlier_this_week_is_a_week_window_before_publication():
    value = one("It happened earlier this week.")
    assert value.precision == "week"
    assert (value.date, value.enddate) == ("2022-01-10", "2022-01-12")


@pytest.mark.parametrize(
    "text",
    ["Protests ran from 2 to 6 January.", "Protests ran between 2 and 6 January.", "Protests ran January 2-6."],
)
def test_ranges(text):
    value = one(text)
    assert (value.date, value.enddate, value.precision) == ("2022-01-02", "2022-01-06", "day")


def test_relative_expressions_need_a_base():
    assert one("They left on Friday.", base=None) is None
    assert one("It happened on 5 January 2022.", base=None).date == "2022-01-05"


@pytest.mark.parametrize(
    "text",
    ["Police may arrest them.", "Thousands march in the capital.", "The 5th battalion moved.", "He is 25."],
)
def test_words_that_are_not_dates(text):
    assert find_expressions(text) == []


def test_anchored_expressions_are_left_for_the_narrative():
    (expr,) = find_expressions("A week later the army withdrew.")
    assert expr.anchored and expr.shift_days() == 7
    (expr,) = find_expressions("It came three days after the start of the protests.")
    assert expr.anchored and expr.shift_days() == 3
    assert resolve(expr, Frame(THURSDAY)) is None


def test_offsets_point_into_the_text():
    text = "Police said the clash happened on Tuesday."
    (expr,) = find_expressions(text, offset=100)
    assert text[expr.start - 100 : expr.end - 100] == "on Tuesday"


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("A man was shot over the weekend in the park.", date(2016, 1, 13), ("2016-01-09", "2016-01-10")),
        ("A man was shot over the weekend in the park.", date(2016, 1, 10), ("2016-01-09", "2016-01-10")),
        ("Police arrest teen after weekend shooting.", date(2016, 1, 13), ("2016-01-09", "2016-01-10")),
    ],
)
def test_a_weekend_gone_by(text, base, expected):
    value = one(text, base=base)
    assert (value.date, value.enddate, value.precision) == (*expected, "week")


def test_weekend_as_a_plain_noun_is_no_date():
    assert find_expressions("The weekend edition sold out.") == []


@pytest.mark.parametrize(
    "text, base, expected",
    [
        ("He was shot on Christmas Day outside a bar.", date(2015, 12, 28), "2015-12-25"),
        ("She called 911 on the morning after Christmas.", date(2016, 2, 16), "2015-12-26"),
        ("Guests left a New Year's Eve party at 2 a.m.", date(2016, 1, 1), "2015-12-31"),
        ("The store was robbed on Thanksgiving Day.", date(2015, 12, 1), "2015-11-26"),
        ("Shots rang out on the Fourth of July.", date(2015, 7, 6), "2015-07-04"),
        ("The bar was closed on Labor Day.", date(2019, 9, 5), "2019-09-02"),
    ],
)
def test_holidays_are_the_latest_one_by_publication(text, base, expected):
    value = one(text, base=base)
    assert (value.date, value.precision) == (expected, "day")


def test_holiday_words_that_name_no_day():
    assert find_expressions("Christmas shopping drew crowds downtown.") == []
    assert find_expressions("Neighbors planned a New Year's party.") == []


def test_planned_holiday_looks_ahead():
    assert one("The parade will return on Christmas Day.", base=date(2021, 12, 10), future=True).date == "2021-12-25"
