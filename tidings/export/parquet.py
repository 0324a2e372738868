"""Parquet: one row per event, flat columns for analysis plus the full JSON record.

Rows are written in batches (row groups), so memory stays flat on a large store.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from tidings.export import ExportItem, sentence_of

BATCH_ROWS = 5000


def schema():
    import pyarrow as pa

    text, number, real = pa.string(), pa.int64(), pa.float64()
    return pa.schema([
        ("id", text), ("doc_id", text), ("date", text), ("enddate", text),
        ("date_precision", text), ("event", text), ("events", pa.list_(text)),
        ("mode", text), ("quad_code", number), ("cameo_root", text),
        ("actor", text), ("actor_code", text), ("actor_sector", text),
        ("recipient", text), ("recipient_code", text), ("recipient_sector", text),
        ("place", text), ("geonameid", number), ("country_code", text), ("admin1", text),
        ("lat", real), ("lon", real), ("resolution", text),
        ("dead", number), ("injured", number), ("arrested", number),
        ("acled_event_type", text), ("acled_sub_event_type", text),
        ("modality", text), ("confidence", real), ("link", text),
        ("sentence", text), ("title", text), ("source", text), ("url", text),
        ("published", text),
        ("mentions", number), ("sources", number), ("articles", number),
        ("record", text),
    ])


def write(items: Iterable[ExportItem], out: IO[bytes] | str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_schema = schema()
    rows = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, table_schema) as writer:
        for item in items:
            batch.append(flat(item))
            if len(batch) >= BATCH_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
                rows += len(batch)
                batch = []
        if batch or rows == 0:  # an empty export still gets a valid file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=table_schema))
            rows += len(batch)
    return rows


def flat(item: ExportItem) -> dict[str, Any]:
    e, article = item.event, item.article
    place = e.event_loc
    actor = e.actor[0] if e.actor else None
    recipient = e.recipient[0] if e.recipient else None
    return {
        "id": e.id, "doc_id": e.doc_id, "date": e.date, "enddate": e.enddate,
        "date_precision": e.date_precision, "event": e.event[0] if e.event else "",
        "events": list(e.event), "mode": e.mode[0] if e.mode else "",
        "quad_code": e.quad_code, "cameo_root": e.cameo_root,
        "actor": actor.entity_text if actor else None,
        "actor_code": actor.code if actor else None,
        "actor_sector": actor.sector if actor else None,
        "recipient": recipient.entity_text if recipient else None,
        "recipient_code": recipient.code if recipient else None,
        "recipient_sector": recipient.sector if recipient else None,
        "place": (place.resolved_place or place.extracted_place) if place else None,
        "geonameid": place.geonameid if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None, "lon": place.lon if place else None,
        "resolution": place.resolution if place else None,
        "dead": e.size.get("dead"), "injured": e.size.get("injured"),
        "arrested": e.size.get("arrested"),
        "acled_event_type": e.acled.event_type, "acled_sub_event_type": e.acled.sub_event_type,
        "modality": e.modality, "confidence": e.confidence, "link": e.link,
        "sentence": sentence_of(item),
        "title": article.title if article else None,
        "source": article.source if article else None,
        "url": article.url if article else None,
        "published": article.published.isoformat() if article and article.published else None,
        "mentions": item.mentions, "sources": item.sources, "articles": item.articles,
        "record": json.dumps(e.to_dict(), ensure_ascii=False),
    }
