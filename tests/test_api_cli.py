"""`tidings serve` refuses a file that is not a store with one line naming it."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from click.testing import CliRunner  # noqa: E402

from tidings.cli import main  # noqa: E402
from tidings.cli.serve import KEEP_ALIVE_S  # noqa: E402


def test_serve_names_a_file_that_is_not_a_store(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are notes, not a database\n" * 50)
    result = CliRunner().invoke(main, ["serve", "--db", str(bogus), "--port", "8765"])
    assert result.exit_code == 1
    assert str(bogus) in result.output and "not a tidings store" in result.output


def test_serve_lists_its_options():
    result = CliRunner().invoke(main, ["serve", "--help"])
    for option in ("--db", "--host", "--port", "--workers", "--outlines"):
        assert option in result.output
    assert "127.0.0.1" in result.output  # loopback unless told otherwise


@pytest.fixture
def served(tmp_path, monkeypatch):
    """Runs `tidings serve` with uvicorn.run replaced by a recorder."""
    import uvicorn
    from test_api_fixtures import build_store

    db = build_store(tmp_path / "serve.db")
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append((app, kwargs)))
    for name in ("TIDINGS_DB", "TIDINGS_CACHE", "TIDINGS_OUTLINES"):
        # unset now, and unset again after the test whatever serve sets
        monkeypatch.setenv(name, "-")
        monkeypatch.delenv(name)

    def run(*args: str):
        result = CliRunner().invoke(main, ["serve", "--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return calls[-1]

    return db, run


def test_serve_starts_one_worker_process_per_core_by_default(served, monkeypatch):
    import os

    from tidings.serve import workers

    db, _ = served
    started = []
    monkeypatch.setattr(workers, "run_workers", lambda count, listen: started.append((count, listen)) or 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "8123"])
    assert started == [(2, workers.Listen("127.0.0.1", 8123, KEEP_ALIVE_S))]
    assert os.environ["TIDINGS_DB"] == str(db)  # worker processes build their app from it


def test_without_port_sharing_uvicorn_runs_the_workers(served, monkeypatch):
    from tidings.serve import workers

    _, run = served
    monkeypatch.setattr(workers, "can_share_port", lambda: False)
    app, kwargs = run("--workers", "3")
    assert app == workers.APP_FACTORY and kwargs["factory"] is True and kwargs["workers"] == 3


def test_serve_with_one_worker_runs_the_app_in_process(served):
    from fastapi import FastAPI

    _, run = served
    app, kwargs = run("--workers", "1")
    assert isinstance(app, FastAPI) and "workers" not in kwargs


def test_a_worker_count_out_of_range_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output


@pytest.mark.parametrize("cores, workers", [(None, 1), (1, 1), (2, 2), (6, 6), (32, 8)])
def test_default_workers_follow_the_cores_up_to_a_cap(monkeypatch, cores, workers):
    import os

    from tidings.serve.settings import MAX_DEFAULT_WORKERS, default_workers

    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert default_workers() == min(workers, MAX_DEFAULT_WORKERS)
