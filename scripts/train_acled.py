"""Train the ACLED sub-type classifier on the project's own labelled corpus.

    python scripts/train_acled.py [--corpus corpus/acled_descriptions] [--out DIR] [--tune]

Reads every `*.jsonl` file of the corpus, holds out a stratified 20% test
split chosen by a hash of each example's id (never trained on), fits a
multinomial logistic regression with L-BFGS (fixed start, so the run is
reproducible; `--tune` picks the L2 strength by cross-validation), prints train and test figures and writes the weights to
`tidings/resources/models/acled/`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tidings.extract import acled_classifier as ac

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "corpus" / "acled_descriptions"
TEST_SHARE = 0.2
# Chosen by `--tune` (5-fold CV on the training split, 1,212 examples):
# 1e-5 -> 0.815, 3e-5 -> 0.808 sub-type accuracy; weaker penalties helped as
# the corpus grew, so rerun --tune after adding many examples.
DEFAULT_L2 = 1e-5
TUNE_GRID = (3e-6, 1e-5, 3e-5, 1e-4)
FIELDS = ("id", "text", "event_type", "sub_event_type", "inter1", "inter2",
          "country", "location", "date", "fatalities", "style")


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    event_type: str
    sub_event_type: str
    inter1: int
    inter2: int
    country: str
    location: str
    date: str
    fatalities: int
    style: str

    @property
    def label(self) -> str:
        return ac.label_of(self.sub_event_type)


def parse_line(line: str, where: str) -> Example:
    """One corpus line, checked; errors name the file and line."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise CorpusError(f"{where}: not valid JSON ({err.msg})") from None
    missing = [f for f in FIELDS if f not in row]
    if missing:
        raise CorpusError(f"{where}: missing field(s) {', '.join(missing)}")
    sub = row["sub_event_type"]
    if sub not in ac.EVENT_TYPE_OF:
        raise CorpusError(f"{where}: unknown sub_event_type {sub!r}")
    if ac.EVENT_TYPE_OF[sub] != row["event_type"]:
        raise CorpusError(f"{where}: event_type {row['event_type']!r} does not hold {sub!r}")
    for key in ("inter1", "inter2"):
        if not isinstance(row[key], int) or not 0 <= row[key] <= 8:
            raise CorpusError(f"{where}: {key} must be an ACLED actor code 0-8")
    if not str(row["text"]).strip():
        raise CorpusError(f"{where}: empty text")
    return Example(**{f: row[f] for f in FIELDS})


def load_corpus(directory: Path) -> list[Example]:
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        raise CorpusError(f"{directory}: no *.jsonl corpus files")
    examples: list[Example] = []
    seen: dict[str, str] = {}
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                example = parse_line(line, where)
                if example.id in seen:
                    raise CorpusError(f"{where}: duplicate id {example.id!r} (first at {seen[example.id]})")
                seen[example.id] = where
                examples.append(example)
    return examples


def _rank(example_id: str) -> str:
    return hashlib.sha1(example_id.encode("utf-8")).hexdigest()


def split(examples: list[Example], share: float = TEST_SHARE) -> tuple[list[Example], list[Example]]:
    """(train, test): in each class the `share` of ids that hash lowest is test."""
    by_label: dict[str, list[Example]] = {}
    for example in examples:
        by_label.setdefault(example.sub_event_type, []).append(example)
    test_ids: set[str] = set()
    for group in by_label.values():
        group = sorted(group, key=lambda e: _rank(e.id))
        test_ids.update(e.id for e in group[: round(len(group) * share)])
    train = [e for e in examples if e.id not in test_ids]
    test = [e for e in examples if e.id in test_ids]
    return train, test


# --- fitting ----------------------------------------------------------------


def _design(texts: list[str], index: dict[str, int]):
    from scipy import sparse

    rows, cols, vals = [], [], []
    for r, text in enumerate(texts):
        hits = [index[f] for f in ac.features(text) if f in index]
        if not hits:
            continue
        rows += [r] * len(hits)
        cols += hits
        vals += [1.0 / np.sqrt(len(hits))] * len(hits)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(index)), dtype=np.float64)


