"""`... WHERE x IN (?, ?, ...)` over any number of values."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

CHUNK = 500  # SQLite limits the number of bound parameters


def marks(values: Sequence) -> str:
    return ", ".join("?" * len(values))


def select_in(conn: sqlite3.Connection, sql: str, values: Sequence) -> list[tuple]:
    """Run `sql (?, ?, ...)` over `values` in chunks; rows of all chunks."""
    values = list(values)
    rows: list[tuple] = []
    for i in range(0, len(values), CHUNK):
        part = values[i : i + CHUNK]
        rows.extend(conn.execute(f"{sql} ({marks(part)})", part).fetchall())
    return rows
