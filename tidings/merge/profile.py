"""The merge stage's compact view of one event record.

A `Profile` keeps only what blocking, the pair decision and the canonical
fields need, so a million of them fit in memory and can be stored and read
back for incremental merging without the full Event.
"""

from __future__ import annotations

from tidings.countries import alpha2_of
from tidings.countries import country as country_record

import calendar
import functools
import math
import re
import sys
from dataclasses import dataclass
from datetime import date

from tidings.merge.families import family_of
from tidings.merge.text import STOPWORDS, content_terms, tokens
from tidings.merge.topic import CALENDAR, name_keys, topic_keys
from tidings.merge.triggers import trigger_key
from tidings.records import Actor, Event

# Finer places are better evidence; a country-level place says little.
RESOLUTION_RANK = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "sub-city": 4}
UNKNOWN_DATE_SPAN = 7  # an undated event happened within a week before publication


@dataclass(slots=True)
class Profile:
    event_id: str
    doc_id: str
    source: str
    published: int | None  # date ordinal of the article
    category: str
    family: str
    trigger: str  # the trigger's key: stemmed, synonyms as one (merge.triggers)
    country: str  # ISO alpha-2 or ""
    day_lo: int | None  # date ordinals bounding when it happened
    day_hi: int | None
    precise: bool  # day precision
    date: str | None
    precision: str
    city: str  # a key for a city-or-finer place, "" otherwise
    place: str  # best place name
    place_rank: int  # -1 when no place
    lat: float | None
    lon: float | None
    actors: tuple[tuple[str, str, str], ...]  # (name, code, sector)
    recipients: tuple[tuple[str, str, str], ...]
    figures: tuple[tuple[str, int, bool, str], ...]  # (kind, value, cumulative, text)
    terms: tuple[str, ...]  # distinct, sorted
    confidence: float
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    modality: str = "asserted"
    topic: tuple[str, ...] = ()  # the article's names and figures (merge.topic), shared by its events
    told: tuple[str, ...] = ()  # the names and figures of the evidence sentence (merge.topic)
    region: str = ""  # COUNTRY:ADMIN1 of the place, where the gazetteer gives one
    pinned: bool = False  # the place may be the article's dateline, not the event's (pinned_place)
    # derived once, since every pair decision reads them
    actor_keys: tuple[str, ...] = ()  # distinct, sorted
    actor_names: tuple[str, ...] = ()  # the name words among actor_keys (codes are upper case)
    recipient_keys: tuple[str, ...] = ()
    total: bool = False  # may be one figure of a running total (decision.total_candidate)
    ages: tuple[int, ...] = ()  # people's ages its sentence gives ("a 28-year-old man")

    def __post_init__(self) -> None:
        self.actor_keys = party_keys(self.actors, self.country)
        names = tuple(k for k in self.actor_keys if k.islower())
        self.actor_names = self.actor_keys if len(names) == len(self.actor_keys) else names
        self.recipient_keys = party_keys(self.recipients, self.country)
        self.total = may_be_total(self)
        self.ages = ages_told(self.told)


# Running totals (see decision.running_total) come from tolls and crackdowns
# reported nationwide.
TOTAL_CATEGORIES = frozenset({"ASSAULT", "COERCE"})
TOTAL_KINDS = frozenset({"dead", "killed", "injured", "arrested", "detained"})


_AGE = re.compile(r"#(\d{1,3})-years?-old")


def ages_told(told: tuple[str, ...]) -> tuple[int, ...]:
    """The ages among a sentence's keys ('#28-year-old' -> 28)."""
    return tuple(int(m.group(1)) for key in told if key.endswith("-old") and (m := _AGE.fullmatch(key)))


def may_be_total(p: Profile) -> bool:
    return (
        p.category in TOTAL_CATEGORIES
        and p.place_rank <= 1
        and any(kind in TOTAL_KINDS for kind, *_ in p.figures)
    )


