"""Goldstein (1992) conflict-cooperation weight for each CAMEO root code.

The value is the one the CAMEO codebook's Goldstein table gives the root's
generic code (010, 020, ... 200), as GDELT applies it to events coded at root
level. Finer codes would carry finer weights; tidings codes only the root.
"""

from __future__ import annotations

GOLDSTEIN_BY_ROOT: dict[str, float] = {
    "01": 0.0,    # make public statement
    "02": 3.0,    # appeal
    "03": 4.0,    # express intent to cooperate
    "04": 1.0,    # consult
    "05": 3.5,    # engage in diplomatic cooperation
    "06": 6.0,    # engage in material cooperation
    "07": 7.0,    # provide aid
    "08": 5.0,    # yield
    "09": -2.0,   # investigate
    "10": -5.0,   # demand
    "11": -2.0,   # disapprove
    "12": -4.0,   # reject
    "13": -4.4,   # threaten
    "14": -6.5,   # protest
    "15": -7.2,   # exhibit force posture
    "16": -4.0,   # reduce relations
    "17": -7.0,   # coerce
    "18": -9.0,   # assault
    "19": -10.0,  # fight
    "20": -10.0,  # unconventional mass violence
}