def _vocabulary(texts: list[str], min_count: int) -> dict[str, int]:
    counts = Counter(f for text in texts for f in ac.features(text))
    kept = sorted(f for f, n in counts.items() if n >= min_count or f.startswith("cue="))
    return {f: i for i, f in enumerate(kept)}


def fit(examples: list[Example], l2: float, min_count: int = 2) -> ac.Model:
    from scipy.optimize import minimize

    labels = ac.LABELS
    texts = [e.text for e in examples]
    index = _vocabulary(texts, min_count)
    x = _design(texts, index)
    y = np.array([labels.index(e.label) for e in examples])
    n, d, k = x.shape[0], x.shape[1], len(labels)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w = params[: d * k].reshape(d, k)
        b = params[d * k:]
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        logz = np.log(np.exp(scores).sum(axis=1, keepdims=True))
        logp = scores - logz
        value = -(onehot * logp).sum() / n + 0.5 * l2 * (w * w).sum()
        diff = (np.exp(logp) - onehot) / n
        grad_w = x.T @ diff + l2 * w
        grad_b = diff.sum(axis=0)
        return value, np.concatenate([grad_w.ravel(), grad_b])

    start = np.zeros(d * k + k)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    weights = result.x[: d * k].reshape(d, k).astype(np.float32)
    bias = result.x[d * k:].astype(np.float32)
    return ac.Model(labels, index, weights, bias)


def predict(model: ac.Model, texts: list[str]) -> list[str]:
    return [model.labels[int(np.argmax(model.probabilities(t)))] for t in texts]


def accuracy(gold: list[str], guess: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, guess)) / max(len(gold), 1)


def weighted_f1(gold: list[str], guess: list[str]) -> float:
    total = 0.0
    for label, support in Counter(gold).items():
        tp = sum(g == p == label for g, p in zip(gold, guess))
        predicted = sum(p == label for p in guess)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        total += f1 * support
    return total / max(len(gold), 1)


def _cross_validate(train: list[Example], l2: float, folds: int = 5) -> float:
    """Mean sub-type accuracy over folds of the training split only."""
    scores = []
    for fold in range(folds):
        inner = [e for e in train if int(_rank(e.id), 16) % folds != fold]
        outer = [e for e in train if int(_rank(e.id), 16) % folds == fold]
        model = fit(inner, l2)
        scores.append(accuracy([e.label for e in outer], predict(model, [e.text for e in outer])))
    return float(np.mean(scores))


def report(name: str, model: ac.Model, examples: list[Example]) -> None:
    gold = [e.label for e in examples]
    guess = predict(model, [e.text for e in examples])
    event_gold = [ac.split_label(g)[0] for g in gold]
    event_guess = [ac.split_label(g)[0] for g in guess]
    print(f"{name}: n={len(examples)}  sub_event_type weighted F1={weighted_f1(gold, guess):.3f}  "
          f"accuracy={accuracy(gold, guess):.3f}  event_type accuracy={accuracy(event_gold, event_guess):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=ac.MODEL_DIR)
    parser.add_argument("--l2", type=float, default=DEFAULT_L2, help="L2 strength")
    parser.add_argument("--tune", action="store_true",
                        help="choose the L2 strength by 5-fold CV on the training split (slow)")
    args = parser.parse_args(argv)
    try:
        examples = load_corpus(args.corpus)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    train, test = split(examples)
    print(f"corpus: {len(examples)} examples, {len(train)} train, {len(test)} test, "
          f"{len({e.sub_event_type for e in examples})} classes")
    counts = Counter(e.sub_event_type for e in examples)
    print(f"per class: min {min(counts.values())}, max {max(counts.values())}; styles: "
          + ", ".join(f"{s} {n}" for s, n in sorted(Counter(e.style for e in examples).items())))
    l2 = args.l2
    if args.tune:
        cv = {value: _cross_validate(train, value) for value in TUNE_GRID}
        for value, score in cv.items():
            print(f"cv l2={value:g}: sub_event_type accuracy={score:.3f}")
        l2 = max(TUNE_GRID, key=lambda v: (cv[v], v))
    model = fit(train, l2)
    print(f"l2={l2:g}, {len(model.index)} features")
    report("train", model, train)
    report("test", model, test)
    ac.save(model, args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"saved {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
