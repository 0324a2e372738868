"""One merged event from the reports in a cluster.

Each field is chosen by agreement: every report votes for its value with a
weight of its confidence times how precise it is, so three day-precise
reports outvote one month-precise guess. Figures are never averaged: each
report's value is kept in a history, and the canonical value is the one from
the latest report (tolls rise as bodies are counted); reports of the same day
are settled by how many agree, then by the higher value.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from tidings.merge.model import CanonicalActor, FigureReport, MergedEvent, Mention
from tidings.merge.profile import Profile, ordinal_to_iso

PRECISION_WEIGHT = {"day": 1.0, "week": 0.6, "month": 0.4, "year": 0.2}
MAX_PARTIES = 3
K = TypeVar("K", bound=Hashable)


def merged_id(event_ids: Iterable[str]) -> str:
    """Named after the smallest member id, so it does not depend on arrival order."""
    return "ev-" + hashlib.blake2b(min(event_ids).encode(), digest_size=6).hexdigest()


def weight(p: Profile) -> float:
    return max(p.confidence, 0.05) * PRECISION_WEIGHT.get(p.precision, 0.1)


def build(members: Sequence[Profile], duplicates: dict[str, str] | None = None) -> MergedEvent:
    duplicates = duplicates or {}
    dated = [p for p in members if p.date]
    best_place = _vote(
        (p for p in members if p.place),
        key=lambda p: (p.place_rank, p.place.lower()),
        weight=lambda p: max(p.confidence, 0.05) * (1 + p.place_rank),
    )
    placed = next((p for p in members if best_place and (p.place_rank, p.place.lower()) == best_place), None)
    sizes, history = _figures(members)
    return MergedEvent(
        id=merged_id(p.event_id for p in members),
        event=_vote(members, key=lambda p: p.category, weight=lambda p: max(p.confidence, 0.05)) or "",
        date=_date(dated),
        date_precision=_precision(dated),
        country=_vote((p for p in members if p.country), key=lambda p: p.country, weight=weight) or "",
        place=placed.place if placed else "",
        lat=placed.lat if placed else None,
        lon=placed.lon if placed else None,
        actor=_parties(members, lambda p: p.actors),
        recipient=_parties(members, lambda p: p.recipients),
        size=sizes,
        figure_history=history,
        mentions=sorted((_mention(p, duplicates) for p in members), key=_mention_order),
        confidence=round(max((p.confidence for p in members), default=0.0), 3),
    )


def _vote(items: Iterable, key: Callable, weight: Callable) -> K | None:
    """The key with the largest total weight; ties go to the smallest key."""
    totals: dict = defaultdict(float)
    for item in items:
        totals[key(item)] += weight(item)
    if not totals:
        return None
    return min(totals, key=lambda k: (-round(totals[k], 9), str(k)))


def _date(dated: Sequence[Profile]) -> str | None:
    # precision weighs in: three day-precise reports outvote a month-precise one
    return _vote(dated, key=lambda p: p.date, weight=weight)


def _precision(dated: Sequence[Profile]) -> str:
    chosen = _date(dated)
    return next((p.precision for p in dated if p.date == chosen), "unknown")


def _parties(members: Sequence[Profile], get: Callable) -> list[CanonicalActor]:
    votes: dict[str, float] = defaultdict(float)
    names: dict[str, Counter] = defaultdict(Counter)
    codes: dict[str, tuple[str, str]] = {}
    for p in members:
        for name, code, sector in get(p):
            key = f"{code}/{sector}" if code else name.lower()
            votes[key] += max(p.confidence, 0.05)
            names[key][name] += 1
            codes[key] = (code, sector)
    if not votes:
        return []
    top = max(votes.values())
    keep = sorted((k for k in votes if votes[k] >= top / 2), key=lambda k: (-votes[k], k))
    return [
        CanonicalActor(
            entity_text=min(names[k].items(), key=lambda kv: (-kv[1], kv[0]))[0],
            code=codes[k][0],
            sector=codes[k][1],
            votes=round(votes[k], 3),
        )
        for k in keep[:MAX_PARTIES]
    ]


def _figures(members: Sequence[Profile]) -> tuple[dict[str, int], dict[str, list[FigureReport]]]:
    history: dict[str, list[FigureReport]] = defaultdict(list)
    for p in members:
        for kind, value, cumulative, text in p.figures:
            history[kind].append(
                FigureReport(kind, value, ordinal_to_iso(p.published), p.source, p.doc_id,
                             p.event_id, cumulative, text)
            )
    sizes = {}
    for kind, reports in history.items():
        reports.sort(key=lambda r: (r.reported or "", r.value, r.source, r.event_id))
        sizes[kind] = _latest_value(reports)
    return sizes, dict(sorted(history.items()))


def _latest_value(reports: list[FigureReport]) -> int:
    last_day = max(r.reported or "" for r in reports)
    values = Counter(r.value for r in reports if (r.reported or "") == last_day)
    return max(values, key=lambda v: (values[v], v))


def _mention(p: Profile, duplicates: dict[str, str]) -> Mention:
    return Mention(
        event_id=p.event_id,
        article_id=p.doc_id,
        source=p.source,
        published=ordinal_to_iso(p.published),
        sentence=p.sentence,
        start=p.start,
        end=p.end,
        duplicate_of=duplicates.get(p.doc_id, ""),
    )


def _mention_order(m: Mention) -> tuple[str, str]:
    return (m.published or "9999", m.event_id)
