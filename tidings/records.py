"""Typed records that cross stage boundaries.

Every stage takes and returns these plain dataclasses; none of them knows about
spaCy, SQLite or an export format. Field names follow the PLOVER JSON data
fields where PLOVER has a name for the thing, and extend it where it has none.

Offsets (`start`, `end`) always index the stored, cleaned article text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal["asserted", "negated", "future", "hypothetical"]
Resolution = Literal["country", "admin1", "admin2", "city", "sub-city"]


@dataclass
class Article:
    """One cleaned news article, ready for extraction."""

    id: str  # content hash of the normalised text, see ingest.identity
    text: str  # cleaned text; every offset in every record points into this
    title: str = ""
    published: date | None = None
    url: str = ""
    source: str = ""  # outlet or feed name
    author: str = ""
    language: str = "en"
    origin: str = ""  # where it came from: "path", "path:line", "stdin:line"
    external_id: str = ""  # the id the input gave it (JSONL `id`), if any


@dataclass
class IngestFailure:
    """An input item that could not become an article; always recorded."""

    origin: str  # file path (and ":line" for line-based formats)
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Span:
    """A stretch of article text that supports a field."""

    start: int
    end: int
    text: str


@dataclass
class Actor:
    """A PLOVER entity object, plus the evidence span it was read from."""

    entity_text: str
    code: str = ""  # ISO 3166 alpha-3, or IGO / EUR / UNO / NGO ...
    sector: str = ""  # PLOVER sector: GOV, MIL, COP, REB, OPP, CVL, ...
    identifier_id: str = ""  # Wikidata id, only when certain
    identifier_text: str = ""  # canonical name
    start: int | None = None
    end: int | None = None
    acled_inter: int | None = None  # ACLED actor type 1-8
    # Where `code` came from: "" when the phrase names it (a country, a body,
    # a person), "focus" for a generic agent given the article's country,
    # "place" for one given the country of the event's place.
    code_from: str = ""


@dataclass
class Place:
    """A resolved location (PLOVER location object)."""

    extracted_place: str
    resolved_place: str = ""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country_code: str = ""  # ISO alpha-2
    admin1: str = ""
    admin2: str = ""
    feature_code: str = ""
    resolution: Resolution | str = ""
    start: int | None = None
    end: int | None = None
    score: float = 0.0


@dataclass
class EventDate:
    """When an event happened, and what in the text says so."""

    date: str | None = None  # YYYY-MM-DD, or YYYY-MM / YYYY at coarser precision
    enddate: str | None = None
    precision: Precision = "unknown"
    text: str = ""  # the expression, or a note such as "publication date (fallback)"
    start: int | None = None
    end: int | None = None


@dataclass
class Figure:
    """One reported number: dead, injured, arrested, kidnapped, displaced, participants, troops."""

    kind: str
    best: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str = ""  # "at least", "around", "nearly", "more than", ...
    text: str = ""
    start: int | None = None
    end: int | None = None
    attribution: str = ""  # "according to the health ministry"
    cumulative: bool = False  # "the death toll rose to 225"
    alternatives: list["Figure"] = field(default_factory=list)  # other sources' figures


@dataclass
class Acled:
    event_type: str = ""
    sub_event_type: str = ""
    inter1: int | None = None
    inter2: int | None = None


@dataclass
class TextInfo:
    sequence: int  # sentence number in the article, from 0
    start: int
    end: int


@dataclass
class Event:
    """One coded event (a PLOVER record, extended)."""

    id: str
    doc_id: str
    event: list[str]
    text_info: TextInfo
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    quad_code: int | None = None
    cameo_root: str = ""
    date: str | None = None
    enddate: str | None = None
    date_precision: Precision = "unknown"
    actor: list[Actor] = field(default_factory=list)
    recipient: list[Actor] = field(default_factory=list)
    event_loc: Place | None = None
    size: dict[str, int] = field(default_factory=dict)  # kind -> best estimate
    size_detail: dict[str, Figure] = field(default_factory=dict)
    acled: Acled = field(default_factory=Acled)
    event_text: str = ""  # the trigger
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    modality: Modality = "asserted"
    confidence: float = 0.0
    link: str = ""  # id of the merged real-world event, once merged

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        return event_from_dict(data)


def _plain(obj: Any) -> Any:
    """asdict() that also turns dates into ISO strings."""
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def _only_known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def figure_from_dict(data: dict[str, Any]) -> Figure:
    fields = _only_known(Figure, data)
    fields["alternatives"] = [figure_from_dict(a) for a in fields.get("alternatives", [])]
    return Figure(**fields)


def event_from_dict(data: dict[str, Any]) -> Event:
    """Rebuild an Event from its to_dict() form (store and merge read them back)."""
    d = _only_known(Event, data)
    d["text_info"] = TextInfo(**_only_known(TextInfo, d["text_info"]))
    d["actor"] = [Actor(**_only_known(Actor, a)) for a in d.get("actor", [])]
    d["recipient"] = [Actor(**_only_known(Actor, a)) for a in d.get("recipient", [])]
    if d.get("event_loc"):
        d["event_loc"] = Place(**_only_known(Place, d["event_loc"]))
    d["size_detail"] = {k: figure_from_dict(v) for k, v in d.get("size_detail", {}).items()}
    d["acled"] = Acled(**_only_known(Acled, d.get("acled") or {}))
    d["evidence"] = {
        k: [Span(**s) for s in spans] for k, spans in d.get("evidence", {}).items()
    }
    return Event(**d)
