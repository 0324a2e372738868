"""Signatures worked out by the extraction workers are what the merge would
have computed itself: the same near-duplicate links and merge tables."""

from __future__ import annotations

from datetime import date

from tidings.batch import run_batch
from tidings.extract.pipeline import extract_many
from tidings.records import Article
from tidings.store import Store
from tidings.store import merged

WIRE = (
    "Police fired tear gas at hundreds of traders who blocked the main road in Kumasi on Tuesday "
    "to protest against new market fees. Nine traders were arrested and four were injured, "
    "a regional police spokesman said."
)
ARTICLES = [
    Article(id="wire", text=WIRE, published=date(2023, 5, 2), source="Wire"),
    Article(id="copy", text="KUMASI (Gold Coast Daily) - " + WIRE, published=date(2023, 5, 3), source="Daily"),
    Article(id="other", text="Nurses at the teaching hospital in Tamale began a strike on Monday over unpaid "
            "allowances, union leaders said.", published=date(2023, 5, 1), source="Post"),
]

TABLES = {
    "merge_articles": "SELECT article_id, published, signature, original_id FROM merge_articles ORDER BY article_id",
    "merge_bands": "SELECT band, article_id FROM merge_bands ORDER BY article_id, band",
    "merged_events": "SELECT id, record FROM merged_events ORDER BY id",
}


def _tables(store: Store) -> dict[str, list]:
    return {name: store.conn.execute(sql).fetchall() for name, sql in TABLES.items()}


def test_pooled_batch_merges_as_a_merge_that_signs_itself(tmp_path) -> None:
    with Store.open(tmp_path / "pooled.db") as pooled:
        summary = run_batch(ARTICLES, pooled, workers=2)
        handed_over = _tables(pooled)
    with Store.open(tmp_path / "alone.db") as alone:
        ids = []
        for article, events in extract_many(ARTICLES):
            alone.add_article(article, events)
            ids += [e.id for e in events]
        merged.update(alone, ids)  # no signatures given: the merge signs the stored texts
        signed_here = _tables(alone)
    assert summary.new == 3 and summary.events > 0
    assert handed_over == signed_here
    originals = {row[0]: row[3] for row in handed_over["merge_articles"]}
    assert originals == {"wire": "", "copy": "wire", "other": ""}


def test_a_given_signature_is_used_instead_of_the_text(tmp_path) -> None:
    """Given signatures are trusted (they are the extraction's): the copy
    handed the unrelated report's signature is filed as that report's copy."""
    from tidings.merge.neardup import signature

    with Store.open(tmp_path / "given.db") as store:
        ids = []
        for article, events in extract_many(ARTICLES):
            store.add_article(article, events)
            ids += [e.id for e in events]
        merged.update(store, ids, signatures={"copy": signature(ARTICLES[2].text)})
        originals = dict(store.conn.execute("SELECT article_id, original_id FROM merge_articles"))
    assert originals == {"wire": "", "copy": "other", "other": ""}
