"""The Ray engine gives the local engine's results, and resumes without redoing work.

Runs a real local Ray instance with 2 CPUs, as CI does; skipped only when Ray
(the optional `tidings[ray]` extra) is not installed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.store import Store
from tidings.store.filters import EventFilter

ray = pytest.importorskip("ray", reason="the Ray engine is optional: pip install 'tidings[ray]'")

CORPUS = Path(__file__).parent.parent / "tidings" / "demo" / "corpus"


@pytest.fixture(scope="module")
def ray_instance():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def snapshot(db: Path) -> tuple[list[dict], dict]:
    from tidings.store import merged

    with Store.open(db) as store:
        events = sorted(
            (e.to_dict() for e in store.iter_events(EventFilter())), key=lambda e: e["id"]
        )
        links = merged.links(store, [e["id"] for e in events])
        counts = store.counts()
    return events, {"links": links, "articles": counts["articles"], "failures": counts["failures"]}


def ingest(*args: str) -> str:
    result = CliRunner().invoke(main, ["ingest", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stderr


def test_ray_results_equal_the_local_engine(tmp_path: Path, ray_instance) -> None:
    local, distributed = tmp_path / "local.db", tmp_path / "ray.db"
    ingest(str(CORPUS), "--db", str(local))
    ingest(str(CORPUS), "--db", str(distributed), "--engine", "ray", "--workers", "2")
    local_events, local_meta = snapshot(local)
    ray_events, ray_meta = snapshot(distributed)
    assert len(local_events) > 50
    assert ray_events == local_events
    assert ray_meta == local_meta


def test_killed_run_resumes_without_redoing_shards_or_duplicating(tmp_path: Path, ray_instance) -> None:
    from tidings.scale.ray_engine import run_shards
    from tidings.scale.shards import done_marker, plan_shards

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    parts, db = tmp_path / "parts", tmp_path / "t.db"
    shards, _ = plan_shards([str(corpus)])
    # A first run that "died" after finishing two shards: their results and markers exist.
    run_shards([shards[0].path, shards[1].path], parts, workers=2)
    stamps = {s.id: done_marker(parts, s.id).stat().st_mtime_ns for s in shards[:2]}

    report = ingest(str(corpus), "--db", str(db), "--engine", "ray", "--parts", str(parts))
    assert f"{len(shards) - 2} extracted now, 2 already done" in report
    assert {s.id: done_marker(parts, s.id).stat().st_mtime_ns for s in shards[:2]} == stamps

    again = ingest(str(corpus), "--db", str(db), "--engine", "ray", "--parts", str(parts))
    assert f"0 extracted now, {len(shards)} already done" in again
    assert "0 new" in again
    with Store.open(db) as store:
        ids = [e.id for e in store.iter_events(EventFilter())]
        assert len(ids) == len(set(ids))
        assert store.counts()["articles"] == 34
