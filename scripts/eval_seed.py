"""Check the seed article's gold events against what tidings extracts.

    python scripts/eval_seed.py [FOLDER] [--coding-only]

FOLDER holds article.txt and gold.json; it defaults to
../shared/examples/seed (relative to the repository root). The same as
`tidings eval --seed FOLDER`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tidings.cli.evaluate import evaluate

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "examples" / "seed"

if __name__ == "__main__":
    args = sys.argv[1:]
    folder = args.pop(0) if args and not args[0].startswith("-") else str(DEFAULT.resolve())
    evaluate.main(["--seed", folder, "--no-matrix", *args], standalone_mode=True)
