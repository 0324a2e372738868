"""The bundled demo corpus and its gold annotations are well-formed and cover what the demo needs.

Reads the files with the standard library only: the readers in tidings.ingest are built
separately, and this test must keep working whatever state they are in.
"""

from __future__ import annotations

import itertools
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

import pytest

DEMO = Path(__file__).resolve().parent.parent / "tidings" / "demo"
CORPUS = DEMO / "corpus"
GOLD = DEMO / "gold" / "events.jsonl"

JSONL_FIELDS = ("id", "title", "published", "source", "url", "text")
GOLD_EVENT_FIELDS = (
    "story", "cluster", "event", "acled_event_type", "acled_sub_event_type", "date", "country", "location",
)
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    },
}
# Modes from the PLOVER manual's mode tables; AID modes as in the project's seed gold.
PLOVER_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
        "misinformation", "cyber",
    },
    "ASSAULT": {
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
        "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional",
    },
    "AID": {"military", "humanitarian"},
}
INVENTED_HOSTS = ("example.com", "news.example")
FURNITURE = re.compile(r"^(Share this article|Share( in)?:|Read more:|Disclaimer:)", re.MULTILINE)


@dataclass(frozen=True)
class DemoArticle:
    id: str
    fmt: str
    title: str
    published: date | None
    source: str
    url: str
    text: str


