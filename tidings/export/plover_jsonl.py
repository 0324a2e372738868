"""PLOVER JSON lines: `Event.to_dict()`, one event per line."""

from __future__ import annotations

import json
from typing import IO, Iterable

from tidings.export import ExportItem


def write(items: Iterable[ExportItem], out: IO[str]) -> int:
    rows = 0
    for item in items:
        out.write(json.dumps(item.event.to_dict(), ensure_ascii=False) + "\n")
        rows += 1
    return rows
