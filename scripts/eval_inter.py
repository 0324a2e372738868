"""ACLED actor types (inter1/inter2) through the whole pipeline, with the
confusions behind the figure.

    python scripts/eval_inter.py [--split train|test] [--csv OUT.csv] [--show N] [--only SUBTYPE]

Takes the split asked for of `corpus/acled_descriptions` (the same id-hash
split as `scripts/train_acled.py`: develop on `train`, report `test` once),
runs every description through `tidings.extract.pipeline` exactly as
`tidings eval --acled` does (first record of each report; a report with no
record is a miss, shown in the "-" column) and
prints inter1/inter2 accuracy, a gold x guess matrix for each, accuracy by
gold sub-type, and example misses. `--csv` also writes the split as an
ACLED-format CSV for `tidings eval --acled`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_acled import DEFAULT_CORPUS, Example, load_corpus, split  # noqa: E402

from tidings.evaluate.acled import parse_date  # noqa: E402
from tidings.evaluate.run import BATCH, article_for, in_batches, pipeline_extract  # noqa: E402
from tidings.records import Event  # noqa: E402

CODES = range(9)
NO_RECORD = -1
CSV_COLUMNS = ("event_date", "event_type", "sub_event_type", "inter1", "inter2",
               "country", "location", "fatalities", "notes")


def write_csv(examples: list[Example], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for e in examples:
            writer.writerow((e.date, e.event_type, e.sub_event_type, e.inter1, e.inter2,
                             e.country, e.location, e.fatalities, e.text))


def first_events(examples: list[Example]) -> list[Event | None]:
    """The first record of each report, as `tidings eval --acled` takes it."""
    out: list[Event | None] = []
    for chunk in in_batches(examples, BATCH):
        articles = [article_for(e.text, parse_date(e.date), e.id) for e in chunk]
        out.extend(events[0] if events else None for events in pipeline_extract(articles))
    return out


def guesses(event: Event | None) -> tuple[int, int]:
    """(inter1, inter2) as scored: no actor reads 0, as in ACLED's files."""
    if event is None or event.acled is None:
        return NO_RECORD, NO_RECORD
    return event.acled.inter1 or 0, event.acled.inter2 or 0


def _matrix(name: str, pairs: list[tuple[int, int]]) -> None:
    counts = Counter(pairs)
    right = sum(n for (g, p), n in counts.items() if g == p)
    print(f"\n{name}: {right / max(len(pairs), 1):.3f} ({right}/{len(pairs)})   rows gold, columns guess")
    columns = [*CODES, NO_RECORD]
    print("gold " + "".join(f"{c if c != NO_RECORD else '-':>5}" for c in columns) + "    n")
    for g in CODES:
        row = [counts[(g, p)] for p in columns]
        if sum(row):
            print(f"{g:>4} " + "".join(f"{n or '.':>5}" for n in row) + f"{sum(row):>5}")


def _actors(event: Event | None, side: str) -> str:
    if event is None:
        return "-"
    parties = event.actor if side == "actor" else event.recipient
    return "; ".join(f"{a.entity_text or '<implicit>'}/{a.sector}/{a.acled_inter}" for a in parties) or "-"


def report(examples: list[Example], events: list[Event | None], show: int) -> None:
    got = [guesses(e) for e in events]
    _matrix("inter1", [(ex.inter1, g[0]) for ex, g in zip(examples, got)])
    _matrix("inter2", [(ex.inter2, g[1]) for ex, g in zip(examples, got)])
    by_sub: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for ex, g in zip(examples, got):
        by_sub[ex.sub_event_type].append((ex.inter1 == g[0], ex.inter2 == g[1]))
    print("\nby gold sub-type            n  inter1 inter2")
    for sub, marks in sorted(by_sub.items(), key=lambda kv: sum(not a for a, _ in kv[1]), reverse=True):
        n = len(marks)
        print(f"  {sub[:26]:<26}{n:>3}  {sum(a for a, _ in marks) / n:6.2f} {sum(b for _, b in marks) / n:6.2f}")
    if show:
        print("\nmisses (gold inter1/inter2 -> guess; sub-type gold -> guess; actors; recipients)")
    shown = 0
    for ex, event, g in zip(examples, events, got):
        if (ex.inter1, ex.inter2) == g or shown >= show:
            continue
        shown += 1
        sub = event.acled.sub_event_type if event is not None and event.acled else None
        print(f"- {ex.id} {ex.inter1}/{ex.inter2} -> {g[0]}/{g[1]}; {ex.sub_event_type} -> {sub}\n"
              f"    A: {_actors(event, 'actor')}  R: {_actors(event, 'recipient')}\n    {ex.text[:240]}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("train", "test"), default="train")
    parser.add_argument("--csv", type=Path, help="also write the split as an ACLED-format CSV")
    parser.add_argument("--show", type=int, default=0, help="print this many misses")
    parser.add_argument("--only", default="", help="keep one gold sub-type (or event type)")
    args = parser.parse_args(argv)
    train, test = split(load_corpus(args.corpus))
    chosen = train if args.split == "train" else test
    if args.only:
        chosen = [e for e in chosen if args.only in (e.sub_event_type, e.event_type)]
    if args.csv:
        write_csv(chosen, args.csv)
        print(f"wrote {len(chosen)} rows to {args.csv}")
    report(chosen, first_events(chosen), args.show)


if __name__ == "__main__":
    main()
