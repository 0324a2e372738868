from __future__ import annotations

from datetime import date

import pytest

from tidings.ingest import read_paths
from tidings.ingest.datelines import dateline_date

BODY = "Troops fired on protesters outside the town hall, witnesses said."


@pytest.mark.parametrize(
    "stamp, day",
    [
        ("11/01/2022 - 14:32 | International", date(2022, 1, 11)),
        ("Posted: March 10, 2024 | By Sahel Morning Correspondent, Gusau", date(2024, 3, 10)),
        ("Brussels, 6 August 2024", date(2024, 8, 6)),
        ("Thursday, 13 January 2022", date(2022, 1, 13)),
        ("Updated 2022-01-13 08:00 GMT", date(2022, 1, 13)),
        ("Published on 3rd May 2023, 9:15 am", date(2023, 5, 3)),
    ],
)
def test_date_stamp_line_near_the_top(stamp, day):
    assert dateline_date(f"Curfew declared in Sarny\n\n{stamp}\n\n{BODY}") == day


@pytest.mark.parametrize(
    "text",
    [
        f"Curfew declared in Sarny\n\nThe curfew was first declared on 5 January 2022 in the capital.\n\n{BODY}",
        f"Curfew declared in Sarny\n\nSARNY, Jan 11 (Newsline) - {BODY}",  # no year
        f"A\n\nB\n\nC\n\n11/01/2022\n\n{BODY}",  # too far down to be a stamp
    ],
)
def test_dates_in_sentences_or_without_year_are_not_stamps(text):
    assert dateline_date(text) is None


def test_text_file_stamp_beats_the_default_but_not_metadata(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"Curfew declared in Sarny\n\nPosted: March 10, 2024\n\n{BODY}\n", encoding="utf-8")
    (article,) = read_paths([str(path)], published=date(2000, 1, 1))
    assert article.published == date(2024, 3, 10)

    lines = tmp_path / "story.jsonl"
    lines.write_text('{"published": "2024-03-11", "text": "Curfew\\n\\nPosted: March 10, 2024\\n\\nTroops fired."}\n', encoding="utf-8")
    (article,) = read_paths([str(lines)])
    assert article.published == date(2024, 3, 11)
