"""The merge stage's parts on their own: blocking, near-duplicates, timeline days, titles."""

from __future__ import annotations

from test_merge_fixtures import article, event

from tidings.merge.blocking import candidate_pairs
from tidings.merge.dates import day_of
from tidings.merge.model import CanonicalActor, MergedEvent, Mention
from tidings.merge.neardup import find_originals, sign
from tidings.merge.profile import day_range, profile
from tidings.merge.titles import title

UPDATE_BASE = (
    "One week after the unrest began, life in Almaty is slowly returning to normal. Shops have "
    "reopened along the main avenues and the internet works again in most districts. The "
    "authorities say at least 164 people died in the violence and nearly 10,000 were detained. "
    "Foreign troops have begun to leave, and the government has capped fuel prices for six months. "
    "Residents queue at banks that were closed for days, and the airport has resumed flights."
)
UPDATED = UPDATE_BASE.replace("at least 164 people", "225 people") + " (Updated with the new toll.)"


def _p(aid: str, text: str, **kw):
    art = article(aid, text, "2022-01-06", aid)
    return profile(event(art, 0, text, "PROTEST", **kw), published=art.published, sentence_text=text)


def test_updated_version_links_to_first_version_both_ways_round():
    first = sign("v1", UPDATE_BASE, article("v1", UPDATE_BASE, "2022-01-15", "E").published)
    second = sign("v2", UPDATED, article("v2", UPDATED, "2022-01-16", "E").published)
    assert find_originals([second, first]) == {"v2": "v1"}


def test_country_level_report_meets_city_report_whichever_comes_first():
    city = _p("c", "Crowds rallied in Almaty against fuel prices.", when="2022-01-05", city="Almaty")
    vague = _p("v", "Crowds rallied against fuel prices.", when="2022-01-05", country="KZ")
    for order in ([city, vague], [vague, city]):
        assert list(candidate_pairs(order)) == [(0, 1)]


def test_blocking_keeps_other_countries_and_far_dates_apart():
    a = _p("a", "Crowds rallied in Almaty.", when="2022-01-05", city="Almaty")
    b = _p("b", "Crowds rallied in Kabul.", when="2022-01-05", city="Kabul")
    c = _p("c", "Crowds rallied in Almaty.", when="2022-01-20", city="Almaty")
    assert list(candidate_pairs([a, b, c])) == []


def test_date_ranges_follow_precision():
    assert day_range("2022-01", "month", None) == (day_range("2022-01-01", "day", None)[0],
                                                   day_range("2022-01-31", "day", None)[0])
    published = article("x", "x", "2022-01-13", "s").published
    lo, hi = day_range(None, "unknown", published)
    assert hi - lo == 7 and hi == published.toordinal()


def test_a_week_runs_to_its_end_date_and_the_publication_fallback_looks_back():
    day = lambda text: day_range(text, "day", None)[0]  # noqa: E731
    published = article("x", "x", "2022-01-13", "s").published
    # "last week", told with its own end
    assert day_range("2022-01-03", "week", published, "2022-01-09") == (day("2022-01-03"), day("2022-01-09"))
    # no day of the incident anywhere: the extractor gives the publication day as a week
    assert day_range("2022-01-13", "week", published) == (day("2022-01-07"), day("2022-01-13"))


def _merged(date: str | None, precision: str, published: str, category: str = "COERCE", actor: str = "") -> MergedEvent:
    return MergedEvent(
        id=f"ev-{category}", event=category, date=date, date_precision=precision, country="KZ",
        actor=[CanonicalActor(actor)] if actor else [],
        mentions=[Mention("e1", "a1", "S", published)],
    )


def test_timeline_day_of_a_month_precise_event_is_its_first_report():
    assert day_of(_merged("2022-01", "month", "2022-01-11")) == day_range("2022-01-11", "day", None)[0]
    # a report outside the month says nothing about the day: the month's start stands
    assert day_of(_merged("2022-01", "month", "2022-03-02")) == day_range("2022-01-01", "day", None)[0]
    assert day_of(_merged("2022-01-05", "day", "2022-01-11")) == day_range("2022-01-05", "day", None)[0]


def test_title_names_only_proper_actors():
    events = [
        _merged("2022-01-06", "day", "2022-01-06", "MOBILIZE", "Collective Security Treaty Organization"),
        _merged("2022-01-07", "day", "2022-01-07", "AID", "its spokesman"),
    ]
    assert title(events) == "Kazakhstan: CSTO deployment, aid (6-7 Jan 2022)"
