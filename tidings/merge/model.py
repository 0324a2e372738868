"""Records the merge stage produces: merged events, their mentions, stories.

They sit beside `tidings.records.Event`: an Event is one report of something
in one article; a MergedEvent is the real-world event behind many reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    """One report of a merged event: an event record in one article."""

    event_id: str
    article_id: str
    source: str = ""
    published: str | None = None  # YYYY-MM-DD of the article
    sentence: int | None = None  # sentence number in the article
    start: int | None = None  # sentence offsets in the article text
    end: int | None = None
    duplicate_of: str = ""  # original article id when the article is a near-duplicate


@dataclass(slots=True)
class FigureReport:
    """One value reported for a figure, kept so conflicting tolls stay visible."""

    kind: str
    value: int
    reported: str | None  # publication date of the reporting article
    source: str
    article_id: str
    event_id: str
    cumulative: bool = False
    text: str = ""


@dataclass(slots=True)
class CanonicalActor:
    entity_text: str
    code: str = ""
    sector: str = ""
    votes: float = 0.0


@dataclass(slots=True)
class MergedEvent:
    """A real-world event with every report of it."""

    id: str
    event: str  # PLOVER category chosen by weighted agreement
    date: str | None
    date_precision: str
    country: str  # ISO alpha-2, "" when unknown
    place: str = ""
    lat: float | None = None
    lon: float | None = None
    actor: list[CanonicalActor] = field(default_factory=list)
    recipient: list[CanonicalActor] = field(default_factory=list)
    size: dict[str, int] = field(default_factory=dict)  # kind -> canonical value
    figure_history: dict[str, list[FigureReport]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def num_mentions(self) -> int:
        return len(self.mentions)

    @property
    def num_articles(self) -> int:
        return len({m.article_id for m in self.mentions})

    @property
    def num_sources(self) -> int:
        # an article without an outlet name counts as its own source
        return len({m.source or f"article:{m.article_id}" for m in self.mentions})

    @property
    def event_ids(self) -> list[str]:
        # each record once: a copy of an article from another outlet is a
        # mention of the same record (tidings.store.sightings)
        return list(dict.fromkeys(m.event_id for m in self.mentions))


@dataclass
class Counts:
    """What exports need per event record: the merged event's totals."""

    merged_id: str
    mentions: int
    sources: int
    articles: int


@dataclass
class Story:
    """Related merged events chained into one timeline."""

    id: str
    title: str
    country: str
    start: str | None
    end: str | None
    event_ids: list[str] = field(default_factory=list)  # merged event ids, in time order


@dataclass
class MergeResult:
    merged: list[MergedEvent]
    stories: list[Story]
    duplicates: dict[str, str] = field(default_factory=dict)  # article id -> original id

    def link_of(self) -> dict[str, str]:
        """Event record id -> merged event id."""
        return {m.event_id: me.id for me in self.merged for m in me.mentions}

    def counts(self) -> dict[str, Counts]:
        """Event record id -> merged totals, for GDELT-style counts."""
        out: dict[str, Counts] = {}
        for me in self.merged:
            c = Counts(me.id, me.num_mentions, me.num_sources, me.num_articles)
            for m in me.mentions:
                out[m.event_id] = c
        return out
