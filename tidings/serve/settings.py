"""What the server needs to know: the store, the tokens, the limits."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

MAX_BODY_BYTES = 5 * 1024 * 1024
DEFAULT_PAGE = 100
CACHE_SIZE = 2048  # answers kept by the response cache (in each server process)
# one server process per core: a request is mostly Python, which holds one
# core per process; more processes than cores only trade time slices
MAX_DEFAULT_WORKERS = 8


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS))

# Where `npm install world-atlas@2.0.2` puts the country outlines; looked up
# under the virtual environment (`npm install --prefix .venv`, kept out of git),
# the working directory and the repository root.
OUTLINES_RELATIVE = Path("node_modules/world-atlas/countries-110m.json")


@dataclass(frozen=True)
class Settings:
    db_path: Path
    token: str | None = None  # bearer token for writes; None refuses every write
    read_token: str | None = None  # when set, reads need it (or the write token)
    max_body_bytes: int = MAX_BODY_BYTES
    outlines: Path | None = None  # TopoJSON of country outlines, if installed
    threads: int = int(os.environ.get("TIDINGS_THREADS", "8"))  # worker threads per process
    cache_size: int = CACHE_SIZE  # answers the response cache keeps; 0 turns it off

    @classmethod
    def from_env(cls, db_path: str | Path, outlines: str | Path | None = None) -> "Settings":
        return cls(
            db_path=Path(db_path),
            token=os.environ.get("TIDINGS_TOKEN") or None,
            read_token=os.environ.get("TIDINGS_READ_TOKEN") or None,
            outlines=Path(outlines) if outlines else find_outlines(),
            cache_size=int(os.environ.get("TIDINGS_CACHE", CACHE_SIZE)),
        )


def find_outlines() -> Path | None:
    """The installed world-atlas file, if any (TIDINGS_OUTLINES overrides)."""
    named = os.environ.get("TIDINGS_OUTLINES")
    if named:
        return Path(named)
    repo_root = Path(__file__).resolve().parents[2]
    for base in (Path(sys.prefix), Path.cwd(), repo_root):
        candidate = base / OUTLINES_RELATIVE
        if candidate.is_file():
            return candidate
    return None