def party_keys(parties: tuple[tuple[str, str, str], ...], country: str = "") -> tuple[str, ...]:
    """Codes (CODE/SECTOR) and distinctive name words of the parties. A coded
    party's country words ("Australian", "Australia's", "Moscow") are left to
    its code: one outlet's "the Australian minister" and another's "Australia's
    foreign minister" are not two differently named parties. An unnamed
    party of a sector that seldom acts abroad, coded with another country
    than the event's, is keyed as the event country's (`home_code`)."""
    if not parties:
        return ()
    keys = set()
    for name, code, sector in parties:
        if code:
            words = [w for w in name_words(name) if w not in country_words()]
            if not words:
                code = home_code(code, sector, country)
            keys.add(f"{code}/{sector}" if sector else code)
            keys.update(words)
        else:
            keys.update(name_words(name))
    return tuple(sorted(sys.intern(k) for k in keys))


# Sectors whose parties act abroad under their own country's name (a foreign
# army, ministry, court or agency); the other sectors' unnamed parties
# ("civilians", "gunmen", "traders") act where the event is.
ABROAD_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "NGO"})


@functools.lru_cache(maxsize=4096)
def home_code(code: str, sector: str, country: str) -> str:
    """The code an unnamed party is compared under. An extractor carries an
    article's first country on to the events of its later paragraphs, so a
    round-up's "gunmen killed six fishermen" in Mozambique reads as Burkinabe
    gunmen and civilians; unnamed civilians or gunmen of another country
    than the event's are taken to be the event country's own."""
    if not country or sector in ABROAD_SECTORS:
        return code
    home = alpha2_of(code)
    if not home or home == country:
        return code
    found = country_record(country)
    return found.alpha3 if found and found.alpha3 else code


@functools.lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """One-word country names, adjectives and capitals, lower case (the
    actor tables' country list)."""
    from tidings.extract.actors.kb import RESOURCE_DIR, read_table

    found = set()
    for row in read_table(RESOURCE_DIR / "countries.tsv"):
        for cell in (row["names"], row["adjectives"], row["capital"]):
            found.update(w.strip().lower() for w in cell.split("|") if w.strip() and " " not in w.strip())
    return frozenset(found)


@functools.lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """Distinctive words of an actor name ('Kasim-Yomart Tokayev' -> tokayev...).

    Only capitalised words name someone: the rest of an actor phrase
    ("the female suicide bomber", "activists detained on Tuesday") describes
    them, and two reports that describe one party differently are not two
    parties. A possessive is the name it belongs to ("Australia's" is
    australia)."""
    out = []
    for word in tokens(name):
        if not word[0].isupper():
            continue
        word = word.lower().removesuffix("'s")
        if len(word) > 3 and word not in _GENERIC_NAME_WORDS:
            out.append(word)
    return tuple(out)


# Words for kinds of people ("gunmen", "armed men", "the crowd") and pronouns
# are how an outlet words a party, not who it is: two reports that differ in
# them are not "named apart"; nor are days and months, capitalised as they are.
_GENERIC_NAME_WORDS = STOPWORDS | CALENDAR | frozenset(
    "people police forces force government security troops protesters officials "
    "ministry president minister army military group groups members residents "
    "gunmen attackers assailants militants rebels insurgents fighters soldiers officers "
    "civilians rioters demonstrators crowd crowds workers students villagers victims "
    "witnesses spokesman spokeswoman spokesperson authorities leaders leader women "
    "children dozens hundreds thousands armed unknown unidentified suspected several "
    "they them their these those this that which".split()
)


