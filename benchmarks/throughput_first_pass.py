"""What a stricter first pass could save, and what it would change.

    python benchmarks/throughput_first_pass.py /tmp/lgl.jsonl /tmp/gvdb.jsonl --limit 200

The first pass sends a sentence to the parser when it holds a trigger word,
and many such sentences code no event. This is an oracle experiment: it
parses and codes as usual, then takes the parse away from candidate
sentences that coded no event (as a perfect stricter first pass would never
have parsed them) before the document pass, entities, dates, places and
figures run, and compares the events with the normal run's:

    strict  every such sentence loses its parse
    reach   only those outside the entity window of an event sentence
            (pipeline.ENTITY_BEFORE before, pipeline.ENTITY_AFTER after)

It prints the parses saved and, per field, in how many articles the events
change; the field says which later stage read the dropped sentences
(event_loc: places, size: figures, date: dates, actor/recipient: the
document pass, which looks for a doer in the sentence before).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from throughput_diff import _first, changed_fields

from tidings.extract import coding, pipeline
from tidings.extract.context import ArticleContext, CodedEvent
from tidings.records import Article


def events_of(articles: list[Article]) -> dict[str, list[dict]]:
    pipeline._doc_cache().clear()
    found = {a.id: [e.to_dict() for e in events] for a, events in pipeline.extract_many(articles)}
    return json.loads(json.dumps(found, default=str))


def oracle_coding(mode: str, saved: Counter):
    """A stand-in for pipeline._coded that drops the parse of sentences that coded nothing."""

    def coded(ctx: ArticleContext) -> list[CodedEvent]:
        found: list[CodedEvent] = []
        holding: set[int] = set()
        for sentence in ctx.sentences:
            if sentence.doc is not None:
                saved["parsed"] += 1
                events = coding.code_sentence(sentence, ctx)
                if events:
                    holding.add(sentence.sequence)
                    found.extend(events)
        kept = set(holding)
        if mode == "reach":
            for seq in holding:
                kept.update(range(seq - pipeline.ENTITY_BEFORE, seq + pipeline.ENTITY_AFTER + 1))
        for sentence in ctx.sentences:
            if sentence.doc is not None and sentence.sequence not in kept:
                sentence.doc = None
                saved["dropped"] += 1
        return coding.resolve_document(found, ctx)

    return coded


def compare(before: dict[str, list[dict]], after: dict[str, list[dict]]) -> tuple[int, Counter]:
    fields: Counter = Counter()
    differing = 0
    for doc_id, old in before.items():
        new = after[doc_id]
        if old == new:
            continue
        differing += 1
        names = {n.split(" x")[0] for n in changed_fields(old, new)}
        # Evidence and size details change with the field they back; alone they are a span's edge.
        names = names - {"evidence", "size_detail"} or names
        fields.update(n if not n.startswith("events ") else "event count" for n in names)
    return differing, fields


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=200, help="articles read from each corpus")
    args = parser.parse_args()
    articles = [a for path in args.corpus for a in _first([path], args.limit)]
    normal = events_of(articles)
    usual = pipeline._coded
    for mode in ("strict", "reach"):
        saved: Counter = Counter()
        pipeline._coded = oracle_coding(mode, saved)
        try:
            changed, fields = compare(normal, events_of(articles))
        finally:
            pipeline._coded = usual
        share = saved["dropped"] / saved["parsed"] if saved["parsed"] else 0.0
        print(
            f"{mode:6} parses saved {saved['dropped']} of {saved['parsed']} ({share:.0%}); "
            f"articles changed {changed} of {len(normal)}: {dict(fields.most_common())}"
        )


if __name__ == "__main__":
    main()
