"""A process pool gives exactly the single-process results, in input order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tidings.extract.parallel import extract_parallel
from tidings.extract.pipeline import extract_many
from tidings.ingest import article_id
from tidings.records import Article

CRISIS = (Path(__file__).parent / "fixtures" / "articles" / "crisis.txt").read_text(encoding="utf-8")


def variants(n: int) -> list[Article]:
    towns = ["Osh", "Bishkek", "Jalal-Abad", "Naryn", "Karakol", "Talas", "Batken"]
    out = []
    for i in range(n):
        text = CRISIS.replace("37 people", f"{30 + i} people") + f"\n\nProtests were also held in {towns[i % len(towns)]}."
        out.append(Article(id=article_id(text), text=text, published=date(2021, 1, 8)))
    return out


def test_pool_matches_single_process_in_order() -> None:
    articles = variants(7)
    alone = [(a.id, [e.to_dict() for e in events]) for a, events in extract_many(articles)]
    pooled = [(a.id, [e.to_dict() for e in events]) for a, events in extract_parallel(articles, workers=2, chunk=2)]
    assert [a.id for a in articles] == [doc for doc, _ in pooled]
    assert pooled == alone
    deaths = [max((e["size"].get("dead", 0) for e in events), default=0) for _, events in pooled]
    assert deaths == [30 + i for i in range(7)]


def test_batches_keep_the_order_and_shrink_towards_the_end() -> None:
    from tidings.extract.parallel import MIN_CHUNK, _chunks

    batches = [list(b) for b in _chunks(iter(range(300)), 32, 2)]
    assert [x for b in batches for x in b] == list(range(300))
    sizes = [len(b) for b in batches]
    assert max(sizes) == 32 and sizes[0] == 32
    # the last articles go out in small pieces, none smaller than MIN_CHUNK but the remainder
    assert sizes[-2] == MIN_CHUNK and sizes[-1] <= MIN_CHUNK
    assert sizes[-6:] == sorted(sizes[-6:], reverse=True)
    assert [len(b) for b in _chunks(iter(range(5)), 32, 2)] == [5]