def profile(
    event: Event,
    *,
    published: date | None = None,
    source: str = "",
    sentence_text: str = "",
    article_text: str = "",
) -> Profile:
    """Build the profile of an event; `sentence_text` is its evidence sentence,
    `article_text` the whole article it was read from. Without a sentence
    there is no text to compare: the trigger alone would count twice, as the
    act and again as text (two "request"s in two cities looked alike)."""
    category = event.event[0] if event.event else ""
    lo, hi = day_range(event.date, event.date_precision, published, event.enddate)
    loc = event.event_loc
    figures = _figures(event)
    if not figures and month_of_report(event.date, event.date_precision, published, sentence_text):
        lo, hi = day_range(None, "", published)
    if loc is not None and _nationwide_figure(category, figures, sentence_text):
        loc = None  # see NATIONWIDE
    rank = RESOLUTION_RANK.get(str(loc.resolution), 1) if loc is not None else -1
    return Profile(
        event_id=event.id,
        doc_id=event.doc_id,
        source=_shared(source),
        published=published.toordinal() if published else None,
        category=_shared(category),
        family=family_of(category),
        trigger=sys.intern(trigger_key(event.event_text)),
        country=_shared(_country_of(event)),
        day_lo=lo,
        day_hi=hi,
        precise=event.date_precision == "day" and lo is not None,
        date=_shared(event.date) if event.date else None,
        precision=_shared(event.date_precision),
        city=_shared(_city_key(loc)) if loc is not None and rank >= 2 else "",
        place=_shared(loc.resolved_place or loc.extracted_place) if loc is not None else "",
        place_rank=rank,
        lat=loc.lat if loc is not None else None,
        lon=loc.lon if loc is not None else None,
        actors=tuple(_party(a) for a in event.actor),
        recipients=tuple(_party(a) for a in event.recipient),
        figures=figures,
        terms=content_terms(sentence_text),
        confidence=event.confidence,
        sentence=event.text_info.sequence,
        start=event.text_info.start,
        end=event.text_info.end,
        modality=event.modality,
        topic=topic_keys(article_text) if article_text else (),
        told=topic_keys(sentence_text) if article_text and sentence_text else (),
        region=_shared(f"{loc.country_code.upper()}:{loc.admin1}") if loc is not None and loc.admin1 else "",
        pinned=loc is not None and pinned_place(
            loc.resolved_place or loc.extracted_place, article_text, event.text_info.start),
    )


# "LIMA, May 16 (Wire) -", "MOCÍMBOA DA PRAIA, Mozambique -": the capitals an
# article opens with, up to the first comma, bracket or dash
_DATELINE = re.compile(r"\s*([^\W\d_][^,(\n]{0,40}?)\s*(?:,|\(|\s[-\u2013\u2014]\s)")


def pinned_place(place: str, article_text: str, start: int | None) -> bool:
    """Was the place perhaps pinned on the event from its article's dateline
    (where the reporter files from, which the first sentence's event often
    is not: "LIMA - ... while in Arequipa police fired tear gas")? Places
    inherited from an earlier sentence are not counted: local news names
    where a suspect lives beside where the shooting was, and letting those
    off cost precision on a GVDB probe."""
    if start != 0 or not place or not article_text:
        return False
    keys = name_keys(place)
    line = _DATELINE.match(article_text)
    return bool(keys) and line is not None and line.group(1).isupper() and keys.issubset(name_keys(line.group(1)))


# A toll or detention count "nationwide" / "across the country" is a running
# total for the whole country; the city the extractor attached (a dateline,
# an earlier sentence) is where it was reported from, not where it happened,
# and would keep the figure apart from reports of the same total dated on
# other days (the one-city-one-day rule).
NATIONWIDE = re.compile(
    r"\b(?:nation-?wide|country-?wide|(?:across|throughout|all over|around|in all(?: of)?) the country)\b",
    re.IGNORECASE,
)


def _nationwide_figure(category: str, figures: tuple, sentence_text: str) -> bool:
    return (
        category in TOTAL_CATEGORIES
        and any(kind in TOTAL_KINDS for kind, *_ in figures)
        and NATIONWIDE.search(sentence_text) is not None
    )


def _shared(text: str) -> str:
    """One copy of each repeated string (outlets, places, dates) across profiles."""
    return sys.intern(text)


