"""Dates of shootings in local news, and the publication date on the way in.

The publication date has to reach date resolution whatever the input: a JSONL
`published` field, an HTML page's meta tag, an RSS item's pubDate. Without it
"Saturday night" cannot be resolved at all.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from tidings.extract.dates import FALLBACK_TEXT
from tidings.extract.pipeline import extract
from tidings.ingest import read_paths
from tidings.records import Article

from test_dates import article, dates_of, event

SUNDAY = date(2015, 12, 27)


def test_the_lead_names_the_incident_by_what_led_to_the_shots():
    title = "Man arrested after domestic situation on south side"
    text = (
        f"{title}\n"
        "Police make an arrest after a domestic situation on the south side early Sunday, December 27th.\n"
        "A woman's former boyfriend forced his way into her home with a handgun.\n"
        "Officials say the woman, also armed with a gun, exchanged gunfire and the man was struck."
    )
    ctx = article(text, published=SUNDAY, title=title)
    _, got = dates_of(ctx, event(ctx, "COERCE", "arrested"), event(ctx, "ASSAULT", "struck"))
    assert (got.date, got.precision) == ("2015-12-27", "day")
    assert "incident day" in got.text


HEADLINED_SHOTS = [
    pytest.param(
        "Student dies after being shot near campus",
        "Friends had gathered at a house party on Maple Avenue.\n"
        "Guests said an argument broke out in the yard.\n"
        "Someone in a passing van shot several rounds at a parked car.",
        "shot",
        id="harm",
    ),
    pytest.param(
        "Shots fired at deputy's cruiser during chase",
        "A pickup ran a red light on Route 9 and a deputy followed it.\n"
        "The driver led him onto a gravel road near the quarry.\n"
        "Someone in the pickup fired four shots at the cruiser.",
        "fired",
        id="shots-fired-no-one-hit",
    ),
]


@pytest.mark.parametrize(("title", "body", "trigger"), HEADLINED_SHOTS)
def test_a_shooting_the_headline_announces_falls_back_to_the_publication_week(title, body, trigger):
    ctx = article(f"{title}\n{body}", published=SUNDAY, title=title)
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", trigger, nth=1))
    assert (got.date, got.precision, got.text) == ("2015-12-27", "week", FALLBACK_TEXT)


def test_a_headline_about_something_else_leaves_undated_shots_unknown():
    title = "County weighs new budget for road repairs"
    text = (
        f"{title}\n"
        "A pickup ran a red light on Route 9 and a deputy followed it.\n"
        "The driver led him onto a gravel road near the quarry.\n"
        "Someone in the pickup fired four shots at the cruiser."
    )
    ctx = article(text, published=SUNDAY, title=title)
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "fired"))
    assert got.date is None and got.precision == "unknown"


def test_without_such_a_headline_an_undated_shooting_stays_unknown():
    text = (
        "Friends had gathered at a house party on Maple Avenue.\n"
        "Guests said an argument broke out in the yard.\n"
        "Someone in a passing van shot several rounds at a parked car."
    )
    ctx = article(text, published=SUNDAY)
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert got.date is None and got.precision == "unknown"


STORY = "A man was shot and wounded outside a corner store on Saturday night, police said."


def _first_date(articles: list) -> str | None:
    (found,) = [a for a in articles if isinstance(a, Article)]
    assert found.published == SUNDAY
    return extract(found)[0].date


def test_jsonl_published_reaches_the_event_date(tmp_path: Path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": STORY, "published": "2015-12-27T08:30:00-06:00"}) + "\n")
    assert _first_date(list(read_paths([str(path)]))) == "2015-12-26"


def test_html_meta_publication_date_reaches_the_event_date(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Man wounded outside store</title>"
        '<meta property="article:published_time" content="2015-12-27T08:30:00-06:00"></head>'
        f"<body><article><h1>Man wounded outside store</h1><p>{STORY}</p>"
        "<p>The victim was taken to a hospital in stable condition, officers said.</p></article></body></html>"
    )
    assert _first_date(list(read_paths([str(path)]))) == "2015-12-26"


def test_rss_pubdate_reaches_the_event_date(tmp_path: Path):
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>City news</title>'
        "<item><title>Man wounded outside store</title><link>https://example.org/a1</link>"
        f"<description>{STORY}</description>"
        "<pubDate>Sun, 27 Dec 2015 08:30:00 -0600</pubDate></item></channel></rss>"
    )
    assert _first_date(list(read_paths([str(path)]))) == "2015-12-26"


def test_the_emergency_call_gives_the_day_of_a_shooting_told_later():
    title = "Officer shoots man during call to apartment"
    text = (
        f"{title}\n"
        "A man called 911 three times early Saturday to report that someone was breaking in.\n"
        "The dispatcher sent two officers to the building on Elm Street.\n"
        "What happened next is disputed by the family.\n"
        "One of the officers shot and killed the man in the hallway."
    )
    ctx = article(text, published=date(2015, 12, 29), title=title)
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot and killed"))
    assert (got.date, got.precision) == ("2015-12-26", "day")


def test_a_report_day_gives_way_to_the_earlier_day_of_the_incident():
    text = (
        "A woman called 911 just after midnight on Saturday, December 26th to report gunfire.\n"
        "A man was found in the yard, and he was shot twice in the chest, police said Tuesday."
    )
    ctx = article(text, published=date(2015, 12, 29))
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert (got.date, got.precision) == ("2015-12-26", "day")


def test_a_report_day_stays_when_the_article_gives_no_earlier_incident_day():
    text = "A man was shot twice in the chest in the yard of a house, police said Tuesday."
    ctx = article(text, published=date(2015, 12, 29))
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert (got.date, got.precision) == ("2015-12-29", "day")


def test_a_shooting_told_in_a_clause_about_the_accused_is_not_dated_by_the_court_day():
    text = "The officer who shot an unarmed teenager in the back was indicted on Tuesday on a murder charge."
    ctx = article(text, published=date(2015, 12, 31))
    shot, indicted = dates_of(ctx, event(ctx, "ASSAULT", "shot"), event(ctx, "ACCUSE", "indicted"))
    assert (indicted.date, indicted.precision) == ("2015-12-29", "day")
    assert (shot.date, shot.precision) == ("2015-12", "month")


def test_a_day_inside_the_clause_still_dates_the_shooting():
    text = "A man who was shot on Saturday night pleaded not guilty on Tuesday to weapons charges."
    ctx = article(text, published=date(2015, 12, 31))
    (shot,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert (shot.date, shot.precision) == ("2015-12-26", "day")


def test_the_details_give_the_day_of_a_shooting_told_in_such_a_clause():
    text = (
        "A driver who was shot by deputies pleaded not guilty on Tuesday to assault charges.\n"
        "The shooting happened on Dec. 4 near the county fairgrounds, the sheriff said."
    )
    ctx = article(text, published=date(2015, 12, 31))
    (shot,) = dates_of(ctx, event(ctx, "ASSAULT", "shot"))
    assert (shot.date, shot.precision) == ("2015-12-04", "day")


def test_the_incident_day_is_the_one_the_harm_word_holds_not_the_charge_day():
    title = "Man charged after neighbor shot on Elm Street"
    text = (
        f"{title}\n"
        "A 30-year-old man was charged with assault Tuesday after he shot a neighbor Sunday on Elm Street.\n"
        "The two had argued about a fence for months, relatives said.\n"
        "Officers said the neighbor was shot twice in the arm and is expected to recover."
    )
    ctx = article(text, published=date(2015, 12, 30), title=title)
    charge, shot = event(ctx, "ACCUSE", "charged", nth=1), event(ctx, "ASSAULT", "shot", nth=2)
    got_charge, got_shot = dates_of(ctx, charge, shot)
    assert got_charge.date == "2015-12-29"
    assert (got_shot.date, got_shot.precision) == ("2015-12-27", "day")
    assert "incident day" in got_shot.text
