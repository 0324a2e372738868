"""What the extraction workers prepare for the merge (signatures, profiles)
is what the merge would have made itself: the same merge tables."""

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
    "merge_profiles": "SELECT event_id, family, country, day_lo, day_hi, merged_id, profile FROM merge_profiles"
                      " ORDER BY event_id",
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
        merged.update(alone, ids)  # nothing prepared: the merge signs and profiles what it reads back
        signed_here = _tables(alone)
    assert summary.new == 3 and summary.events > 0
    assert handed_over == signed_here
    originals = {row[0]: row[3] for row in handed_over["merge_articles"]}
    assert originals == {"wire": "", "copy": "wire", "other": ""}


def test_what_is_prepared_is_used_instead_of_the_store(tmp_path) -> None:
    """Prepared inputs are trusted (they are the extraction's): a copy handed
    the unrelated report's signature is filed as that report's copy, and a
    profile handed over is the one stored."""
    from dataclasses import replace

    with Store.open(tmp_path / "given.db") as store:
        ids, ready = [], {}
        for article, events in extract_many(ARTICLES):
            store.add_article(article, events)
            ids += [e.id for e in events]
            ready[article.id] = merged.prepare(article, events)
        other = ready["other"]
        ready["copy"].signature = other.signature
        ready["other"] = merged.Prepared(other.signature, [replace(p, country="GH-TEST") for p in other.profiles])
        merged.update(store, ids, prepared=ready)
        originals = dict(store.conn.execute("SELECT article_id, original_id FROM merge_articles"))
        countries = {r[0] for r in store.conn.execute(
            "SELECT country FROM merge_profiles WHERE event_id IN (SELECT id FROM events WHERE doc_id = 'other')")}
    assert originals == {"wire": "", "copy": "other", "other": ""}
    assert countries == {"GH-TEST"}
