"""An outlet's home area, learned from its stories, for the bare names of a
local paper. Texts are news-like sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.extract.places.geoparse import geoparse, geoparse_by_outlet
from tidings.extract.places.home import HOME_MIN_STORIES, learn_home
from tidings.extract.places.mention import Mention
from tidings.resources.gazetteer import GeoEntry, NameMatch

# A small paper in central Louisiana: most stories name a place there, one
# names its own town bare.
LOCAL_PAPER = [
    "Pineville firefighters put out a blaze at a trailer home off U.S. 165 on Tuesday, the Rapides Parish Sheriff's Office said.",
    "The Alexandria, La., city council voted 5-2 on Monday to raise water rates for the first time since 2004.",
    "A Pineville man was booked into the Rapides Parish jail on Thursday after a chase that ended near Ball, deputies said.",
    "Alexandria police arrested two teenagers on Saturday after a string of car break-ins near the mall.",
]
BARE = 3


@pytest.fixture(scope="module")
def nlp():
    from tidings.extract.nlp import load_nlp

    return load_nlp()


def _parsed(nlp, stories: list[str]):
    return [(text, nlp(text)) for text in stories]


def _outlet(nlp, stories: list[str], name: str = "towntalk.example") -> list:
    return geoparse_by_outlet([(text, doc, name) for text, doc in _parsed(nlp, stories)])


def _where(toponyms, name: str) -> set[str]:
    return {t.admin1 or t.country_code for t in toponyms if t.text == name}


def test_a_bare_name_alone_is_not_read_at_home(nlp):
    text, doc = _parsed(nlp, [LOCAL_PAPER[BARE]])[0]
    assert _where(geoparse(text, doc), "Alexandria") != {"Louisiana"}


def test_the_outlets_other_stories_bring_a_bare_name_home(nlp):
    found = _outlet(nlp, LOCAL_PAPER)
    assert _where(found[BARE], "Alexandria") == {"Louisiana"}


def test_a_story_that_names_another_state_keeps_its_reading(nlp):
    away = "Officials in Alexandria, Va., said the city would close two schools on the Potomac waterfront."
    found = _outlet(nlp, [*LOCAL_PAPER, away])
    assert _where(found[-1], "Alexandria") == {"Virginia"}


def test_an_outlet_spread_over_many_states_gets_no_home(nlp):
    wire = [
        "Flooding closed roads around Des Moines, Iowa, on Sunday.",
        "A wildfire near Boise, Idaho, forced hundreds of people from their homes.",
        "Teachers in Tulsa, Okla., went on strike over pay.",
        "Alexandria police arrested two teenagers on Saturday after a string of car break-ins near the mall.",
    ]
    alone = [geoparse(text, doc) for text, doc in _parsed(nlp, wire)]
    assert _outlet(nlp, wire, "wire.example") == alone


def test_stories_without_an_outlet_are_read_alone(nlp):
    stories = [(text, doc, "") for text, doc in _parsed(nlp, LOCAL_PAPER)]
    found = geoparse_by_outlet(stories)
    assert _where(found[BARE], "Alexandria") != {"Louisiana"}
    assert _where(found[1], "Alexandria") == {"Louisiana"}


def _mention(name: str, admin1_key: str, score: float = 0.9, code: str = "PPL", lat: float = 31.3) -> Mention:
    entry = GeoEntry(1, name, lat, -92.4, admin1_key[:2], admin1_key, "", "", code, 5_000)
    return Mention(0, len(name), name, (NameMatch(entry, 0),), "GPE", entry, score)


def test_a_home_needs_enough_stories_in_one_area():
    stories = [[_mention("Pineville", "US.LA")] for _ in range(HOME_MIN_STORIES - 1)]
    assert learn_home(stories) is None
    home = learn_home([*stories, [_mention("Ball", "US.LA"), _mention("Pineville", "US.LA")]])
    assert home is not None and home.admin1_key == "US.LA" and home.stories == HOME_MIN_STORIES


def test_a_home_must_hold_most_of_the_stories_that_place_anything():
    stories = [[_mention("Pineville", "US.LA")] for _ in range(3)]
    stories += [[_mention(f"Town{i}", f"US.S{i}")] for i in range(4)]
    assert learn_home(stories) is None


def test_unsure_readings_and_countries_are_no_evidence():
    unsure = [[_mention("Pineville", "US.LA", score=0.5)] for _ in range(4)]
    countries = [[_mention("France", "", code="PCLI")] for _ in range(4)]
    assert learn_home(unsure) is None
    assert learn_home(countries) is None


def test_the_home_point_is_the_town_the_stories_name_most():
    ball = _mention("Ball", "US.LA", lat=31.4)
    stories = [[_mention("Pineville", "US.LA", lat=31.3)] for _ in range(2)] + [[ball], [ball]]
    stories[0].append(ball)
    home = learn_home(stories)
    assert home is not None and home.lat == 31.4


# The same paper as extraction sees it: a shooting in its own town, named bare.
SHOOTING = "A gunman shot and killed two men outside a bar in Alexandria early Saturday, police said."


def _paper(outlet: str = "towntalk.example") -> list:
    from datetime import date

    from tidings.records import Article

    texts = [*LOCAL_PAPER[:3], SHOOTING]
    return [Article(id=f"t{i}", text=t, source=outlet, published=date(2009, 3, 20)) for i, t in enumerate(texts)]


def test_outlet_homes_are_learned_from_a_light_reading_of_each_outlets_articles():
    from tidings.extract.places.outlets import outlet_homes

    homes = outlet_homes([*_paper(), *_paper("wire.example")[3:]])
    assert set(homes) == {"towntalk.example"}
    assert homes["towntalk.example"].admin1_key == "US.LA"


def _shooting_site(results) -> set[str]:
    return {e.event_loc.admin1 or e.event_loc.country_code for a, events in results for e in events[:1] if a.id == "t3"}


def test_extraction_places_a_bare_town_at_the_outlets_home():
    from tidings.extract.pipeline import extract_many
    from tidings.extract.places.outlets import outlet_homes

    articles = _paper()
    assert _shooting_site(extract_many(articles)) != {"Louisiana"}
    assert _shooting_site(extract_many(articles, homes=outlet_homes(articles))) == {"Louisiana"}


def test_ingest_by_outlet_stores_the_event_at_home(tmp_path):
    from tidings.batch import run_batch
    from tidings.store import Store

    with Store.open(tmp_path / "paper.db") as store:
        run_batch(_paper(), store, merge=False, by_outlet=True)
        places = {(e.event_loc.resolved_place, e.event_loc.admin1) for e in store.iter_events() if e.event_loc}
    assert ("Alexandria", "Louisiana") in places
