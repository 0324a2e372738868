"""Chaining merged events into stories, and their titles."""

from __future__ import annotations

from test_merge_fixtures import article, event

from tidings.merge import merge
from tidings.merge.titles import date_span, short_name

ROUNDUP = (
    "Protests over fuel prices began in the west of Kazakhstan on January 2. "
    "President Tokayev asked the Collective Security Treaty Organization for help on January 5. "
    "Troops of the Collective Security Treaty Organization landed in Almaty on January 6. "
    "The alliance began withdrawing its troops on January 13."
)
CRACKDOWN = "Security forces loyal to Tokayev opened fire on protesters in Almaty on January 7, killing dozens."
ELSEWHERE = "Gunmen attacked a checkpoint near Herat on January 6, killing 3 soldiers."


def _sentence(text: str, n: int) -> str:
    return text.split(". ")[n].rstrip(".") if n < 3 else text.split(". ")[n]


def _corpus():
    roundup = article("round", ROUNDUP, "2022-01-14", "Wire")
    crack = article("crack", CRACKDOWN, "2022-01-08", "Daily")
    other = article("other", ELSEWHERE, "2022-01-07", "Post")
    csto = ("Collective Security Treaty Organization", "IGO", "MIL")
    tokayev = ("Tokayev", "KAZ", "GOV")
    events = [
        event(roundup, 0, _sentence(ROUNDUP, 0), "PROTEST", when="2022-01-02", country="KZ",
              actors=[("protesters", "KAZ", "CVL")]),
        event(roundup, 1, _sentence(ROUNDUP, 1), "REQUEST", when="2022-01-05", country="KZ",
              actors=[tokayev], recipients=[csto]),
        event(roundup, 2, _sentence(ROUNDUP, 2), "MOBILIZE", when="2022-01-06", city="Almaty",
              actors=[csto]),
        event(roundup, 3, _sentence(ROUNDUP, 3), "RETREAT", when="2022-01-13", country="KZ",
              actors=[csto]),
        event(crack, 0, CRACKDOWN, "ASSAULT", when="2022-01-07", city="Almaty",
              actors=[("Security forces loyal to Tokayev", "KAZ", "COP")], sizes={"killed": 30}),
        event(other, 0, ELSEWHERE, "ASSAULT", when="2022-01-06", city="Herat",
              actors=[("Gunmen", "", "REB")]),
    ]
    return events, [roundup, crack, other]


def test_related_events_chain_into_one_story_in_time_order():
    result = merge(*_corpus())
    assert len(result.stories) == 1
    story = result.stories[0]
    by_id = {me.id: me for me in result.merged}
    timeline = [by_id[i].event for i in story.event_ids]
    assert timeline == ["PROTEST", "REQUEST", "MOBILIZE", "ASSAULT", "RETREAT"]
    assert (story.country, story.start, story.end) == ("KZ", "2022-01-02", "2022-01-13")


def test_story_title_names_country_main_events_and_dates():
    story = merge(*_corpus()).stories[0]
    assert story.title.startswith("Kazakhstan: ")
    assert story.title.endswith("(2-13 Jan 2022)")
    assert "protests" in story.title and "CSTO deployment" in story.title


def test_events_in_another_country_stay_out_of_the_story():
    result = merge(*_corpus())
    herat = next(me for me in result.merged if me.place == "Herat")
    assert all(herat.id not in s.event_ids for s in result.stories)


def test_title_helpers():
    assert short_name("Collective Security Treaty Organization") == "CSTO"
    assert short_name("Tokayev") == "Tokayev"
    from datetime import date

    d = date(2021, 12, 28).toordinal()
    assert date_span(d, date(2022, 1, 3).toordinal()) == "28 Dec 2021-3 Jan 2022"
    assert date_span(d, d) == "28 Dec 2021"
