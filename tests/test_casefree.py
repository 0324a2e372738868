"""CaseFree finds exactly what its IGNORECASE pattern finds, only sooner."""

from __future__ import annotations

import re

import pytest

from tidings.extract.casefree import CaseFree

PATTERNS = [
    r"\b(?:at\s+least|nearly)\s+(?P<n>\d+)\s+(?:People|KILLED|dead)\b",
    r"(?<!\bto\s)\b(?:shot|Stabbed|killed)\b",
    r"\bJan(?:uary)?\.?\s+\d{1,2}\b",
    r"[A-Z]\D\W",  # escapes keep their case: \D is not \d, \W is not \w
    r"\bsince\s+\d{4}\b",
    r"\bsome\s+(?P<n>\d+)",  # "ſome 12" below: long s
]
TEXTS = [
    "At least 12 people were KILLED on January 5 in Almaty, police said.",
    "Nearly 40 Dead after gunmen shot at a bus; one man was stabbed.",
    "Officers tried to shoot nobody. JAN. 7 — since 2015 the figure has doubled.",
    "İstanbul: at least 3 people killed, Jan 9",  # a capital whose lower case is two characters
    "ſome 12 people KILLED since 2020",  # long s, which IGNORECASE reads as s
    "Über 5 dead — “at least 7 people killed” in Kraków on Jan 2",
    "",
]


def _found(rx, text):
    return [(m.span(), m.group(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_same_matches_and_searches_as_the_pattern(pattern):
    slow = re.compile(pattern, re.IGNORECASE)
    fast = CaseFree(slow)
    assert fast.scout is not None
    for text in TEXTS:
        assert _found(fast, text) == _found(slow, text), text
        for pos in (0, 5):
            a, b = fast.search(text, pos), slow.search(text, pos)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), text


def test_a_case_sensitive_pattern_or_inline_flags_take_the_plain_way():
    assert CaseFree(re.compile(r"\bMay\b")).scout is None  # "May" the month, not "may"
    assert CaseFree(re.compile(r"(?-i:May)\s+\d+", re.IGNORECASE)).scout is None
    mixed = CaseFree(re.compile(r"(?-i:May)\s+\d+", re.IGNORECASE))
    assert [m.group() for m in mixed.finditer("may 5 and May 6")] == ["May 6"]