class _PageReader(HTMLParser):
    """Collects what the test needs from a page: <title>, meta tags and the <article> text."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self.meta: dict[str, str] = {}
        self.article_paragraphs: list[str] = []
        self._in_title = False
        self._article_depth = 0
        self._paragraph: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = attributes.get("property") or attributes.get("name")
            if key:
                self.meta[key] = attributes.get("content") or ""
        elif tag == "link" and attributes.get("rel") == "canonical":
            self.meta["canonical"] = attributes.get("href") or ""
        elif tag == "article":
            self._article_depth += 1
        elif tag == "p" and self._article_depth and "class" not in attributes:
            self._paragraph = []

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._article_depth -= 1
        elif tag == "p" and self._paragraph is not None:
            self.article_paragraphs.append("".join(self._paragraph).strip())
            self._paragraph = None

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._paragraph is not None:
            self._paragraph.append(data)


def _jsonl_articles() -> list[DemoArticle]:
    articles = []
    path = CORPUS / "articles.jsonl"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            pytest.fail(f"{path}:{number}: not valid JSON ({error})")
        missing = [field for field in JSONL_FIELDS if not isinstance(row.get(field), str) or not row[field].strip()]
        assert not missing, f"{path}:{number}: missing or empty {missing}"
        articles.append(DemoArticle(
            row["id"], "jsonl", row["title"], date.fromisoformat(row["published"]),
            row["source"], row["url"], row["text"],
        ))
    return articles


def _html_articles() -> list[DemoArticle]:
    articles = []
    for path in sorted((CORPUS / "html").glob("*.html")):
        page = _PageReader()
        page.feed(path.read_text(encoding="utf-8"))
        stamp = page.meta.get("article:published_time", "")
        assert page.title.strip(), f"{path}: no <title>"
        assert stamp, f"{path}: no article:published_time meta"
        assert page.meta.get("author"), f"{path}: no author meta"
        assert page.article_paragraphs, f"{path}: no paragraphs inside <article>"
        title, _, site = page.title.rpartition(" | ")
        articles.append(DemoArticle(
            f"html/{path.name}", "html", title.strip() or page.title.strip(), date.fromisoformat(stamp[:10]),
            page.meta.get("og:site_name", site), page.meta.get("canonical", ""), "\n\n".join(page.article_paragraphs),
        ))
    return articles


def _feed_articles() -> list[DemoArticle]:
    articles = []
    for path in sorted((CORPUS / "feeds").glob("*.xml")):
        channel = ET.parse(path).getroot().find("channel")
        assert channel is not None, f"{path}: no <channel>"
        items = channel.findall("item")
        assert items, f"{path}: no <item>"
        outlet = channel.findtext("title", "")
        for index, item in enumerate(items, start=1):
            for field in ("title", "link", "pubDate", "description"):
                assert (item.findtext(field) or "").strip(), f"{path} item {index}: empty <{field}>"
            body = item.findtext("description")
            assert body.lstrip().startswith("<p>"), f"{path} item {index}: description is not HTML paragraphs"
            text = "\n\n".join(re.sub(r"<[^>]+>", "", part) for part in re.findall(r"<p>.*?</p>", body, re.S))
            articles.append(DemoArticle(
                f"feeds/{path.name}:{index}", "rss", item.findtext("title"),
                parsedate_to_datetime(item.findtext("pubDate")).date(), outlet, item.findtext("link"), text,
            ))
    return articles


def _txt_articles() -> list[DemoArticle]:
    articles = []
    for path in sorted((CORPUS / "txt").glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        assert title.strip() and body.strip(), f"{path}: needs a title line and a body"
        articles.append(DemoArticle(f"txt/{path.name}", "txt", title.strip(), None, "", "", body.strip()))
    return articles


@lru_cache(maxsize=1)
def corpus() -> dict[str, DemoArticle]:
    articles = _jsonl_articles() + _html_articles() + _feed_articles() + _txt_articles()
    ids = [article.id for article in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    return {article.id: article for article in articles}


@lru_cache(maxsize=1)
def gold() -> dict[str, dict]:
    lines = {}
    for number, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        assert row["id"] not in lines, f"{GOLD}:{number}: second line for {row['id']}"
        lines[row["id"]] = row
    return lines


def gold_events() -> list[tuple[str, dict]]:
    return [(article_id, event) for article_id, row in gold().items() for event in row["events"]]


NUMBER_WORDS = {
    word: value for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}


def _stated_numbers(text: str) -> set[int]:
    """Every number written in the text, in digits (1,000 / 3.811 grouping) or as a word up to twenty."""
    found = set()
    for token in re.findall(r"\d+(?:[,.]\d{3})+(?!\d)|\d+", text):
        found.add(int(re.sub(r"[,.]", "", token)))
    for match in re.finditer(r"(\d+) thousand", text):
        found.add(int(match.group(1)) * 1000)
    found.update(NUMBER_WORDS[word] for word in re.findall(r"[a-z]+", text.lower()) if word in NUMBER_WORDS)
    return found


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


def _resemblance(a: str, b: str) -> float:
    left, right = _shingles(a), _shingles(b)
    return len(left & right) / len(left | right)


def test_every_format_is_present_and_the_total_is_in_range():
    formats = [article.fmt for article in corpus().values()]
    assert 30 <= len(formats) <= 36
    assert formats.count("html") == 3
    assert formats.count("rss") == 3
    assert formats.count("txt") == 2


def test_jsonl_texts_do_not_repeat_their_titles():
    for article in _jsonl_articles():
        assert not article.text.startswith(article.title), article.id


def test_urls_are_invented():
    for article in corpus().values():
        if article.url:
            host = urlparse(article.url).hostname or ""
            assert host.endswith(INVENTED_HOSTS), f"{article.id}: {article.url}"


def test_article_lengths_stay_within_the_planned_range():
    for article in corpus().values():
        words = len(article.text.split())
        assert 80 <= words <= 700, f"{article.id}: {words} words"


def test_some_articles_carry_site_furniture_for_boilerplate_stripping():
    with_furniture = [a.id for a in corpus().values() if FURNITURE.search(a.text)]
    assert len(with_furniture) >= 5


def test_each_article_has_exactly_one_gold_line_and_each_gold_line_an_article():
    assert set(gold()) == set(corpus())


def test_gold_events_carry_the_required_fields_with_valid_values():
    for article_id, event in gold_events():
        where = f"{article_id} / {event.get('cluster')}"
        for field in GOLD_EVENT_FIELDS:
            assert isinstance(event.get(field), str), f"{where}: {field}"
        assert event["event"] in PLOVER, where
        assert event["acled_sub_event_type"] in ACLED[event["acled_event_type"]], where
        if event.get("mode"):
            assert event["mode"] in PLOVER_MODES.get(event["event"], set()), f"{where}: mode {event['mode']}"
        assert re.fullmatch(r"[A-Z]{2}", event["country"]), where
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", event["date"]), where
        for field in ("dead", "injured", "arrested"):
            if field in event:
                assert isinstance(event[field], int) and event[field] >= 0, f"{where}: {field}"


def test_gold_events_do_not_happen_after_their_report_was_published():
    for article_id, event in gold_events():
        published = gold()[article_id]["published"]
        assert event["date"] <= published, f"{article_id}: {event['cluster']} on {event['date']}"


def test_gold_publication_dates_match_the_corpus():
    for article in corpus().values():
        if article.published is not None:
            assert gold()[article.id]["published"] == article.published.isoformat(), article.id


def test_gold_urls_match_the_corpus_so_feed_items_can_be_joined_by_link():
    for article in corpus().values():
        if article.url:
            assert gold()[article.id].get("url") == article.url, article.id


def test_there_are_enough_outlets_and_countries():
    outlets = {row["source"] for row in gold().values()}
    countries = {event["country"] for _, event in gold_events()}
    assert len(outlets) >= 5
    assert len(countries) >= 8


def test_the_main_crisis_is_told_by_several_outlets():
    kz_outlets = {row["source"] for row in gold().values() if any(e["story"] == "kz-2022" for e in row["events"])}
    kz_articles = [i for i, row in gold().items() if row["events"] and row["events"][0]["story"] == "kz-2022"]
    assert len(kz_outlets) >= 5
    assert 12 <= len(kz_articles) <= 14


def test_a_casualty_figure_changes_between_reports_of_the_same_event():
    tolls = {e["dead"] for _, e in gold_events() if e["cluster"] == "kz-crackdown" and "dead" in e}
    assert {164, 225} <= tolls


def _attack_dates() -> dict[str, set[str]]:
    dates: dict[str, set[str]] = {}
    for _, event in gold_events():
        if event["story"] == "mogadishu-2023" and event["event"] == "ASSAULT":
            dates.setdefault(event["cluster"], set()).add(event["date"])
    return dates


def test_the_two_same_city_attacks_are_distinct_clusters_on_different_days():
    dates = _attack_dates()
    market, hotel = dates["mog-market-bombing"], dates["mog-hotel-attack"]
    assert len(market) == 1 and len(hotel) == 1
    assert market != hotel
    places = {e["location"] for _, e in gold_events() if e["cluster"] in ("mog-market-bombing", "mog-hotel-attack")}
    assert places == {"Mogadishu"}


def test_each_same_city_attack_is_reported_by_several_outlets_with_different_tolls():
    for cluster in ("mog-market-bombing", "mog-hotel-attack"):
        reports = [(gold()[i]["source"], e.get("dead")) for i, e in gold_events() if e["cluster"] == cluster]
        assert len({source for source, _ in reports}) >= 2, cluster
        assert len({dead for _, dead in reports if dead is not None}) >= 2, cluster


def test_declared_near_duplicates_really_are_near_duplicates():
    texts = {article_id: article.text for article_id, article in corpus().items()}
    declared = {(i, row["near_duplicate_of"]) for i, row in gold().items() if row.get("near_duplicate_of")}
    assert len(declared) >= 2
    for copy, original in declared:
        assert original in texts, copy
        assert _resemblance(texts[copy], texts[original]) >= 0.6, (copy, original)
        assert texts[copy] != texts[original], copy


def test_no_undeclared_pair_is_a_near_duplicate():
    texts = {article_id: article.text for article_id, article in corpus().items()}
    declared = {frozenset((i, row["near_duplicate_of"])) for i, row in gold().items() if row.get("near_duplicate_of")}
    for left, right in itertools.combinations(sorted(texts), 2):
        if frozenset((left, right)) not in declared:
            assert _resemblance(texts[left], texts[right]) < 0.3, (left, right)


def test_near_duplicate_events_point_at_the_same_copy_as_their_line():
    for article_id, row in gold().items():
        for event in row["events"]:
            assert event.get("near_duplicate_of") == row.get("near_duplicate_of"), article_id


def test_gold_figures_are_stated_in_their_article():
    # A figure of 1 may be implicit ("a man was shot dead"); sums of stated parts are marked `derived`.
    for article_id, event in gold_events():
        article = corpus()[article_id]
        stated = _stated_numbers(article.title + "\n" + article.text)
        for field in ("dead", "injured", "arrested"):
            value = event.get(field)
            if value is None or value == 1 or field in event.get("derived", ()):
                continue
            assert value in stated, f"{article_id}: {event['cluster']} {field}={value} is not in the text"


def test_gold_boilerplate_is_real_furniture_of_its_article():
    # Lines to strip are whole lines of the text; page furniture is in the HTML file but outside <article>.
    listed = 0
    for article_id, row in gold().items():
        for line in row.get("boilerplate", []):
            listed += 1
            article = corpus()[article_id]
            if article.fmt == "html":
                assert line in (CORPUS / article_id).read_text(encoding="utf-8"), (article_id, line)
                assert line not in article.text, (article_id, line)
            else:
                assert line in article.text.splitlines(), (article_id, line)
    assert listed >= 10


def test_every_article_has_a_main_event_and_levels_are_known():
    for article_id, row in gold().items():
        levels = [event["level"] for event in row["events"]]
        assert set(levels) <= {"must", "should"}, article_id
        assert "must" in levels, article_id


def test_back_references_to_the_market_bombing_are_secondary_in_hotel_reports():
    for article_id, event in gold_events():
        if event["cluster"] == "mog-market-bombing" and "hotel" in gold()[article_id].get("url", ""):
            assert event["level"] == "should", article_id