def _figures(event: Event) -> tuple[tuple[str, int, bool, str], ...]:
    out = []
    for kind, value in sorted(event.size.items()):
        detail = event.size_detail.get(kind)
        out.append((kind, value, bool(detail and detail.cumulative), detail.text if detail else ""))
    return tuple(out)


def _party(actor: Actor) -> tuple[str, str, str]:
    name = actor.identifier_text or actor.entity_text
    return (_shared(name), _shared(actor.code.upper()), _shared(actor.sector.upper()))


def _city_key(loc) -> str:
    if loc.geonameid:
        return f"g{loc.geonameid}"
    name = (loc.resolved_place or loc.extracted_place).lower().strip()
    return f"{loc.country_code.upper()}:{name}" if name else ""


def _country_of(event: Event) -> str:
    """Where it happened; without a place, the actor's country stands in (PLOVER habit)."""
    if event.event_loc is not None and event.event_loc.country_code:
        return event.event_loc.country_code.upper()
    for party in (*event.actor, *event.recipient):
        alpha2 = alpha2_of(party.code)
        if alpha2:
            return alpha2
    return ""


# The extractor dates an event whose sentence names no time with its
# report's month ("Anyone with information is urged to call Crime
# Stoppers", "Police have not released the man's name"). A police appeal or
# statement is news when it is reported: it belongs to the week before its
# report, as an undated event does, and a month would let every appeal of a
# town's month meet. A count (arrests, a toll) may grow over the month and
# keeps it; so does a sentence that names a month, a week or a year
# ("earlier this month").
_TIME_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d"
    r"|(?<![\w-])(?:january|february|april|june|july|august|september|october|november|december"
    r"|month|week|year)s?(?![\w-])",  # not the year of "a 28-year-old"
    re.IGNORECASE,
)


def month_of_report(when: str | None, precision: str, published: date | None, sentence: str) -> bool:
    """Is this month only the report's, the sentence naming no time?"""
    if precision != "month" or published is None or not when or not sentence:
        return False
    return when[:7] == published.isoformat()[:7] and not _TIME_WORDS.search(sentence)


def day_range(
    when: str | None, precision: str, published: date | None, until: str | None = None
) -> tuple[int | None, int | None]:
    """The first and last day (ordinals) the event may have happened on;
    `until` is the event's end date where it has one."""
    parsed = _parse_partial(when) if when else None
    if parsed is None:
        if published is None:
            return None, None
        return published.toordinal() - UNKNOWN_DATE_SPAN, published.toordinal()
    year, month, day = parsed
    if day is not None:
        first = date(year, month, day).toordinal()
        if precision != "week":
            return first, first
        end = _parse_partial(until) if until else None
        if end is not None and end[2] is not None and date(*end).toordinal() >= first:
            return first, date(*end).toordinal()  # type: ignore[arg-type]
        if published is not None and first == published.toordinal():
            # the extractor's fallback for an undated incident: the week up to
            # publication, not the week after it
            return first - 6, first
        return first, first + 6
    if month is not None:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
    return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()


def _parse_partial(text: str) -> tuple[int, int | None, int | None] | None:
    parts = text[:10].split("-")
    try:
        nums = [int(p) for p in parts]
        if len(nums) == 3:
            date(*nums)  # validates
            return nums[0], nums[1], nums[2]
        if len(nums) == 2 and 1 <= nums[1] <= 12:
            return nums[0], nums[1], None
        if len(nums) == 1:
            return nums[0], None, None
    except ValueError:
        return None
    return None


def distance_km(a: Profile, b: Profile) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@functools.lru_cache(maxsize=8192)
def ordinal_to_iso(day: int | None) -> str | None:
    # cached: every mention and figure report carries a day, and one shared
    # string per day saves a string per mention (60 MB at a million)
    return date.fromordinal(day).isoformat() if day is not None else None

