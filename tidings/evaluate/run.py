"""Running the extraction pipeline over gold texts."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from tidings.records import Article, Event

# Articles in, one list of events per article out, in order.
ExtractMany = Callable[[list[Article]], list[list[Event]]]


def article_for(text: str, published: date | None = None, key: str = "") -> Article:
    digest = hashlib.sha1(f"{key}\n{text}".encode("utf-8")).hexdigest()
    return Article(id=digest, text=text, published=published, external_id=key)


def pipeline_extract(articles: list[Article]) -> list[list[Event]]:
    """The real pipeline (`tidings.extract.pipeline.extract_many`)."""
    from tidings.extract.pipeline import extract_many

    return [events for _, events in extract_many(articles)]


def in_batches(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


BATCH = 64


@dataclass
class Timings:
    """Seconds spent in each step of `coding_extract` (a benchmark, printed)."""

    split: float = 0.0
    first_pass: float = 0.0
    parse: float = 0.0
    coding: float = 0.0
    sentences: int = 0
    parsed: int = 0

    def text(self) -> str:
        share = 100 * self.coding / self.parse if self.parse else 0.0
        return (
            f"timing: {self.sentences} sentences, {self.parsed} parsed by the first pass's choice; "
            f"split {self.split:.2f}s, first pass {self.first_pass:.3f}s, spaCy parse {self.parse:.2f}s, "
            f"event coding + actors {self.coding:.2f}s ({share:.0f}% on top of the parse)"
        )


def coding_extract(articles: list[Article], timings: Timings | None = None) -> list[list[Event]]:
    """Event coding alone (no dates, places or figures): for measuring the
    coding component while the rest of the pipeline changes, and for speed."""
    from tidings.extract import coding
    from tidings.extract.context import ArticleContext
    from tidings.extract.nlp import load_nlp
    from tidings.extract.pipeline import build_event, rank_key
    from tidings.extract.sentences import split
    from tidings.records import EventDate

    timings = timings if timings is not None else Timings()
    nlp = load_nlp()
    coding.warm_up()  # once-per-process loading is not coding time
    clock = time.perf_counter()
    contexts = [ArticleContext(a, split(a.text)) for a in articles]
    clock = _lap(timings, "split", clock)
    todo = [s for ctx in contexts for s in ctx.sentences if coding.is_candidate(s.text)]
    clock = _lap(timings, "first_pass", clock)
    for sentence, doc in zip(todo, nlp.pipe((s.text for s in todo), batch_size=256)):
        sentence.doc = doc
    clock = _lap(timings, "parse", clock)
    timings.sentences += sum(len(ctx.sentences) for ctx in contexts)
    timings.parsed += len(todo)
    out = []
    for ctx in contexts:
        coded = [c for s in ctx.sentences if s.doc is not None for c in coding.code_sentence(s, ctx)]
        coded = sorted(coding.resolve_document(coded, ctx), key=rank_key)
        out.append([build_event(ctx, n, c, EventDate(), None, {}) for n, c in enumerate(coded)])
    _lap(timings, "coding", clock)
    return out


def _lap(timings: Timings, step: str, since: float) -> float:
    now = time.perf_counter()
    setattr(timings, step, getattr(timings, step) + now - since)
    return now
