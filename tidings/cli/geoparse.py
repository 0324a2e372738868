"""`tidings geoparse`: JSONL documents (`id`, `text`) on stdin, their toponyms on stdout.

One output line per readable input line, in input order:
`{"id": ..., "toponyms": [{start, end, text, geonameid, name, lat, lon,
country_code, admin1, feature_code, score, resolution}, ...]}`; a street or
building carries its holder's point and `resolution` (see README). A bad line prints
`stdin:LINE: reason` on stderr and the rest goes on; the exit status is 1
when any line was bad.

With `--by-outlet`, each record's `source` (a domain or feed name) groups
it with the rest of its outlet, and a local outlet's home area, learned
from all its stories, settles the bare names in each ("Alexandria" in a
Louisiana paper). That reads the whole input before writing.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import TextIO

import click

from tidings.cli.options import by_outlet_option

BATCH = 32


@click.command()
@by_outlet_option
def geoparse(by_outlet: bool) -> None:
    """Read JSONL documents on stdin, write their resolved place names as JSONL."""
    bad = run(sys.stdin, sys.stdout, sys.stderr, by_outlet=by_outlet)
    if bad:
        sys.exit(1)


@dataclasses.dataclass
class _Document:
    id: object
    text: str
    source: str  # "" when the record names no outlet


def run(source: TextIO, out: TextIO, err: TextIO, name: str = "stdin", by_outlet: bool = False) -> int:
    """Geoparse every document in `source`; returns the number of bad lines."""
    bad = 0

    def documents() -> Iterator[_Document]:
        nonlocal bad
        for line_no, line in enumerate(source, start=1):
            if not line.strip():
                continue
            problem, document = _read_line(line)
            if document is None:
                bad += 1
                err.write(f"{name}:{line_no}: {problem}\n")
                continue
            yield document

    if by_outlet:
        _write(out, _by_outlet(list(documents())))
        return bad
    pending = documents()
    while True:
        batch = [item for _, item in zip(range(BATCH), pending)]
        if not batch:
            break
        _write(out, _alone(batch))
    return bad


def _alone(batch: list[_Document]) -> Iterator[tuple[_Document, list]]:
    from tidings.extract.nlp import load_nlp
    from tidings.extract.places import geoparse as parse_text

    for document, doc in zip(batch, load_nlp().pipe((d.text for d in batch), batch_size=BATCH)):
        yield document, parse_text(document.text, doc)


def _by_outlet(documents: list[_Document]) -> Iterator[tuple[_Document, list]]:
    """Every document's toponyms, in input order, each outlet's read together."""
    from tidings.extract.nlp import load_nlp
    from tidings.extract.places.geoparse import geoparse_by_outlet

    parsed = load_nlp().pipe((d.text for d in documents), batch_size=BATCH)
    stories = [(d.text, doc, d.source) for d, doc in zip(documents, parsed)]
    yield from zip(documents, geoparse_by_outlet(stories))


def _write(out: TextIO, results: Iterator[tuple[_Document, list]]) -> None:
    for document, toponyms in results:
        record = {"id": document.id, "toponyms": [dataclasses.asdict(t) for t in toponyms]}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def _read_line(line: str) -> tuple[str, _Document | None]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg})", None
    if not isinstance(record, dict):
        return "expected a JSON object", None
    text = record.get("text")
    if not isinstance(text, str):
        return "no \"text\" string", None
    outlet = record.get("source")
    if outlet is not None and not isinstance(outlet, str):
        return "\"source\" is not a string", None
    return "", _Document(record.get("id"), text, outlet or "")
