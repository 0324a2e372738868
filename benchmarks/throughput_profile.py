"""Where extraction spends its CPU: per stage, and per spaCy component.

    python benchmarks/throughput_profile.py /tmp/lgl.jsonl --limit 200

Single process, CPU time (time.process_time), so a busy shared machine
changes the figures less than wall time would. Prints the share of each
stage of `tidings.extract.pipeline`, how many sentences the first pass sends
to the parser (and how many of those are distinct), and what each spaCy
component costs on those candidate sentences (by leaving it out).
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections import defaultdict
from collections.abc import Callable

from tidings.extract import coding, dates, magnitudes, places
from tidings.extract import pipeline
from tidings.extract.nlp import load_nlp
from tidings.extract.sentences import split
from tidings.ingest import read_paths
from tidings.records import Article

# (module whose attribute the pipeline calls, attribute name)
STAGES = [
    (pipeline, "split"),
    (pipeline, "_parse_candidates"),
    (pipeline, "_name_entities"),
    (coding, "code_sentence"),
    (coding, "resolve_document"),
    (dates, "date_events"),
    (places, "locate_events"),
    (magnitudes, "measure_events"),
]


def timed(name: str, func: Callable, totals: dict[str, float]) -> Callable:
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - started

    return wrapper


def stage_shares(articles: list[Article]) -> None:
    totals: dict[str, float] = defaultdict(float)
    for module, name in STAGES:
        setattr(module, name, timed(name, getattr(module, name), totals))
    named = counted(pipeline, "_name_entities")
    started = time.process_time()
    events = sum(len(found) for _, found in pipeline.extract_many(articles))
    total = time.process_time() - started
    print(f"{len(articles)} articles, {events} events, {total:.1f} CPU s, {len(articles) / total:.1f} articles/CPU s")
    print(f"  entities named in {named['sentences']} sentences ({named['tokens']} tokens)")
    for name, seconds in totals.items():
        print(f"  {name:20} {seconds:7.2f} s {100 * seconds / total:5.1f}%")


def counted(module, name: str) -> dict[str, int]:
    """Wrap a function that takes a list of sentences; count what it is given."""
    seen = {"sentences": 0, "tokens": 0}
    func = getattr(module, name)

    def wrapper(sentences, *args, **kwargs):
        seen["sentences"] += len(sentences)
        seen["tokens"] += sum(len(s.doc) for s in sentences)
        return func(sentences, *args, **kwargs)

    setattr(module, name, wrapper)
    return seen


def component_costs(articles: list[Article]) -> None:
    sentences = [s.text for a in articles for s in split(a.text)]
    candidates = [s for s in sentences if coding.is_candidate(s)]
    print(
        f"sentences {len(sentences)}, candidates {len(candidates)} ({len(candidates) / len(sentences):.0%}),"
        f" distinct candidates {len(set(candidates))}"
    )
    nlp = load_nlp()
    full = _pipe_seconds(nlp, candidates, [])
    print(f"  full pipeline on candidates {full:.2f} s")
    for name in nlp.pipe_names:
        if name in ("tok2vec",):  # the tagger and parser listen to it
            continue
        without = _pipe_seconds(nlp, candidates, [name])
        print(f"  {name:20} ~{full - without:5.2f} s ({100 * (full - without) / full:4.0f}%)")


def _pipe_seconds(nlp, texts: list[str], disable: list[str]) -> float:
    """CPU seconds of a pipe with some components left out. Components feed
    each other (no POS without the attribute ruler), so the differences are
    rough shares, not an exact split."""
    with nlp.select_pipes(disable=disable), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W108\]")  # lemmas without POS: expected here
        started = time.process_time()
        for _ in nlp.pipe(texts, batch_size=pipeline.PARSE_BATCH):
            pass
        return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    articles = [a for a in read_paths(args.corpus) if isinstance(a, Article)][: args.limit + 3]
    list(pipeline.extract_many(articles[:3]))  # load models and resources outside the timing
    pipeline._doc_cache().clear()
    # Stages first, on words the process has not seen: splitting is where a
    # new word's lexeme is made, which the component pass would do for it.
    stage_shares(articles[3:])
    component_costs(articles[3:])


if __name__ == "__main__":
    main()
