"""Counting right and wrong answers: accuracy tallies, confusion matrices and
per-class and weighted F1."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

MISSING = "(none)"  # the label of "no answer"


@dataclass
class Tally:
    """Right answers out of scored items, for one field."""

    right: int = 0
    total: int = 0

    def add(self, correct: bool) -> None:
        self.total += 1
        self.right += int(correct)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Confusion:
    """Counts of (gold, predicted) label pairs."""

    pairs: Counter = field(default_factory=Counter)

    def add(self, gold: str, predicted: str | None) -> None:
        self.pairs[(gold, predicted or MISSING)] += 1

    @property
    def total(self) -> int:
        return sum(self.pairs.values())

    @property
    def accuracy(self) -> float:
        right = sum(n for (g, p), n in self.pairs.items() if g == p)
        return right / self.total if self.total else 0.0

    def labels(self) -> list[str]:
        gold = {g for g, _ in self.pairs}
        predicted = {p for _, p in self.pairs}
        return sorted(gold) + sorted(predicted - gold)

    def per_class(self) -> list[ClassScore]:
        gold_counts: Counter = Counter()
        predicted_counts: Counter = Counter()
        right: Counter = Counter()
        for (g, p), n in self.pairs.items():
            gold_counts[g] += n
            predicted_counts[p] += n
            if g == p:
                right[g] += n
        scores = []
        for label in sorted(gold_counts):
            precision = right[label] / predicted_counts[label] if predicted_counts[label] else 0.0
            recall = right[label] / gold_counts[label]
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores.append(ClassScore(label, precision, recall, f1, gold_counts[label]))
        return scores

    def weighted_f1(self) -> float:
        scores = self.per_class()
        support = sum(s.support for s in scores)
        return sum(s.f1 * s.support for s in scores) / support if support else 0.0

    def macro_f1(self) -> float:
        scores = self.per_class()
        return sum(s.f1 for s in scores) / len(scores) if scores else 0.0

    def render(self, max_label: int = 14) -> str:
        """A text matrix: gold labels down, predicted across."""
        labels = self.labels()
        short = [label[:max_label] for label in labels]
        width = max([len(s) for s in short] + [5])
        cell = max(5, max((len(str(n)) for n in self.pairs.values()), default=1) + 1)
        header = " " * (width + 2) + "".join(f"{i:>{cell}}" for i in range(len(labels)))
        lines = ["gold \\ predicted (columns numbered as rows)", header]
        for i, (gold, name) in enumerate(zip(labels, short)):
            row = "".join(
                f"{(self.pairs.get((gold, p), 0) or '.'):>{cell}}" for p in labels
            )
            lines.append(f"{name:<{width}}{i:>2}{row}")
        return "\n".join(lines)
