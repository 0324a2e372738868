"""Ray shards carry the merge inputs their worker prepared, and the driver
merges from them exactly as it would from its own.

No Ray instance is needed: a shard is written by the worker's own function
(scale.worker.process_shard) and read back as the driver reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet", reason="the Ray engine is optional: pip install 'tidings[ray]'")

from tidings.batch import store_extracted  # noqa: E402
from tidings.merge.neardup import signature  # noqa: E402
from tidings.records import IngestFailure  # noqa: E402
from tidings.scale.ray_engine import read_results  # noqa: E402
from tidings.scale.shards import plan_shards  # noqa: E402
from tidings.scale.worker import process_shard  # noqa: E402
from tidings.store import Store, merged  # noqa: E402

CORPUS = Path(__file__).parent.parent / "tidings" / "demo" / "corpus" / "articles.jsonl"


@pytest.fixture(scope="module")
def parts(tmp_path_factory) -> tuple[Path, list]:
    out = tmp_path_factory.mktemp("parts")
    shards, _ = plan_shards([str(CORPUS)])
    for shard in shards:
        process_shard(shard, out)
    return out, shards


def _pairs(parts) -> list:
    return [r for r in read_results(*parts) if not isinstance(r, IngestFailure)]


def test_each_article_read_back_carries_its_signature_and_profiles(parts) -> None:
    results = _pairs(parts)
    assert len(results) > 5 and sum(len(events) for _, events in results) > 10
    for article, events in results:  # still unpacks as the (article, events) pair
        ready = results[[r[0].id for r in results].index(article.id)].prepared
        assert ready is not None
        assert (ready.signature == signature(article.text)).all()
        expected = merged.prepare(article, events).profiles
        assert [merged.profile_to_json(p) for p in ready.profiles] == [merged.profile_to_json(p) for p in expected]
        assert ready.profiles == expected


def _not_here(*_):
    raise AssertionError("the driver signed or profiled an article its worker had prepared")


def _merge_tables(db: Path) -> dict[str, list]:
    with Store.open(db) as store:
        conn = store.conn
        return {
            "articles": conn.execute(
                "SELECT article_id, published, signature, original_id FROM merge_articles ORDER BY article_id").fetchall(),
            "profiles": conn.execute("SELECT * FROM merge_profiles ORDER BY event_id").fetchall(),
            "links": sorted(merged.links(store, [r[0] for r in conn.execute("SELECT id FROM events")]).items()),
        }


def test_the_driver_merges_from_prepared_inputs_as_from_its_own(parts, tmp_path: Path, monkeypatch) -> None:
    given, own = tmp_path / "given.db", tmp_path / "own.db"
    with monkeypatch.context() as patched:  # the driver must only store what the workers made
        patched.setattr(merged, "signature", _not_here)
        patched.setattr(merged, "profiles_of", lambda events, articles: _not_here() if events else [])
        with Store.open(given) as store:
            summary = store_extracted(read_results(*parts), store)
            assert summary.merge is not None and summary.merge.new_events > 10
    with Store.open(own) as store:  # plain pairs: the driver signs and profiles them itself
        store_extracted([(a, e) for a, e in _pairs(parts)], store)
    tables = _merge_tables(given)
    assert tables["links"] and tables == _merge_tables(own)


def test_a_shard_written_before_workers_prepared_inputs_is_still_read(parts, tmp_path: Path) -> None:
    out, shards = parts
    old = tmp_path / "old"
    for folder in ("articles", "events", "failures"):
        for path in (out / folder).glob("shard=*/part.parquet"):
            table = pq.read_table(path)
            if folder == "articles":
                table = table.drop_columns(["signature", "profiles"])
            target = old / folder / path.parent.name / path.name
            target.parent.mkdir(parents=True)
            pq.write_table(table, target)
    before = list(read_results(old, shards))
    assert [r.prepared for r in before if not isinstance(r, IngestFailure)] == [None] * len(_pairs(parts))
    assert [tuple(r) for r in before if not isinstance(r, IngestFailure)] == [tuple(r) for r in _pairs(parts)]
    with Store.open(tmp_path / "old.db") as store:
        store_extracted(iter(before), store)
    with Store.open(tmp_path / "new.db") as store:
        store_extracted(read_results(*parts), store)
    assert _merge_tables(tmp_path / "old.db") == _merge_tables(tmp_path / "new.db")
