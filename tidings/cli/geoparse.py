"""`tidings geoparse`: JSONL documents (`id`, `text`) on stdin, their toponyms on stdout.

One output line per readable input line, in input order:
`{"id": ..., "toponyms": [{start, end, text, geonameid, name, lat, lon,
country_code, admin1, feature_code, score}, ...]}`. A bad line prints
`stdin:LINE: reason` on stderr and the rest goes on; the exit status is 1
when any line was bad.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import TextIO

import click

BATCH = 32


@click.command()
def geoparse() -> None:
    """Read JSONL documents on stdin, write their resolved place names as JSONL."""
    bad = run(sys.stdin, sys.stdout, sys.stderr)
    if bad:
        sys.exit(1)


def run(source: TextIO, out: TextIO, err: TextIO, name: str = "stdin") -> int:
    """Geoparse every document in `source`; returns the number of bad lines."""
    from tidings.extract.nlp import load_nlp
    from tidings.extract.places import geoparse as parse_text

    nlp = load_nlp()
    bad = 0

    def documents() -> Iterator[tuple[object, str]]:
        nonlocal bad
        for line_no, line in enumerate(source, start=1):
            if not line.strip():
                continue
            problem, doc_id, text = _read_line(line)
            if problem:
                bad += 1
                err.write(f"{name}:{line_no}: {problem}\n")
                continue
            yield doc_id, text

    pending = documents()
    while True:
        batch = [item for _, item in zip(range(BATCH), pending)]
        if not batch:
            break
        for (doc_id, text), doc in zip(batch, nlp.pipe((t for _, t in batch), batch_size=BATCH)):
            toponyms = [dataclasses.asdict(t) for t in parse_text(text, doc)]
            out.write(json.dumps({"id": doc_id, "toponyms": toponyms}, ensure_ascii=False) + "\n")
        out.flush()
    return bad


def _read_line(line: str) -> tuple[str, object, str]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg})", None, ""
    if not isinstance(record, dict):
        return "expected a JSON object", None, ""
    text = record.get("text")
    if not isinstance(text, str):
        return "no \"text\" string", None, ""
    return "", record.get("id"), text
