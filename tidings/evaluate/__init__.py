"""Scoring extraction against gold files: PLOVER gold JSON, ACLED-format CSV
and the seed article's gold events. Loaders, scorers and report printing are
separate so the CLI, the scripts and the tests share them."""

from tidings.evaluate.acled import AcledReport, score_acled
from tidings.evaluate.gold import AcledGold, PloverGold, load_acled_csv, load_plover_gold
from tidings.evaluate.metrics import Confusion, Tally
from tidings.evaluate.plover import PloverReport, score_plover

__all__ = [
    "AcledGold",
    "AcledReport",
    "Confusion",
    "PloverGold",
    "PloverReport",
    "Tally",
    "load_acled_csv",
    "load_plover_gold",
    "score_acled",
    "score_plover",
]
