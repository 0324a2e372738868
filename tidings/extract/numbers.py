"""Reading the numbers news writes: digits, separators, number words, vague amounts.

`parse_number` gives the single best value. `parse_amount` also gives the
bounds a vague word implies, so that "dozens" can carry low 24 / best 36
instead of a made-up exact count.

Conventions for vague amounts (documented because they are choices):
    "dozens"     low 24,     best 36      (at least two dozen; "a few dozen" reads the same)
    "scores"     low 40,     best 60
    "hundreds"   low 200,    best 300
    "thousands"  low 2000,   best 3000
    "tens of thousands" low 20000, best 30000; "hundreds of thousands" 200000 / 300000
    "millions"   low 2000000, best 3000000
    "several"    low 3,      best 3;  "a few" low 2, best 3; "a handful" low 3, best 5
    "a dozen" is exactly 12, "a couple" 2, "a score" 20.
`high` is None for all of them: the words give a floor, not a ceiling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Money in the news: a sum is never a count of people or things given.
CURRENCIES = frozenset(
    """dollar euro pound rupee shilling naira peso rand real yuan yen taka kwacha
    cedi birr franc rouble ruble lira dinar dirham riyal rial won kyat afghani
    hryvnia baht ringgit rupiah tenge lakh crore""".split()
)
CURRENCY_CODES = frozenset("usd eur gbp inr ngn kes".split())


# Currencies whose plural is the singular, or irregular ("reais").
_PLURALS = {"real": "reais"}
_INVARIANT = frozenset("rupiah baht yen yuan rand won kyat birr taka naira lira kwacha lakh crore".split())


def currency_words() -> frozenset[str]:
    """Currency names as they follow a number: singular, plural, code."""
    plurals = {c if c in _INVARIANT else _PLURALS.get(c, c + "s") for c in CURRENCIES}
    return CURRENCIES | CURRENCY_CODES | plurals


UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000,
}
GROUPS = {"dozen": 12, "score": 20, "couple": 2, "pair": 2}

# word -> (low, best); see the module docstring.
VAGUE = {
    "dozens": (24, 36),
    "scores": (40, 60),
    "hundreds": (200, 300),
    "thousands": (2_000, 3_000),
    "millions": (2_000_000, 3_000_000),
    "several": (3, 3),
    "few": (2, 3),
    "handful": (3, 5),
    "numerous": (3, 3),
}
VAGUE_OF_VAGUE = {  # "tens of thousands", "hundreds of thousands", "several dozen"
    ("tens", "thousands"): (20_000, 30_000),
    ("hundreds", "thousands"): (200_000, 300_000),
    ("tens", "millions"): (20_000_000, 30_000_000),
}

_DIGITS = re.compile(
    r"""^(?:
        (?P<grouped>\d{1,3}(?:(?P<sep>[,.\u202f\u00a0 ’'])\d{3})(?:(?P=sep)\d{3})*)
      | (?P<plain>\d+)
    )(?:[.,](?P<frac>\d+))?$""",
    re.VERBOSE,
)
_TOKEN = re.compile(r"\d[\d,.\u202f\u00a0’']*\d|\d|[a-z]+", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A number as reported: exact (low == best) or vague (a floor and a guess)."""

    best: int
    low: int | None = None
    vague: bool = False


def parse_number(text: str) -> int | None:
    """The best value of a number expression, or None when it is not one.

    >>> parse_number("two hundred and fifty"), parse_number("1.6 thousand")
    (250, 1600)
    """
    amount = parse_amount(text)
    return amount.best if amount else None


def parse_amount(text: str) -> Amount | None:
    words = [w.lower() for w in _TOKEN.findall(text.replace("-", " "))]
    words = _join_spaced_groups([w for w in words if w not in ("and", "of", "some")])
    if not words:
        return None
    vague = _vague(words)
    if vague is not None:
        return vague
    value = _exact(words)
    return Amount(value, value) if value is not None else None


def _join_spaced_groups(words: list[str]) -> list[str]:
    """'5 000' is one number (French and SI grouping), not five and zero."""
    out: list[str] = []
    for word in words:
        if out and out[-1].isdigit() and word.isdigit() and len(word) == 3:
            out[-1] += word
        else:
            out.append(word)
    return out


def digits_value(token: str) -> float | None:
    """'1,200' -> 1200, '1.200' -> 1200 (European grouping), '1.6' -> 1.6."""
    match = _DIGITS.match(token)
    if not match:
        return None
    if match.group("grouped"):
        sep = match.group("sep")
        whole = int(re.sub(r"\D", "", match.group("grouped")))
        frac = match.group("frac")
        if frac and sep in ".,":
            return float(f"{whole}.{frac}")
        return float(whole)
    plain = match.group("plain")
    frac = match.group("frac")
    return float(f"{plain}.{frac}") if frac else float(plain)


def _vague(words: list[str]) -> Amount | None:
    if len(words) >= 2 and (words[-2], words[-1]) in VAGUE_OF_VAGUE:
        low, best = VAGUE_OF_VAGUE[(words[-2], words[-1])]
        return Amount(best, low, vague=True)
    head = words[-1]
    unit = GROUPS.get(head) or SCALES.get(head)
    if words[0] == "a" and len(words) == 3:
        words = words[1:]  # "a few hundred" reads as "few hundred"
    if unit and len(words) == 2 and words[0] in ("several", "few", "many"):
        # "several dozen", "a few hundred": two to three of the unit
        return Amount(3 * unit, 2 * unit, vague=True)
    if head in VAGUE and all(w in ("a", "few", "several", "many", "a") or w == head for w in words):
        low, best = VAGUE[head]
        return Amount(best, low, vague=True)
    return None


def _exact(words: list[str]) -> int | None:
    """Number words and digits combined: 'two hundred fifty', '1.6 thousand', '3 million'."""
    if words in (["a"], ["an"]):
        return None  # an article alone is not a number
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word[0].isdigit():
            value = digits_value(word)
            if value is None:
                return None
            current += value
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in GROUPS:
            current = (current or 1) * GROUPS[word]
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            return None
        seen = True
    if not seen:
        return None
    return int(round(total + current))
