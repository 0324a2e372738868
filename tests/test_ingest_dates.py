from __future__ import annotations

from datetime import date, datetime

import pytest

from tidings.ingest import parse_published

DAY = date(2022, 1, 13)


@pytest.mark.parametrize(
    "value",
    [
        "2022-01-13",
        "2022-01-13T08:00:00Z",
        "2022-01-13T08:00:00+06:00",
        "2022-01-13 08:00",
        "Thu, 13 Jan 2022 08:00:00 GMT",
        "13 January 2022",
        "January 13, 2022",
        datetime(2022, 1, 13, 22, 0),
        DAY,
        1642060800,  # 2022-01-13T08:00:00Z
    ],
)
def test_common_forms_give_the_day(value):
    assert parse_published(value) == DAY


def test_day_is_the_one_the_publisher_wrote_not_utc():
    assert parse_published("2022-01-13T23:30:00-05:00") == DAY


@pytest.mark.parametrize("value", ["", "soon", "yesterday", "2022-13-45", None, True, {"d": 1}, 12])
def test_unreadable_values_give_none(value):
    assert parse_published(value) is None
