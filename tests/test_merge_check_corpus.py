"""The merge check sets (corpus/merge_check, merge_check2 and merge_check3) are coded
consistently: every article has its gold, every cluster is one event, and the
traps each README promises are really there.

Reads the files with the standard library and the coding vocabularies only, so
it passes whatever state extraction and merging are in, and without ../shared.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tidings.extract import taxonomy
from script_loader import load_script

CORPORA = Path(__file__).resolve().parent.parent / "corpus"
CHECK_SETS = ("merge_check", "merge_check2", "merge_check3")

ARTICLE_FIELDS = ("id", "title", "published", "source", "url", "text")
EVENT_FIELDS = ("level", "story", "cluster", "event", "acled_event_type", "acled_sub_event_type",
                "date", "country", "location", "actor", "recipient")
FIGURES = ("dead", "injured", "arrested")
# AID modes as the seed and demo gold use them; the manual's table has none.
AID_MODES = ("military", "humanitarian")
INVENTED_HOSTS = ("example.com", "news.example")
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise AssertionError(f"{path}:{number}: not valid JSON ({error})") from None
    return rows


def _articles_path(name: str) -> Path:
    return CORPORA / name / "corpus" / "articles.jsonl"


def _gold_path(name: str) -> Path:
    return CORPORA / name / "gold" / "events.jsonl"


def _by_id(path: Path, what: str) -> dict[str, dict]:
    rows = _read_jsonl(path)
    ids = [row.get("id") for row in rows]
    assert len(ids) == len(set(ids)), f"{path}: {what}"
    return {row["id"]: row for row in rows}


@lru_cache(maxsize=len(CHECK_SETS))
def articles(name: str) -> dict[str, dict]:
    return _by_id(_articles_path(name), "duplicate article ids")


@lru_cache(maxsize=len(CHECK_SETS))
def gold(name: str) -> dict[str, dict]:
    return _by_id(_gold_path(name), "more than one line for an article")


def events(name: str) -> list[tuple[str, dict]]:
    return [(aid, event) for aid, line in gold(name).items() for event in line["events"]]


def clusters(name: str) -> dict[str, list[tuple[str, dict]]]:
    out: dict[str, list[tuple[str, dict]]] = defaultdict(list)
    for aid, event in events(name):
        out[event["cluster"]].append((aid, event))
    return out


@pytest.fixture(params=CHECK_SETS)
def check_set(request) -> str:
    return request.param


def _day(text: str) -> date:
    """A gold date: a day, or a month (read as its first day)."""
    return date.fromisoformat(text if len(text) == 10 else f"{text}-01")


def _written(value: int, text: str) -> bool:
    digits = {int(token.replace(",", "")) for token in re.findall(r"\d+(?:,\d{3})*", text)}
    words = {NUMBER_WORDS.index(w) for w in re.findall(r"[a-z]+", text.lower()) if w in NUMBER_WORDS}
    # a sentence may open on a spelled compound ("Twenty-three people were detained")
    compounds = {TENS[tens] + NUMBER_WORDS.index(unit)
                 for tens, unit in re.findall(r"\b([a-z]+)-([a-z]+)\b", text.lower())
                 if tens in TENS and unit in NUMBER_WORDS[1:10]}
    return value in digits or value in words or value in compounds


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def test_articles_have_every_field_and_a_plausible_length(check_set):
    for aid, row in articles(check_set).items():
        missing = [f for f in ARTICLE_FIELDS if not isinstance(row.get(f), str) or not row[f].strip()]
        assert not missing, f"{_articles_path(check_set)}: {aid} lacks {missing}"
        date.fromisoformat(row["published"])
        assert urlparse(row["url"]).hostname.endswith(INVENTED_HOSTS), f"{aid}: URL is not an invented host"
        assert 60 <= len(row["text"].split()) <= 450, f"{aid}: {len(row['text'].split())} words"


def test_every_article_has_exactly_one_gold_line_and_back(check_set):
    assert set(articles(check_set)) == set(gold(check_set)), (
        f"articles without gold: {sorted(set(articles(check_set)) - set(gold(check_set)))}; "
        f"gold without article: {sorted(set(gold(check_set)) - set(articles(check_set)))}"
    )
    for aid, line in gold(check_set).items():
        row = articles(check_set)[aid]
        assert (line["source"], line["published"], line["url"]) == (row["source"], row["published"], row["url"]), aid
        assert line["events"], f"{aid}: no gold events"


def test_gold_events_use_the_coding_vocabularies(check_set):
    for aid, event in events(check_set):
        missing = [f for f in EVENT_FIELDS if not event.get(f)]
        assert not missing, f"{aid} {event.get('cluster')}: missing {missing}"
        assert event["level"] in ("must", "should")
        assert event["event"] in taxonomy.CATEGORIES, f"{aid}: {event['event']}"
        modes = taxonomy.MODES[event["event"]] or (AID_MODES if event["event"] == "AID" else ())
        assert event.get("mode") is None or event["mode"] in modes, f"{aid}: mode {event['mode']}"
        assert taxonomy.acled_event_type(event["acled_sub_event_type"]) == event["acled_event_type"], aid
        assert re.fullmatch(r"[A-Z]{2}", event["country"]), f"{aid}: country {event['country']}"
        for kind in FIGURES:
            assert kind not in event or (isinstance(event[kind], int) and event[kind] > 0), f"{aid}: {kind}"


def test_dates_parse_and_no_event_follows_its_report(check_set):
    for aid, event in events(check_set):
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", event["date"]), f"{aid}: date {event['date']!r}"
        published = date.fromisoformat(gold(check_set)[aid]["published"])
        assert _day(event["date"]) <= published, f"{aid} {event['cluster']}: dated after its report"


def test_a_cluster_is_one_event_wherever_it_is_reported(check_set):
    for cid, members in clusters(check_set).items():
        fields = {(e["story"], e["event"], e["date"], e["country"], e["location"]) for _, e in members}
        assert len(fields) == 1, f"{cid}: coded differently across articles: {sorted(fields)}"
        ids = [aid for aid, _ in members]
        assert len(ids) == len(set(ids)), f"{cid}: listed twice in one article"


def test_gold_figures_are_written_in_their_article(check_set):
    for aid, event in events(check_set):
        for kind in FIGURES:
            if kind in event:
                text = articles(check_set)[aid]["text"]
                assert _written(event[kind], text), f"{aid} {event['cluster']}: {kind} {event[kind]}"


def test_planned_events_are_each_reported_by_several_outlets(check_set):
    readme = CORPORA / check_set / "README.md"
    table = [line for line in readme.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    planned = {name for line in table for name in re.findall(r"`([a-z]{2}-[a-z0-9-]+)`", line.split("|")[2])}
    assert len(planned) >= 9, f"{readme}: the plan names only {sorted(planned)}"
    for cid in planned:
        assert cid in clusters(check_set), f"{readme} plans {cid}, which no gold line codes"
        outlets = {articles(check_set)[aid]["source"] for aid, _ in clusters(check_set)[cid]}
        assert len(outlets) >= 3, f"{cid}: reported by {sorted(outlets)} only"
    countries = {e["country"] for cid in planned for _, e in clusters(check_set)[cid]}
    assert len(countries) >= 5, f"planned events in {sorted(countries)} only"


def _distinct_pairs(check_set: str, same: str, differ: str, category: str) -> list[tuple[str, str]]:
    """Pairs of multi-report clusters of one category that agree on `same` and differ on `differ`."""
    main = {cid: m[0][1] for cid, m in clusters(check_set).items() if len(m) >= 3 and m[0][1]["event"] == category}
    return [(a, b) for a, b in combinations(sorted(main), 2)
            if main[a][same] == main[b][same] and main[a][differ] != main[b][differ]]


def test_same_city_attacks_on_different_days_are_two_clusters(check_set):
    pairs = _distinct_pairs(check_set, "location", "date", "ASSAULT")
    assert pairs, "no two attacks in one city on different days"
    for a, b in pairs:
        together = {aid for aid, _ in clusters(check_set)[a]} & {aid for aid, _ in clusters(check_set)[b]}
        assert together, f"{a} and {b}: no report names both, so the trap is too easy"


def test_same_day_protests_in_different_cities_are_two_clusters(check_set):
    pairs = _distinct_pairs(check_set, "date", "location", "PROTEST")
    assert pairs, "no two protests on one day in different cities"
    reports = {cid: {aid for aid, _ in members} for cid, members in clusters(check_set).items()}
    assert any(reports[a] & reports[b] for a, b in pairs)


def test_near_duplicates_point_back_to_an_earlier_copy(check_set):
    for aid, line in gold(check_set).items():
        original = line.get("near_duplicate_of")
        if not original:
            continue
        assert original in articles(check_set), f"{aid}: near_duplicate_of {original!r} is not an article"
        assert articles(check_set)[original]["published"] <= line["published"], f"{aid}: copies a later article"
        a, b = _shingles(articles(check_set)[aid]["text"]), _shingles(articles(check_set)[original]["text"])
        # an updated version rewrites its lead and toll paragraph, so it keeps
        # only a little over half of the original's shingles
        assert len(a & b) / len(a | b) >= 0.5, f"{aid}: too unlike {original} to be a copy"
        assert all(e.get("near_duplicate_of") == original for e in line["events"]), aid


def test_boilerplate_lines_are_whole_lines_of_the_text(check_set):
    for aid, line in gold(check_set).items():
        paragraphs = articles(check_set)[aid]["text"].split("\n\n")
        for furniture in line.get("boilerplate", []):
            assert furniture in paragraphs, f"{aid}: boilerplate {furniture!r} is not a line of the text"


def _eval_script():
    return load_script("eval_ecb")


def test_gold_ids_are_read_below_the_last_corpus_folder():
    from types import SimpleNamespace

    gold_id = _eval_script()._gold_id
    jsonl = SimpleNamespace(origin="/work/corpus/merge_check/corpus/articles.jsonl:4", external_id="rs-cwire-0514")
    page = SimpleNamespace(origin="/work/corpus/merge_check/corpus/html/page.html", external_id="")
    assert gold_id(jsonl) == "rs-cwire-0514"
    assert gold_id(page) == "html/page.html"


@pytest.mark.parametrize("later", CHECK_SETS[1:])
def test_each_later_check_set_is_set_in_countries_no_earlier_one_uses(later):
    # a fresh estimate should not lean on places whose names the rules were fitted to
    demo = _read_jsonl(CORPORA.parent / "tidings" / "demo" / "gold" / "events.jsonl")
    used = {e["country"] for line in demo for e in line["events"]}
    for earlier in CHECK_SETS[:CHECK_SETS.index(later)]:
        used |= {e["country"] for _, e in events(earlier)}
    fresh = {e["country"] for _, e in events(later)}
    assert len(fresh) >= 6 and not fresh & used, f"{later} reuses {sorted(fresh & used)}"


def test_the_third_check_set_spans_three_continents_and_a_rising_toll():
    # the README promises these; continents by the countries' own region, written out here
    continents = {"CM": "Africa", "MG": "Africa", "PH": "Asia", "YE": "Asia", "KG": "Asia", "AL": "Europe",
                  "BO": "South America", "HN": "North America"}
    countries = {e["country"] for _, e in events("merge_check3")}
    assert countries <= set(continents), f"no continent written for {sorted(countries - set(continents))}"
    assert len({continents[c] for c in countries}) >= 3
    rising = []
    for cid, members in clusters("merge_check3").items():
        tolls = sorted((gold("merge_check3")[aid]["published"], e["dead"]) for aid, e in members if "dead" in e)
        if len({dead for _, dead in tolls}) >= 2 and tolls[0][1] < tolls[-1][1]:
            rising.append(cid)
    assert len(rising) >= 2, f"tolls rise only in {rising}"


def test_the_third_check_set_has_reports_filed_days_after_their_event():
    late = [(aid, e["cluster"]) for aid, e in events("merge_check3") if e["level"] == "must"
            and (date.fromisoformat(gold("merge_check3")[aid]["published"]) - _day(e["date"])).days >= 2]
    assert late, "every main report is filed within a day of its event"
