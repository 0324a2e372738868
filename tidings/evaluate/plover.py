"""Scoring against PLOVER gold records: category of the first (most salient)
record per document, and actor and recipient country codes."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.evaluate.gold import PloverGold, normal_code
from tidings.evaluate.metrics import Confusion, Tally
from tidings.evaluate.run import BATCH, ExtractMany, article_for, in_batches, pipeline_extract
from tidings.records import Event


@dataclass
class PloverMiss:
    gold: PloverGold
    predicted: Event | None


@dataclass
class PloverReport:
    category: Confusion = field(default_factory=Confusion)
    actor_exact: Tally = field(default_factory=Tally)  # same set of codes
    actor_overlap: Tally = field(default_factory=Tally)  # at least one code in common
    recipient_exact: Tally = field(default_factory=Tally)
    # The 2016 gold predates PLOVER's UNO and EUR codes and writes IGO for both.
    actor_exact_igo: Tally = field(default_factory=Tally)
    any_record: Tally = field(default_factory=Tally)  # gold category among all records
    no_event: int = 0
    misses: list[PloverMiss] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.category.total


def codes(actors: list) -> set[str]:
    return {normal_code(a.code) for a in actors if a.code}


_IGO_FAMILY = {"UNO": "IGO", "EUR": "IGO"}


def igo_family(found: set[str]) -> set[str]:
    return {_IGO_FAMILY.get(c, c) for c in found}


def score_plover(
    golds: list[PloverGold], extract: ExtractMany = pipeline_extract, batch: int = BATCH
) -> PloverReport:
    report = PloverReport()
    for chunk in in_batches(golds, batch):
        articles = [article_for(g.text, g.published, g.id) for g in chunk]
        for gold, events in zip(chunk, extract(articles)):
            score_one(report, gold, events)
    return report


def score_one(report: PloverReport, gold: PloverGold, events: list[Event]) -> None:
    first = events[0] if events else None
    predicted = first.event[0] if first and first.event else None
    report.category.add(gold.event, predicted)
    report.any_record.add(any(gold.event in e.event for e in events))
    if first is None:
        report.no_event += 1
    if predicted != gold.event:
        report.misses.append(PloverMiss(gold, first))
    gold_actors = set(gold.actor_codes)
    if gold_actors:
        found = codes(first.actor) if first else set()
        report.actor_exact.add(found == gold_actors)
        report.actor_exact_igo.add(igo_family(found) == igo_family(gold_actors))
        report.actor_overlap.add(bool(found & gold_actors))
    gold_recipients = set(gold.recipient_codes)
    if gold_recipients:
        found = codes(first.recipient) if first else set()
        report.recipient_exact.add(found == gold_recipients)
