"""Scoring against ACLED-format CSV rows: the first record extracted from each
row's `notes` against the row's coded fields."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tidings.evaluate.gold import AcledGold
from tidings.evaluate.metrics import Confusion, Tally
from tidings.evaluate.run import BATCH, ExtractMany, article_for, in_batches, pipeline_extract
from tidings.records import Event

_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%B %d, %Y", "%d %b %Y")


@dataclass
class AcledReport:
    event_type: Confusion = field(default_factory=Confusion)
    sub_event_type: Confusion = field(default_factory=Confusion)
    inter1: Tally = field(default_factory=Tally)
    inter2: Tally = field(default_factory=Tally)
    event_date: Tally = field(default_factory=Tally)
    country: Tally = field(default_factory=Tally)
    location: Tally = field(default_factory=Tally)
    fatalities: Tally = field(default_factory=Tally)
    no_event: int = 0

    @property
    def documents(self) -> int:
        return self.event_type.total


def parse_date(text: str) -> date | None:
    text = (text or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def score_acled(
    golds: list[AcledGold], extract: ExtractMany = pipeline_extract, batch: int = BATCH
) -> AcledReport:
    report = AcledReport()
    for chunk in in_batches(golds, batch):
        articles = [
            article_for(g.notes, parse_date(g.event_date), f"line {g.line}") for g in chunk
        ]
        for gold, events in zip(chunk, extract(articles)):
            score_one(report, gold, events[0] if events else None)
    return report


def score_one(report: AcledReport, gold: AcledGold, first: Event | None) -> None:
    acled = first.acled if first else None
    report.event_type.add(gold.event_type, acled.event_type if acled else None)
    report.sub_event_type.add(gold.sub_event_type, acled.sub_event_type if acled else None)
    if first is None:
        report.no_event += 1
    if gold.inter1 is not None:  # no actor reads as 0, as in ACLED's own files
        report.inter1.add(acled is not None and (acled.inter1 or 0) == gold.inter1)
    if gold.inter2 is not None:
        report.inter2.add(acled is not None and (acled.inter2 or 0) == gold.inter2)
    gold_date = parse_date(gold.event_date)
    if gold_date is not None:
        report.event_date.add(first is not None and first.date == gold_date.isoformat())
    if gold.country:
        report.country.add(first is not None and _same_country(first, gold.country))
    if gold.location:
        report.location.add(first is not None and _same_place(first, gold.location))
    if gold.fatalities is not None:
        dead = first.size.get("dead", 0) if first else 0
        report.fatalities.add(first is not None and dead == gold.fatalities)


def _same_country(event: Event, country: str) -> bool:
    place = event.event_loc
    if place is None or not place.country_code:
        return False
    import pycountry

    record = pycountry.countries.get(alpha_2=place.country_code)
    wanted = country.strip().lower()
    if record is None:
        return place.country_code.lower() == wanted
    names = {record.name.lower(), getattr(record, "common_name", "").lower(), record.alpha_2.lower(),
             record.alpha_3.lower()}  # fmt: skip
    return wanted in names


def _same_place(event: Event, location: str) -> bool:
    place = event.event_loc
    if place is None:
        return False
    wanted = location.strip().lower()
    return wanted in {place.resolved_place.lower(), place.extracted_place.lower()}
