"""The extraction stage: articles in, event records out.

    sentences -> first pass -> parse candidates -> code events
              -> actors (in coding) / places / dates / figures -> Event records

Each component lives in its own module and can be replaced on its own; this
module only wires them together and builds the records.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from tidings.extract import coding, dates, magnitudes, places, taxonomy
from tidings.extract.actors.inter import acled_inters
from tidings.extract.actors.placed import place_generics
from tidings.extract.context import ArticleContext, CodedEvent, Sentence
from tidings.extract.magnitudes.harm import is_incident
from tidings.extract.magnitudes.victims import find_victims, may_name_victims
from tidings.extract.nlp import add_entities, has_entities, parse_syntax
from tidings.extract.places.recognize import names_in_gazetteer
from tidings.extract.sentences import split
from tidings.records import Acled, Article, Event, EventDate, Figure, Place, Span, TextInfo
from tidings.resources.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc

    from tidings.extract.places.home import Home

BATCH_ARTICLES = 64
PARSE_BATCH = 256  # sentences per nlp.pipe batch
# Parsed sentences kept per process; wire copy repeats sentences across articles.
DOC_CACHE_SIZE = 4096
# Sentences around an event's sentence whose entities may be read: places
# read its neighbours most closely, and a figure reaches back to an event up
# to magnitudes.WINDOW sentences before it. Even there a sentence gets them
# only where a reader looks at them (see _entities_read).
ENTITY_BEFORE, ENTITY_AFTER = 1, magnitudes.WINDOW


def extract(article: Article) -> list[Event]:
    """Events of one article, most salient asserted event first."""
    return next(extract_many([article]))[1]


def extract_many(
    articles: Iterable[Article], batch_size: int = BATCH_ARTICLES, homes: "Mapping[str, Home] | None" = None
) -> Iterator[tuple[Article, list[Event]]]:
    """(article, events) pairs in input order; parsing is batched across articles.
    `homes`: outlets' home areas by `Article.source` (see places/outlets.py)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch, homes or {})
            batch = []
    if batch:
        yield from _extract_batch(batch, homes or {})


def _extract_batch(articles: list[Article], homes: "Mapping[str, Home]") -> Iterator[tuple[Article, list[Event]]]:
    contexts = [ArticleContext(a, split(a.text), homes.get(a.source) if a.source else None) for a in articles]
    _parse_candidates(contexts)
    coded = [_coded(ctx) for ctx in contexts]
    _name_entities([s for ctx, found in zip(contexts, coded) for s in _entity_sentences(ctx, found)])
    for ctx, found in zip(contexts, coded):
        yield ctx.article, _events_of(ctx, found)


def _parse_candidates(contexts: list[ArticleContext]) -> None:
    """Parse only sentences the cheap first pass marks as possible events,
    without entities (see _name_entities).

    Each distinct sentence text is parsed once: the components only read a
    Doc, and its offsets are relative to the sentence, so equal sentences can
    share it (syndicated copies, boilerplate, updates of a story).
    """
    todo = [s for ctx in contexts for s in ctx.sentences if coding.is_candidate(s.text)]
    if not todo:
        return
    docs = _parsed(list(dict.fromkeys(s.text for s in todo)))
    for sentence in todo:
        sentence.doc = docs[sentence.text]


def _parsed(texts: list[str]) -> dict[str, "Doc"]:
    """A Doc for each distinct text, from the cache or parsed now in one pipe."""
    cache = _doc_cache()
    docs = {t: cache.pop(t) for t in texts if t in cache}
    fresh = [t for t in texts if t not in docs]
    if fresh:
        docs.update(zip(fresh, parse_syntax(fresh, batch_size=PARSE_BATCH)))
    cache.update(docs)  # re-inserted last, so the least recently used go first
    while len(cache) > DOC_CACHE_SIZE:
        del cache[next(iter(cache))]
    return docs


@functools.lru_cache(maxsize=1)
def _doc_cache() -> dict[str, "Doc"]:
    return {}


def _entity_sentences(ctx: ArticleContext, coded: list[CodedEvent]) -> list[Sentence]:
    """Parsed sentences near the article's events whose entities places and
    figures read. An article without events needs none."""
    held: set[int] = set()  # sentences that tell an event
    for c in coded:
        for sentence in [c.sentence] + [ctx.sentence_at(m.start) for m in c.extra.get("mentions", [])]:
            if sentence is not None:
                held.add(sentence.sequence)
    near = {n for seq in held for n in range(seq - ENTITY_BEFORE, seq + ENTITY_AFTER + 1)}
    return [
        s
        for s in ctx.sentences
        if s.sequence in near and s.doc is not None and not has_entities(s.doc) and _entities_read(s)
    ]


