"""Exports: events in the formats other tools read.

Each format is one module with `write(items, out) -> int` (rows written) that
streams: it never holds more than one batch of events. `FORMATS` maps a
format name to its writer; modules are imported only when their format is
used, so pyarrow is not loaded to write a CSV.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable

from tidings.records import Article, Event


@dataclass
class ExportItem:
    event: Event
    article: Article | None
    mentions: int = 1  # how often the real-world event was reported (merge fills these)
    sources: int = 1
    articles: int = 1


Writer = Callable[[Iterable[ExportItem], IO[Any]], int]

# format name -> module holding `write`
_MODULES: dict[str, str] = {
    "plover-jsonl": "tidings.export.plover_jsonl",
    "acled-csv": "tidings.export.acled_csv",
    "gdelt-tsv": "tidings.export.gdelt_tsv",
    "geojson": "tidings.export.geojson",
    "parquet": "tidings.export.parquet",
}

# formats written to a binary file; the others want a text file (UTF-8, newline="")
BINARY_FORMATS = frozenset({"parquet"})


def _lazy(module: str) -> Writer:
    def write(items: Iterable[ExportItem], out: IO[Any]) -> int:
        return importlib.import_module(module).write(items, out)

    write.__name__ = f"write_{module.rsplit('.', 1)[1]}"
    return write


FORMATS: dict[str, Writer] = {name: _lazy(module) for name, module in _MODULES.items()}


def sentence_of(item: ExportItem) -> str:
    """The sentence the event was read from, or its trigger when the article is missing."""
    info = item.event.text_info
    if item.article is not None and 0 <= info.start < info.end <= len(item.article.text):
        return item.article.text[info.start:info.end]
    return item.event.event_text


__all__ = ["BINARY_FORMATS", "ExportItem", "FORMATS", "Writer", "sentence_of"]
