"""Score the shipped ACLED classifier on the corpus's held-out split.

    python scripts/eval_acled.py [--corpus corpus/acled_descriptions]
    python scripts/eval_acled.py --csv acled_export.csv   # your own ACLED data

Prints weighted F1 and accuracy of sub_event_type, event_type accuracy,
per-class figures and the most frequent confusions. With --csv it scores an
ACLED-format export instead (columns `notes`, `event_type`, `sub_event_type`);
rows with an unknown sub-type are reported, not skipped silently.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_acled import DEFAULT_CORPUS, CorpusError, accuracy, load_corpus, split, weighted_f1  # noqa: E402

from tidings.extract import acled_classifier as ac  # noqa: E402


@dataclass(frozen=True)
class Item:
    text: str
    label: str  # "Event type/Sub-event type"
    style: str = ""


def corpus_items(directory: Path) -> list[Item]:
    _, test = split(load_corpus(directory))
    return [Item(e.text, e.label, e.style) for e in test]


def csv_items(path: Path) -> list[Item]:
    items: list[Item] = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for column in ("notes", "sub_event_type"):
            if column not in (reader.fieldnames or []):
                raise CorpusError(f"{path}: no {column!r} column")
        for number, row in enumerate(reader, 2):
            sub = row["sub_event_type"].strip()
            if sub not in ac.EVENT_TYPE_OF:
                raise CorpusError(f"{path}:{number}: unknown sub_event_type {sub!r}")
            items.append(Item(row["notes"], ac.label_of(sub)))
    return items


def by_style(items: list[Item], guess: list[str]) -> None:
    styles = sorted({i.style for i in items if i.style})
    for style in styles:
        pairs = [(i.label, p) for i, p in zip(items, guess) if i.style == style]
        gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
        print(f"  style {style:<20} n={len(pairs):>3}  sub_event_type accuracy={accuracy(gold, pred):.3f}")


def per_class(gold: list[str], guess: list[str]) -> None:
    print(f"{'sub_event_type':<36} {'n':>3} {'P':>5} {'R':>5} {'F1':>5}")
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, guess))
        predicted = sum(p == label for p in guess)
        support = sum(g == label for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        print(f"{ac.split_label(label)[1]:<36} {support:>3} {precision:5.2f} {recall:5.2f} {f1:5.2f}")


def confusions(gold: list[str], guess: list[str], top: int = 12) -> None:
    pairs = Counter((g, p) for g, p in zip(gold, guess) if g != p)
    print(f"most frequent confusions (gold -> predicted), {sum(pairs.values())} errors:")
    for (g, p), n in pairs.most_common(top):
        print(f"  {n:>2}  {ac.split_label(g)[1]} -> {ac.split_label(p)[1]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--csv", type=Path, help="an ACLED-format CSV to score instead")
    args = parser.parse_args(argv)
    if not ac.available():
        print("error: no trained model; run python scripts/train_acled.py", file=sys.stderr)
        return 1
    try:
        items = csv_items(args.csv) if args.csv else corpus_items(args.corpus)
    except (CorpusError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    gold = [i.label for i in items]
    ac.classify("")  # load the weights before timing
    started = time.perf_counter()
    guess = [ac.classify(i.text)[0][0] for i in items]
    per_text = (time.perf_counter() - started) / max(len(items), 1)
    source = args.csv or f"{args.corpus} (held-out split)"
    print(f"{source}: n={len(items)}")
    print(f"sub_event_type weighted F1={weighted_f1(gold, guess):.3f} accuracy={accuracy(gold, guess):.3f}")
    events = ([ac.split_label(g)[0] for g in gold], [ac.split_label(p)[0] for p in guess])
    print(f"event_type accuracy={accuracy(*events):.3f}")
    print(f"classify(): {per_text * 1e6:.0f} microseconds per text on this machine")
    by_style(items, guess)
    per_class(gold, guess)
    confusions(gold, guess)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
