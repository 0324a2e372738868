"""Reading gold files into typed records; a malformed record is an error
naming the file and the record (or line)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tidings.extract.taxonomy import ALIAS_MODES, normalise_category

# Old CAMEO country codes still found in gold files, and their ISO codes.
CODE_ALIASES = {"JAP": "JPN", "GER": "DEU", "UK": "GBR", "ROM": "ROU", "SUD": "SDN", "ZAI": "COD"}


class GoldError(ValueError):
    """A gold file that cannot be read; the message names file and place."""


@dataclass
class PloverGold:
    id: str
    text: str
    event: str  # current PLOVER category
    mode: str = ""
    actor_codes: list[str] = field(default_factory=list)
    recipient_codes: list[str] = field(default_factory=list)
    actor_sectors: list[str] = field(default_factory=list)
    published: date | None = None


@dataclass
class AcledGold:
    line: int
    notes: str
    event_type: str
    sub_event_type: str
    inter1: int | None = None
    inter2: int | None = None
    event_date: str = ""
    country: str = ""
    location: str = ""
    fatalities: int | None = None


def normal_code(code: str) -> str:
    code = (code or "").strip().upper()
    return CODE_ALIASES.get(code, code)


def _warn_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _actor_list(value: object, where: str, warn: Callable[[str], None]) -> list[dict]:
    """Entity objects of a gold record; a malformed value is reported and
    scored as 'no actors' rather than losing the whole record."""
    if value in (None, "", []):
        return []
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    warn(f"{where}: actors must be an object or a list of objects, got {value!r}; ignored")
    return []


def load_plover_gold(
    path: str | Path, warn: Callable[[str], None] = _warn_stderr
) -> list[PloverGold]:
    """Records of a PLOVER gold JSON list; documentation records (no `text`)
    are skipped, records with an unknown category are errors."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a JSON list of records")
    records = []
    for n, item in enumerate(data):
        where = f"{path}: record {n} ({item.get('id', 'no id') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict):
            raise GoldError(f"{where}: not an object")
        if not item.get("text"):
            continue  # documentation entries carry no text
        raw = str(item.get("event", ""))
        category = normalise_category(raw)
        if category is None:
            raise GoldError(f"{where}: unknown event category {raw!r}")
        actors = _actor_list(item.get("source", item.get("actor")), f"{where} source", warn)
        recipients = _actor_list(item.get("target", item.get("recipient")), f"{where} target", warn)
        records.append(
            PloverGold(
                id=str(item.get("id", n)),
                text=item["text"],
                event=category,
                mode=str(item.get("mode") or ALIAS_MODES.get(raw.upper(), "")),
                actor_codes=[normal_code(a.get("code", "")) for a in actors if a.get("code")],
                recipient_codes=[normal_code(a.get("code", "")) for a in recipients if a.get("code")],
                actor_sectors=[str(a.get("sector") or "")[:3] for a in actors],
                published=_date(item.get("date")),
            )
        )
    return records


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


ACLED_REQUIRED = ("notes", "event_type", "sub_event_type")


def load_acled_csv(path: str | Path) -> list[AcledGold]:
    """Rows of an ACLED-format CSV (ACLED's column names; `notes` is the text)."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ACLED_REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise GoldError(f"{path}:1: missing column(s): {', '.join(missing)}")
        rows = []
        try:
            for row in reader:
                line = reader.line_num
                if not (row.get("notes") or "").strip():
                    raise GoldError(f"{path}:{line}: empty notes")
                rows.append(
                    AcledGold(
                        line=line,
                        notes=row["notes"].strip(),
                        event_type=row["event_type"].strip(),
                        sub_event_type=row["sub_event_type"].strip(),
                        inter1=_int(row.get("inter1"), path, line),
                        inter2=_int(row.get("inter2"), path, line),
                        event_date=(row.get("event_date") or "").strip(),
                        country=(row.get("country") or "").strip(),
                        location=(row.get("location") or "").strip(),
                        fatalities=_int(row.get("fatalities"), path, line),
                    )
                )
        except UnicodeDecodeError as exc:
            raise GoldError(f"{path}: undecodable bytes: {exc}") from exc
    return rows


def _int(value: str | None, path: Path, line: int) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError as exc:
        raise GoldError(f"{path}:{line}: not a number: {value!r}") from exc
