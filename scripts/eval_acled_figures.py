"""Score event dates and fatalities on ACLED-style reports that state their date.

    python scripts/eval_acled_figures.py [--corpus corpus/acled_descriptions] [--split train|test] [--show N]

Reads the project's ACLED description corpus, keeps the split asked for (the
same hash split as `scripts/train_acled.py`: develop on `train`, report
`test` once) and, of it, the reports whose text states a full date with a
year ("On 14 March 2023, ..."): the others say "on Thursday" and the corpus
has no publication date to resolve them against. Each report goes through
`tidings.extract.pipeline.extract_many` with no publication date; the first
record is scored. A report with no record, or a record with no dead, counts
as 0 fatalities.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_acled import DEFAULT_CORPUS, Example, load_corpus, split  # noqa: E402

from tidings.extract.dates.expressions import find_expressions  # noqa: E402
from tidings.records import Article  # noqa: E402

_FULL = ("iso", "dmy", "mdy", "numeric", "d_mon_y")


def states_its_date(text: str) -> bool:
    return any(e.kind in _FULL and e.fields.get("year") for e in find_expressions(text))


def score(examples: list[Example], show: int) -> None:
    from tidings.extract.pipeline import extract_many

    articles = [Article(id=e.id, text=e.text, title="", published=None) for e in examples]
    by_id = {e.id: e for e in examples}
    dates = dead = 0
    styles: Counter[str] = Counter()
    misses: list[str] = []
    for article, events in extract_many(articles):
        gold = by_id[article.id]
        first = events[0] if events else None
        day = first.date if first is not None else None
        killed = first.size.get("dead", 0) if first is not None else 0
        dates += day == gold.date
        dead += killed == gold.fatalities
        styles[gold.style] += 1
        if (day, killed) != (gold.date, gold.fatalities) and len(misses) < show:
            misses.append(f"  - {gold.id}: date {day}/{gold.date} dead {killed}/{gold.fatalities}  {gold.text[:110]}")
    n = max(len(examples), 1)
    print(f"{len(examples)} reports stating their date ({', '.join(f'{k} {v}' for k, v in styles.most_common())})")
    print(f"  event date exactly right  {100 * dates / n:5.1f}%  ({dates}/{len(examples)})")
    print(f"  fatalities exactly right  {100 * dead / n:5.1f}%  ({dead}/{len(examples)})")
    for line in misses:
        print(line)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=("train", "test"), default="train")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements")
    args = parser.parse_args(argv)
    train, test = split(load_corpus(args.corpus))
    chosen = [e for e in (train if args.split == "train" else test) if states_its_date(e.text)]
    score(chosen, args.show)


if __name__ == "__main__":
    main()
