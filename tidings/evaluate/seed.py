"""Checking the events of an annotated example article (`gold.json` beside
`article.txt`): is each gold event among the extracted ones, with the right
category and actor codes?"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.evaluate.gold import GoldError, normal_code
from tidings.evaluate.run import ExtractMany, article_for, pipeline_extract
from tidings.extract.taxonomy import normalise_category
from tidings.records import Event


@dataclass
class SeedCheck:
    level: str  # must | should
    what: str
    category: str
    actor_codes: set[str]
    recipient_codes: set[str]
    match: Event | None  # the extracted event with category and actor codes right
    near: Event | None  # same category, actors wrong
    recipient_ok: bool = False

    @property
    def ok(self) -> bool:
        return self.match is not None


def load_seed(folder: str | Path) -> tuple[str, date | None, list[dict]]:
    folder = Path(folder)
    try:
        text = (folder / "article.txt").read_text(encoding="utf-8")
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{folder}: cannot read article.txt and gold.json: {exc}") from exc
    published = gold.get("document", {}).get("published")
    return text, (date.fromisoformat(published) if published else None), gold.get("events", [])


def _codes(entities: list[dict]) -> set[str]:
    return {normal_code(e["code"]) for e in entities if e.get("code")}


def check_seed(folder: str | Path, extract: ExtractMany = pipeline_extract) -> tuple[list[SeedCheck], list[Event]]:
    text, published, gold_events = load_seed(folder)
    events = extract([article_for(text, published, "seed")])[0]
    checks = []
    for gold in gold_events:
        categories = {normalise_category(gold["event"])} | {
            normalise_category(a) for a in gold.get("alternatives", [])
        }
        actor_codes = _codes(gold.get("actor", []))
        recipient_codes = _codes(gold.get("recipient", []))
        same_category = [e for e in events if set(e.event) & categories]
        match = next((e for e in same_category if actor_codes <= {normal_code(a.code) for a in e.actor}), None)
        recipient_ok = match is not None and recipient_codes <= {normal_code(a.code) for a in match.recipient}
        checks.append(
            SeedCheck(
                level=gold.get("level", ""),
                what=gold.get("what", ""),
                category=normalise_category(gold["event"]) or gold["event"],
                actor_codes=actor_codes,
                recipient_codes=recipient_codes,
                match=match,
                near=same_category[0] if same_category and match is None else None,
                recipient_ok=recipient_ok,
            )
        )
    return checks, events


def _describe(event: Event) -> str:
    actors = ",".join(f"{a.code or '?'}/{a.sector or '?'}" for a in event.actor) or "-"
    recipients = ",".join(f"{a.code or '?'}/{a.sector or '?'}" for a in event.recipient) or "-"
    return f"{event.event[0]} {event.mode} [{event.event_text}] {actors} -> {recipients} ({event.modality})"


def seed_text(checks: list[SeedCheck], events: list[Event]) -> str:
    lines = []
    for check in checks:
        mark = "OK  " if check.ok else "MISS"
        want = f"{check.category} {','.join(sorted(check.actor_codes)) or '-'} -> {','.join(sorted(check.recipient_codes)) or '-'}"
        found = _describe(check.match) if check.match else (f"near: {_describe(check.near)}" if check.near else "not found")
        recip = "" if not check.ok else (" recipient ok" if check.recipient_ok else " recipient differs")
        lines.append(f"{mark} {check.level:<6} {want:<32} | {found}{recip}")
    for level in ("must", "should"):
        level_checks = [c for c in checks if c.level == level]
        right = sum(c.ok for c in level_checks)
        lines.append(f"{level}: {right}/{len(level_checks)} right")
    lines.append(f"extracted events: {len(events)}")
    for n, event in enumerate(events):
        lines.append(f"  {n}: {_describe(event)} | {event.acled.event_type}/{event.acled.sub_event_type}")
    return "\n".join(lines)
