"""GeoJSON FeatureCollection: a Point for each event that has coordinates.

Events without coordinates have no place on a map and are not written; the
return value counts features, so a caller can report how many were left out.
Features are written one at a time, so the collection is never held in memory.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from tidings.export import ExportItem, sentence_of


def write(items: Iterable[ExportItem], out: IO[str]) -> int:
    out.write('{"type": "FeatureCollection", "features": [\n')
    rows = 0
    for item in items:
        feature = to_feature(item)
        if feature is None:
            continue
        out.write((",\n" if rows else "") + json.dumps(feature, ensure_ascii=False))
        rows += 1
    out.write("\n]}\n")
    return rows


def to_feature(item: ExportItem) -> dict[str, Any] | None:
    e = item.event
    place = e.event_loc
    if place is None or place.lat is None or place.lon is None:
        return None
    return {
        "type": "Feature",
        "id": e.id,
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": {
            "id": e.id,
            "doc_id": e.doc_id,
            "date": e.date,
            "date_precision": e.date_precision,
            "event": e.event[0] if e.event else "",
            "events": e.event,
            "mode": e.mode,
            "actors": [a.entity_text for a in e.actor],
            "recipients": [a.entity_text for a in e.recipient],
            "place": place.resolved_place or place.extracted_place,
            "country_code": place.country_code,
            "resolution": place.resolution,
            "dead": e.size.get("dead"),
            "injured": e.size.get("injured"),
            "arrested": e.size.get("arrested"),
            "acled_event_type": e.acled.event_type,
            "acled_sub_event_type": e.acled.sub_event_type,
            "modality": e.modality,
            "confidence": e.confidence,
            "sentence": sentence_of(item),
            "title": item.article.title if item.article else "",
            "url": item.article.url if item.article else "",
            "mentions": item.mentions,
            "sources": item.sources,
        },
    }
