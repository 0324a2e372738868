"""Score event coding against PLOVER gold records.

    python scripts/eval_plover.py [PATH] [--coding-only] [--misses N]

PATH defaults to ../shared/data/plover/PLOVER_GSR_CAMEO.json (relative to the
repository root). The same as `tidings eval --plover PATH`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tidings.cli.evaluate import evaluate

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"

if __name__ == "__main__":
    args = sys.argv[1:]
    path = args.pop(0) if args and not args[0].startswith("-") else str(DEFAULT.resolve())
    evaluate.main(["--plover", path, *args], standalone_mode=True)
