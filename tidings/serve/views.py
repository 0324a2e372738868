"""What the API returns: plain JSON shapes built from records.

Routes call these so every endpoint describes an event, an article or a
merged event the same way.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from tidings.cli.query import label_of
from tidings.merge.model import Counts, MergedEvent, Story
from tidings.records import Actor, Article, Event, Place

Json = dict[str, Any]


def actor_view(actor: Actor) -> Json:
    return {"text": actor.entity_text, "code": actor.code, "sector": actor.sector,
            "identifier": actor.identifier_id, "name": actor.identifier_text}


def place_view(place: Place | None) -> Json | None:
    if place is None:
        return None
    return {"name": place.resolved_place or place.extracted_place, "extracted": place.extracted_place,
            "country": place.country_code, "admin1": place.admin1, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "resolution": place.resolution}


def event_view(event: Event, counts: Counts | None = None) -> Json:
    """An event's canonical fields, with its merged event's report counts."""
    return {
        "id": event.id,
        "article_id": event.doc_id,
        "event": event.event[0] if event.event else "",
        "categories": list(event.event),
        "mode": list(event.mode),
        "date": event.date,
        "enddate": event.enddate,
        "date_precision": event.date_precision,
        "actors": [actor_view(a) for a in event.actor],
        "recipients": [actor_view(a) for a in event.recipient],
        "place": place_view(event.event_loc),
        "size": dict(event.size),
        "acled": {"event_type": event.acled.event_type, "sub_event_type": event.acled.sub_event_type},
        "quad_code": event.quad_code,
        "cameo_root": event.cameo_root,
        "trigger": event.event_text,
        "modality": event.modality,
        "confidence": event.confidence,
        "merged_id": counts.merged_id if counts else event.link,
        # an event not merged yet stands alone: one mention in one source
        "mentions": counts.mentions if counts else 1,
        "sources": counts.sources if counts else 1,
        "articles": counts.articles if counts else 1,
    }


def article_meta(article: Article) -> Json:
    return {"id": article.id, "title": article.title, "url": article.url, "source": article.source,
            "author": article.author, "published": article.published.isoformat() if article.published else None,
            "language": article.language, "origin": article.origin, "external_id": article.external_id}


def evidence_view(event: Event) -> list[Json]:
    """Every evidence span, labelled who / what / where / when / how many."""
    out = []
    for key, spans in event.evidence.items():
        for span in spans:
            out.append({"label": label_of(key), "field": key, "start": span.start, "end": span.end,
                        "text": span.text})
    out.sort(key=lambda s: (s["start"], s["end"]))
    return out


def mention_view(event: Event, article: Article | None) -> Json:
    """One report: the event as read, its article, its sentence and the evidence offsets."""
    info = event.text_info
    sentence = None
    if article is not None and 0 <= info.start < info.end <= len(article.text):
        sentence = {"sequence": info.sequence, "start": info.start, "end": info.end,
                    "text": article.text[info.start:info.end]}
    return {
        "event": event_view(event),
        "article": article_meta(article) if article else None,
        "sentence": sentence,
        "evidence": evidence_view(event),
    }


def merged_view(merged: MergedEvent) -> Json:
    data = asdict(merged)
    data["num_mentions"] = merged.num_mentions
    data["num_sources"] = merged.num_sources
    data["num_articles"] = merged.num_articles
    return data


def story_view(story: Story) -> Json:
    return {"id": story.id, "title": story.title, "country": story.country, "start": story.start,
            "end": story.end, "size": len(story.event_ids), "event_ids": list(story.event_ids)}