def _entities_read(sentence: Sentence) -> bool:
    """Whether a sentence's entities can change what is extracted: figures
    read them only to turn away a victim the parse already offers (a date
    or a place is no person: magnitudes.victims), places only where a
    gazetteer name is (places.recognize), and nothing else reads them; a
    stage that starts to must be added here. Naming entities is the
    dearest part of the parse."""
    return _victims_named(sentence) or names_in_gazetteer(sentence.text, load_gazetteer())


def _victims_named(sentence: Sentence) -> bool:
    """Whether the victims reader finds someone in the parse alone. Entities
    only strike out what it found, so where it finds no one they would
    change nothing: "were in hospital with gunshot wounds" names nobody."""
    return may_name_victims(sentence.text) and bool(find_victims(sentence))


def _name_entities(sentences: list[Sentence]) -> None:
    """Entities for these sentences, in one batch.

    Each gets its own copy of its Doc first: a cached Doc is shared by every
    sentence with the same text, and a sentence far from any event must not
    see entities because another article needed them (the output would then
    depend on what was read before).
    """
    for sentence in sentences:
        sentence.doc = sentence.doc.copy()
    add_entities([s.doc for s in sentences], batch_size=PARSE_BATCH)


def _coded(ctx: ArticleContext) -> list[CodedEvent]:
    coded: list[CodedEvent] = []
    for sentence in ctx.sentences:
        if sentence.doc is not None:
            coded.extend(coding.code_sentence(sentence, ctx))
    return coding.resolve_document(coded, ctx)


def _events_of(ctx: ArticleContext, coded: list[CodedEvent]) -> list[Event]:
    if not coded:
        return []
    when = dates.date_events(coded, ctx)
    where = places.locate_events(coded, ctx)
    sizes = magnitudes.measure_events(coded, ctx)
    order = sorted(range(len(coded)), key=lambda i: rank_key(coded[i]))
    return [
        build_event(ctx, n, coded[i], when[i], where[i], sizes[i]) for n, i in enumerate(order)
    ]


def rank_key(c: CodedEvent) -> tuple:
    """Sort key: asserted events first, then an incident that hurt people
    (before the arrests, charges and inquiries that followed it), then the
    most salient, then text order."""
    asserted = c.modality == "asserted"
    return (not asserted, not is_incident(c), -c.salience, c.sentence.sequence, c.trigger.start)


def build_event(
    ctx: ArticleContext,
    n: int,
    c: CodedEvent,
    when: EventDate,
    where: Place | None,
    figures: dict[str, Figure],
) -> Event:
    evidence: dict[str, list[Span]] = {"event": [c.trigger]}
    _add_actor_evidence(evidence, "actor", c.actor)
    _add_actor_evidence(evidence, "recipient", c.recipient)
    if when.start is not None:
        evidence["date"] = [Span(when.start, when.end, ctx.text[when.start : when.end])]
    if where is not None and where.start is not None:
        evidence["event_loc"] = [Span(where.start, where.end, ctx.text[where.start : where.end])]
    for kind, fig in figures.items():
        if fig.start is not None:
            evidence[kind] = [Span(fig.start, fig.end, ctx.text[fig.start : fig.end])]
    sent = c.sentence
    # generic actors take the country of a precise place: a round-up's focus is not theirs
    c = replace(
        c, actor=place_generics(c.actor, where, ctx.text), recipient=place_generics(c.recipient, where, ctx.text)
    )
    inter1, inter2 = acled_inters(c, where)  # known only once the event is placed
    return Event(
        id=f"{ctx.article.id[:16]}-{n:03d}",
        doc_id=ctx.article.id,
        event=[c.event] if c.event else [],  # out-of-scope reports (disasters) carry no category
        mode=[c.mode] if c.mode else [],
        context=list(c.context),
        quad_code=taxonomy.quad_code(c.event),
        cameo_root=taxonomy.cameo_root(c.event, c.mode),
        date=when.date,
        enddate=when.enddate,
        date_precision=when.precision,
        actor=c.actor,
        recipient=c.recipient,
        event_loc=where,
        size={k: f.best for k, f in figures.items() if f.best is not None},
        size_detail=figures,
        acled=Acled(
            event_type=c.acled_event_type,
            sub_event_type=c.acled_sub_event_type,
            inter1=inter1,
            inter2=inter2,
        ),
        event_text=c.trigger.text,
        text_info=TextInfo(sent.sequence, sent.start, sent.end),
        evidence=evidence,
        modality=c.modality,  # type: ignore[arg-type]
        confidence=round(c.confidence, 3),
    )


def _add_actor_evidence(evidence: dict[str, list[Span]], key: str, actors: list) -> None:
    spans = [
        Span(a.start, a.end, a.entity_text) for a in actors if a.start is not None
    ]
    if spans:
        evidence[key] = spans
