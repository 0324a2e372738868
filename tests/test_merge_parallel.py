"""Merging part by part, in one process or several, gives one answer."""

from __future__ import annotations

import random
from dataclasses import asdict
from datetime import date, timedelta

import pytest
from test_merge_fixtures import CITIES, article, event

from tidings.merge import blocking
from tidings.merge.blocking import candidate_pairs
from tidings.merge.engine import copy_pairs, merge_profiles, profile_of
from tidings.merge.parts import local_pairs, split

VERBS = {"PROTEST": "rallied", "ASSAULT": "attacked", "ACCUSE": "accused", "COERCE": "detained"}
GROUPS = {"KZ": ["Oppositionists", "Oil Workers"], "AF": ["Taliban", "Border Militia"], "": ["Unnamed Group"]}


def _reports(n_events: int, seed: int):
    """Several outlets' reports of random events in two countries and none;
    some events are told by a copy whose place resolved to another country."""
    rng = random.Random(seed)
    arts, events, duplicates = [], [], {}
    for k in range(n_events):
        country = rng.choice(["KZ", "KZ", "AF", ""])
        city = rng.choice([c for c, v in CITIES.items() if v[3] == country] or [None])
        category = rng.choice(list(VERBS))
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(20))
        group = rng.choice(GROUPS[country])
        for r in range(rng.choice([1, 1, 2, 3])):
            text = (f"{group} {VERBS[category]} near {city or 'the capital'} on {day:%B %d}, "
                    f"witnesses told outlet {r}, report {k}.")
            art = article(f"a{k}-{r}", text, (day + timedelta(days=r)).isoformat(), f"Outlet {r}")
            when = day.isoformat() if rng.random() < 0.8 else day.isoformat()[:7]
            arts.append(art)
            events.append(event(art, 0, text, category, when=when, precision="day" if len(when) == 10 else "month",
                                city=city if rng.random() < 0.8 else None, country=country,
                                actors=[(group, "", "OPP")], sizes={"killed": rng.randint(1, 9)} if rng.random() < 0.3 else None))
            if r and rng.random() < 0.3:
                duplicates[art.id] = f"a{k}-0"
                events[-1] = event(art, 0, text, category, when=when, precision="day" if len(when) == 10 else "month",
                                   country="AF" if country != "AF" else "KZ", actors=[(group, "", "OPP")])
    by_id = {a.id: a for a in arts}
    return [profile_of(e, by_id[e.doc_id]) for e in events], duplicates


def _as_data(result):
    return [asdict(m) for m in result.merged], [asdict(s) for s in result.stories]


@pytest.mark.parametrize("seed", [1, 2])
def test_result_does_not_depend_on_the_number_of_workers(seed):
    profiles, duplicates = _reports(120, seed)
    one = merge_profiles(profiles, duplicates, workers=1)
    assert len(one.merged) < len(profiles)  # something did merge
    assert one.stories
    for workers in (2, 3):
        assert _as_data(merge_profiles(profiles, duplicates, workers=workers)) == _as_data(one)


def test_a_copy_in_another_country_joins_its_original_part():
    profiles, duplicates = _reports(120, 1)
    forced = copy_pairs(profiles, duplicates)
    across = [(i, j) for i, j in forced if profiles[i].country != profiles[j].country]
    assert across  # the fixture does plant them
    parts = split(profiles, forced)
    part_of = {i: n for n, part in enumerate(parts) for i in part}
    assert all(part_of[i] == part_of[j] for i, j in forced)
    assert sorted(i for part in parts for i in part) == list(range(len(profiles)))
    back = [(part[a], part[b]) for part, pairs in zip(parts, local_pairs(parts, forced)) for a, b in pairs]
    assert sorted(back) == sorted(forced)


def test_countries_without_links_are_parts_of_their_own_largest_first():
    profiles, _ = _reports(60, 3)
    parts = split(profiles)
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    assert all(len({profiles[i].country for i in part}) == 1 for part in parts)
    assert len(parts) == len({p.country for p in profiles})


def test_forgetting_stale_anchors_changes_no_pair(monkeypatch):
    # a month-precise report filed before a day-precise one outlasts it: a
    # sweep must not drop the anchor they share while the month one can still match
    text = "Oil Workers rallied in Almaty."
    arts = [article(f"s{k}", text, "2022-01-25", f"O{k}") for k in range(3)]
    events = [
        event(arts[0], 0, text, "PROTEST", when="2022-01", precision="month", city="Almaty"),
        event(arts[1], 0, text, "PROTEST", when="2022-01-02", city="Almaty"),
        event(arts[2], 0, text, "PROTEST", when="2022-01-24", city="Almaty"),
    ]
    profiles = [profile_of(e, a) for e, a in zip(events, arts)]
    every_time = list(candidate_pairs(profiles))
    assert (0, 2) in every_time
    monkeypatch.setattr(blocking, "SWEEP_EVERY", 1)
    assert sorted(candidate_pairs(profiles)) == sorted(every_time)
