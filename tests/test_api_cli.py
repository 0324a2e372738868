"""`tidings serve` refuses a file that is not a store with one line naming it."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from click.testing import CliRunner  # noqa: E402

from tidings.cli import main  # noqa: E402


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
